import { z } from 'zod';
import { bearerToken, defineAction, defineIntegration } from '../../define.js';
import { monogramIcon } from '../../providerHttp.js';
import { readPrefixedRateLimit, readRateLimitHeaders } from '../../rateLimits.js';
import { graphql } from './api.js';
import { issueEvents } from './triggers.js';
import { linearWebhooks } from './webhooks.js';

const team = z.object({ id: z.string(), key: z.string(), name: z.string() });
const issue = z.object({ id: z.string(), identifier: z.string(), title: z.string(), url: z.string() });

const listTeams = defineAction({
  id: 'list_teams',
  name: 'List teams',
  description: 'The teams the user belongs to.',
  effect: 'read',
  input: z.object({ first: z.number().int().min(1).max(250).default(50) }),
  output: z.object({ teams: z.array(team) }),
  scopes: ['read'],
  async execute(input, _credentials, context) {
    const data = await graphql<{ teams: { nodes: z.infer<typeof team>[] } }>(context, 'query Teams($first: Int) { teams(first: $first) { nodes { id key name } } }', { first: input.first });
    return { teams: data.teams.nodes };
  },
});

const createIssue = defineAction({
  id: 'create_issue',
  name: 'Create issue',
  description: 'Create an issue in a team.',
  effect: 'write',
  input: z.object({
    teamId: z.string().min(1),
    title: z.string().min(1).max(255),
    description: z.string().max(100_000).optional().describe('Markdown.'),
    priority: z.number().int().min(0).max(4).optional().describe('0 none, 1 urgent … 4 low.'),
  }),
  output: issue,
  // https://developers.linear.app/docs/oauth/authentication#scopes
  scopes: [['write', 'issues:create']],
  async execute(input, _credentials, context) {
    const data = await graphql<{ issueCreate: { success: boolean; issue: z.infer<typeof issue> } }>(
      context,
      'mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { id identifier title url } } }',
      { input },
    );
    return data.issueCreate.issue;
  },
});

const listIssues = defineAction({
  id: 'list_issues',
  name: 'List issues',
  description: 'Recently updated issues assigned to the user.',
  effect: 'read',
  input: z.object({ first: z.number().int().min(1).max(100).default(25) }),
  output: z.object({ issues: z.array(issue) }),
  scopes: ['read'],
  async execute(input, _credentials, context) {
    const data = await graphql<{ viewer: { assignedIssues: { nodes: z.infer<typeof issue>[] } } }>(
      context,
      'query Assigned($first: Int) { viewer { assignedIssues(first: $first, orderBy: updatedAt) { nodes { id identifier title url } } } }',
      { first: input.first },
    );
    return { issues: data.viewer.assignedIssues.nodes };
  },
});

// https://developers.linear.app/docs/oauth/authentication
export const linear = defineIntegration({
  metadata: { id: 'int_linear', slug: 'linear', name: 'Linear', description: 'Issue tracking for software teams', category: 'project-management', icon: monogramIcon('Linear', 'L', '#5E6AD2'), version: '1.0.0', authType: 'oauth2' },
  auth: {
    type: 'oauth2',
    authorizationUrl: 'https://linear.app/oauth/authorize',
    tokenUrl: 'https://api.linear.app/oauth/token',
    scopes: ['read', 'write'],
    scopeSeparator: ',',
    pkce: true,
    tokenEndpointAuthMethod: 'client_secret_post',
    refreshable: true,
  },
  apiBaseUrl: 'https://api.linear.app/',
  authorizeRequest: bearerToken,
  // https://developers.linear.app/docs/graphql/working-with-the-graphql-api#queries-and-mutations
  healthCheck: async (_credentials, context) => {
    await graphql(context, 'query Viewer { viewer { id } }', {});
    return {};
  },
  // https://developers.linear.app/docs/graphql/working-with-the-graphql-api/rate-limiting: request
  // quotas in X-RateLimit-Requests-*, the reset in epoch milliseconds.
  readRateLimit: (response, now) => ({ ...readRateLimitHeaders(response, now), ...readPrefixedRateLimit(response.headers, ['x-ratelimit-requests-'], now) }),
  actions: [createIssue, listTeams, listIssues],
  triggers: [issueEvents],
  webhooks: linearWebhooks,
});
