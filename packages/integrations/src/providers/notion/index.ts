import { z } from 'zod';
import { defineAction, defineIntegration, type Credentials } from '../../define.js';
import { monogramIcon, requestJson } from '../../providerHttp.js';
import { createPage, queryDatabase } from './actions.js';
import { pageCreated, pageUpdated } from './triggers.js';

// https://developers.notion.com/reference/post-search
const search = defineAction({
  id: 'search',
  name: 'Search',
  description: 'Find pages and databases shared with the integration by title.',
  effect: 'read',
  input: z.object({ query: z.string().max(500).default(''), pageSize: z.number().int().min(1).max(100).default(20) }),
  output: z.object({
    results: z.array(z.object({ object: z.enum(['page', 'database']), id: z.string(), url: z.string().optional() })),
    has_more: z.boolean(),
    next_cursor: z.string().nullable(),
  }),
  async execute(input, _credentials, context) {
    const answer = await requestJson<{ results: { object: 'page' | 'database'; id: string; url?: string }[]; has_more: boolean; next_cursor: string | null }>(
      context,
      'Notion',
      'v1/search',
      { method: 'POST', json: { query: input.query, page_size: input.pageSize } },
    );
    return { results: answer.results.map(({ object, id, url }) => ({ object, id, ...(url ? { url } : {}) })), has_more: answer.has_more, next_cursor: answer.next_cursor };
  },
});

// https://developers.notion.com/docs/authorization
export const notion = defineIntegration({
  metadata: {
    id: 'int_notion',
    slug: 'notion',
    name: 'Notion',
    description: 'All-in-one workspace',
    category: 'productivity',
    icon: monogramIcon('Notion', 'N', '#000000'),
    version: '1.0.0',
    authType: 'oauth2',
  },
  auth: {
    type: 'oauth2',
    authorizationUrl: 'https://api.notion.com/v1/oauth/authorize',
    tokenUrl: 'https://api.notion.com/v1/oauth/token',
    scopes: [],
    scopeSeparator: ' ',
    // Notion authenticates the token request with HTTP Basic and has no PKCE.
    pkce: false,
    tokenEndpointAuthMethod: 'client_secret_basic',
    authorizationParams: { owner: 'user' },
    // Notion's access tokens do not expire and come without a refresh token.
    refreshable: false,
  },
  apiBaseUrl: 'https://api.notion.com/',
  authorizeRequest: (headers: Headers, credentials: Credentials) => {
    headers.set('authorization', `Bearer ${credentials.type === 'oauth2' ? credentials.accessToken : ''}`);
    headers.set('notion-version', '2022-06-28');
  },
  // https://developers.notion.com/reference/get-self: the integration's bot user. Notion has no
  // scopes; what it may reach is chosen by the user (capabilities and shared pages).
  healthCheck: async (_credentials, context) => {
    await requestJson(context, 'Notion', 'v1/users/me');
    return {};
  },
  actions: [search, createPage, queryDatabase],
  triggers: [pageCreated, pageUpdated],
});
