import type { Emulator } from '@patchbay/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { expireConnectionTokens } from '../../test/expireTokens.js';
import { request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';

let server: TestServer;
let emulator: Emulator;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ server, emulator, close } = await startServerWithEmulatedSlack());
});
afterAll(() => close());

const send = (apiKey: string, endUserId: string, text = 'hi') =>
  request(`${server.url}/api/v1/integrations/slack/actions/send_message`, { apiKey, body: { endUserId, input: { channel: 'general', text } } });

const expireEverything = (connectionId: string) => expireConnectionTokens(server.services, emulator, connectionId);

describe('token refresh', () => {
  it('50 concurrent calls on an expired token: one refresh at the provider, all 50 succeed', async () => {
    const app = await signUp(server.url);
    const connectionId = await connectSlack(server, app.apiKey, 'busy-user');
    await expireEverything(connectionId);
    const before = emulator.stats().refreshRequests;
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => send(app.apiKey, 'busy-user', `message ${i}`)));
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(200));
    expect(emulator.stats().refreshRequests - before).toBe(1);
    const row = await server.database.db('connections').where({ id: connectionId }).first();
    expect(row).toMatchObject({ status: 'active', refresh_lease_until: null });
    expect(row.expires_at.getTime()).toBeGreaterThan(Date.now() + 30 * 60 * 1000);
  });

  it('without the in-process cache, the row lease alone still elects one refresher', async () => {
    const app = await signUp(server.url);
    const connectionId = await connectSlack(server, app.apiKey, 'two-process-user');
    await expireEverything(connectionId);
    const { refreshAcrossProcesses } = await import('./tokens.js');
    const { slack } = await import('@patchbay/integrations');
    const before = emulator.stats().refreshRequests;
    // As if ten processes each refreshed at once: they share nothing but the database.
    const results = await Promise.all(Array.from({ length: 10 }, () => refreshAcrossProcesses(server.services, slack, app.appId, connectionId)));
    expect(emulator.stats().refreshRequests - before).toBe(1);
    expect(new Set(results.map((credentials) => (credentials.type === 'oauth2' ? credentials.accessToken : '')))).toHaveProperty('size', 1);
  });

  it('the proactive job refreshes a connection that expires soon, before anyone calls', async () => {
    const app = await signUp(server.url);
    const connectionId = await connectSlack(server, app.apiKey, 'idle-user');
    await expireEverything(connectionId);
    const { refreshExpiringConnections } = await import('../jobs/refreshExpiringConnections.js');
    await refreshExpiringConnections(server.services)({}, {} as never);
    const row = await server.database.db('connections').where({ id: connectionId }).first();
    expect(row.expires_at.getTime()).toBeGreaterThan(Date.now() + 30 * 60 * 1000);
    expect(row.last_refreshed_at).not.toBeNull();
  });

  it('a refused refresh (grant revoked) → needs_reauth + webhook; reconnecting keeps the id', async () => {
    const app = await signUp(server.url);
    const connectionId = await connectSlack(server, app.apiKey, 'revoked-user');
    const row = await server.database.db('connections').where({ id: connectionId }).first();
    const { openCredentials } = await import('./credentials.js');
    const credentials = openCredentials(server.services.secrets, row.app_id, row.id, row.credentials);
    if (credentials.type !== 'oauth2') throw new Error('expected OAuth credentials');
    emulator.revokeGrant(credentials.refreshToken!);
    await expireEverything(connectionId);

    const response = await send(app.apiKey, 'revoked-user');
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('connection_needs_reauth');
    expect((await server.database.db('connections').where({ id: connectionId }).first()).status).toBe('needs_reauth');
    const event = await server.database.db('webhook_events').where({ app_id: app.appId, type: 'connection.needs_reauth' }).first();
    // The repair link is minted at each delivery, never kept (connectionHealth.test.ts).
    expect(event.payload.data).toEqual({ connectionId, endUserId: 'revoked-user', integration: 'slack', reason: 'refresh refused: invalid_refresh_token' });
    const catalog = await request(`${server.url}/api/v1/integrations`, { apiKey: app.apiKey });
    expect(catalog.body.integrations.find((i: { slug: string }) => i.slug === 'slack').connectedUsers).toBe(0);

    const again = await connectSlack(server, app.apiKey, 'revoked-user');
    expect(again).toBe(connectionId);
    expect((await server.database.db('connections').where({ id: connectionId }).first()).status).toBe('active');
    expect((await send(app.apiKey, 'revoked-user')).status).toBe(200);
  });
});
