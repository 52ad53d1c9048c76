import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ErrorReporter } from '../observability/errorReporter.js';
import { currentLogContext } from '../observability/logContext.js';
import { ApiError, invalidRequest, notFound } from './apiError.js';

interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
  limit?: number;
}

/** body-parser's errors are the client's: say what was wrong with the body. */
function fromBodyParser(error: BodyParserError): ApiError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return invalidRequest('The request body is not valid JSON.', undefined, 'invalid_json');
    case 'entity.too.large':
      return new ApiError({
        status: 413,
        type: 'invalid_request_error',
        code: 'payload_too_large',
        message: `The request body is larger than ${Math.round((error.limit ?? 0) / 1024 / 1024)} MB.`,
      });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ApiError({
        status: 415,
        type: 'invalid_request_error',
        code: 'unsupported_media_type',
        message: 'The request body must be UTF-8 JSON.',
      });
    default:
      if (error.expose && error.status && error.status >= 400 && error.status < 500) {
        return invalidRequest('The request could not be read.');
      }
      return undefined;
  }
}

// Connection refused/reset, the server shutting down, pool timeouts: the database is away,
// which is not the client's fault and is worth a retry.
const databaseDown = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

function fromDatabaseOutage(error: unknown): ApiError | undefined {
  const code = (error as { code?: string } | undefined)?.code;
  const name = (error as Error | undefined)?.name;
  const message = (error as Error | undefined)?.message ?? '';
  if (!(code && databaseDown.has(code)) && name !== 'KnexTimeoutError' && !/Connection terminated|connect ECONNREFUSED/.test(message)) return undefined;
  return new ApiError({
    status: 503,
    type: 'api_error',
    code: 'service_unavailable',
    message: 'Patchbay cannot reach its database right now. Retry in a few seconds.',
    headers: { 'Retry-After': '5' },
  });
}

export function createErrorHandler(logger: Logger, reporter: ErrorReporter): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const apiError =
      error instanceof ApiError ? error : (fromBodyParser((error ?? {}) as BodyParserError) ?? fromDatabaseOutage(error));
    if (apiError) {
      res.status(apiError.status).set(apiError.headers).json(apiError.toBody(req.id));
      return;
    }
    logger.error({ err: error, method: req.method, path: req.path }, 'unhandled error');
    reporter.report(error, { ...currentLogContext(), method: req.method, path: req.path });
    const internal = new ApiError({
      status: 500,
      type: 'api_error',
      code: 'internal_error',
      message: `Something went wrong on our side. Quote request id ${req.id} when you contact us.`,
    });
    res.status(500).json(internal.toBody(req.id));
  };
}

export const unknownRoute: RequestHandler = (req, _res, next) => {
  next(notFound(`No route for ${req.method} ${req.path}.`));
};
