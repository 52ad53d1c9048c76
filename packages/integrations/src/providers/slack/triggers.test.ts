import { describe, expect, it } from 'vitest';
import { contextFor, inboundRequest, itemsFrom, providerServer, respond } from '../../../test/harness.js';
import { hmacSha256Hex, InboundSignatureError } from '../../signatures.js';
import type { InboundEvent } from '../../triggers.js';
import { slack } from './index.js';

const server = providerServer();
const webhooks = slack.webhooks!;

// https://api.slack.com/authentication/verifying-requests-from-slack#a_recipe_for_security (the worked example)
const documented = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: '1531420618',
  body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};
const signedAt = new Date(Number(documented.timestamp) * 1000);

/** An event_callback envelope around `event`. https://api.slack.com/apis/events-api#callback-field */
function envelope(event: Record<string, unknown>, eventId = 'Ev0PV52K25'): InboundEvent {
  const body = { token: 'XXYYZZ', team_id: 'T123ABC456', api_app_id: 'A123ABC456', event, type: 'event_callback', event_id: eventId, event_time: 1355517523 };
  const parsed = webhooks.parse(inboundRequest(body));
  if (!('event' in parsed)) throw new Error('expected an event');
  return parsed.event;
}

describe('slack inbound', () => {
  it('verifies the signature of Slack’s worked example, and refuses stale, altered or foreign ones', () => {
    const request = inboundRequest(documented.body, { 'X-Slack-Request-Timestamp': documented.timestamp, 'X-Slack-Signature': documented.signature });
    expect(() => webhooks.verify(request, documented.secret, signedAt)).not.toThrow();
    expect(() => webhooks.verify(request, documented.secret, new Date(signedAt.getTime() + 301_000))).toThrow(InboundSignatureError);
    expect(() => webhooks.verify(request, documented.secret, new Date(signedAt.getTime() - 301_000))).toThrow(/more than 300 seconds/);
    expect(() => webhooks.verify({ ...request, rawBody: `${documented.body}&admin=1` }, documented.secret, signedAt)).toThrow(/does not match/);
    expect(() => webhooks.verify(request, 'another-apps-signing-secret', signedAt)).toThrow(/does not match/);
    expect(() => webhooks.verify(inboundRequest(documented.body, { 'X-Slack-Request-Timestamp': documented.timestamp }), documented.secret, signedAt)).toThrow(/missing x-slack-signature/);
    const hex = hmacSha256Hex(documented.secret, `v0:${documented.timestamp}:${documented.body}`);
    expect(`v0=${hex}`).toBe(documented.signature);
  });

  it('answers url_verification with its challenge and reads event_callback envelopes', () => {
    // https://api.slack.com/events/url_verification
    const challenge = webhooks.parse(inboundRequest({ token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl', challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P', type: 'url_verification' }));
    expect(challenge).toEqual({ reply: { status: 200, contentType: 'application/json', body: '{"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}' } });
    expect(envelope({ type: 'message', channel: 'C1', ts: '1.2' })).toMatchObject({ deliveryId: 'Ev0PV52K25', type: 'message', routingKey: 'T123ABC456' });
    expect(() => webhooks.parse(inboundRequest({ type: 'event_callback' }))).toThrow(/event_callback/);
    expect(() => webhooks.parse(inboundRequest('not json'))).toThrow(/not JSON/);
  });

  it('message: posted messages only, by channel, bots on request', () => {
    // https://api.slack.com/events/message.channels
    const posted = envelope({ type: 'message', channel: 'C123ABC456', user: 'U123ABC456', text: 'Live long and prospect.', ts: '1355517523.000005', event_ts: '1355517523.000005', channel_type: 'channel' });
    expect(itemsFrom(slack, 'message', posted)).toEqual([
      {
        id: 'C123ABC456:1355517523.000005',
        payload: { team: 'T123ABC456', channel: 'C123ABC456', channelType: 'channel', user: 'U123ABC456', botId: null, text: 'Live long and prospect.', ts: '1355517523.000005', threadTs: null },
      },
    ]);
    expect(itemsFrom(slack, 'message', posted, { channel: 'C999' })).toEqual([]);
    // https://api.slack.com/events/message/message_changed: an edit, not a new message.
    expect(itemsFrom(slack, 'message', envelope({ type: 'message', subtype: 'message_changed', channel: 'C123ABC456', ts: '1358878755.000001', message: { text: 'Hello, world!' } }))).toEqual([]);
    const fromBot = envelope({ type: 'message', subtype: 'bot_message', bot_id: 'BB12033', channel: 'C123ABC456', text: 'Pushing is the answer', ts: '1358877455.000010' });
    expect(itemsFrom(slack, 'message', fromBot)).toEqual([]);
    expect(itemsFrom(slack, 'message', fromBot, { includeBotMessages: true })[0]!.payload).toMatchObject({ user: null, botId: 'BB12033' });
    const reply = envelope({ type: 'message', channel: 'C123ABC456', user: 'U1', text: 'in thread', ts: '1355517600.000001', thread_ts: '1355517523.000005' });
    expect(itemsFrom(slack, 'message', reply)[0]!.payload.threadTs).toBe('1355517523.000005');
  });

  it('app_mention and reaction_added, with their filters', () => {
    // https://api.slack.com/events/app_mention
    const mention = envelope({ type: 'app_mention', user: 'U061F7AUR', text: '<@U0LAN0Z89> is it everything a river should be?', ts: '1515449522.000016', channel: 'C123ABC456', event_ts: '1515449522000016' });
    expect(itemsFrom(slack, 'app_mention', mention)).toEqual([
      { id: 'C123ABC456:1515449522.000016', payload: { team: 'T123ABC456', channel: 'C123ABC456', user: 'U061F7AUR', text: '<@U0LAN0Z89> is it everything a river should be?', ts: '1515449522.000016', threadTs: null } },
    ]);
    // https://api.slack.com/events/reaction_added
    const reaction = envelope(
      { type: 'reaction_added', user: 'U123ABC456', reaction: 'thumbsup', item_user: 'U222222222', item: { type: 'message', channel: 'C123ABC456', ts: '1360782400.498405' }, event_ts: '1360782804.083113' },
      'Ev0REACTION',
    );
    expect(itemsFrom(slack, 'reaction_added', reaction, { reaction: 'thumbsup' })).toEqual([
      {
        id: 'Ev0REACTION',
        payload: { team: 'T123ABC456', user: 'U123ABC456', reaction: 'thumbsup', itemUser: 'U222222222', item: { type: 'message', channel: 'C123ABC456', ts: '1360782400.498405' }, eventTs: '1360782804.083113' },
      },
    ]);
    expect(itemsFrom(slack, 'reaction_added', reaction, { reaction: 'tada' })).toEqual([]);
    expect(slack.triggers.find((t) => t.id === 'reaction_added')!.config.safeParse({ reaction: ':thumbsup:' }).success).toBe(false);
  });

  it('routes a connection by the team of its token (auth.test)', async () => {
    // https://api.slack.com/methods/auth.test#examples
    respond(server, 'post', 'https://slack.com/api/auth.test', { ok: true, url: 'https://subarachnoid.slack.com/', team: 'Subarachnoid Workspace', user: 'grace', team_id: 'T12345678', user_id: 'W12345678' });
    expect(await webhooks.routingKey!(contextFor(slack))).toBe('T12345678');
  });
});
