import { ActionError } from '../../errors.js';
import { requestJson } from '../../providerHttp.js';
import type { ProviderWebhooks } from '../../triggers.js';
import { hmacSha256Hex, InboundPayloadError, InboundSignatureError, jsonBody, requireHeader, requireRecent, sameDigest } from '../../signatures.js';

// A webhook endpoint per subscription, created in the end user's Stripe account with their key
// (a restricted key needs Webhook Endpoints: write). https://docs.stripe.com/api/webhook_endpoints
export const stripeWebhooks: ProviderWebhooks = {
  routing: 'subscription',

  // https://docs.stripe.com/webhooks#verify-manually: `Stripe-Signature: t=…,v1=…[,v1=…]`, each
  // v1 an HMAC-SHA256 of `{t}.{raw body}` with the endpoint's secret; Stripe's libraries refuse
  // a t more than five minutes away, and so do we.
  verify(request, secret, now) {
    const header = requireHeader(request, 'stripe-signature');
    const parts = header.split(',').map((part) => part.trim().split('='));
    const timestamp = parts.find(([key]) => key === 't')?.[1];
    const signatures = parts.filter(([key]) => key === 'v1').map(([, value]) => value ?? '');
    if (!timestamp || !/^\d{1,12}$/.test(timestamp) || signatures.length === 0) throw new InboundSignatureError('malformed Stripe-Signature');
    requireRecent(Number(timestamp), now, 300);
    const expected = hmacSha256Hex(secret, `${timestamp}.${request.rawBody}`);
    if (!signatures.some((signature) => sameDigest(expected, signature))) throw new InboundSignatureError('Stripe-Signature does not match');
  },

  // https://docs.stripe.com/api/events/object: Stripe retries an event with the same id.
  parse(request) {
    const body = jsonBody(request);
    if (body.object !== 'event' || typeof body.id !== 'string' || typeof body.type !== 'string') throw new InboundPayloadError('not a Stripe event object');
    return { event: { deliveryId: body.id, type: body.type, body } };
  },

  // https://docs.stripe.com/api/webhook_endpoints/create: Stripe makes the secret and shows it once, here.
  async register(hook, context) {
    const form = new URLSearchParams({ url: hook.url, description: 'Patchbay trigger subscription' });
    for (const event of hook.events) form.append('enabled_events[]', event);
    const endpoint = await requestJson<{ id: string; secret?: string }>(context, 'Stripe', 'v1/webhook_endpoints', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    if (!endpoint.secret) throw new ActionError({ code: 'provider_error', message: 'Stripe created the webhook endpoint without a secret.' });
    return { hookId: endpoint.id, secret: endpoint.secret };
  },

  // https://docs.stripe.com/api/webhook_endpoints/delete
  async unregister(hook, context) {
    await requestJson(context, 'Stripe', `v1/webhook_endpoints/${encodeURIComponent(hook.hookId)}`, { method: 'DELETE' }).catch((error: unknown) => {
      if (!(error instanceof ActionError && error.code === 'not_found')) throw error;
    });
  },
};
