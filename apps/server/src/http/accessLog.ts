import type { RequestHandler } from 'express';
import type { Services } from '../services.js';
import { currentLogContext } from '../observability/logContext.js';

/** One log line and one histogram sample per API request, labelled by operation. */
export function accessLog(services: Services): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const context = currentLogContext();
      const operation = context?.operationId ?? (req.path.startsWith('/api/v1/proxy/') ? 'proxy' : 'unmatched');
      services.metrics.httpDuration.observe({ operation, method: req.method, status: String(res.statusCode) }, seconds);
      const level = res.statusCode >= 500 ? 'error' : 'info';
      services.logger[level]({ method: req.method, path: req.path, status: res.statusCode, durationMs: Math.round(seconds * 1000) }, 'request');
    });
    next();
  };
}
