import type { RequestHandler } from 'express';
import { randomToken } from '../ids.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      id: string;
    }
  }
}

/** Every request gets an id, returned in `X-Request-Id` and in every error body. */
export const assignRequestId: RequestHandler = (req, res, next) => {
  req.id = `req_${randomToken(16)}`;
  res.setHeader('X-Request-Id', req.id);
  next();
};
