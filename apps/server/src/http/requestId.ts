import type { RequestHandler } from 'express';
import { randomToken } from '../ids.js';
import { logContext } from '../observability/logContext.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      id: string;
    }
  }
}

/** An id from a trusted proxy or the caller is kept when it looks like one; else we make one. */
const acceptable = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Every request gets an id, returned in `X-Request-Id`, written on every log line of the
 * request and in every error body.
 */
export const assignRequestId: RequestHandler = (req, res, next) => {
  const given = req.get('x-request-id');
  req.id = given && acceptable.test(given) ? given : `req_${randomToken(16)}`;
  res.setHeader('X-Request-Id', req.id);
  logContext.run({ requestId: req.id }, next);
};
