import { z } from 'zod';
import { defineWebhookTrigger, type InboundEvent } from '../../triggers.js';

export const repositoryConfig = z.object({
  owner: z.string().regex(/^[A-Za-z0-9-]{1,39}$/),
  repo: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/),
});

export function repositoryOf(config: unknown): z.infer<typeof repositoryConfig> {
  return repositoryConfig.parse(config);
}

interface Actor {
  login: string;
}
interface Payload {
  action?: string;
  repository: { full_name: string };
  sender: Actor;
  issue?: { number: number; title: string; state: string; html_url: string; body: string | null; user: Actor; labels?: { name: string }[] };
  pull_request?: {
    number: number;
    title: string;
    state: string;
    html_url: string;
    draft?: boolean;
    merged?: boolean;
    user: Actor;
    head: { ref: string };
    base: { ref: string };
  };
  ref?: string;
  before?: string;
  after?: string;
  created?: boolean;
  deleted?: boolean;
  forced?: boolean;
  compare?: string;
  pusher?: { name: string; email?: string | null };
  commits?: { id: string; message: string; url: string; timestamp: string; author: { name: string; email?: string | null } }[];
}

const bodyOf = (event: InboundEvent) => event.body as Payload;

/** What every activity event says: which action, where, by whom. */
const activity = { action: z.string(), repository: z.string(), sender: z.string() };

/** The activity of an event, or undefined when the subscription's action filter leaves it out. */
function activityOf(body: Payload, actions: readonly string[] | undefined) {
  if (!body.action || (actions && !actions.includes(body.action))) return undefined;
  return { action: body.action, repository: body.repository.full_name, sender: body.sender.login };
}

const actionFilter = <T extends readonly [string, ...string[]]>(actions: T) =>
  z.array(z.enum(actions)).min(1).optional().describe('Only these actions; all when left out.');

const issueActions = ['opened', 'edited', 'closed', 'reopened', 'assigned', 'unassigned', 'labeled', 'unlabeled', 'deleted', 'transferred'] as const;

// https://docs.github.com/en/webhooks/webhook-events-and-payloads#issues
export const issueEvents = defineWebhookTrigger({
  id: 'issues',
  name: 'Issue activity',
  description: 'An issue is opened, edited, closed, reopened, labeled or assigned in a repository.',
  kind: 'webhook',
  events: ['issues'],
  config: repositoryConfig.extend({ actions: actionFilter(issueActions) }),
  payload: z.object({
    ...activity,
    issue: z.object({ number: z.number(), title: z.string(), state: z.string(), htmlUrl: z.string(), body: z.string().nullable(), user: z.string(), labels: z.array(z.string()) }),
  }),
  itemsFrom(event, config) {
    const body = bodyOf(event);
    const { issue } = body;
    const common = activityOf(body, config.actions);
    if (!common || !issue) return [];
    return [
      {
        id: event.deliveryId,
        payload: {
          ...common,
          issue: {
            number: issue.number,
            title: issue.title,
            state: issue.state,
            htmlUrl: issue.html_url,
            body: issue.body,
            user: issue.user.login,
            labels: (issue.labels ?? []).map((label) => label.name),
          },
        },
      },
    ];
  },
});

const pullRequestActions = ['opened', 'edited', 'closed', 'reopened', 'synchronize', 'ready_for_review', 'converted_to_draft', 'review_requested', 'labeled', 'unlabeled'] as const;

// https://docs.github.com/en/webhooks/webhook-events-and-payloads#pull_request
export const pullRequestEvents = defineWebhookTrigger({
  id: 'pull_request',
  name: 'Pull request activity',
  description: 'A pull request is opened, updated, closed (merged or not) or reopened.',
  kind: 'webhook',
  events: ['pull_request'],
  config: repositoryConfig.extend({ actions: actionFilter(pullRequestActions) }),
  payload: z.object({
    ...activity,
    pullRequest: z.object({
      number: z.number(),
      title: z.string(),
      state: z.string(),
      htmlUrl: z.string(),
      draft: z.boolean(),
      merged: z.boolean(),
      user: z.string(),
      head: z.string().describe('The branch with the changes.'),
      base: z.string().describe('The branch they go into.'),
    }),
  }),
  itemsFrom(event, config) {
    const body = bodyOf(event);
    const pr = body.pull_request;
    const common = activityOf(body, config.actions);
    if (!common || !pr) return [];
    return [
      {
        id: event.deliveryId,
        payload: {
          ...common,
          pullRequest: {
            number: pr.number,
            title: pr.title,
            state: pr.state,
            htmlUrl: pr.html_url,
            draft: pr.draft ?? false,
            merged: pr.merged ?? false,
            user: pr.user.login,
            head: pr.head.ref,
            base: pr.base.ref,
          },
        },
      },
    ];
  },
});

// https://docs.github.com/en/webhooks/webhook-events-and-payloads#push
export const pushEvents = defineWebhookTrigger({
  id: 'push',
  name: 'Push',
  description: 'Commits are pushed to a branch (or a tag is pushed) in a repository.',
  kind: 'webhook',
  events: ['push'],
  config: repositoryConfig.extend({ branch: z.string().min(1).max(255).optional().describe('Only pushes to this branch (main).') }),
  payload: z.object({
    repository: z.string(),
    ref: z.string().describe('refs/heads/main, refs/tags/v1.0…'),
    before: z.string(),
    after: z.string(),
    created: z.boolean(),
    deleted: z.boolean(),
    forced: z.boolean(),
    compareUrl: z.string().nullable(),
    pusher: z.string(),
    commits: z.array(z.object({ id: z.string(), message: z.string(), url: z.string(), timestamp: z.string(), author: z.string() })),
  }),
  itemsFrom(event, config) {
    const body = bodyOf(event);
    if (!body.ref || !body.before || !body.after || (config.branch && body.ref !== `refs/heads/${config.branch}`)) return [];
    return [
      {
        id: event.deliveryId,
        payload: {
          repository: body.repository.full_name,
          ref: body.ref,
          before: body.before,
          after: body.after,
          created: body.created ?? false,
          deleted: body.deleted ?? false,
          forced: body.forced ?? false,
          compareUrl: body.compare ?? null,
          pusher: body.pusher?.name ?? body.sender.login,
          commits: (body.commits ?? []).map((commit) => ({ id: commit.id, message: commit.message, url: commit.url, timestamp: commit.timestamp, author: commit.author.name })),
        },
      },
    ];
  },
});
