import type { RequestHandler } from 'express';

/**
 * CORS for the connect-session endpoints only. A preflight carries no credentials, so it is
 * answered for any origin; the real response names the origin only when it is one of the
 * session's app's allowed origins (set by mountOperations), so other sites cannot read it.
 */
export const connectPreflight: RequestHandler = (req, res, next) => {
  const origin = req.get('origin');
  if (req.method !== 'OPTIONS' || !origin) return next();
  res
    .status(204)
    .set({
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET, POST, DELETE',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    })
    .end();
};
