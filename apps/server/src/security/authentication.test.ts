import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOperation, type Caller, type OperationCall } from '../../test/callOperation.js';
import { startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request } from '../../test/http.js';
import { createTenant, pathValuesOf, signInDashboard, snapshot, type Tenant } from '../../test/securityWorld.js';
import { specOperations, type SpecOperation, type SpecSecurity } from '../../test/specOperations.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';

// OWASP API2 (broken authentication), generated from the spec: every operation is called with
// each credential that must not open it, and must answer 401 (403 for a missing CSRF token) in
// the error shape, changing nothing.

let server: TestServer;
let close: () => Promise<void>;
let tenant: Tenant;
let revokedKey: string;
let revokedToolToken: string;
let expiredSession: string;
let signedOut: { cookie: string; csrf: string };
let otherSession: { cookie: string; csrf: string };
beforeAll(async () => {
  ({ server, close } = await startServerWithEmulatedSlack({
    environment: { RATE_LIMIT_WRITES_PER_MINUTE: '100000', RATE_LIMIT_READS_PER_MINUTE: '100000', RATE_LIMIT_ACTIONS_PER_MINUTE: '100000' },
  }));
  tenant = await createTenant(server, 'auth');
  const dashboard = { cookie: tenant.dashboard.cookie, 'x-csrf-token': tenant.dashboard.csrf };
  const key = await request(`${server.url}/api/v1/dashboard/apps/${tenant.appId}/api-keys`, { body: { name: 'to revoke' }, headers: dashboard });
  await request(`${server.url}/api/v1/dashboard/apps/${tenant.appId}/api-keys/${key.body.id}`, { method: 'DELETE', headers: dashboard });
  revokedKey = key.body.key;
  const tool = await request(`${server.url}/api/v1/tools/tokens`, { apiKey: tenant.apiKey, body: { endUserId: tenant.endUser } });
  await request(`${server.url}/api/v1/tools/tokens/${tool.body.id}`, { apiKey: tenant.apiKey, method: 'DELETE' });
  revokedToolToken = tool.body.token;
  const session = await request(`${server.url}/api/v1/connect/sessions`, { apiKey: tenant.apiKey, body: { endUserId: tenant.endUser } });
  expiredSession = session.body.token;
  const hash = createHash('sha256').update(expiredSession).digest('hex');
  await server.database.db('connect_sessions').where({ token_hash: hash }).update({ expires_at: new Date(Date.now() - 1000) });
  otherSession = await signInDashboard(server, tenant.email, tenant.password);
  signedOut = await signInDashboard(server, tenant.email, tenant.password);
  await request(`${server.url}/api/v1/dashboard/sign-out`, { method: 'POST', headers: { cookie: signedOut.cookie, 'x-csrf-token': signedOut.csrf } });
});
afterAll(() => close());

const wrongCredentials: Record<Exclude<SpecSecurity, 'none'>, [string, () => Caller, number][]> = {
  apiKey: [
    ['no credential', () => ({}), 401],
    ['a malformed key', () => ({ apiKey: 'not-a-key' }), 401],
    ['a key of the right shape that does not exist', () => ({ apiKey: `${tenant.apiKey.slice(0, -4)}zzzz` }), 401],
    ['a very long key', () => ({ apiKey: `app_${'x'.repeat(8000)}` }), 401],
    ['a revoked key', () => ({ apiKey: revokedKey }), 401],
    ['a connect session token', () => ({ sessionToken: tenant.sessionToken }), 401],
    ['a tool token', () => ({ toolToken: tenant.toolToken }), 401],
    ['a dashboard session without X-Patchbay-App', () => tenant.dashboard, 401],
    ['a signed-out dashboard session naming the app', () => ({ ...signedOut, app: tenant.appId }), 401],
  ],
  connectSession: [
    ['no credential', () => ({}), 401],
    ['the API key', () => ({ apiKey: tenant.apiKey }), 401],
    ['an expired connect session', () => ({ sessionToken: expiredSession }), 401],
    ['a made-up token', () => ({ sessionToken: `cs_${'a'.repeat(40)}` }), 401],
    ['a tool token', () => ({ toolToken: tenant.toolToken }), 401],
    ['a dashboard session', () => tenant.dashboard, 401],
  ],
  toolToken: [
    ['no credential', () => ({}), 401],
    ['a made-up tool token', () => ({ toolToken: `tt_${'a'.repeat(40)}` }), 401],
    ['a revoked tool token', () => ({ toolToken: revokedToolToken }), 401],
    ['a connect session token', () => ({ sessionToken: tenant.sessionToken }), 401],
    ['a revoked API key', () => ({ apiKey: revokedKey }), 401],
    ['a dashboard session naming the app', () => ({ ...tenant.dashboard, app: tenant.appId }), 401],
  ],
  dashboardSession: [
    ['no credential', () => ({}), 401],
    ['the API key', () => ({ apiKey: tenant.apiKey }), 401],
    ['a connect session token', () => ({ sessionToken: tenant.sessionToken }), 401],
    ['a tool token', () => ({ toolToken: tenant.toolToken }), 401],
    ['a signed-out session', () => signedOut, 401],
    ['a made-up session cookie', () => ({ cookie: `pb_session=${'a'.repeat(43)}`, csrf: tenant.dashboard.csrf }), 401],
  ],
};

