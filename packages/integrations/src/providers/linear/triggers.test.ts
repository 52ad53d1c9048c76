import { describe, expect, it } from 'vitest';
import { contextFor, inboundRequest, itemsFrom, providerServer, respond } from '../../../test/harness.js';
import { hmacSha256Hex } from '../../signatures.js';
import type { InboundEvent } from '../../triggers.js';
import { linear } from './index.js';

const server = providerServer();
const webhooks = linear.webhooks!;
const secret = 'lin_wh_secret';
const now = new Date('2024-04-01T12:00:30Z');

// https://linear.app/developers/webhooks#data-change-events-payload (an Issue create, trimmed)
const issueCreated = {
  action: 'create',
  actor: { id: '2e6eea91-1111-0000-9486-acea0603064c', type: 'user', name: 'Linear' },
  createdAt: '2024-04-01T12:00:00.000Z',
  data: {
    id: '2174add1-f7c8-44e3-bbf3-2d60b5ea8bc9',
    createdAt: '2024-04-01T12:00:00.000Z',
    updatedAt: '2024-04-01T12:00:00.000Z',
    number: 123,
    title: 'Webhook test issue',
    priority: 2,
    teamId: '72b2a2dc-6f4f-4423-9d34-24b5bd10634a',
    team: { id: '72b2a2dc-6f4f-4423-9d34-24b5bd10634a', key: 'ENG', name: 'Engineering' },
    state: { id: 's1', name: 'Todo', color: '#e2e2e2', type: 'unstarted' },
    assigneeId: null,
  },
  url: 'https://linear.app/company/issue/ENG-123/webhook-test-issue',
  type: 'Issue',
  organizationId: 'e7f4a3b1-0000-4c9b-8c1e-5c3a6a7b9d10',
  webhookTimestamp: Date.parse('2024-04-01T12:00:01Z'),
  webhookId: '000042e3-d123-4980-b49f-8e140eef9329',
};

function signed(body: unknown, key = secret) {
  const raw = JSON.stringify(body);
  return inboundRequest(raw, { 'Linear-Signature': hmacSha256Hex(key, raw), 'Linear-Delivery': '234d1a4e-b617-4388-90fe-adc3633d6b72', 'Linear-Event': 'Issue' });
}

describe('linear inbound', () => {
  it('verifies Linear-Signature and refuses a webhookTimestamp older than a minute', () => {
    expect(() => webhooks.verify(signed(issueCreated), secret, now)).not.toThrow();
    expect(() => webhooks.verify(signed(issueCreated, 'other'), secret, now)).toThrow(/does not match/);
    expect(() => webhooks.verify(signed({ ...issueCreated, webhookTimestamp: Date.parse('2024-04-01T11:58:00Z') }), secret, now)).toThrow(/more than 60 seconds/);
  });

  it('routes by organization and delivers issue changes, filtered by team and action', () => {
    const parsed = webhooks.parse(signed(issueCreated));
    if (!('event' in parsed)) throw new Error('expected an event');
    const event: InboundEvent = parsed.event;
    expect(event).toMatchObject({ deliveryId: '234d1a4e-b617-4388-90fe-adc3633d6b72', type: 'Issue', routingKey: 'e7f4a3b1-0000-4c9b-8c1e-5c3a6a7b9d10' });
    expect(itemsFrom(linear, 'issue', event)).toEqual([
      {
        id: '234d1a4e-b617-4388-90fe-adc3633d6b72',
        payload: {
          action: 'create',
          issue: {
            id: '2174add1-f7c8-44e3-bbf3-2d60b5ea8bc9',
            identifier: 'ENG-123',
            title: 'Webhook test issue',
            url: 'https://linear.app/company/issue/ENG-123/webhook-test-issue',
            state: 'Todo',
            priority: 2,
            teamId: '72b2a2dc-6f4f-4423-9d34-24b5bd10634a',
            assigneeId: null,
          },
          updatedFrom: null,
          actor: 'Linear',
          createdAt: '2024-04-01T12:00:00.000Z',
        },
      },
    ]);
    expect(itemsFrom(linear, 'issue', event, { teamId: 'another-team' })).toEqual([]);
    expect(itemsFrom(linear, 'issue', event, { actions: ['update'] })).toEqual([]);
    expect(itemsFrom(linear, 'issue', { ...event, type: 'Comment' })).toEqual([]);
  });

  it('looks the organization up for routing', async () => {
    respond(server, 'post', 'https://api.linear.app/graphql', { data: { organization: { id: 'e7f4a3b1-0000-4c9b-8c1e-5c3a6a7b9d10' } } });
    expect(await webhooks.routingKey!(contextFor(linear))).toBe('e7f4a3b1-0000-4c9b-8c1e-5c3a6a7b9d10');
  });
});
