import express, { type Express } from 'express';
import helmet from 'helmet';
import { proxyRouter } from './actions/proxy.js';
import { handlers } from './handlers.js';
import { accessLog } from './http/accessLog.js';
import { hostedConnectPage } from './connect/hostedConnectPage.js';
import { serveDashboard } from './dashboard/serveDashboard.js';
import { serveDocs } from './docs/serveDocs.js';
import { connectPreflight } from './http/connectCors.js';
import { healthRoutes } from './http/health.js';
import { metricsRoute } from './http/metricsRoute.js';
import { requestTimeout } from './http/requestTimeout.js';
import { refuseUnstorableJsonBody, refuseUnstorableRequestText } from './http/requestText.js';
import { createErrorHandler, unknownRoute } from './http/errorHandler.js';
import { mountOperations } from './http/mountOperations.js';
import { serveIcon } from './integrations/serveIcons.js';
import { assignRequestId } from './http/requestId.js';
import { mcpRouter } from './tools/mcpServer.js';
import { inboundRouter } from './triggers/inboundRouter.js';
import type { Services } from './services.js';

/** The HTTP app: the generated API routes plus what wraps them. */
export function createHttpApp(services: Services): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', services.config.trustProxy);
  app.use(assignRequestId);
  app.use(helmet());
  app.use(healthRoutes(services));
  app.get('/metrics', metricsRoute(services));
  app.use('/api', accessLog(services));
  app.use('/api', requestTimeout(services));
  app.use(refuseUnstorableRequestText);
  app.get('/icons/:file', serveIcon);
  app.use(hostedConnectPage(services));
  app.use(serveDashboard());
  app.use(serveDocs());
  app.use(proxyRouter(services));
  app.use(inboundRouter(services));
  app.use(mcpRouter(services));
  app.use('/api/v1/connect', connectPreflight);
  app.use('/api', express.json({ limit: '1mb' }), refuseUnstorableJsonBody);
  app.use(mountOperations(handlers, services));
  app.use(unknownRoute);
  app.use(createErrorHandler(services.logger, services.errors));
  return app;
}
