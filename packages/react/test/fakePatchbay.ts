import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Connection, ConnectIntegration } from '../src/core/api.js';

export const baseUrl = 'https://patchbay.test';
export const goodKey = 'patGOOD';

/**
 * The connect-session endpoints of a Patchbay server, in memory, for one end user. `tokens` are
 * the session tokens it accepts; any other answers 401 like an expired session.
 */
export function fakePatchbay() {
  const state = {
    tokens: new Set(['cs_valid']),
    connections: [] as Connection[],
    authorizeBodies: [] as { slug: string; body: { redirectUri?: string } }[],
    deleted: [] as string[],
    /** More OAuth integrations: [slug, name, category, description]. */
    more: [] as [string, string, string, string][],
    /** Refuse every call as from an origin the app does not allow. */
    refuseOrigin: false,
  };
  const connection = (integration: string, status: Connection['status'] = 'active', id = `conn_${integration}`): Connection => ({
    id,
    endUserId: 'user-1',
    integration,
    authType: integration === 'airtable' ? 'api_key' : 'oauth2',
    status,
    health: { status: status === 'active' ? 'healthy' : 'needs_reauth', lastCheckedAt: null, lastError: null },
    scope: null,
    scopes: null,
    expiresAt: null,
    lastRefreshedAt: null,
    lastError: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: new Date().toISOString(),
  });
  const oauth = (slug: string, name: string, category: string, description: string): ConnectIntegration => ({
    slug,
    name,
    description,
    category,
    authType: 'oauth2',
    icon: `${baseUrl}/icons/${slug}.svg`,
    connection: connectionOf(slug),
  });
  const integrations = (): ConnectIntegration[] => [
    oauth('slack', 'Slack', 'communication', 'Send messages to channels.'),
    {
      slug: 'airtable',
      name: 'Airtable',
      description: 'Read and write records.',
      category: 'productivity',
      authType: 'api_key',
      icon: `${baseUrl}/icons/airtable.svg`,
      connection: connectionOf('airtable'),
      credentialFields: [{ name: 'apiKey', label: 'Personal access token', secret: true, placeholder: 'pat…' }],
      instructions: 'Create a token at airtable.com/create/tokens.',
    },
    ...state.more.map(([slug, name, category, description]) => oauth(slug, name, category, description)),
  ];
  const connectionOf = (slug: string) => {
    const found = state.connections.find((c) => c.integration === slug);
    return found ? { id: found.id, status: found.status } : null;
  };
  const unauthorized = () =>
    HttpResponse.json({ error: { type: 'authentication_error', code: 'unauthorized', message: 'The connect session expired.', requestId: 'req_1' } }, { status: 401 });
  const authorized = (request: Request) => state.tokens.has(request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '');
  const notAllowed = () =>
    HttpResponse.json(
      { error: { type: 'permission_error', code: 'origin_not_allowed', message: 'This page (http://localhost:3000) may not use this connect session. Add it to allowedOrigins.', requestId: 'req_3' } },
      { status: 403 },
    );

  const server = setupServer(
    http.get(`${baseUrl}/api/v1/connect/integrations`, ({ request }) =>
      !authorized(request) ? unauthorized() : state.refuseOrigin ? notAllowed() : HttpResponse.json({ endUserId: 'user-1', integrations: integrations() }),
    ),
    http.get(`${baseUrl}/api/v1/connect/connections`, ({ request }) =>
      authorized(request) ? HttpResponse.json({ connections: state.connections, nextCursor: null }) : unauthorized(),
    ),
    http.post(`${baseUrl}/api/v1/connect/integrations/:slug/authorize`, async ({ request, params }) => {
      if (!authorized(request)) return unauthorized();
      if (state.refuseOrigin) return notAllowed();
      const body = (await request.json()) as { redirectUri?: string };
      state.authorizeBodies.push({ slug: String(params.slug), body });
      return HttpResponse.json({ authorizationUrl: `https://provider.test/authorize?state=st_${params.slug}`, state: `st_${params.slug}` });
    }),
    http.post(`${baseUrl}/api/v1/connect/integrations/:slug/credentials`, async ({ request, params }) => {
      if (!authorized(request)) return unauthorized();
      const { credentials } = (await request.json()) as { credentials: { apiKey: string } };
      if (credentials.apiKey !== goodKey) {
        return HttpResponse.json(
          { error: { type: 'provider_error', code: 'invalid_credentials', message: 'Airtable rejected this token.', requestId: 'req_2' } },
          { status: 422 },
        );
      }
      const created = connection(String(params.slug));
      state.connections.push(created);
      return HttpResponse.json(created, { status: 201 });
    }),
    http.delete(`${baseUrl}/api/v1/connect/connections/:id`, ({ request, params }) => {
      if (!authorized(request)) return unauthorized();
      state.deleted.push(String(params.id));
      state.connections = state.connections.filter((c) => c.id !== params.id);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return { server, state, connection };
}

/** A stand-in for the window `window.open` returns: what the flow reads and writes of it. */
export function fakePopup() {
  return { closed: false, location: { href: '' }, close() { this.closed = true; } };
}

/** What Patchbay's callback page posts to the opener. */
export function postFromPopup(data: unknown, origin = baseUrl) {
  window.dispatchEvent(new MessageEvent('message', { data, origin }));
}
