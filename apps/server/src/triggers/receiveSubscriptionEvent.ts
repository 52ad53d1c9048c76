import { findIntegration } from '@patchbay/integrations';
import type { Request, Response } from 'express';
import { notFound } from '../http/apiError.js';
import type { Services } from '../services.js';
import { answerPush, inboundRequestOf, verifiedMessage } from './receivePush.js';
import { findSubscriptionForInbound, subscriptionSecretBinding } from './subscriptionStore.js';

/** `POST /api/v1/inbound/{slug}/{subscriptionId}`: the URL registered at the provider for one subscription. */
export async function receiveSubscriptionEvent(services: Services, req: Request, res: Response): Promise<void> {
  const slug = String(req.params.slug);
  const integration = findIntegration(slug);
  const subscription = integration?.webhooks?.routing === 'subscription' && /^sub_[a-z0-9]{1,64}$/.test(String(req.params.subscriptionId)) ? await findSubscriptionForInbound(services.db, slug, String(req.params.subscriptionId)) : undefined;
  if (!integration || !subscription?.signing_secret) throw notFound(`No subscription receives pushes at ${req.path}.`);
  const secret = services.secrets.open(subscription.signing_secret, subscriptionSecretBinding(subscription.app_id, subscription.id));
  const message = verifiedMessage(integration, inboundRequestOf(req), secret);
  await answerPush(services, res, integration, subscription.id, message);
}
