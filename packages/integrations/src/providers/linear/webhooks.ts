import type { ProviderWebhooks } from '../../triggers.js';
import { hmacSha256Hex, InboundPayloadError, InboundSignatureError, jsonBody, requireHeader, requireRecent, sameDigest } from '../../signatures.js';
import { graphql } from './api.js';

// The OAuth application's webhook (set once in Linear's application settings, pointing at
// `$PUBLIC_URL/api/v1/inbound/linear`) delivers the events of every workspace that installed
// it; we route them by organization id. Per-workspace webhooks would need the admin scope.
// https://linear.app/developers/webhooks
export const linearWebhooks: ProviderWebhooks = {
  routing: 'app',

  // `Linear-Signature` is the hex HMAC-SHA256 of the raw body with the webhook's signing secret;
  // Linear asks receivers to refuse a `webhookTimestamp` (milliseconds) more than a minute old.
  verify(request, secret, now) {
    const signature = requireHeader(request, 'linear-signature');
    if (!sameDigest(hmacSha256Hex(secret, request.rawBody), signature)) throw new InboundSignatureError('Linear-Signature does not match');
    const timestamp = (jsonBody(request) as { webhookTimestamp?: unknown }).webhookTimestamp;
    if (typeof timestamp !== 'number') throw new InboundSignatureError('missing webhookTimestamp');
    requireRecent(timestamp / 1000, now, 60);
  },

  parse(request) {
    const body = jsonBody(request);
    const deliveryId = request.headers['linear-delivery'];
    if (!deliveryId || typeof body.type !== 'string' || typeof body.organizationId !== 'string' || typeof body.data !== 'object') {
      throw new InboundPayloadError('not a Linear data change event (Linear-Delivery, type, organizationId, data)');
    }
    return { event: { deliveryId, type: body.type, routingKey: body.organizationId, body } };
  },

  // https://studio.apollographql.com/public/Linear-API/variant/current/schema/reference/objects/Organization
  async routingKey(context) {
    const data = await graphql<{ organization: { id: string } }>(context, 'query Organization { organization { id } }', {});
    return data.organization.id;
  },
};
