import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { Patchbay, verifyWebhook, WebhookVerificationError } from '../src/index.js';

const secret = `whsec_${Buffer.from('a-test-secret-of-24-bytes').toString('base64')}`;
const event = { event: 'execution.failed', timestamp: '2026-01-01T00:00:00Z', data: { executionId: 'exec_1', endUserId: 'u', integration: 'slack', action: 'send_message', error: { code: 'x', message: 'y' } } };

function signed(payload: string, at = new Date()) {
  const id = 'evt_1';
  return { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': new Webhook(secret).sign(id, at, payload) };
}

describe('webhooks.verify', () => {
  it('returns the typed event for a good signature (string or Buffer body, Headers or object)', () => {
    const payload = JSON.stringify(event);
    const verified = verifyWebhook(payload, signed(payload), secret);
    expect(verified).toEqual(event);
    if (verified.event === 'execution.failed') expect(verified.data.error.code).toBe('x');
    expect(Patchbay.webhooks.verify(Buffer.from(payload), new Headers(signed(payload)), secret)).toEqual(event);
  });

  it('throws WebhookVerificationError on a tampered body, wrong secret or stale timestamp', () => {
    const payload = JSON.stringify(event);
    expect(() => verifyWebhook(payload.replace('exec_1', 'exec_2'), signed(payload), secret)).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook(payload, signed(payload), `whsec_${Buffer.from('another-secret-entirely!').toString('base64')}`)).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook(payload, signed(payload, new Date(Date.now() - 10 * 60 * 1000)), secret)).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook(payload, {}, secret)).toThrow(WebhookVerificationError);
  });
});
