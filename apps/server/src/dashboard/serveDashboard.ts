import { existsSync } from 'node:fs';
import express, { Router } from 'express';
import { notFound } from '../http/apiError.js';
import { repoRoot } from '../serverPaths.js';

// The SPA's build output (`pnpm --filter @patchbay/dashboard build`; `npm start` and `npm test` run it).
const distDir = `${repoRoot}/apps/dashboard/dist/`;

// Everything the SPA loads comes from this origin; the API is same-origin, so no CORS either.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** `/dashboard`: hashed assets cached for a year, every other path answers index.html (history fallback). */
export function serveDashboard(): Router {
  const router = Router();
  router.use('/dashboard', (_req, res, next) => {
    res.set({ 'Content-Security-Policy': contentSecurityPolicy, 'X-Frame-Options': 'DENY' });
    next();
  });
  router.use('/dashboard/assets', express.static(`${distDir}assets`, { immutable: true, maxAge: '365d' }));
  // A missing asset is a 404 in the error shape, not the SPA's page.
  router.use('/dashboard/assets', (req, _res, next) => next(notFound(`No dashboard asset ${req.path}.`)));
  router.get(['/dashboard', '/dashboard/*path'], (_req, res) => {
    const index = `${distDir}index.html`;
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The dashboard is not built. Run `pnpm --filter @patchbay/dashboard build` (npm start does it for you).\n');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
