import { Webhook } from 'standardwebhooks';

/**
 * Standard Webhooks headers (https://www.standardwebhooks.com). During a secret rotation the
 * old and new secrets both sign, space-separated, so receivers verify with either.
 */
export function signatureHeaders(messageId: string, timestamp: Date, payload: string, secrets: string[]): Record<string, string> {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, payload));
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
