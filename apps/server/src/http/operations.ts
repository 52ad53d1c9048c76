import type { IncomingHttpHeaders } from 'node:http';
import type { OperationId, OperationResult, PathParams, QueryParams, RequestBody, routes } from '@patchbay/api-types';
import type { AuthenticatedApp } from '../apps/authenticatedApp.js';
import type { Services } from '../services.js';

type AppFor<I extends OperationId> = (typeof routes)[I]['security'] extends 'apiKey' ? AuthenticatedApp : undefined;

/** What a handler gets: the spec-validated, typed request and the app its API key belongs to. */
export interface OperationRequest<I extends OperationId> {
  app: AppFor<I>;
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
