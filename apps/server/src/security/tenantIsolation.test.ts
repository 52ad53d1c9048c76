import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOperation, type Caller, type OperationCall } from '../../test/callOperation.js';
import { startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { createTenant, signInDashboard, snapshot, type Tenant } from '../../test/securityWorld.js';
import { specOperations, type SpecOperation } from '../../test/specOperations.js';
import type { TestServer } from '../../test/testServer.js';

// OWASP API1 (broken object level authorization), generated from the spec: every operation has a
// case below, or the first test fails. An attacker holds its own valid credentials of the kind
// the operation takes and aims at the victim's data. `refused`: 403 or 404. `own`: the call
// may succeed, on the attacker's own data. Either way the answer holds none of the victim's
// markers (beyond what the attacker sent) and not one of the victim's rows changes.

type Expectation = 'refused' | 'own';
interface Attack {
  expect: Expectation;
  calls: (victim: Tenant, attacker: Tenant) => OperationCall[];
}
type Case = Attack | { public: string };

const send = (victim: Tenant) => ({ channel: 'general', text: `to ${victim.endUser}` });
const byId = (name: string, id: (victim: Tenant) => string): Attack => ({ expect: 'refused', calls: (victim) => [{ path: { [name]: id(victim) } }] });
const own = (call: (victim: Tenant) => OperationCall = () => ({})): Attack => ({ expect: 'own', calls: (victim) => [call(victim)] });
const proxy: Attack = {
  expect: 'refused',
  calls: (victim) => [{ path: { slug: 'slack', path: 'conversations.list' }, headers: { 'x-end-user-id': victim.endUser } }],
};

const cases: Record<string, Case> = {
  createApp: { public: 'sign-up creates a new account; it reads nothing that exists' },
  signIn: { public: 'the email and password are the credential' },
  connectionCallback: { public: 'the single-use state is the credential (connections tests: reused, expired and foreign states)' },
  listIntegrations: own(),
  getIntegration: own(() => ({ path: { slug: 'slack' } })),
  updateIntegration: own(() => ({ path: { slug: 'slack' }, body: { enabled: false } })),
  setOAuthClient: own(() => ({ path: { slug: 'slack' }, body: { clientId: 'attacker-client', clientSecret: 'attacker-secret' } })),
  deleteOAuthClient: own(() => ({ path: { slug: 'slack' } })),
  authorizeConnection: own((victim) => ({ body: { endUserId: victim.endUser, integrationSlug: 'slack', redirectUri: 'https://attacker.example/done' } })),
  runAction: { expect: 'refused', calls: (victim) => [{ path: { slug: 'slack', action: 'send_message' }, body: { endUserId: victim.endUser, input: send(victim) } }] },
  proxyGet: proxy,
  proxyPost: proxy,
  proxyPut: proxy,
  proxyPatch: proxy,
  proxyDelete: proxy,
  listExecutions: own((victim) => ({ query: { endUserId: victim.endUser } })),
  getExecutionTimeseries: own(),
  getExecution: byId('executionId', (victim) => victim.executionId),
  getUsage: own(),
  getBillingEstimate: own(),
  listWebhookEndpoints: own(),
  createWebhookEndpoint: own(() => ({ body: { url: 'https://attacker.example/hooks' } })),
  getWebhookEndpoint: byId('endpointId', (victim) => victim.endpointId),
  updateWebhookEndpoint: { expect: 'refused', calls: (victim) => [{ path: { endpointId: victim.endpointId }, body: { url: 'https://attacker.example/stolen' } }] },
  deleteWebhookEndpoint: byId('endpointId', (victim) => victim.endpointId),
  getWebhookEndpointSecret: byId('endpointId', (victim) => victim.endpointId),
  rotateWebhookEndpointSecret: byId('endpointId', (victim) => victim.endpointId),
  sendTestWebhook: byId('endpointId', (victim) => victim.endpointId),
  listEvents: own(),
  resendFailedEvents: own(() => ({ body: { since: '2000-01-01T00:00:00Z' } })),
  listEventDeliveries: byId('eventId', (victim) => victim.eventId),
  resendEvent: byId('eventId', (victim) => victim.eventId),
  getApp: own(),
  updateApp: own(() => ({ body: { name: 'Attacker app' } })),
  listConnections: own((victim) => ({ query: { endUserId: victim.endUser } })),
  createConnection: own((victim) => ({ body: { endUserId: victim.endUser, integrationSlug: 'slack', credentials: { apiKey: 'attacker-key' } } })),
  getConnection: byId('connectionId', (victim) => victim.connectionId),
  deleteConnection: byId('connectionId', (victim) => victim.connectionId),
  createRepairLink: byId('connectionId', (victim) => victim.connectionId),
  checkConnectionHealth: byId('connectionId', (victim) => victim.connectionId),
  listEndUsers: own((victim) => ({ query: { search: victim.endUser } })),
  getEndUser: byId('endUserId', (victim) => victim.endUser),
  deleteEndUser: byId('endUserId', (victim) => victim.endUser),
  createConnectSession: own((victim) => ({ body: { endUserId: victim.endUser } })),
  listTools: own((victim) => ({ query: { endUserId: victim.endUser, include: 'all' } })),
  executeTool: own((victim) => ({ body: { endUserId: victim.endUser, name: 'slack_send_message', arguments: send(victim) } })),
  createToolToken: own((victim) => ({ body: { endUserId: victim.endUser } })),
  revokeToolToken: byId('tokenId', (victim) => victim.toolTokenId),
  createTriggerSubscription: own((victim) => ({ body: { endUserId: victim.endUser, integration: 'slack', trigger: 'message' } })),
  listTriggerSubscriptions: own((victim) => ({ query: { endUserId: victim.endUser } })),
  getTriggerSubscription: byId('subscriptionId', (victim) => victim.subscriptionId),
  pauseTriggerSubscription: byId('subscriptionId', (victim) => victim.subscriptionId),
  resumeTriggerSubscription: byId('subscriptionId', (victim) => victim.subscriptionId),
  deleteTriggerSubscription: byId('subscriptionId', (victim) => victim.subscriptionId),
  listTriggerRuns: own((victim) => ({ query: { subscriptionId: victim.subscriptionId, endUserId: victim.endUser } })),
  receiveProviderEvent: { public: "the provider's signature over the body is the credential (triggers/inbound.test.ts: bad, stale and foreign signatures)" },
  receiveSubscriptionEvent: { public: "the subscription's own signing secret is the credential (triggers/inbound.test.ts: forged pushes)" },
  getToolSettings: own(),
  updateToolSettings: own(() => ({ body: { allowedTools: null } })),
  mcp: own((victim) => ({
    body: { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'slack_send_message', arguments: send(victim) } },
    headers: { 'x-end-user-id': victim.endUser },
  })),
  // Connect-session operations: the attacker is another end user (of the same app, or of another app).
  listConnectIntegrations: own(),
  listConnectConnections: own(),
  deleteConnectConnection: byId('connectionId', (victim) => victim.connectionId),
  startConnectOAuth: own(() => ({ path: { slug: 'slack' }, body: {} })),
  submitConnectCredentials: own(() => ({ path: { slug: 'slack' }, body: { credentials: { apiKey: 'attacker-key' } } })),
  // Dashboard operations: the attacker is another account.
  getDashboardAccount: own(),
  createDashboardApp: own(() => ({ body: { name: 'Attacker second app' } })),
  signOut: own(),
  listApiKeys: byId('appId', (victim) => victim.appId),
  createApiKey: { expect: 'refused', calls: (victim) => [{ path: { appId: victim.appId }, body: { name: 'stolen' } }] },
  revokeApiKey: {
    expect: 'refused',
    calls: (victim, attacker) => [{ path: { appId: victim.appId, keyId: victim.keyId } }, { path: { appId: attacker.appId, keyId: victim.keyId } }],
  },
};

