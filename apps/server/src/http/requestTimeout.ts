import type { RequestHandler } from 'express';
import type { Services } from '../services.js';
import { ApiError } from './apiError.js';

/** An API request still unanswered after REQUEST_TIMEOUT_MS gets a 503 in the error shape. */
export function requestTimeout(services: Services): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      const error = new ApiError({
        status: 503,
        type: 'api_error',
        code: 'request_timeout',
        message: `The request took longer than ${services.config.requestTimeoutMs / 1000} s. Async actions ("mode": "async") have no such limit.`,
      });
      res.status(503).json(error.toBody(req.id));
    }, services.config.requestTimeoutMs);
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
