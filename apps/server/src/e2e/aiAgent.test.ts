import type { Emulator } from '@patchbay/emulator';
import { Agent, scriptedModel, scriptedOpenAI } from '@patchbay/example-ai-agent';
import { Patchbay } from '@patchbay/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follow } from '../../test/browser.js';
import { startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';

// examples/ai-agent against a real Patchbay and the emulator; the model is scripted (no network).
let server: TestServer;
let emulator: Emulator;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ server, emulator, close } = await startServerWithEmulatedSlack());
});
afterAll(() => close());

/** What the end user does with the Connect Link: start OAuth with its session, approve, come back. */
async function connectThroughLink(link: string): Promise<void> {
  const session = new URL(link).searchParams.get('session')!;
  const started = await request(`${server.url}/api/v1/connect/integrations/slack/authorize`, {
    headers: { authorization: `Bearer ${session}` },
    body: { redirectUri: `${server.url}/connect` },
  });
  expect(started.status).toBe(200);
  const back = await follow(started.body.authorizationUrl, {}, (url) => url.origin === server.url && url.pathname === '/connect');
  expect(new URL(back.url).searchParams.get('status')).toBe('active');
}

describe('examples/ai-agent', () => {
  it('asks the user to connect Slack, then lists the channels and posts the count, all logged', async () => {
    const app = await signUp(server.url);
    const model = scriptedModel();
    const agent = new Agent({
      patchbay: new Patchbay({ apiKey: app.apiKey, baseUrl: server.url }),
      // The example's own OpenAI client: the server's dependencies resolve openai with another undici.
      openai: scriptedOpenAI(model),
      model: 'scripted',
      endUserId: 'agent-user',
    });

    const first = await agent.send('How many Slack channels do we have? Post it to #general.');
    expect(first.toolCalls).toEqual([{ name: 'slack_list_channels', status: 'connection_required' }]);
    const link = /https?:\/\/\S+\/connect\?session=cs_[a-z0-9]+/.exec(first.reply)?.[0];
    expect(link).toBeDefined();
    // The model was offered every exposed tool, each described for it.
    const offered = model.requests[0]!.tools!.flatMap((tool) => (tool.type === 'function' ? [tool.function] : []));
    expect(offered.length).toBeGreaterThanOrEqual(30);
    expect(offered.find((tool) => tool.name === 'slack_send_message')?.description).toMatch(/has not connected Slack yet/);

    await connectThroughLink(link!);
    const second = await agent.send('Done, I connected it.');
    expect(second.toolCalls).toEqual([
      { name: 'slack_list_channels', status: 'success', executionId: expect.stringMatching(/^exec_/) },
      { name: 'slack_send_message', status: 'success', executionId: expect.stringMatching(/^exec_/) },
    ]);
    expect(second.reply).toMatch(/^Done: I posted the channel count to #general/);
    expect(emulator.messages().at(-1)?.text).toMatch(/^This workspace has \d+ channels: #general/);

    const log = await request(`${server.url}/api/v1/executions?source=tools&endUserId=agent-user`, { apiKey: app.apiKey });
    expect(log.body.executions.map((execution: { action: string; status: string }) => `${execution.action}:${execution.status}`)).toEqual(['send_message:success', 'list_channels:success']);
  });
});
