import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { PacingTimeout } from '../actions/providerPacer.js';
import { checkConnection } from '../connectionHealth/checkConnection.js';
import { queueHealthCheck } from '../connectionHealth/healthStore.js';
import type { Services } from '../services.js';

const payloadSchema = z.object({ appId: z.string(), connectionId: z.string(), reason: z.enum(['schedule', 'unauthorized']), since: z.iso.datetime().optional() });

// A scheduled check right after another (a 401's, or one by hand) would learn nothing new.
const scheduledFreshForMs = 30 * 60 * 1000;

/** One connection's health check (queued hourly, spread over the hour, and after a 401). */
export function checkConnectionHealth(services: Services): Task {
  return async (rawPayload) => {
    const check = payloadSchema.parse(rawPayload);
    try {
      // After a 401, any check made since answers it: a burst of 401s costs one check.
      const freshForMs = check.reason === 'unauthorized' && check.since ? Date.now() - Date.parse(check.since) : scheduledFreshForMs;
      await checkConnection(services, check.appId, check.connectionId, { mode: 'async', freshForMs });
    } catch (error) {
      if (!(error instanceof PacingTimeout)) throw error;
      // The provider's rate limit is spent for now: check when it is back.
      await queueHealthCheck(services.db, check, new Date(Date.now() + error.retryAfterMs));
    }
  };
}
