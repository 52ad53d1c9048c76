import type { Request } from 'express';
import type { Config } from '../config.js';
import { ApiError } from '../http/apiError.js';
import { requireHttpUrl } from '../http/urls.js';
import type { ConnectSessionAuth } from './sessionAuth.js';

/** Origins as the browser sends them in `Origin` (scheme://host[:port], never a slash). */
export function normalizeOrigins(origins: string[], field: string): string[] {
  return origins.map((origin, index) => requireHttpUrl(origin, `${field}/${index}`).origin);
}

// A developer's first try runs on their own machine: a dev server on some localhost port.
const loopbackOrigin = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d{1,5}$/;

/**
 * Whether a page at `origin` may use this connect session: the app's and the session's
 * allowedOrigins, Patchbay's own pages (the hosted connect page), and, while neither list names
 * any origin outside production, loopback dev servers.
 */
export function originAllowed(session: ConnectSessionAuth, origin: string, req: Request, config: Pick<Config, 'env' | 'publicUrl'>): boolean {
  if (session.app.allowedOrigins.includes(origin) || session.allowedOrigins.includes(origin)) return true;
  if (origin === new URL(config.publicUrl).origin || origin === `${req.protocol}://${req.get('host')}`) return true;
  const unconfigured = session.app.allowedOrigins.length === 0 && session.allowedOrigins.length === 0;
  return unconfigured && config.env !== 'production' && loopbackOrigin.test(origin);
}

/**
 * Refuses a browser request from an origin the session does not allow, with a message that names
 * exactly what to configure. The refusal itself is readable by that page (CORS), so the widget can
 * tell the developer instead of failing as a network error; it holds nothing of the app's.
 */
export function requireAllowedOrigin(session: ConnectSessionAuth, origin: string, req: Request, config: Pick<Config, 'env' | 'publicUrl'>): void {
  if (originAllowed(session, origin, req, config)) return;
  const listed = JSON.stringify([origin]);
  const loopbackNote =
    loopbackOrigin.test(origin) && config.env !== 'production'
      ? ' (local http://localhost and http://127.0.0.1 pages are allowed without configuration only while neither list names any origin)'
      : '';
  throw new ApiError({
    status: 403,
    type: 'permission_error',
    code: 'origin_not_allowed',
    message:
      `This page (${origin}) may not use this connect session. Add "${origin}" to the app's allowedOrigins ` +
      `(PATCH /api/v1/app, or Integrations in the dashboard), or pass "allowedOrigins": ${listed} ` +
      `when your backend creates the session (POST /api/v1/connect/sessions)${loopbackNote}.`,
    headers: { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' },
  });
}