function callFor(operation: SpecOperation): OperationCall {
  return { path: pathValuesOf(tenant), ...(operation.method === 'get' ? {} : { body: {} }), headers: { 'x-end-user-id': tenant.endUser } };
}

async function expectRefused(operation: SpecOperation, caller: Caller, status: number, label: string) {
  const answer = await callOperation(server.url, operation, callFor(operation), caller);
  const where = `${operation.operationId} with ${label}: ${answer.status} ${answer.text.slice(0, 200)}`;
  expect(answer.status, where).toBe(status);
  expect(JSON.parse(answer.text).error, where).toMatchObject({ type: status === 401 ? 'authentication_error' : 'permission_error', requestId: expect.any(String) });
}

/** Every row as it was before `attempts` (one digest per operation keeps the suite quick). */
async function changesNothing(operation: SpecOperation, attempts: () => Promise<void>) {
  const before = await snapshot(server);
  await attempts();
  expect(await snapshot(server), `${operation.operationId}: rows changed`).toEqual(before);
}

describe('authentication (OWASP API2), generated from openapi.yaml', () => {
  const secured = specOperations.filter((operation) => operation.security !== 'none');
  it.each(secured.map((operation) => [operation.operationId, operation] as const))('%s refuses every wrong credential', async (_, operation) => {
    await changesNothing(operation, async () => {
      for (const [label, caller, status] of wrongCredentials[operation.security as Exclude<SpecSecurity, 'none'>]) {
        await expectRefused(operation, caller(), status, label);
      }
    });
  });

  const changing = specOperations.filter((operation) => operation.security === 'dashboardSession' && operation.method !== 'get');
  it.each(changing.map((operation) => [operation.operationId, operation] as const))('%s needs the session’s own CSRF token', async (_, operation) => {
    await changesNothing(operation, async () => {
      await expectRefused(operation, { cookie: tenant.dashboard.cookie }, 403, 'no X-CSRF-Token');
      await expectRefused(operation, { cookie: tenant.dashboard.cookie, csrf: 'forged' }, 403, 'a forged X-CSRF-Token');
      await expectRefused(operation, { cookie: tenant.dashboard.cookie, csrf: otherSession.csrf }, 403, "another session's X-CSRF-Token");
    });
  });

  const throughDashboard = specOperations.filter((operation) => operation.security === 'apiKey' && operation.method !== 'get' && !operation.path.includes('/proxy/'));
  it.each(throughDashboard.map((operation) => [operation.operationId, operation] as const))(
    '%s through the dashboard needs the CSRF token',
    async (_, operation) => {
      await changesNothing(operation, () => expectRefused(operation, { cookie: tenant.dashboard.cookie, app: tenant.appId }, 403, 'the dashboard without X-CSRF-Token'));
    },
  );
});

describe('dashboard sessions', () => {
  it('a session id chosen before sign-in is never adopted (session fixation)', async () => {
    const chosen = `pb_session=${'f'.repeat(43)}`;
    const response = await fetch(`${server.url}/api/v1/dashboard/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: chosen },
      body: JSON.stringify({ email: tenant.email, password: tenant.password }),
    });
    expect(response.status).toBe(200);
    const issued = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(issued).toMatch(/^pb_session=.+/);
    expect(issued).not.toBe(chosen);
    expect((await fetch(`${server.url}/api/v1/dashboard/account`, { headers: { cookie: chosen } })).status).toBe(401);
    expect((await fetch(`${server.url}/api/v1/dashboard/account`, { headers: { cookie: issued } })).status).toBe(200);
  });

  it('sign-in is limited per address: the right password is refused too once the limit is reached', async () => {
    const limited = await startTestServer({ RATE_LIMIT_SIGNUPS_PER_HOUR: '3' });
    try {
      const account = { accountEmail: `limited-${Date.now()}@company-x.com`, accountPassword: 'secure-password', accountName: 'X', appName: 'X' };
      expect((await request(`${limited.url}/api/v1/apps`, { body: account })).status).toBe(201);
      const attempts = [];
      for (const password of ['guess-1', 'guess-2', 'guess-3', 'secure-password']) {
        attempts.push((await request(`${limited.url}/api/v1/dashboard/sign-in`, { body: { email: account.accountEmail, password } })).status);
      }
      // Sign-ups and sign-ins share the per-address budget of 3: one sign-up, two guesses, then 429.
      expect(attempts).toEqual([401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
