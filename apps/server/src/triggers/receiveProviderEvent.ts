import { environmentPrefix, findIntegration } from '@patchbay/integrations';
import type { Request, Response } from 'express';
import { notFound } from '../http/apiError.js';
import { providerSettings } from '../integrations/providerSettings.js';
import type { Services } from '../services.js';
import { answerPush, inboundRequestOf, verifiedMessage } from './receivePush.js';
import { anySubscriptionFor } from './subscriptionStore.js';

/** `POST /api/v1/inbound/{slug}`: a provider's app-level URL (Slack's Request URL). */
export async function receiveProviderEvent(services: Services, req: Request, res: Response): Promise<void> {
  const slug = String(req.params.slug);
  const integration = findIntegration(slug);
  if (integration?.webhooks?.routing !== 'app') throw notFound(`No provider pushes to /api/v1/inbound/${slug}.`);
  const secret = providerSettings(integration, services.config.environment).webhookSecret;
  if (!secret) throw notFound(`${integration.metadata.name} pushes are not set up on this server: set ${environmentPrefix(slug)}_WEBHOOK_SECRET.`);
  const message = verifiedMessage(integration, inboundRequestOf(req), secret);
  // A workspace where the app is installed but nobody subscribed: acknowledged, not kept.
  if ('event' in message && !(message.event.routingKey && (await anySubscriptionFor(services.db, slug, message.event.routingKey)))) {
    services.metrics.triggerPushes.inc({ integration: slug, outcome: 'unrouted' });
    res.status(200).json({ received: true });
    return;
  }
  await answerPush(services, res, integration, null, message);
}
