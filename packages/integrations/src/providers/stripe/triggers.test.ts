import { describe, expect, it } from 'vitest';
import { contextFor, inboundRequest, itemsFrom, providerServer, respond } from '../../../test/harness.js';
import { hmacSha256Hex } from '../../signatures.js';
import type { InboundEvent } from '../../triggers.js';
import { stripe } from './index.js';

const server = providerServer();
const webhooks = stripe.webhooks!;
const credentials = { type: 'api_key' as const, apiKey: 'rk_test_example' };
const secret = 'whsec_test_secret';

// https://docs.stripe.com/api/events/object (a customer.created event)
const customerCreated = {
  id: 'evt_1NG8Du2eZvKYlo2CUI79vXWy',
  object: 'event',
  api_version: '2019-02-19',
  created: 1686089970,
  data: { object: { id: 'cus_9s6XKzkNRiz8i3', object: 'customer', email: 'jennyrosen@example.com', name: 'Jenny Rosen', metadata: { plan: 'pro' } } },
  livemode: false,
  pending_webhooks: 0,
  request: { id: null, idempotency_key: null },
  type: 'customer.created',
};

function signed(body: unknown, timestamp: number, key = secret) {
  const raw = JSON.stringify(body);
  return inboundRequest(raw, { 'Stripe-Signature': `t=${timestamp},v1=${hmacSha256Hex(key, `${timestamp}.${raw}`)},v0=6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39` });
}

function parsed(body: unknown): InboundEvent {
  const message = webhooks.parse(inboundRequest(body));
  if (!('event' in message)) throw new Error('expected an event');
  return message.event;
}

describe('stripe inbound', () => {
  it('verifies Stripe-Signature (t and any v1) within five minutes', () => {
    const now = new Date(1686089970_000);
    expect(() => webhooks.verify(signed(customerCreated, 1686089970), secret, now)).not.toThrow();
    expect(() => webhooks.verify(signed(customerCreated, 1686089970 - 301), secret, now)).toThrow(/more than 300 seconds/);
    expect(() => webhooks.verify(signed(customerCreated, 1686089970, 'whsec_other'), secret, now)).toThrow(/does not match/);
    expect(() => webhooks.verify(inboundRequest('{}', { 'Stripe-Signature': 'v1=abc' }), secret, now)).toThrow(/malformed/);
    // A second v1 (Stripe signs with both secrets while one is rolled) is accepted.
    const request = signed(customerCreated, 1686089970, 'whsec_old');
    const header = `${request.headers['stripe-signature']},v1=${hmacSha256Hex(secret, `1686089970.${request.rawBody}`)}`;
    expect(() => webhooks.verify({ ...request, headers: { 'stripe-signature': header } }, secret, now)).not.toThrow();
  });

  it('customer_created and invoice_paid from Stripe’s event objects; the event id dedupes retries', () => {
    const event = parsed(customerCreated);
    expect(event).toMatchObject({ deliveryId: 'evt_1NG8Du2eZvKYlo2CUI79vXWy', type: 'customer.created' });
    expect(itemsFrom(stripe, 'customer_created', event)).toEqual([
      {
        id: 'evt_1NG8Du2eZvKYlo2CUI79vXWy',
        payload: { eventId: 'evt_1NG8Du2eZvKYlo2CUI79vXWy', created: 1686089970, livemode: false, customer: { id: 'cus_9s6XKzkNRiz8i3', email: 'jennyrosen@example.com', name: 'Jenny Rosen', metadata: { plan: 'pro' } } },
      },
    ]);
    // https://docs.stripe.com/api/invoices/object (trimmed)
    const paid = parsed({
      ...customerCreated,
      id: 'evt_1NG8Du2eZvKYlo2CInvoice',
      type: 'invoice.paid',
      data: { object: { id: 'in_1MtHbELkdIwHu7ixl4OzzPMv', object: 'invoice', customer: 'cus_NeZwdNtLEOXuvB', customer_email: 'jennyrosen@example.com', amount_paid: 1500, currency: 'usd', number: 'A1B2C3-0001', hosted_invoice_url: 'https://invoice.stripe.com/i/acct_1/test', subscription: null } },
    });
    expect(itemsFrom(stripe, 'invoice_paid', paid)[0]!.payload.invoice).toEqual({
      id: 'in_1MtHbELkdIwHu7ixl4OzzPMv',
      customer: 'cus_NeZwdNtLEOXuvB',
      customerEmail: 'jennyrosen@example.com',
      amountPaid: 1500,
      currency: 'usd',
      number: 'A1B2C3-0001',
      hostedInvoiceUrl: 'https://invoice.stripe.com/i/acct_1/test',
      subscription: null,
    });
    expect(itemsFrom(stripe, 'invoice_paid', paid, { minimumAmount: 2000 })).toEqual([]);
    expect(() => webhooks.parse(inboundRequest({ id: 'cus_1', object: 'customer' }))).toThrow(/not a Stripe event/);
  });

  it('creates a webhook endpoint in the end user’s account (keeping Stripe’s secret) and deletes it', async () => {
    // https://docs.stripe.com/api/webhook_endpoints/create
    const created = respond(server, 'post', 'https://api.stripe.com/v1/webhook_endpoints', { id: 'we_1Mr5jULkdIwHu7ix1ibLTM0x', object: 'webhook_endpoint', enabled_events: ['customer.created'], secret: 'whsec_wRNftLajMZNeslQOP6vEPm4iVx5NlZ6z', status: 'enabled', url: 'https://patchbay.example/api/v1/inbound/stripe/sub_1' });
    const hook = await webhooks.register!({ url: 'https://patchbay.example/api/v1/inbound/stripe/sub_1', secret: 'ours-unused', events: ['customer.created'], config: {} }, contextFor(stripe, credentials));
    expect(hook).toEqual({ hookId: 'we_1Mr5jULkdIwHu7ix1ibLTM0x', secret: 'whsec_wRNftLajMZNeslQOP6vEPm4iVx5NlZ6z' });
    expect(created[0]!.body).toEqual({ url: 'https://patchbay.example/api/v1/inbound/stripe/sub_1', description: 'Patchbay trigger subscription', 'enabled_events[]': 'customer.created' });
    const deleted = respond(server, 'delete', 'https://api.stripe.com/v1/webhook_endpoints/we_1Mr5jULkdIwHu7ix1ibLTM0x', { id: 'we_1Mr5jULkdIwHu7ix1ibLTM0x', object: 'webhook_endpoint', deleted: true });
    await webhooks.unregister!({ hookId: 'we_1Mr5jULkdIwHu7ix1ibLTM0x', config: {} }, contextFor(stripe, credentials));
    expect(deleted).toHaveLength(1);
  });
});
