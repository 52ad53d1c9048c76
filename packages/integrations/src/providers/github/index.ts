import { z } from 'zod';
import { defineAction, defineIntegration, type Credentials } from '../../define.js';
import { monogramIcon, requestJson, requestJsonResponse, scopeList } from '../../providerHttp.js';
import { createComment, createIssue, listIssues } from './actions.js';
import { issueEvents, pullRequestEvents, pushEvents } from './triggers.js';
import { githubWebhooks } from './webhooks.js';

const repository = z.object({ id: z.number(), full_name: z.string(), private: z.boolean(), html_url: z.string(), default_branch: z.string() });

// https://docs.github.com/en/rest/repos/repos#list-repositories-for-the-authenticated-user
const listRepositories = defineAction({
  id: 'list_repositories',
  name: 'List repositories',
  description: 'Repositories the user can access, most recently pushed first.',
  effect: 'read',
  input: z.object({ perPage: z.number().int().min(1).max(100).default(30), page: z.number().int().min(1).default(1) }),
  output: z.object({ repositories: z.array(repository) }),
  async execute(input, _credentials, context) {
    const repositories = await requestJson<z.infer<typeof repository>[]>(context, 'GitHub', `user/repos?sort=pushed&per_page=${input.perPage}&page=${input.page}`);
    return { repositories: repositories.map(({ id, full_name, private: isPrivate, html_url, default_branch }) => ({ id, full_name, private: isPrivate, html_url, default_branch })) };
  },
});

// https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
export const github = defineIntegration({
  metadata: {
    id: 'int_github',
    slug: 'github',
    name: 'GitHub',
    description: 'Code hosting and collaboration',
    category: 'developer-tools',
    icon: monogramIcon('GitHub', 'G', '#24292F'),
    version: '1.0.0',
    authType: 'oauth2',
  },
  auth: {
    type: 'oauth2',
    authorizationUrl: 'https://github.com/login/oauth/authorize',
    tokenUrl: 'https://github.com/login/oauth/access_token',
    scopes: ['repo', 'read:user'],
    scopeSeparator: ' ',
    pkce: true,
    tokenEndpointAuthMethod: 'client_secret_post',
    // GitHub answers token errors with HTTP 200 and `{ error, error_description }`.
    tokenErrorFromBody: (body) => (typeof body.error === 'string' ? body.error : undefined),
    // GitHub App user tokens expire and refresh; OAuth App tokens do not expire at all.
    refreshable: true,
  },
  apiBaseUrl: 'https://api.github.com/',
  authorizeRequest: (headers: Headers, credentials: Credentials) => {
    headers.set('authorization', `Bearer ${credentials.type === 'oauth2' ? credentials.accessToken : ''}`);
    headers.set('accept', 'application/vnd.github+json');
    headers.set('x-github-api-version', '2022-11-28');
    headers.set('user-agent', 'Patchbay');
  },
  // https://docs.github.com/en/rest/users/users#get-the-authenticated-user; OAuth App tokens list
  // their scopes in X-OAuth-Scopes (GitHub App tokens have permissions instead, and no header).
  healthCheck: async (_credentials, context) => {
    const { headers } = await requestJsonResponse(context, 'GitHub', 'user');
    const scopes = scopeList(headers.get('x-oauth-scopes'));
    return scopes ? { scopes } : {};
  },
  actions: [listRepositories, createIssue, listIssues, createComment],
  triggers: [issueEvents, pullRequestEvents, pushEvents],
  webhooks: githubWebhooks,
});
