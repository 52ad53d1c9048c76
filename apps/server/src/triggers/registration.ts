import { randomBytes } from 'node:crypto';
import type { TriggerDefinition, WebhookTriggerDefinition } from '@patchbay/integrations';
import type { Services } from '../services.js';
import { callAsConnection, integrationOf, type ConnectionRef } from './providerCall.js';
import type { SubscriptionRow } from './subscriptionStore.js';

/** The URL a provider pushes one subscription's events to. */
export function subscriptionInboundUrl(publicUrl: string, slug: string, subscriptionId: string): string {
  return `${publicUrl}/api/v1/inbound/${slug}/${subscriptionId}`;
}

/** A secret for the provider to sign one subscription's pushes with. */
export const newSigningSecret = () => randomBytes(32).toString('hex');

/**
 * What a subscription starts from, read at the provider before anything is stored: a polling
 * trigger's baseline cursor, or an app-routed account's routing key (its Slack team).
 * Throws the provider's ActionError.
 */
export async function startingPoint(services: Services, ref: ConnectionRef, trigger: TriggerDefinition, config: unknown): Promise<{ cursor: unknown; routingKey: string | null }> {
  if (trigger.kind === 'polling') {
    const baseline = await callAsConnection(services, ref, (context) => trigger.poll(config, undefined, context));
    return { cursor: trigger.cursor.parse(baseline.cursor), routingKey: null };
  }
  if (ref.integration.webhooks!.routing === 'subscription') return { cursor: null, routingKey: null };
  return { cursor: null, routingKey: await callAsConnection(services, ref, (context) => ref.integration.webhooks!.routingKey!(context)) };
}

/**
 * Registers the subscription's own URL at the provider (GitHub repository hook, Stripe webhook
 * endpoint), signed with `secret` unless the provider makes its own (returned).
 */
export async function registerHook(
  services: Services,
  ref: ConnectionRef & { subscriptionId: string },
  trigger: WebhookTriggerDefinition,
  config: unknown,
  secret: string,
): Promise<{ hookId: string; secret?: string }> {
  const { integration } = ref;
  const url = subscriptionInboundUrl(services.config.publicUrl, integration.metadata.slug, ref.subscriptionId);
  return callAsConnection(services, ref, (context) => integration.webhooks!.register!({ url, secret, events: trigger.events, config }, context));
}

/** Removes the subscription's hook at the provider; a failure is logged, not thrown (the user may have removed it). */
export async function unregisterAtProvider(services: Services, subscription: Pick<SubscriptionRow, 'app_id' | 'connection_id' | 'integration_slug' | 'provider_hook_id' | 'config' | 'id'>): Promise<void> {
  if (!subscription.provider_hook_id) return;
  const integration = integrationOf(subscription.integration_slug);
  const hook = { hookId: subscription.provider_hook_id, config: subscription.config };
  await callAsConnection(services, { appId: subscription.app_id, connectionId: subscription.connection_id, integration }, (context) => integration.webhooks!.unregister!(hook, context)).catch(
    (error: unknown) => services.logger.warn({ appId: subscription.app_id, subscriptionId: subscription.id, err: error }, 'removing the hook at the provider failed'),
  );
}
