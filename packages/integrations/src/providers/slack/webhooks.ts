import type { ProviderWebhooks } from '../../triggers.js';
import { hmacSha256Hex, InboundPayloadError, InboundSignatureError, jsonBody, requireHeader, requireRecent, sameDigest } from '../../signatures.js';
import { ActionError } from '../../errors.js';
import { callSlack } from './api.js';

// The Events API sends every workspace's events for our Slack app to the one Request URL set in
// the app's settings (`$PUBLIC_URL/api/v1/inbound/slack`); we route them by team id.
// https://api.slack.com/apis/events-api
export const slackWebhooks: ProviderWebhooks = {
  routing: 'app',

  // https://api.slack.com/authentication/verifying-requests-from-slack: `v0=` + HMAC-SHA256 of
  // `v0:{X-Slack-Request-Timestamp}:{raw body}` with the app's signing secret; Slack asks that
  // requests more than five minutes old be refused, against replays.
  verify(request, secret, now) {
    const timestamp = requireHeader(request, 'x-slack-request-timestamp');
    const signature = requireHeader(request, 'x-slack-signature');
    if (!/^\d{1,12}$/.test(timestamp)) throw new InboundSignatureError('malformed X-Slack-Request-Timestamp');
    requireRecent(Number(timestamp), now, 300);
    const expected = hmacSha256Hex(secret, `v0:${timestamp}:${request.rawBody}`);
    if (!signature.startsWith('v0=') || !sameDigest(expected, signature.slice(3))) throw new InboundSignatureError('X-Slack-Signature does not match');
  },

  parse(request) {
    const body = jsonBody(request);
    // Sent once when the Request URL is saved in the app's settings: echo the challenge.
    // https://api.slack.com/events/url_verification
    if (body.type === 'url_verification') {
      if (typeof body.challenge !== 'string') throw new InboundPayloadError('url_verification without a challenge');
      return { reply: { status: 200, contentType: 'application/json', body: JSON.stringify({ challenge: body.challenge }) } };
    }
    const event = body.event as { type?: unknown } | undefined;
    if (body.type !== 'event_callback' || typeof body.event_id !== 'string' || typeof body.team_id !== 'string' || typeof event?.type !== 'string') {
      throw new InboundPayloadError('not an event_callback with event_id, team_id and event.type');
    }
    // Retries (X-Slack-Retry-Num) carry the same event_id, which is what deduplicates them.
    return { event: { deliveryId: body.event_id, type: event.type, routingKey: body.team_id, body } };
  },

  // https://api.slack.com/methods/auth.test: the workspace the connection's token belongs to.
  async routingKey(context) {
    const answer = await callSlack(context, 'auth.test', {});
    if (typeof answer.team_id !== 'string') throw new ActionError({ code: 'provider_error', message: 'Slack: auth.test answered without team_id' });
    return answer.team_id;
  },
};
