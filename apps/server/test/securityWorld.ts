import { randomToken } from '../src/ids.js';
import { connectSlack } from './emulatedSlack.js';
import { request } from './http.js';
import type { TestServer } from './testServer.js';

export interface DashboardLogin {
  cookie: string;
  csrf: string;
}

/** One customer with a bit of everything: the data a cross-tenant call must never reach. */
export interface Tenant {
  appId: string;
  apiKey: string;
  webhookSecret: string;
  email: string;
  password: string;
  appName: string;
  dashboard: DashboardLogin;
  /** The customer's id for its connected end user, and our internal one. */
  endUser: string;
  endUserRowId: string;
  connectionId: string;
  executionId: string;
  endpointId: string;
  eventId: string;
  /** A second API key, created from the dashboard. */
  keyId: string;
  /** A connect session of `endUser`, and one of another end user of the same app. */
  sessionToken: string;
  otherUserSessionToken: string;
  oauthClientId: string;
  /** A tool token (MCP) of `endUser`, and one of another end user of the same app. */
  toolTokenId: string;
  /** A trigger subscription of `endUser` (Slack messages). */
  subscriptionId: string;
  toolToken: string;
  otherUserToolToken: string;
  /** Strings of this tenant that must appear in no answer to anyone else. */
  markers: string[];
}

export async function signInDashboard(server: TestServer, email: string, password: string): Promise<DashboardLogin> {
  const response = await request(`${server.url}/api/v1/dashboard/sign-in`, { body: { email, password } });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: response.body.csrfToken };
}

async function ok<T = any>(label: string, response: Promise<{ status: number; body: T }>): Promise<T> {
  const { status, body } = await response;
  if (status >= 300) throw new Error(`${label}: ${status} ${JSON.stringify(body)}`);
  return body;
}

/** Signs up a tenant on a server whose Slack is the emulator, and fills it with data. */
export async function createTenant(server: TestServer, label: string): Promise<Tenant> {
  const tag = `${label}-${randomToken(8)}`;
  const email = `${tag}@company-x.com`;
  const password = `pw-${randomToken(16)}`;
  const appName = `${tag} app`;
  const api = (path: string, options: { method?: string; body?: unknown; headers?: Record<string, string>; apiKey?: string } = {}) =>
    request(`${server.url}/api/v1${path}`, options);
  const signUp = await ok('sign-up', api('/apps', { body: { accountEmail: email, accountPassword: password, accountName: tag, appName } }));
  const { appId, apiKey, webhookSecret } = signUp.app;
  const dashboard = await signInDashboard(server, email, password);
  const endUser = `${tag}-user`;
  const connectionId = await connectSlack(server, apiKey, endUser);
  const subscription = await ok('trigger subscription', api('/trigger-subscriptions', { apiKey, body: { endUserId: endUser, integration: 'slack', trigger: 'message' } }));
  const executed = await ok('action', api('/integrations/slack/actions/send_message', { apiKey, body: { endUserId: endUser, input: { channel: 'general', text: `hello from ${tag}` } } }));
  const endpoint = await ok('endpoint', api('/webhook-endpoints', { apiKey, body: { url: `https://hooks.company-x.com/${tag}` } }));
  const event = await ok('test event', api(`/webhook-endpoints/${endpoint.id}/test`, { apiKey, method: 'POST' }));
  const key = await ok('api key', api(`/dashboard/apps/${appId}/api-keys`, { body: { name: `${tag} key` }, headers: { cookie: dashboard.cookie, 'x-csrf-token': dashboard.csrf } }));
  const session = await ok('session', api('/connect/sessions', { apiKey, body: { endUserId: endUser } }));
  const otherSession = await ok('other session', api('/connect/sessions', { apiKey, body: { endUserId: `${tag}-other-user` } }));
  const oauthClientId = `${tag}-client`;
  await ok('oauth client', api('/integrations/slack/oauth-client', { apiKey, method: 'PUT', body: { clientId: oauthClientId, clientSecret: `${tag}-client-secret` } }));
  const tool = await ok('tool token', api('/tools/tokens', { apiKey, body: { endUserId: endUser } }));
  const otherTool = await ok('other tool token', api('/tools/tokens', { apiKey, body: { endUserId: `${tag}-other-user` } }));
  const row = await server.database.db('end_users').where({ app_id: appId, external_id: endUser }).first('id');
  return {
    appId,
    apiKey,
    webhookSecret,
    email,
    password,
    appName,
    dashboard,
    endUser,
    endUserRowId: row.id,
    connectionId,
    executionId: executed.executionId,
    endpointId: endpoint.id,
    eventId: event.id,
    keyId: key.id,
    sessionToken: session.token,
    otherUserSessionToken: otherSession.token,
    oauthClientId,
    toolTokenId: tool.id,
    toolToken: tool.token,
    subscriptionId: subscription.id,
    otherUserToolToken: otherTool.token,
    markers: [appId, apiKey, webhookSecret, email, appName, endUser, connectionId, executed.executionId, endpoint.id, event.id, key.id, key.key, session.token, oauthClientId, tool.id, tool.token, subscription.id],
  };
}

