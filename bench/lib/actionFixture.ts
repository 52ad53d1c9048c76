import { createBenchDatabase } from '../database.js';
import { connectSlack, slackTokenFromEmulator, startEmulatorProcess, type EmulatorProcess } from './emulator.js';
import { createApp, raisedRateLimits, startServer, type RunningServer } from './server.js';

export const benchEndUser = 'bench-user';

/** The requests the request-overhead scenario and the profile send, as autocannon options. */
export interface LoadTarget {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface ActionFixture {
  server: RunningServer;
  emulator: EmulatorProcess;
  targets: { healthz: LoadTarget; read: LoadTarget; executions: LoadTarget; action: LoadTarget; direct: LoadTarget };
  close(): Promise<void>;
}

/**
 * A fresh database, the emulator in its own process, and the compiled server with its rate
 * limits raised; an app whose end user connected Slack through Patchbay's OAuth flow, and a
 * token of the emulator's own for the same Slack call made directly.
 */
export async function startActionFixture(options: { inspect?: boolean } = {}): Promise<ActionFixture> {
  const database = await createBenchDatabase();
  const emulator = await startEmulatorProcess();
  let server: RunningServer | undefined;
  try {
    server = await startServer({ DATABASE_URL: database.url, ...raisedRateLimits, ...emulator.slackEnvironment }, options);
    const { apiKey } = await createApp(server);
    await connectSlack(server, apiKey, benchEndUser);
    const token = await slackTokenFromEmulator(emulator);
    const running = server;
    return {
      server,
      emulator,
      targets: {
        healthz: { url: `${server.url}/healthz` },
        read: { url: `${server.url}/api/v1/integrations`, headers: { 'x-api-key': apiKey } },
        executions: { url: `${server.url}/api/v1/executions?limit=1`, headers: { 'x-api-key': apiKey } },
        action: {
          url: `${server.url}/api/v1/integrations/slack/actions/send_message`,
          method: 'POST',
          headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
          body: JSON.stringify({ endUserId: benchEndUser, input: { channel: '#general', text: 'bench' } }),
        },
        direct: {
          url: `${emulator.url}/slack/api/chat.postMessage`,
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ channel: '#general', text: 'bench' }),
        },
      },
      close: async () => {
        await running.stop();
        await emulator.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await server?.stop();
    await emulator.stop();
    await database.drop();
    throw error;
  }
}
