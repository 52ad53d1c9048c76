import type { IncomingHttpHeaders } from 'node:http';
import type { OperationId, OperationResult, PathParams, QueryParams, RequestBody, routes } from '@patchbay/api-types';
import type { AuthenticatedApp } from '../apps/authenticatedApp.js';
import type { ConnectSessionAuth } from '../connect/sessionAuth.js';
import type { DashboardAuth } from '../dashboard/dashboardAuth.js';
import type { Services } from '../services.js';

type Security<I extends OperationId> = (typeof routes)[I]['security'];
type AppFor<I extends OperationId> = Security<I> extends 'apiKey' ? AuthenticatedApp : undefined;
type SessionFor<I extends OperationId> = Security<I> extends 'connectSession' ? ConnectSessionAuth : undefined;
type DashboardFor<I extends OperationId> = Security<I> extends 'dashboardSession' ? DashboardAuth : undefined;

/** What a handler gets: the spec-validated, typed request and who is calling. */
export interface OperationRequest<I extends OperationId> {
  /** The app of the API key (API-key operations). */
  app: AppFor<I>;
  /** The connect session, its app and end user (connect-session operations). */
  session: SessionFor<I>;
  /** The signed-in dashboard account (dashboard operations). */
  dashboard: DashboardFor<I>;
  /** For handlers that set cookies (sign-in, sign-out). */
  setCookie(name: string, value: string, options: { maxAgeSeconds: number }): void;
  body: RequestBody<I>;
  params: PathParams<I>;
  query: QueryParams<I>;
  headers: IncomingHttpHeaders;
  requestId: string;
  services: Services;
}

export type OperationHandler<I extends OperationId> = (request: OperationRequest<I>) => Promise<OperationResult<I>>;

/** One handler per operationId of openapi.yaml: a missing one fails `pnpm typecheck`. */
export type OperationHandlers = { [I in OperationId]: OperationHandler<I> };
