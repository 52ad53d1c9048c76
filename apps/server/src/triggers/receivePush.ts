import { InboundPayloadError, InboundSignatureError, type InboundMessage, type InboundRequest, type IntegrationDefinition } from '@patchbay/integrations';
import type { Request, Response } from 'express';
import { ApiError, invalidRequest } from '../http/apiError.js';
import type { Services } from '../services.js';
import { storeDelivery } from './deliveryStore.js';

export function inboundRequestOf(req: Request): InboundRequest {
  const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
  return { headers, rawBody: Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '' };
}

/** Verified against `secret` and read, or the 401/400 that says why not: nothing is stored before this. */
export function verifiedMessage(integration: IntegrationDefinition, request: InboundRequest, secret: string): InboundMessage {
  const webhooks = integration.webhooks!;
  try {
    webhooks.verify(request, secret, new Date());
    return webhooks.parse(request);
  } catch (error) {
    if (error instanceof InboundSignatureError) {
      throw new ApiError({ status: 401, type: 'authentication_error', code: 'invalid_signature', message: `Not a push signed by ${integration.metadata.name}: ${error.message}.` });
    }
    if (error instanceof InboundPayloadError) throw invalidRequest(`body: ${error.message}`, [{ path: 'body', message: error.message }]);
    throw error;
  }
}

/**
 * Answers a handshake, or stores the event (once per delivery id) and acknowledges it at once:
 * routing and delivery happen in a job, well within providers' deadlines (Slack: 3 seconds).
 */
export async function answerPush(services: Services, res: Response, integration: IntegrationDefinition, subscriptionId: string | null, message: InboundMessage): Promise<void> {
  if ('reply' in message) {
    res.status(message.reply.status).type(message.reply.contentType).send(message.reply.body);
    return;
  }
  const first = await storeDelivery(services.db, integration.metadata.slug, subscriptionId, message.event);
  services.metrics.triggerPushes.inc({ integration: integration.metadata.slug, outcome: first ? 'accepted' : 'duplicate' });
  res.status(200).json({ received: true, ...(first ? {} : { duplicate: true }) });
}