let server: TestServer;
let close: () => Promise<void>;
let victim: Tenant;
let attacker: Tenant;
beforeAll(async () => {
  // Every attack below is a write or a read of the attacker's own: no limit may cut the run short.
  ({ server, close } = await startServerWithEmulatedSlack({
    environment: { RATE_LIMIT_WRITES_PER_MINUTE: '100000', RATE_LIMIT_READS_PER_MINUTE: '100000', RATE_LIMIT_ACTIONS_PER_MINUTE: '100000' },
  }));
  victim = await createTenant(server, 'victim');
  attacker = await createTenant(server, 'attacker');
});
afterAll(() => close());

interface Attacker {
  label: string;
  caller: Caller;
  /** What of the victim must not change. */
  scope: Parameters<typeof snapshot>[1];
  /** What of the victim must not be seen. */
  markers: string[];
  /** The answer whatever the case says: a credential that is refused outright. */
  status?: number;
}

/** The attackers of an operation; a dashboard attacker signs in afresh for sign-out. */
async function attackersFor(operation: SpecOperation): Promise<Attacker[]> {
  const wholeVictim = { scope: { appId: victim.appId }, markers: victim.markers };
  switch (operation.security) {
    case 'apiKey':
      return [
        { label: "another app's API key", caller: { apiKey: attacker.apiKey }, ...wholeVictim },
        { label: "another account's dashboard session", caller: { ...attacker.dashboard, app: attacker.appId }, ...wholeVictim },
        { label: "another account's dashboard session naming the victim's app", caller: { ...attacker.dashboard, app: victim.appId }, ...wholeVictim, status: 401 },
      ];
    case 'connectSession':
      return [
        // Another end user of the same app may change the app's own rows (its own connection, its
        // events) and see the app's name: what is the victim end user's must stay out of reach.
        {
          label: "another end user's connect session",
          caller: { sessionToken: victim.otherUserSessionToken },
          scope: { endUserRowId: victim.endUserRowId },
          markers: [victim.endUser, victim.connectionId, victim.executionId, victim.sessionToken],
        },
        { label: "another app's connect session", caller: { sessionToken: attacker.sessionToken }, ...wholeVictim },
      ];
    case 'toolToken':
      return [
        {
          label: "another end user's tool token",
          caller: { toolToken: victim.otherUserToolToken },
          scope: { endUserRowId: victim.endUserRowId },
          markers: [victim.endUser, victim.connectionId, victim.executionId, victim.toolToken],
        },
        { label: "another app's tool token", caller: { toolToken: attacker.toolToken }, ...wholeVictim },
        { label: "another app's API key naming the victim's end user", caller: { apiKey: attacker.apiKey }, ...wholeVictim },
      ];
    case 'dashboardSession': {
      const login = operation.operationId === 'signOut' ? await signInDashboard(server, attacker.email, attacker.password) : attacker.dashboard;
      return [{ label: "another account's dashboard session", caller: login, ...wholeVictim }];
    }
    case 'none':
      return [];
  }
}

