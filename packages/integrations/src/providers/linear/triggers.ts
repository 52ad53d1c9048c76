import { z } from 'zod';
import { defineWebhookTrigger } from '../../triggers.js';

const actions = ['create', 'update', 'remove'] as const;

interface IssueChange {
  action: (typeof actions)[number];
  createdAt: string;
  url?: string;
  actor?: { name?: string };
  updatedFrom?: Record<string, unknown>;
  data: {
    id: string;
    identifier?: string;
    number?: number;
    title: string;
    priority?: number;
    teamId?: string;
    team?: { key?: string };
    assigneeId?: string | null;
    state?: { name?: string };
    url?: string;
  };
}

// https://linear.app/developers/webhooks#data-change-events-payload (type `Issue`)
export const issueEvents = defineWebhookTrigger({
  id: 'issue',
  name: 'Issue activity',
  description: 'An issue is created, updated or removed in the workspace.',
  kind: 'webhook',
  events: ['Issue'],
  config: z.object({
    teamId: z.string().min(1).max(100).optional().describe('Only issues of this team (its id).'),
    actions: z.array(z.enum(actions)).min(1).optional().describe('Only these actions; all when left out.'),
  }),
  payload: z.object({
    action: z.enum(actions),
    issue: z.object({
      id: z.string(),
      identifier: z.string().nullable().describe('ENG-123.'),
      title: z.string(),
      url: z.string().nullable(),
      state: z.string().nullable(),
      priority: z.number().nullable().describe('0 none, 1 urgent … 4 low.'),
      teamId: z.string().nullable(),
      assigneeId: z.string().nullable(),
    }),
    updatedFrom: z.record(z.string(), z.unknown()).nullable().describe('On update: the previous values of the fields that changed.'),
    actor: z.string().nullable(),
    createdAt: z.string(),
  }),
  itemsFrom(inbound, config) {
    const change = inbound.body as IssueChange;
    const issue = change.data;
    if (inbound.type !== 'Issue' || !actions.includes(change.action)) return [];
    if ((config.teamId && issue.teamId !== config.teamId) || (config.actions && !config.actions.includes(change.action))) return [];
    const identifier = issue.identifier ?? (issue.team?.key && issue.number !== undefined ? `${issue.team.key}-${issue.number}` : null);
    return [
      {
        id: inbound.deliveryId,
        payload: {
          action: change.action,
          issue: {
            id: issue.id,
            identifier,
            title: issue.title,
            url: change.url ?? issue.url ?? null,
            state: issue.state?.name ?? null,
            priority: issue.priority ?? null,
            teamId: issue.teamId ?? null,
            assigneeId: issue.assigneeId ?? null,
          },
          updatedFrom: change.updatedFrom ?? null,
          actor: change.actor?.name ?? null,
          createdAt: change.createdAt,
        },
      },
    ];
  },
});
