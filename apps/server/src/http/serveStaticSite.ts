import { existsSync } from 'node:fs';
import express, { Router, type Request, type Response } from 'express';
import { notFound } from './apiError.js';

/** A built front end the server serves from its dist folder: the dashboard, the docs. */
export interface StaticSite {
  /** What readers call it, in the 503 that says it is not built. */
  name: string;
  /** Where it is served: `/dashboard`, `/docs`. */
  mount: string;
  /** Its build output, ending with `/`. */
  distDir: string;
  /** The folder of content-hashed files under distDir (Vite's `assets`, Astro's `_astro`). */
  hashedAssets: string;
  /** The command that builds it, for the 503. */
  buildCommand: string;
  /** Computed per request, so a site rebuilt while the server runs gets its new policy. */
  contentSecurityPolicy: () => string;
  /**
   * `spa`: every path that is not a file answers index.html (the app routes in the browser).
   * `pages`: files and folders' index.html; anything else is a 404 (the site's 404.html for
   * browsers, the error shape for everyone else).
   */
  routing: 'spa' | 'pages';
}

/** Directives every site shares: nothing from other origins, no framing, no plugins. */
export const baseContentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** Hashed assets cached for a year, pages revalidated every time, a 503 until it is built. */
export function serveStaticSite(site: StaticSite): Router {
  const router = Router();
  const index = `${site.distDir}index.html`;
  const notBuilt = (res: Response) =>
    res.status(503).type('text/plain').send(`The ${site.name} is not built. Run \`${site.buildCommand}\` (npm start does it for you).\n`);

  router.use(site.mount, (_req, res, next) => {
    res.set({ 'Content-Security-Policy': site.contentSecurityPolicy(), 'X-Frame-Options': 'DENY' });
    next();
  });
  router.use(`${site.mount}/${site.hashedAssets}`, express.static(`${site.distDir}${site.hashedAssets}`, { immutable: true, maxAge: '365d', index: false }));
  // A missing asset is a 404 in the error shape, not a page.
  router.use(`${site.mount}/${site.hashedAssets}`, (req, _res, next) => next(notFound(`No ${site.name} asset ${req.path}.`)));

  if (site.routing === 'spa') {
    router.get([site.mount, `${site.mount}/*path`], (_req, res) => {
      if (!existsSync(index)) return notBuilt(res);
      res.set('Cache-Control', 'no-cache').sendFile(index);
    });
    return router;
  }

  router.use(site.mount, express.static(site.distDir, { index: 'index.html', redirect: true, cacheControl: true, maxAge: 0, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') }));
  router.use(site.mount, (req: Request, res: Response, next) => {
    if (!existsSync(index)) return notBuilt(res);
    const page404 = `${site.distDir}404.html`;
    if (req.method === 'GET' && req.accepts(['json', 'html']) === 'html' && existsSync(page404)) {
      res.status(404).set('Cache-Control', 'no-cache').sendFile(page404);
      return;
    }
    next(notFound(`No ${site.name} page ${req.originalUrl.split('?')[0]}.`));
  });
  return router;
}
