import type { Router } from 'express';
import { baseContentSecurityPolicy, serveStaticSite } from '../http/serveStaticSite.js';
import { repoRoot } from '../serverPaths.js';

// Everything the SPA loads comes from this origin; the API is same-origin, so no CORS either.
const contentSecurityPolicy = [...baseContentSecurityPolicy, "script-src 'self'", "style-src 'self'"].join('; ');

/** `/dashboard`: hashed assets cached for a year, every other path answers index.html (history fallback). */
export function serveDashboard(): Router {
  return serveStaticSite({
    name: 'dashboard',
    mount: '/dashboard',
    // The SPA's build output (`pnpm --filter @patchbay/dashboard build`; `npm start` and `npm test` run it).
    distDir: `${repoRoot}/apps/dashboard/dist/`,
    hashedAssets: 'assets',
    buildCommand: 'pnpm --filter @patchbay/dashboard build',
    contentSecurityPolicy: () => contentSecurityPolicy,
    routing: 'spa',
  });
}
