import { Readable } from 'node:stream';
import { codeForStatus } from '@patchbay/integrations';
import express, { Router, type Response } from 'express';
import { queueHealthCheck } from '../connectionHealth/healthStore.js';
import { freshCredentials, needsReauthError } from '../connections/tokens.js';
import { saveExecution } from '../executions/store.js';
import { ApiError, invalidRequest, methodNotAllowed, notFound } from '../http/apiError.js';
import { authenticate } from '../http/authenticate.js';
import { limit } from '../http/mountOperations.js';
import { newId } from '../ids.js';
import { enabledIntegration } from '../integrations/enabledIntegration.js';
import { appProviderSettings } from '../integrations/providerSettings.js';
import type { Services } from '../services.js';
import { createProviderFetch } from './providerFetch.js';
import { createPacer, pacingRefusal, PacingTimeout } from './providerPacer.js';

const proxyTimeoutMs = 60_000;
const forwardedRequestHeaders = ['content-type', 'accept', 'accept-language', 'if-none-match', 'if-match'];
const forwardedResponseHeaders = ['content-type', 'etag', 'last-modified', 'retry-after', 'link', 'x-ratelimit-remaining', 'x-ratelimit-reset'];
// The spec's proxy operations, and HEAD with GET.
const proxiedMethods = ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT'];

/**
 * `/api/v1/proxy/{slug}/{path}`: any provider endpoint as one end user, credentials injected.
 * Outside the generated route table because it forwards and streams raw bodies.
 */
export function proxyRouter(services: Services): Router {
  const router = Router();
  router.all('/api/v1/proxy/:slug/*path', express.raw({ type: () => true, limit: '5mb' }), async (req, res) => {
    if (!proxiedMethods.includes(req.method)) throw methodNotAllowed(req.method, req.path, proxiedMethods);
    const app = await authenticate(req, services);
    await limit(services, res, 'actions', [`app:${app.id}`, `key:${app.apiKeyId}`]);
    // The request's own fields are checked before anything is looked up (400 before 404).
    const endUserId = req.get('x-end-user-id');
    if (!endUserId || endUserId.length > 255) {
      throw invalidRequest('header/X-End-User-Id: is required: 1 to 255 characters, your id for the end user', [{ path: 'header/X-End-User-Id', message: 'is required: 1 to 255 characters' }]);
    }
    const segments = req.params.path as unknown as string[];
    // An encoded slash stays (GitLab's `group%2Fproject`), but no dot segment may hide behind one.
    if (segments.some((segment) => segment.split(/[/\\]/).some((part) => part === '.' || part === '..'))) {
      throw invalidRequest('path: must not contain . or .. segments', [{ path: 'path', message: 'must not contain . or .. segments' }]);
    }
    const slug = String(req.params.slug);
    const integration = await enabledIntegration(services, app.id, slug);
    const found = await services.endUserConnections(app.id, endUserId, slug);
    if (!found) throw notFound(`End user "${endUserId}" has no ${integration.metadata.name} connection.`);
    const { endUser, connection } = found;
    if (connection.status !== 'active') throw needsReauthError(integration.metadata.name);

    const credentials = await freshCredentials(services, integration, connection);
    const settings = await appProviderSettings(services, app.id, integration);
    const providerPath = segments.map(encodeURIComponent).join('/');
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    let waitedMs = 0;
    const pace = createPacer(services, { integration, clientId: settings.clientId, connectionId: connection.id, mode: 'sync', onWait: (ms) => (waitedMs += ms) });
    const fetchProvider = createProviderFetch(integration, settings.apiBaseUrl, credentials, AbortSignal.timeout(proxyTimeoutMs), pace);
    const headers = Object.fromEntries(forwardedRequestHeaders.flatMap((name) => (req.get(name) ? [[name, req.get(name)!]] : [])));
    const hasBody = !['GET', 'HEAD'].includes(req.method) && Buffer.isBuffer(req.body) && req.body.length > 0;

    const startedAt = new Date();
    const started = performance.now();
    const executionId = newId('exec');
    const record = (status: number | null, error?: string) => {
      const failure =
        status !== null && status < 400
          ? undefined
          : { code: status === null ? 'provider_error' : codeForStatus(status), message: error ?? `${integration.metadata.name} answered ${status}`, ...(status !== null ? { providerStatus: status } : {}) };
      const durationMs = Math.round(performance.now() - started);
      return saveExecution(services.db, {
        id: executionId,
        appId: app.id,
        endUserId: endUser.id,
        connectionId: connection.id,
        integrationSlug: slug,
        action: 'proxy',
        source: 'api',
        status: status !== null && status < 400 ? 'success' : 'failed',
        input: { method: req.method, path: providerPath, query },
        output: { status },
        ...(failure ? { error: failure } : {}),
        // The proxy forwards once: the caller decides about retrying.
        attempts: [
          {
            number: 1,
            startedAt,
            durationMs,
            waitedMs: Math.round(waitedMs),
            providerStatus: status ?? undefined,
            providerCode: undefined,
            error: failure && { code: failure.code, message: failure.message },
            delayBeforeNextMs: undefined,
          },
        ],
        durationMs,
        startedAt,
        finished: true,
      });
    };

    let answer: globalThis.Response;
    try {
      answer = await fetchProvider(`${providerPath}${query}`, { method: req.method, headers, ...(hasBody ? { body: new Uint8Array(req.body as Buffer) } : {}) });
    } catch (error) {
      // No slot at the provider within the sync budget: nothing was sent.
      if (error instanceof PacingTimeout) throw pacingRefusal(services, error);
      await record(null, `${integration.metadata.name} could not be reached`);
      throw new ApiError({ status: 502, type: 'provider_error', code: 'provider_error', message: `${integration.metadata.name} could not be reached: ${(error as Error).message}`, executionId });
    }
    await record(answer.status);
    // As for actions: a 401 may mean the grant is gone; the connection's health check tells.
    if (answer.status === 401) await queueHealthCheck(services.db, { appId: app.id, connectionId: connection.id, reason: 'unauthorized', since: new Date().toISOString() });
    sendProviderAnswer(res, answer, executionId);
  });
  return router;
}

function sendProviderAnswer(res: Response, answer: globalThis.Response, executionId: string): void {
  res.status(answer.status);
  for (const name of forwardedResponseHeaders) {
    const value = answer.headers.get(name);
    if (value) res.setHeader(name, value);
  }
  res.setHeader('X-Patchbay-Execution-Id', executionId);
  if (!answer.body) {
    res.end();
    return;
  }
  Readable.fromWeb(answer.body as import('node:stream/web').ReadableStream).pipe(res);
}

