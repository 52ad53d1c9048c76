import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Services } from '../services.js';
import { unauthorized } from './apiError.js';

/** Prometheus exposition; behind `Authorization: Bearer $METRICS_TOKEN` when that is set. */
export function metricsRoute(services: Services): RequestHandler {
  return async (req, res) => {
    const token = services.config.metricsToken;
    if (token) {
      const given = Buffer.from(req.get('authorization') ?? '');
      const expected = Buffer.from(`Bearer ${token}`);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unauthorized('Send Authorization: Bearer <METRICS_TOKEN>.');
    }
    res.type(services.metrics.registry.contentType).send(await services.metrics.registry.metrics());
  };
}
