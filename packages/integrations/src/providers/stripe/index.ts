import { z } from 'zod';
import { basicAuth, defineAction, defineIntegration } from '../../define.js';
import { ActionError } from '../../errors.js';
import { monogramIcon, requestJson } from '../../providerHttp.js';
import { createCustomer } from './createCustomer.js';
import { customerCreated, invoicePaid } from './triggers.js';
import { stripeWebhooks } from './webhooks.js';

const customer = z.object({ id: z.string(), email: z.string().nullable(), name: z.string().nullable().optional(), created: z.number() });

// https://docs.stripe.com/api/customers/list
const listCustomers = defineAction({
  id: 'list_customers',
  name: 'List customers',
  description: 'Customers, newest first, optionally by email.',
  effect: 'read',
  input: z.object({
    email: z.email().optional(),
    limit: z.number().int().min(1).max(100).default(10),
    startingAfter: z.string().startsWith('cus_').optional(),
  }),
  output: z.object({ data: z.array(customer), has_more: z.boolean() }),
  async execute(input, _credentials, context) {
    const query = new URLSearchParams({ limit: String(input.limit) });
    if (input.email) query.set('email', input.email);
    if (input.startingAfter) query.set('starting_after', input.startingAfter);
    const page = await requestJson<{ data: z.infer<typeof customer>[]; has_more: boolean }>(context, 'Stripe', `v1/customers?${query}`);
    return { data: page.data.map(({ id, email, name, created }) => ({ id, email, name, created })), has_more: page.has_more };
  },
});

export const stripe = defineIntegration({
  metadata: {
    id: 'int_stripe',
    slug: 'stripe',
    name: 'Stripe',
    description: 'Online payments',
    category: 'payments',
    icon: monogramIcon('Stripe', 'S', '#635BFF'),
    version: '1.0.0',
    authType: 'api_key',
  },
  auth: {
    type: 'api_key',
    fields: [{ name: 'apiKey', label: 'Secret or restricted key', secret: true, placeholder: 'rk_live_…' }],
    instructions: 'Create a restricted key at https://dashboard.stripe.com/apikeys with read access to customers (and write access to Webhook Endpoints for triggers).',
  },
  apiBaseUrl: 'https://api.stripe.com/',
  // Stripe takes the key as the Basic user name (https://docs.stripe.com/api/authentication).
  authorizeRequest: basicAuth,
  // https://docs.stripe.com/api/balance/balance_retrieve: cheap. A restricted key without balance
  // access is refused with 403 after Stripe authenticated it, which is all the check asks.
  healthCheck: async (_credentials, context) => {
    await requestJson(context, 'Stripe', 'v1/balance').catch((error: unknown) => {
      if (!(error instanceof ActionError && error.code === 'forbidden')) throw error;
    });
    return {};
  },
  actions: [listCustomers, createCustomer],
  triggers: [customerCreated, invoicePaid],
  webhooks: stripeWebhooks,
});