/** The victim's markers in an answer, less those the attacker sent itself. */
function leakedMarkers(markers: string[], answer: string, call: OperationCall): string[] {
  const sent = JSON.stringify(call);
  return markers.filter((marker) => answer.includes(marker) && !sent.includes(marker));
}

describe('tenant isolation (OWASP API1), generated from openapi.yaml', () => {
  it('every operation of the spec has a case, and every case an operation', () => {
    const operationIds = specOperations.map((operation) => operation.operationId).sort();
    expect(Object.keys(cases).sort()).toEqual(operationIds);
  });

  const attacked = specOperations.filter((operation) => cases[operation.operationId] && !('public' in cases[operation.operationId]!));
  it.each(attacked.map((operation) => [operation.operationId, operation] as const))(
    '%s: another tenant gets none of the victim’s data and changes none of it',
    async (_, operation) => {
      const attack = cases[operation.operationId] as Attack;
      for (const { label, caller, scope, markers, status } of await attackersFor(operation)) {
        for (const call of attack.calls(victim, attacker)) {
          const before = await snapshot(server, scope);
          const answer = await callOperation(server.url, operation, call, caller);
          const where = `${operation.operationId} with ${label}: ${answer.status} ${answer.text.slice(0, 300)}`;
          if (status) expect(answer.status, where).toBe(status);
          else if (attack.expect === 'refused') expect([403, 404], where).toContain(answer.status);
          else expect(answer.status, where).toBeLessThan(500);
          expect(leakedMarkers(markers, answer.text, call), where).toEqual([]);
          expect(await snapshot(server, scope), `${where}: the victim's rows changed`).toEqual(before);
        }
      }
    },
  );

  it('the victim still has all of it afterwards', async () => {
    const connection = await fetch(`${server.url}/api/v1/connections/${victim.connectionId}`, { headers: { 'x-api-key': victim.apiKey } });
    expect(connection.status).toBe(200);
    const endpoint = await fetch(`${server.url}/api/v1/webhook-endpoints/${victim.endpointId}`, { headers: { 'x-api-key': victim.apiKey } });
    expect(endpoint.status).toBe(200);
    const keys = await fetch(`${server.url}/api/v1/dashboard/apps/${victim.appId}/api-keys`, { headers: { cookie: victim.dashboard.cookie } });
    expect((await keys.json()).apiKeys.find((key: { id: string }) => key.id === victim.keyId).revokedAt).toBeNull();
  });
});
