import type { DestinationStream } from 'pino';
import { emulatorEndpoints, startEmulator, type Emulator } from '@patchbay/emulator';
import { follow } from './browser.js';
import { request } from './http.js';
import { startTestServer, type TestServer } from './testServer.js';

/** A test server whose Slack is the emulator (approving at once), plus a helper to connect. */
export async function startServerWithEmulatedSlack(
  options: {
    clients?: { clientId: string; clientSecret: string }[];
    encryptionKey?: string;
    worker?: boolean;
    environment?: Record<string, string>;
    logDestination?: DestinationStream;
  } = {},
): Promise<{ server: TestServer; emulator: Emulator; close(): Promise<void> }> {
  const emulator = await startEmulator({ autoApprove: true, ...(options.clients ? { clients: options.clients } : {}) });
  const endpoints = emulatorEndpoints(emulator.url, 'slack');
  const server = await startTestServer({
    SLACK_CLIENT_ID: 'patchbay-demo',
    SLACK_CLIENT_SECRET: 'patchbay-demo-secret',
    SLACK_AUTHORIZATION_URL: endpoints.authorizationUrl,
    SLACK_TOKEN_URL: endpoints.tokenUrl,
    SLACK_API_BASE_URL: endpoints.apiBaseUrl,
    ...(options.encryptionKey ? { ENCRYPTION_KEY: options.encryptionKey } : {}),
    ...options.environment,
  }, { worker: options.worker ?? false, ...(options.logDestination ? { logDestination: options.logDestination } : {}) });
  return {
    server,
    emulator,
    close: async () => {
      await server.close();
      await emulator.close();
    },
  };
}

export async function connectSlack(server: Pick<TestServer, 'url'>, apiKey: string, endUserId: string): Promise<string> {
  const { body } = await request(`${server.url}/api/v1/connections/authorize`, {
    apiKey,
    body: { endUserId, integrationSlug: 'slack', redirectUri: 'https://company-x.com/done' },
  });
  const done = await follow(body.authorizationUrl, {}, (url) => url.origin === 'https://company-x.com');
  const connectionId = new URL(done.url).searchParams.get('connectionId');
  if (!connectionId) throw new Error(`connect failed: ${done.url}`);
  return connectionId;
}
