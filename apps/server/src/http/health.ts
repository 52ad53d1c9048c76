import { Router } from 'express';
import { pendingMigrations } from '../db/migrate.js';
import type { Services } from '../services.js';

/**
 * `/healthz`: the process answers. `/readyz`: it can do its work — the database answers, the
 * schema is current, and the worker runs where it should — so a load balancer can route to it.
 */
export function healthRoutes(services: Services): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  router.get(['/readyz', '/health'], async (_req, res) => {
    const checks: Record<string, { ok: boolean; error?: string }> = {};
    try {
      await services.db.raw('select 1').timeout(2000);
      checks.database = { ok: true };
      const pending = await pendingMigrations(services.db);
      checks.migrations = pending.length === 0 ? { ok: true } : { ok: false, error: `pending: ${pending.join(', ')}` };
    } catch (error) {
      checks.database = { ok: false, error: (error as Error).message };
    }
    if (services.lifecycle.draining) checks.shutdown = { ok: false, error: 'shutting down: draining' };
    if (services.worker.expected) checks.worker = services.worker.running() ? { ok: true } : { ok: false, error: 'not running' };
    const ok = Object.values(checks).every((check) => check.ok);
    res.status(ok ? 200 : 503).json({ ok, checks });
  });
  return router;
}
