import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { demoClient, emulatorEndpoints } from '../../packages/emulator/src/index.js';
import { follow } from '../../apps/server/test/browser.js';
import type { RunningServer } from './server.js';

const cli = fileURLToPath(new URL('../../packages/emulator/src/cli.ts', import.meta.url));

export interface EmulatorProcess {
  url: string;
  /** What points the server's Slack integration at this emulator. */
  slackEnvironment: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * The built-in provider emulator in a process of its own (approving consent at once), so the
 * server and the direct calls reach the same Slack stand-in and neither shares its event loop.
 */
export async function startEmulatorProcess(): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), cli, '--port', '0', '--auto-approve'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  while (!output.includes('\n')) {
    if (child.exitCode !== null) throw new Error(`the emulator exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const url = output.split('\n')[0]!.trim();
  const endpoints = emulatorEndpoints(url, 'slack');
  return {
    url,
    slackEnvironment: {
      SLACK_CLIENT_ID: demoClient.clientId,
      SLACK_CLIENT_SECRET: demoClient.clientSecret,
      SLACK_AUTHORIZATION_URL: endpoints.authorizationUrl,
      SLACK_TOKEN_URL: endpoints.tokenUrl,
      SLACK_API_BASE_URL: endpoints.apiBaseUrl,
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

const doneUrl = 'https://bench.invalid/done';

/** Connects the end user's Slack through Patchbay's OAuth flow, as the widget would. */
export async function connectSlack(server: Pick<RunningServer, 'url'>, apiKey: string, endUserId: string): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/connections/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify({ endUserId, integrationSlug: 'slack', redirectUri: doneUrl }),
  });
  const { authorizationUrl } = (await response.json()) as { authorizationUrl: string };
  const done = await follow(authorizationUrl, {}, (url) => url.origin === new URL(doneUrl).origin);
  const connectionId = new URL(done.url).searchParams.get('connectionId');
  if (!connectionId) throw new Error(`connecting Slack failed: ${done.url}`);
  return connectionId;
}

/** A Slack bot token straight from the emulator (its own OAuth flow), for calls that skip Patchbay. */
export async function slackTokenFromEmulator(emulator: EmulatorProcess): Promise<string> {
  const endpoints = emulatorEndpoints(emulator.url, 'slack');
  const authorize = new URL(endpoints.authorizationUrl);
  for (const [name, value] of Object.entries({ client_id: demoClient.clientId, redirect_uri: doneUrl, response_type: 'code', scope: 'chat:write', state: 'bench' })) {
    authorize.searchParams.set(name, value);
  }
  const done = await follow(authorize.toString(), {}, (url) => url.origin === new URL(doneUrl).origin);
  const code = new URL(done.url).searchParams.get('code');
  if (!code) throw new Error(`the emulator gave no code: ${done.url}`);
  const answer = (await fetch(endpoints.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: demoClient.clientId, client_secret: demoClient.clientSecret, code, redirect_uri: doneUrl }).toString(),
  }).then((response) => response.json())) as { ok: boolean; access_token?: string; error?: string };
  if (!answer.ok || !answer.access_token) throw new Error(`the emulator gave no token: ${answer.error}`);
  return answer.access_token;
}
