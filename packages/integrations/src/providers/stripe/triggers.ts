import { z } from 'zod';
import { defineWebhookTrigger, type InboundEvent } from '../../triggers.js';

interface StripeEvent {
  id: string;
  type: string;
  created: number;
  livemode: boolean;
  data: { object: Record<string, any> };
}

const eventOf = (inbound: InboundEvent) => inbound.body as StripeEvent;
const envelopeOf = (event: StripeEvent) => ({ eventId: event.id, created: event.created, livemode: event.livemode });
const envelope = { eventId: z.string().describe('Stripe’s event id (evt_…).'), created: z.number().describe('Unix seconds.'), livemode: z.boolean() };

// https://docs.stripe.com/api/events/types#event_types-customer.created
export const customerCreated = defineWebhookTrigger({
  id: 'customer_created',
  name: 'New customer',
  description: 'A customer is created in the Stripe account.',
  kind: 'webhook',
  events: ['customer.created'],
  config: z.object({}),
  payload: z.object({
    ...envelope,
    customer: z.object({ id: z.string(), email: z.string().nullable(), name: z.string().nullable(), metadata: z.record(z.string(), z.string()) }),
  }),
  itemsFrom(inbound) {
    const event = eventOf(inbound);
    const customer = event.data.object;
    if (event.type !== 'customer.created' || typeof customer.id !== 'string') return [];
    return [
      {
        id: event.id,
        payload: {
          ...envelopeOf(event),
          customer: { id: customer.id, email: customer.email ?? null, name: customer.name ?? null, metadata: customer.metadata ?? {} },
        },
      },
    ];
  },
});

// https://docs.stripe.com/api/events/types#event_types-invoice.paid
export const invoicePaid = defineWebhookTrigger({
  id: 'invoice_paid',
  name: 'Invoice paid',
  description: 'An invoice is paid (by charge or marked paid out of band).',
  kind: 'webhook',
  events: ['invoice.paid'],
  config: z.object({ minimumAmount: z.number().int().min(0).optional().describe('Only invoices of at least this amount, in the smallest currency unit.') }),
  payload: z.object({
    ...envelope,
    invoice: z.object({
      id: z.string(),
      customer: z.string().nullable(),
      customerEmail: z.string().nullable(),
      amountPaid: z.number().describe('In the smallest currency unit (cents).'),
      currency: z.string(),
      number: z.string().nullable(),
      hostedInvoiceUrl: z.string().nullable(),
      subscription: z.string().nullable(),
    }),
  }),
  itemsFrom(inbound, config) {
    const event = eventOf(inbound);
    const invoice = event.data.object;
    if (event.type !== 'invoice.paid' || typeof invoice.id !== 'string') return [];
    if (config.minimumAmount !== undefined && Number(invoice.amount_paid) < config.minimumAmount) return [];
    // `customer` and `subscription` are ids unless expanded; API versions from 2025-03-31 moved
    // `subscription` under `parent.subscription_details`.
    const idOf = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'object' && value && 'id' in value ? String(value.id) : null);
    return [
      {
        id: event.id,
        payload: {
          ...envelopeOf(event),
          invoice: {
            id: invoice.id,
            customer: idOf(invoice.customer),
            customerEmail: invoice.customer_email ?? null,
            amountPaid: Number(invoice.amount_paid ?? 0),
            currency: String(invoice.currency ?? ''),
            number: invoice.number ?? null,
            hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
            subscription: idOf(invoice.subscription ?? invoice.parent?.subscription_details?.subscription),
          },
        },
      },
    ];
  },
});
