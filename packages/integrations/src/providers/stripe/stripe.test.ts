import { describe, expect, it } from 'vitest';
import { checkHealth, checkHealthError, providerServer, respond, run, runError } from '../../../test/harness.js';
import { stripe } from './index.js';

const server = providerServer();
const credentials = { type: 'api_key' as const, apiKey: 'rk_test_example' };
const customer = { id: 'cus_NffrFeUfNV2Hib', object: 'customer', email: 'jennyrosen@example.com', name: 'Jenny Rosen', created: 1680893993, livemode: false };

describe('stripe', () => {
  it('sends the key as HTTP Basic user name; list_customers maps the list', async () => {
    const seen = respond(server, 'get', 'https://api.stripe.com/v1/customers', { object: 'list', url: '/v1/customers', has_more: false, data: [customer] });
    expect(await run(stripe, 'list_customers', { email: 'jennyrosen@example.com' }, credentials)).toEqual({
      data: [{ id: 'cus_NffrFeUfNV2Hib', email: 'jennyrosen@example.com', name: 'Jenny Rosen', created: 1680893993 }],
      has_more: false,
    });
    expect(seen[0]!.headers.get('authorization')).toBe(`Basic ${Buffer.from('rk_test_example:').toString('base64')}`);
    expect(seen[0]!.url.searchParams.get('email')).toBe('jennyrosen@example.com');
  });

  it('create_customer posts a form with bracketed metadata; card errors keep their code', async () => {
    const seen = respond(server, 'post', 'https://api.stripe.com/v1/customers', customer);
    await run(stripe, 'create_customer', { email: 'jennyrosen@example.com', name: 'Jenny Rosen', metadata: { plan: 'pro' } }, credentials);
    expect(seen[0]!.body).toEqual({ email: 'jennyrosen@example.com', name: 'Jenny Rosen', 'metadata[plan]': 'pro' });
    // https://docs.stripe.com/api/errors
    respond(server, 'post', 'https://api.stripe.com/v1/customers', { error: { type: 'invalid_request_error', code: 'email_invalid', message: 'Invalid email address' } }, 400);
    expect(await runError(stripe, 'create_customer', { email: 'j@example.com' }, credentials)).toMatchObject({ code: 'invalid_input', providerCode: 'invalid_request_error', providerStatus: 400 });
  });

  it('a 429 carries Retry-After-less rate limiting as rate_limited', async () => {
    respond(server, 'get', 'https://api.stripe.com/v1/customers', { error: { type: 'rate_limit_error', message: 'Too many requests' } }, 429);
    expect(await runError(stripe, 'list_customers', {}, credentials)).toMatchObject({ code: 'rate_limited', providerStatus: 429 });
  });
});

describe('stripe health check', () => {
  it('retrieves the balance; a restricted key without balance access still passes; an invalid key does not', async () => {
    // https://docs.stripe.com/api/balance/balance_object
    respond(server, 'get', 'https://api.stripe.com/v1/balance', { object: 'balance', available: [{ amount: 666670, currency: 'usd', source_types: { card: 666670 } }], livemode: false, pending: [{ amount: 61414, currency: 'usd', source_types: { card: 61414 } }] });
    expect(await checkHealth(stripe, credentials)).toEqual({});
    // https://docs.stripe.com/error-codes
    respond(server, 'get', 'https://api.stripe.com/v1/balance', { error: { type: 'invalid_request_error', message: 'The provided key does not have the required permissions for this endpoint.' } }, 403);
    expect(await checkHealth(stripe, credentials)).toEqual({});
    respond(server, 'get', 'https://api.stripe.com/v1/balance', { error: { type: 'invalid_request_error', message: 'Invalid API Key provided: rk_test_***mple' } }, 401);
    expect(await checkHealthError(stripe, credentials)).toMatchObject({ code: 'unauthorized' });
  });
});
