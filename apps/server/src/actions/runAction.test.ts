import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { errorBody, request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';
import type { Emulator } from '@patchbay/emulator';

let server: TestServer;
let emulator: Emulator;
let close: () => Promise<void>;
let apiKey: string;
beforeAll(async () => {
  ({ server, emulator, close } = await startServerWithEmulatedSlack());
  apiKey = (await signUp(server.url)).apiKey;
  await connectSlack(server, apiKey, 'eu-1');
});
afterAll(() => close());

const run = (body: unknown, path = 'slack/actions/send_message', key = apiKey) =>
  request(`${server.url}/api/v1/integrations/${path}`, { apiKey: key, body });

const executionCount = async () => Number((await server.database.db('executions').count({ n: '*' }).first())?.n);

describe('POST /api/v1/integrations/{slug}/actions/{action}', () => {
  it.each([
    ['malformed JSON', undefined, 400, 'invalid_json', undefined],
    ['a missing endUserId', { input: { channel: 'general', text: 'x' } }, 400, 'invalid_request', 'body/endUserId'],
    ['a missing input', { endUserId: 'eu-1' }, 400, 'invalid_request', 'body/input'],
    ['input of the wrong type', { endUserId: 'eu-1', input: 'hello' }, 400, 'invalid_request', 'body/input'],
    ['input failing the action schema', { endUserId: 'eu-1', input: { channel: 'general' } }, 400, 'invalid_request', 'body/input/text'],
    ['an over-long message', { endUserId: 'eu-1', input: { channel: 'general', text: 'x'.repeat(40_001) } }, 400, 'invalid_request', 'body/input/text'],
  ])('%s is 400 and runs nothing', async (_name, body, status, code, path) => {
    const before = await executionCount();
    const response =
      body === undefined
        ? await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, { apiKey, rawBody: '{"endUserId":' })
        : await run(body);
    expect(response.status).toBe(status);
    expect(response.body).toEqual(errorBody('invalid_request_error', code));
    if (path) expect(response.body.error.details).toContainEqual(expect.objectContaining({ path }));
    expect(await executionCount()).toBe(before);
    expect(emulator.messages()).toHaveLength(0);
  });

  it.each([
    ['an unknown integration', 'slak/actions/send_message'],
    ['an unknown action', 'slack/actions/delete_everything'],
  ])('%s is 404', async (_name, path) => {
    const response = await run({ endUserId: 'eu-1', input: { channel: 'general', text: 'x' } }, path);
    expect(response.status).toBe(404);
    expect(response.body).toEqual(errorBody('not_found_error', 'not_found'));
  });

  it('an end user without a connection is 404 and nothing is executed', async () => {
    const before = await executionCount();
    const response = await run({ endUserId: 'nobody', input: { channel: 'general', text: 'x' } });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('nobody');
    expect(await executionCount()).toBe(before);
  });

  it('a provider outage is 502 with the execution recorded', async () => {
    emulator.failNext('/slack/api/chat.postMessage', { status: 503, body: { ok: false, error: 'service_unavailable' } }, 4);
    const response = await run({ endUserId: 'eu-1', input: { channel: 'general', text: 'during outage' } });
    expect(response.status).toBe(502);
    expect(response.body.error).toMatchObject({ type: 'provider_error', code: 'provider_error', providerStatus: 503 });
    const execution = await server.database.db('executions').where({ id: response.body.error.executionId }).first();
    expect(execution).toMatchObject({ status: 'failed', provider_status: 503, attempts: 4 });
  });

  it('a 503 then success is retried and recorded as one successful execution with two attempts', async () => {
    emulator.failNext('/slack/api/chat.postMessage', { status: 503, body: { ok: false, error: 'service_unavailable' } }, 1);
    const response = await run({ endUserId: 'eu-1', input: { channel: 'general', text: 'after a blip' } });
    expect(response.status).toBe(200);
    const execution = await server.database.db('executions').where({ id: response.body.executionId }).first();
    expect(execution).toMatchObject({ status: 'success', attempts: 2 });
  });

  it('a revoked token is reported as unauthorized from the provider (422), never as a crash', async () => {
    const other = await signUp(server.url);
    await connectSlack(server, other.apiKey, 'eu-revoked');
    emulator.failNext('/slack/api/chat.postMessage', { status: 200, body: { ok: false, error: 'token_revoked' } });
    const response = await run({ endUserId: 'eu-revoked', input: { channel: 'general', text: 'x' } }, undefined, other.apiKey);
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'unauthorized', providerCode: 'token_revoked' });
  });

  it('no credential reaches the execution record', async () => {
    const response = await run({ endUserId: 'eu-1', input: { channel: 'general', text: 'secret-free' } });
    expect(response.status).toBe(200);
    const execution = await server.database.db('executions').where({ id: response.body.executionId }).first();
    // Our own ids are random base36 and may spell xox (exec_457cdyryhekxoxkiusp4 did): everything else is scanned.
    const { id: _id, app_id: _app, end_user_id: _endUser, connection_id: _connection, ...recorded } = execution;
    expect(JSON.stringify(recorded)).not.toMatch(/xox|Bearer/);
    expect(execution.input).toEqual({ channel: 'general', text: 'secret-free' });
  });

  it('successes finishing together are each recorded with their attempts, and one whose app wants execution.succeeded gets its event', async () => {
    const watching = await signUp(server.url);
    await connectSlack(server, watching.apiKey, 'eu-watched');
    const endpoint = await request(`${server.url}/api/v1/webhook-endpoints`, { apiKey: watching.apiKey, body: { url: 'https://hooks.company-x.com/patchbay', events: ['execution.succeeded'] } });
    expect(endpoint.status).toBe(201);
    const answers = await Promise.all([
      ...Array.from({ length: 8 }, (_, index) => run({ endUserId: 'eu-1', input: { channel: 'general', text: `together ${index}` } })),
      ...Array.from({ length: 4 }, (_, index) => run({ endUserId: 'eu-watched', input: { channel: 'general', text: `watched ${index}` } }, undefined, watching.apiKey)),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200));
    const ids = answers.map((answer) => answer.body.executionId as string);
    const { db } = server.database;
    expect(await db('executions').whereIn('id', ids).where({ status: 'success' }).pluck('id')).toHaveLength(12);
    expect(await db('execution_attempts').whereIn('execution_id', ids).pluck('execution_id')).toHaveLength(12);
    const events = await db('webhook_events').where({ app_id: watching.appId, type: 'execution.succeeded' }).pluck('payload');
    expect(events.map((payload: { data: { executionId: string } }) => payload.data.executionId).sort()).toEqual(ids.slice(8).sort());
  });
});
