import { demoSlackSigningSecret, emulatorEndpoints, startEmulator, type Emulator } from '@patchbay/emulator';
import { environmentPrefix } from '@patchbay/integrations';
import { openCredentials } from '../src/connections/credentials.js';
import { follow } from './browser.js';
import { request, signUp } from './http.js';
import { startTestServer, type TestServer } from './testServer.js';
import { startWebhookReceiver } from './webhookReceiver.js';

/** The emulated providers with triggers: Slack (app-level pushes), GitHub (hooks), Google Sheets (polls). */
export const emulatedProviders = ['slack', 'github', 'google-sheets'] as const;

export function providerEnvironment(emulatorUrl: string): Record<string, string> {
  const environment: Record<string, string> = { SLACK_WEBHOOK_SECRET: demoSlackSigningSecret };
  for (const slug of emulatedProviders) {
    const endpoints = emulatorEndpoints(emulatorUrl, slug);
    const prefix = environmentPrefix(slug);
    Object.assign(environment, {
      [`${prefix}_CLIENT_ID`]: 'patchbay-demo',
      [`${prefix}_CLIENT_SECRET`]: 'patchbay-demo-secret',
      [`${prefix}_AUTHORIZATION_URL`]: endpoints.authorizationUrl,
      [`${prefix}_TOKEN_URL`]: endpoints.tokenUrl,
      [`${prefix}_API_BASE_URL`]: endpoints.apiBaseUrl,
    });
  }
  return environment;
}

/**
 * A test server with its worker (polls and pushes are jobs), the emulator as the providers, Slack
 * events pointed at the server, and a customer webhook endpoint that verifies what it gets.
 */
export async function startTriggerWorld(environment: Record<string, string> = {}) {
  const emulator = await startEmulator({ autoApprove: true });
  const server = await startTestServer(
    { ...providerEnvironment(emulator.url), TRIGGER_POLL_INTERVAL_SECONDS: '0.3', WORKER_POLL_INTERVAL_MS: '100', WEBHOOK_RETRY_SCHEDULE: '0.2,0.5', ...environment },
    { worker: true },
  );
  await emulator.connectSlackEvents(`${server.url}/api/v1/inbound/slack`);
  const receiver = await startWebhookReceiver();
  return {
    server,
    emulator,
    receiver,
    close: async () => {
      await server.close();
      await emulator.close();
      await receiver.close();
    },
  };
}

export type TriggerWorld = Awaited<ReturnType<typeof startTriggerWorld>>;

/** A customer whose webhook endpoint is the world's receiver, and a client of the API with its key. */
export async function signUpCustomer(world: TriggerWorld) {
  const app = await signUp(world.server.url, { webhookUrl: world.receiver.url });
  world.receiver.setSecret(app.webhookSecret);
  const api = (path: string, options: Parameters<typeof request>[1] = {}) => request(`${world.server.url}/api/v1${path}`, { apiKey: app.apiKey, ...options });
  return { app, api };
}

/** Connects an end user through the emulator's consent (approved at once); returns the connection id. */
export async function connect(server: Pick<TestServer, 'url'>, apiKey: string, endUserId: string, integrationSlug: string): Promise<string> {
  const { body } = await request(`${server.url}/api/v1/connections/authorize`, { apiKey, body: { endUserId, integrationSlug, redirectUri: 'https://company-x.com/done' } });
  const done = await follow(body.authorizationUrl, {}, (url) => url.origin === 'https://company-x.com');
  const connectionId = new URL(done.url).searchParams.get('connectionId');
  if (!connectionId) throw new Error(`connect failed: ${done.url}`);
  return connectionId;
}

/** The end user removes the app at the provider: its grant (and every token of it) stops working. */
export async function revokeAtProvider(server: TestServer, emulator: Emulator, connectionId: string): Promise<void> {
  const row = await server.database.db('connections').where({ id: connectionId }).first();
  const credentials = openCredentials(server.services.secrets, row.app_id, row.id, row.credentials);
  if (credentials.type !== 'oauth2') throw new Error('expected OAuth credentials');
  emulator.revokeGrant(credentials.accessToken);
}

/** The `trigger.fired` events the receiver got (verified), by payload. */
export function firedEvents(receiver: Awaited<ReturnType<typeof startWebhookReceiver>>): { data: Record<string, any> }[] {
  return receiver.received
    .filter((hit) => hit.verified)
    .map((hit) => JSON.parse(hit.body) as { event: string; data: Record<string, any> })
    .filter((event) => event.event === 'trigger.fired');
}
