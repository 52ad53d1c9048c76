import type { z } from 'zod';
import type { ActionContext } from './define.js';

/** One thing that happened in the end user's account, as a subscription delivers it. */
export interface TriggerItem<P = unknown> {
  /**
   * The provider's identity of this occurrence (a row number, `page id + edit time`, a delivery
   * id): the same occurrence seen twice has the same id, so customers can de-duplicate on it.
   */
  id: string;
  payload: P;
}

/** What one poll found past the cursor, and the cursor to store with it. */
export interface PollResult<P = unknown, K = unknown> {
  items: TriggerItem<P>[];
  cursor: K;
  /** More items wait past the new cursor: poll again now rather than after the interval. */
  more?: boolean;
}

interface TriggerCommon<C extends z.ZodType, P extends z.ZodType> {
  id: string;
  name: string;
  description: string;
  /** What a subscription to the trigger is configured with (a repository, a spreadsheet…). */
  config: C;
  /** What each delivered item holds (`data.payload` of the `trigger.fired` event). */
  payload: P;
}

/** The provider pushes: Slack's Events API, GitHub repository webhooks, Stripe webhook endpoints. */
export interface WebhookTriggerDefinition<C extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType> extends TriggerCommon<C, P> {
  kind: 'webhook';
  /** The provider's event types the trigger listens to (GitHub `issues`, Stripe `invoice.paid`). */
  events: readonly string[];
  /** The items one verified event holds for a subscription with this config (none when it does not match). */
  itemsFrom(event: InboundEvent, config: z.output<C>): TriggerItem<z.input<P>>[];
}

/** Patchbay asks: the provider has no push for it, or none a connection can subscribe to. */
export interface PollingTriggerDefinition<C extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType, K extends z.ZodType = z.ZodType>
  extends TriggerCommon<C, P> {
  kind: 'polling';
  /** Seconds between polls (the server adds jitter), chosen for the provider's rate limits. */
  pollIntervalSeconds: number;
  /** The stored position (a row count, a sync token, a modified-since time); checked when read back. */
  cursor: K;
  /**
   * Items past `cursor`. The first poll gets no cursor: it returns the baseline cursor and no
   * items, so a subscription delivers what happens after it was created. Throws ActionError.
   */
  poll(config: z.output<C>, cursor: z.output<K> | undefined, context: ActionContext): Promise<PollResult<z.input<P>, z.input<K>>>;
}

export type TriggerDefinition = WebhookTriggerDefinition | PollingTriggerDefinition;

export function defineWebhookTrigger<C extends z.ZodType, P extends z.ZodType>(trigger: WebhookTriggerDefinition<C, P>): WebhookTriggerDefinition<C, P> {
  return trigger;
}

export function definePollingTrigger<C extends z.ZodType, P extends z.ZodType, K extends z.ZodType>(
  trigger: PollingTriggerDefinition<C, P, K>,
): PollingTriggerDefinition<C, P, K> {
  return trigger;
}

/** A provider's push as it arrived: the exact body bytes (signatures cover them) and the headers. */
export interface InboundRequest {
  /** Lower-case header names. */
  headers: Readonly<Record<string, string | undefined>>;
  rawBody: string;
}

/** A verified push, as the trigger jobs read it back from storage. */
export interface InboundEvent {
  /** The provider's id of the delivery (Slack `event_id`, `X-GitHub-Delivery`, Stripe's event id): its retries repeat it. */
  deliveryId: string;
  /** The provider's event type (`message`, `issues`, `invoice.paid`). */
  type: string;
  /** For providers that push every account's events to one URL: whose account (Slack team id). */
  routingKey?: string;
  body: unknown;
}

/** What a verified request is: a handshake to answer at once (and store nothing), or an event. */
export type InboundMessage = { reply: { status: number; contentType: string; body: string } } | { event: InboundEvent };

/** How a provider pushes events, and how a subscription is set up there. */
export interface ProviderWebhooks {
  /**
   * `app`: the provider sends every connected account's events to one URL of ours, configured
   * once in the provider's app settings, and we route them by `routingKey` (Slack, Linear).
   * `subscription`: we register a URL per subscription through the provider's API (GitHub
   * repository hooks, Stripe webhook endpoints).
   */
  routing: 'app' | 'subscription';
  /**
   * Throws InboundSignatureError unless the request carries the provider's signature made with
   * `secret` (and, where the provider signs a time, a recent one).
   */
  verify(request: InboundRequest, secret: string, now: Date): void;
  /** Reads a verified request; throws InboundPayloadError when the body is not what the provider sends. */
  parse(request: InboundRequest): InboundMessage;
  /** `app` routing: the connection's routing key (its Slack team id), looked up when subscribing. */
  routingKey?(context: ActionContext): Promise<string>;
  /**
   * `subscription` routing: registers `url` for `events` at the provider. Returns the provider's
   * hook id, and the signing secret when the provider makes it (Stripe) rather than taking ours.
   */
  register?(hook: { url: string; secret: string; events: readonly string[]; config: unknown }, context: ActionContext): Promise<{ hookId: string; secret?: string }>;
  unregister?(hook: { hookId: string; config: unknown }, context: ActionContext): Promise<void>;
}
