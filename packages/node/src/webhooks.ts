import { Webhook, WebhookVerificationError as LibraryError } from 'standardwebhooks';
import { WebhookVerificationError } from './errors.js';
import type { components } from './generated/openapi.js';
import type { TriggerId, TriggerIntegration, TriggerPayload } from './resources/triggers.js';

type Schemas = components['schemas'];

/** Every event Patchbay sends, discriminated by `event`. */
export type WebhookEvent =
  | Schemas['ConnectionCreatedEvent']
  | Schemas['ConnectionDeletedEvent']
  | Schemas['ConnectionNeedsReauthEvent']
  | Schemas['ExecutionFailedEvent']
  | Schemas['ExecutionSucceededEvent']
  | Schemas['TriggerFiredEvent']
  | Schemas['WebhookTestEvent'];

/** A `trigger.fired` event of one trigger, its payload typed from the catalog. */
export type TriggerFiredEvent<S extends TriggerIntegration, T extends TriggerId<S>> = Omit<Schemas['TriggerFiredEvent'], 'data'> & {
  data: Omit<Schemas['TriggerFiredEvent']['data'], 'integration' | 'trigger' | 'payload'> & { integration: S; trigger: T; payload: TriggerPayload<S, T> };
};

/**
 * Narrows a verified event to one trigger's `trigger.fired`, with its payload typed:
 * `if (isTriggerEvent(event, 'github', 'issues')) event.data.payload.issue.title`.
 */
export function isTriggerEvent<S extends TriggerIntegration, T extends TriggerId<S>>(event: WebhookEvent, integration: S, trigger: T): event is WebhookEvent & TriggerFiredEvent<S, T> {
  return event.event === 'trigger.fired' && event.data.integration === integration && event.data.trigger === trigger;
}

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function headerRecord(headers: HeaderBag): Record<string, string> {
  if (headers instanceof Headers) return Object.fromEntries(headers.entries());
  return Object.fromEntries(
    Object.entries(headers).flatMap(([name, value]) => (value === undefined ? [] : [[name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value]])),
  );
}

/**
 * Checks a delivery's Standard Webhooks signature (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature`) against your endpoint's `whsec_` secret and returns the typed event.
 * Pass the raw body exactly as received. Throws WebhookVerificationError on a bad signature
 * or a timestamp more than 5 minutes away.
 */
export function verifyWebhook(rawBody: string | Buffer, headers: HeaderBag, secret: string): WebhookEvent {
  const payload = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
  try {
    return new Webhook(secret).verify(payload, headerRecord(headers)) as WebhookEvent;
  } catch (error) {
    if (error instanceof LibraryError) throw new WebhookVerificationError(error.message);
    throw new WebhookVerificationError(`Unreadable webhook: ${(error as Error).message}`);
  }
}