/** A value for each path parameter of the spec: the tenant's real ids, so only what a test breaks is wrong. */
export function pathValuesOf(tenant: Tenant): Record<string, string> {
  return {
    slug: 'slack',
    action: 'send_message',
    path: 'conversations.list',
    executionId: tenant.executionId,
    endpointId: tenant.endpointId,
    eventId: tenant.eventId,
    connectionId: tenant.connectionId,
    endUserId: tenant.endUser,
    appId: tenant.appId,
    keyId: tenant.keyId,
    tokenId: tenant.toolTokenId,
    subscriptionId: tenant.subscriptionId,
  };
}

// Columns a request may change without changing anything of the customer's: when a key or a
// session was last used. api_call_counts is written by a timer, whenever it flushes. The worker's
// cron jobs write the rest on the clock: execution_rollup_state each minute, with or without
// executions to fold, and usage_metrics every 10 minutes, recounted from tables kept here.
const volatileColumns = new Set(['last_used_at', 'last_seen_at']);
const volatileTables = new Set(['api_call_counts', 'execution_rollup_state', 'usage_metrics', 'knex_migrations', 'knex_migrations_lock']);

/**
 * A digest of every row of one tenant (every row when no app is given): compare two to prove that
 * nothing changed. `endUserRowId` narrows it to one end user's rows (tables with end_user_id).
 */
export async function snapshot(server: TestServer, scope: { appId?: string; accountEmail?: string; endUserRowId?: string } = {}): Promise<Record<string, string>> {
  const db = server.database.db;
  const columns: { table_name: string; column_name: string }[] = (
    await db.raw("select table_name, column_name from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position")
  ).rows;
  const tables = new Map<string, string[]>();
  for (const { table_name: table, column_name: column } of columns) {
    if (volatileTables.has(table)) continue;
    tables.set(table, [...(tables.get(table) ?? []), column]);
  }
  const parts: string[] = [];
  const bindings: unknown[] = [];
  for (const [table, names] of tables) {
    let where = 'true';
    if (scope.endUserRowId) {
      if (table === 'end_users') where = 'id = ?';
      else if (names.includes('end_user_id')) where = 'end_user_id = ?';
      else continue;
      bindings.push(scope.endUserRowId);
    } else if (scope.appId) {
      if (names.includes('app_id')) where = 'app_id = ?';
      else if (table === 'apps') where = 'id = ?';
      else if (table === 'accounts') where = 'id = (select account_id from apps where id = ?)';
      else if (names.includes('account_id')) where = 'account_id = (select account_id from apps where id = ?)';
      else continue;
      bindings.push(scope.appId);
    }
    const kept = names.filter((name) => !volatileColumns.has(name)).map((name) => `"${name}"`).join(', ');
    parts.push(`select '${table}' as t, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as h from (select ${kept} from "${table}" where ${where}) r`);
  }
  const rows: { t: string; h: string }[] = (await db.raw(parts.join(' union all '), bindings as never)).rows;
  return Object.fromEntries(rows.map(({ t, h }) => [t, h]));
}
