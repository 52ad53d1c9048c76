import { describe, expect, it } from 'vitest';
import { contextFor, inboundRequest, itemsFrom, providerServer, respond } from '../../../test/harness.js';
import { InboundSignatureError } from '../../signatures.js';
import type { InboundEvent } from '../../triggers.js';
import { github } from './index.js';

const server = providerServer();
const webhooks = github.webhooks!;
const api = 'https://api.github.com';
const repository = { id: 1296269, full_name: 'octocat/Hello-World', html_url: 'https://github.com/octocat/Hello-World' };
const sender = { login: 'octocat', id: 1 };

function delivered(type: string, body: unknown, deliveryId = '72d3162e-cc78-11e3-81ab-4c9367dc0958'): InboundEvent {
  const parsed = webhooks.parse(inboundRequest(body, { 'X-GitHub-Event': type, 'X-GitHub-Delivery': deliveryId }));
  if (!('event' in parsed)) throw new Error('expected an event');
  return parsed.event;
}

describe('github inbound', () => {
  it('verifies X-Hub-Signature-256 as GitHub’s documented example, and refuses others', () => {
    // https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries#testing-the-webhook-payload-validation
    const request = inboundRequest('Hello, World!', { 'X-Hub-Signature-256': 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17' });
    expect(() => webhooks.verify(request, "It's a Secret to Everybody", new Date())).not.toThrow();
    expect(() => webhooks.verify(request, 'another secret', new Date())).toThrow(InboundSignatureError);
    expect(() => webhooks.verify({ ...request, rawBody: 'Hello, World?' }, "It's a Secret to Everybody", new Date())).toThrow(/does not match/);
    expect(() => webhooks.verify(inboundRequest('Hello, World!', { 'X-Hub-Signature': 'sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59' }), "It's a Secret to Everybody", new Date())).toThrow(/missing/);
  });

  it('answers ping; reads the event type and delivery id from the headers', () => {
    // https://docs.github.com/en/webhooks/webhook-events-and-payloads#ping
    expect(webhooks.parse(inboundRequest({ zen: 'Design for failure.', hook_id: 12345678 }, { 'X-GitHub-Event': 'ping', 'X-GitHub-Delivery': 'd1' }))).toEqual({ reply: { status: 204, contentType: 'text/plain', body: '' } });
    expect(delivered('issues', { action: 'opened' })).toMatchObject({ type: 'issues', deliveryId: '72d3162e-cc78-11e3-81ab-4c9367dc0958' });
    expect(() => webhooks.parse(inboundRequest({}, { 'X-GitHub-Event': 'issues' }))).toThrow(/X-GitHub-Delivery/);
  });

  it('issues, pull_request and push payloads, with action and branch filters', () => {
    // https://docs.github.com/en/webhooks/webhook-events-and-payloads#issues (trimmed)
    const opened = delivered('issues', {
      action: 'opened',
      issue: { number: 1347, title: 'Found a bug', state: 'open', html_url: 'https://github.com/octocat/Hello-World/issues/1347', body: "I'm having a problem with this.", user: sender, labels: [{ name: 'bug' }] },
      repository,
      sender,
    });
    expect(itemsFrom(github, 'issues', opened, { owner: 'octocat', repo: 'Hello-World' })).toEqual([
      {
        id: '72d3162e-cc78-11e3-81ab-4c9367dc0958',
        payload: {
          action: 'opened',
          repository: 'octocat/Hello-World',
          sender: 'octocat',
          issue: { number: 1347, title: 'Found a bug', state: 'open', htmlUrl: 'https://github.com/octocat/Hello-World/issues/1347', body: "I'm having a problem with this.", user: 'octocat', labels: ['bug'] },
        },
      },
    ]);
    expect(itemsFrom(github, 'issues', opened, { owner: 'octocat', repo: 'Hello-World', actions: ['closed'] })).toEqual([]);
    // https://docs.github.com/en/webhooks/webhook-events-and-payloads#pull_request (trimmed)
    const merged = delivered('pull_request', {
      action: 'closed',
      number: 2,
      pull_request: { number: 2, title: 'Update the README with new information.', state: 'closed', html_url: 'https://github.com/Codertocat/Hello-World/pull/2', draft: false, merged: true, user: sender, head: { ref: 'changes' }, base: { ref: 'master' } },
      repository,
      sender,
    });
    expect(itemsFrom(github, 'pull_request', merged, { owner: 'octocat', repo: 'Hello-World' })[0]!.payload.pullRequest).toMatchObject({ merged: true, head: 'changes', base: 'master' });
    // https://docs.github.com/en/webhooks/webhook-events-and-payloads#push (trimmed)
    const push = delivered('push', {
      ref: 'refs/heads/main',
      before: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
      after: '0000000000000000000000000000000000000001',
      created: false,
      deleted: false,
      forced: false,
      compare: 'https://github.com/octocat/Hello-World/compare/6113728f27ae...000000000001',
      pusher: { name: 'octocat', email: 'octocat@github.com' },
      commits: [{ id: '0000000000000000000000000000000000000001', message: 'Fix all the bugs', url: 'https://github.com/octocat/Hello-World/commit/1', timestamp: '2024-01-01T00:00:00Z', author: { name: 'Monalisa Octocat', email: 'mona@github.com' } }],
      repository,
      sender,
    });
    expect(itemsFrom(github, 'push', push, { owner: 'octocat', repo: 'Hello-World', branch: 'main' })[0]!.payload.commits).toEqual([
      { id: '0000000000000000000000000000000000000001', message: 'Fix all the bugs', url: 'https://github.com/octocat/Hello-World/commit/1', timestamp: '2024-01-01T00:00:00Z', author: 'Monalisa Octocat' },
    ]);
    expect(itemsFrom(github, 'push', push, { owner: 'octocat', repo: 'Hello-World', branch: 'develop' })).toEqual([]);
  });

  it('registers a repository hook with our URL and secret, and deletes it (already gone is fine)', async () => {
    // https://docs.github.com/en/rest/repos/webhooks#create-a-repository-webhook
    const created = respond(server, 'post', `${api}/repos/octocat/Hello-World/hooks`, { type: 'Repository', id: 12345678, name: 'web', active: true, events: ['issues'], config: { content_type: 'json', insecure_ssl: '0', url: 'https://patchbay.example/x' } }, 201);
    const hook = await webhooks.register!({ url: 'https://patchbay.example/api/v1/inbound/github/sub_1', secret: 's3cret', events: ['issues'], config: { owner: 'octocat', repo: 'Hello-World' } }, contextFor(github));
    expect(hook).toEqual({ hookId: '12345678' });
    expect(created[0]!.body).toEqual({ name: 'web', active: true, events: ['issues'], config: { url: 'https://patchbay.example/api/v1/inbound/github/sub_1', content_type: 'json', insecure_ssl: '0', secret: 's3cret' } });
    const deleted = respond(server, 'delete', `${api}/repos/octocat/Hello-World/hooks/12345678`, null, 204);
    await webhooks.unregister!({ hookId: '12345678', config: { owner: 'octocat', repo: 'Hello-World' } }, contextFor(github));
    expect(deleted).toHaveLength(1);
    respond(server, 'delete', `${api}/repos/octocat/Hello-World/hooks/12345678`, { message: 'Not Found' }, 404);
    await expect(webhooks.unregister!({ hookId: '12345678', config: { owner: 'octocat', repo: 'Hello-World' } }, contextFor(github))).resolves.toBeUndefined();
    respond(server, 'post', `${api}/repos/octocat/Hello-World/hooks`, { message: 'Validation Failed', errors: [{ message: 'Hook already exists on this repository' }] }, 422);
    await expect(webhooks.register!({ url: 'https://x', secret: 's', events: ['issues'], config: { owner: 'octocat', repo: 'Hello-World' } }, contextFor(github))).rejects.toMatchObject({ code: 'invalid_input', providerStatus: 422 });
  });
});
