import { z } from 'zod';
import { defineAction } from '../../define.js';
import { requestJson } from '../../providerHttp.js';

// https://docs.stripe.com/api/customers/create: Stripe takes form-encoded bodies.
export const createCustomer = defineAction({
  id: 'create_customer',
  name: 'Create customer',
  description: 'A new customer with email, name and metadata.',
  effect: 'write',
  input: z.object({
    email: z.email(),
    name: z.string().max(256).optional(),
    description: z.string().max(350).optional(),
    metadata: z.record(z.string().max(40), z.string().max(500)).optional(),
  }),
  output: z.object({ id: z.string(), email: z.string().nullable(), name: z.string().nullable().optional(), created: z.number() }),
  async execute(input, _credentials, context) {
    const form = new URLSearchParams({ email: input.email });
    if (input.name) form.set('name', input.name);
    if (input.description) form.set('description', input.description);
    for (const [key, value] of Object.entries(input.metadata ?? {})) form.set(`metadata[${key}]`, value);
    const customer = await requestJson<{ id: string; email: string | null; name?: string | null; created: number }>(context, 'Stripe', 'v1/customers', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    return { id: customer.id, email: customer.email, name: customer.name ?? null, created: customer.created };
  },
});
