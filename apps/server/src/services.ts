import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Db } from './db/knex.js';
import type { ErrorReporter } from './observability/errorReporter.js';
import type { Metrics } from './observability/metrics.js';
import type { RateLimits } from './http/rateLimits.js';
import type { SecretBox } from './security/secretBox.js';
import type { ApiCallCounter } from './usage/apiCallCounter.js';
import type { AppChanges } from './apps/appChanges.js';
import type { VerifiedKeys } from './http/verifiedKeys.js';
import type { PerAppCache } from './apps/perAppCache.js';
import type { AppIntegrationRow } from './integrations/appIntegrationStore.js';
import type { ExecutionInserter } from './executions/store.js';
import type { EndUserConnectionLookup } from './connections/endUserConnections.js';

/** Whether this process should run the job worker, and whether it does. */
export interface WorkerState {
  expected: boolean;
  running(): boolean;
}

/** Set on SIGTERM: readiness fails so load balancers stop routing here while requests still run. */
export interface Lifecycle {
  draining: boolean;
}

/** What request handlers and jobs need from the running process. */
export interface Services {
  config: Config;
  db: Db;
  secrets: SecretBox;
  logger: Logger;
  metrics: Metrics;
  errors: ErrorReporter;
  worker: WorkerState;
  lifecycle: Lifecycle;
  rateLimits: RateLimits;
  apiCalls: ApiCallCounter;
  /** Announcements of changed apps (LISTEN), for the caches below. */
  appChanges: AppChanges;
  verifiedKeys: VerifiedKeys;
  /** The app's `app_integrations` rows (enabled, own OAuth client), cached per process. */
  appIntegrations: PerAppCache<AppIntegrationRow[]>;
  /** The app's active connections per integration slug, cached per process. */
  connectedUsers: PerAppCache<Map<string, number>>;
  /** An end user's connection to an integration, with the end user, cached per process. */
  endUserConnections: EndUserConnectionLookup;
  /** Writes a successful sync execution in one statement shared with those finishing at the same moment. */
  insertSucceededExecution: ExecutionInserter;
}
