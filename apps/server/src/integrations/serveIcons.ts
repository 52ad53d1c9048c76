import { findIntegration } from '@patchbay/integrations';
import type { RequestHandler } from 'express';
import { notFound } from '../http/apiError.js';

/**
 * `GET /icons/:slug.svg`: the catalog's icons, cacheable for a day. They are shown on the
 * customer's pages (the widget's catalog), so unlike everything else helmet covers they may be
 * embedded by any origin: `Cross-Origin-Resource-Policy: same-origin` would make Chromium block them.
 */
export const serveIcon: RequestHandler = (req, res, next) => {
  const slug = /^([a-z0-9-]{1,64})\.svg$/.exec(String(req.params.file))?.[1];
  const integration = slug ? findIntegration(slug) : undefined;
  if (!integration) {
    next(notFound('Unknown icon.'));
    return;
  }
  res
    .type('image/svg+xml')
    .set('Cache-Control', 'public, max-age=86400')
    .set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
    .set('Cross-Origin-Resource-Policy', 'cross-origin')
    .send(integration.metadata.icon);
};
