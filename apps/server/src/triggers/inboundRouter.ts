import express, { Router } from 'express';
import { methodNotAllowed } from '../http/apiError.js';
import type { Services } from '../services.js';
import { receiveProviderEvent } from './receiveProviderEvent.js';
import { receiveSubscriptionEvent } from './receiveSubscriptionEvent.js';

/**
 * Providers' pushes. Outside the generated route table: signatures cover the exact bytes of the
 * body, so it is read raw (any content type; Slack's interactive payloads are forms).
 */
export function inboundRouter(services: Services): Router {
  const router = Router();
  const raw = express.raw({ type: () => true, limit: '1mb' });
  router.post('/api/v1/inbound/:slug', raw, (req, res) => receiveProviderEvent(services, req, res));
  router.post('/api/v1/inbound/:slug/:subscriptionId', raw, (req, res) => receiveSubscriptionEvent(services, req, res));
  // Providers only ever POST here.
  router.all(['/api/v1/inbound/:slug', '/api/v1/inbound/:slug/:subscriptionId'], (req, res) => {
    if (req.method !== 'OPTIONS') throw methodNotAllowed(req.method, req.path, ['OPTIONS', 'POST']);
    res.set('Allow', 'OPTIONS, POST').status(204).end();
  });
  return router;
}
