import { Router, type Request, type Response } from 'express';
import { routes, type OperationId } from '@patchbay/api-types';
import type { Services } from '../services.js';
import { ApiError, methodNotAllowed } from './apiError.js';
import { requireAllowedOrigin } from '../connect/allowedOrigins.js';
import { currentLogContext } from '../observability/logContext.js';
import { authenticate } from './authenticate.js';
import { rateLimitedError, type LimitScope } from './rateLimits.js';
import { authenticateDashboard } from './authenticateDashboard.js';
import { authenticateSession } from './authenticateSession.js';
import type { OperationHandler, OperationHandlers } from './operations.js';
import { validatorFor } from './validation.js';

function requireJson(req: Request): void {
  if (!req.is('application/json')) {
    throw new ApiError({
      status: 415,
      type: 'invalid_request_error',
      code: 'unsupported_media_type',
      message: 'Send the request body as JSON with Content-Type: application/json.',
    });
  }
}

function send(res: Response, result: { status: number; body?: unknown; headers?: Record<string, string> }): void {
  res.status(result.status);
  if (result.headers) res.set(result.headers);
  if (result.body === undefined) res.end();
  else if (typeof result.body === 'string') res.send(result.body);
  else res.json(result.body);
}

function scopeOf(operationId: OperationId, method: string): LimitScope {
  if (operationId === 'runAction' || operationId === 'executeTool') return 'actions';
  return method === 'get' ? 'reads' : 'writes';
}

/** Sets the RateLimit headers on every answer and refuses with 429 when a limit is reached. */
export async function limit(services: Services, res: Response, scope: LimitScope, keys: string[]): Promise<void> {
  const outcome = await services.rateLimits.consume(scope, keys);
  res.set(outcome.headers);
  if (outcome.retryAfterMs !== undefined) {
    services.metrics.rateLimited.inc({ scope });
    throw rateLimitedError(scope, outcome);
  }
}

/** The generated route table wired to its handlers: auth, then spec validation, then the handler. */
export function mountOperations(handlers: OperationHandlers, services: Services): Router {
  const router = Router();
  for (const operationId of Object.keys(routes) as OperationId[]) {
    const route = routes[operationId];
    const validator = validatorFor(operationId);
    // Each handler is typed by its own operation; here they are driven generically.
    const handler = handlers[operationId] as unknown as OperationHandler<OperationId>;
    router[route.method](route.expressPath, async (req, res) => {
      const context = currentLogContext();
      if (context) context.operationId = operationId;
      // Sign-up is limited per client address before any work (password hashing is costly).
      if (operationId === 'createApp') await limit(services, res, 'signups', [`ip:${req.ip}`]);
      const app = route.security === 'apiKey' ? await authenticate(req, services) : undefined;
      if (context && app) context.appId = app.id;
      if (app) await limit(services, res, scopeOf(operationId, route.method), [`app:${app.id}`, `key:${app.apiKeyId}`]);
      const origin = req.get('origin');
      const session =
        route.security === 'connectSession'
          ? await authenticateSession(req, services).catch((error: unknown) => {
              // Let the widget read why (an expired session): the body holds nothing of the app's.
              if (origin) res.set({ 'Access-Control-Allow-Origin': origin, Vary: 'Origin' });
              throw error;
            })
          : undefined;
      if (context && session) context.appId = session.app.id;
      if (session) await limit(services, res, route.method === 'get' ? 'reads' : 'writes', [`app:${session.app.id}`]);
      // Sign-in is limited per address like sign-up, against credential stuffing.
      if (operationId === 'signIn') await limit(services, res, 'signups', [`ip:${req.ip}`]);
      const dashboard = route.security === 'dashboardSession' ? await authenticateDashboard(req, services) : undefined;
      if (dashboard) await limit(services, res, route.method === 'get' ? 'reads' : 'writes', [`account:${dashboard.accountId}`]);
      if (session && origin) {
        requireAllowedOrigin(session, origin, req, services.config);
        res.set({ 'Access-Control-Allow-Origin': origin, Vary: 'Origin' });
      }
      // An optional body may be left out entirely; one that is sent must be JSON.
      const bodySent = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
      if (validator.hasBody && (validator.bodyRequired || bodySent)) requireJson(req);
      const request = { params: { ...req.params }, query: { ...(req.query as Record<string, unknown>) }, body: req.body as unknown };
      validator.validate(request);
      const result = await handler({
        app: app as never,
        session: session as never,
        dashboard: dashboard as never,
        setCookie: (name, value, options) => {
          res.cookie(name, value, {
            httpOnly: true,
            sameSite: 'lax',
            secure: services.config.env === 'production',
            path: '/',
            maxAge: options.maxAgeSeconds * 1000,
          });
        },
        body: request.body as never,
        params: request.params as never,
        query: request.query as never,
        headers: req.headers,
        requestId: req.id,
        services,
      });
      send(res, result);
    });
  }
  for (const [expressPath, allowed] of allowedMethods()) {
    // After the operations: only a method none of them takes gets here (TRACE, CONNECT, a typo).
    router.all(expressPath, (req, res) => {
      if (req.method !== 'OPTIONS') throw methodNotAllowed(req.method, req.path, allowed);
      res.set('Allow', allowed.join(', ')).status(204).end();
    });
  }
  return router;
}

/** Each path of the route table with the methods it answers (HEAD with every GET, as Express does). */
function allowedMethods(): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const { method, expressPath } of Object.values(routes)) {
    const methods = byPath.get(expressPath) ?? ['OPTIONS'];
    methods.push(...(method === 'get' ? ['GET', 'HEAD'] : [method.toUpperCase()]));
    byPath.set(expressPath, methods);
  }
  return new Map([...byPath].map(([path, methods]) => [path, methods.sort()]));
}
