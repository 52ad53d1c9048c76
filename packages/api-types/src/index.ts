// Types derived from the generated schema: what each operation takes and answers. The server's
// handler table and the SDK build on these, so both follow openapi.yaml.
import type { components, operations, paths, webhooks } from './schema.js';
import type { OperationId } from './routes.js';

export type { components, operations, paths, webhooks };
export { routes, type OperationId } from './routes.js';

export type Schemas = components['schemas'];
export type ApiErrorBody = Schemas['Error'];
export type ApiErrorType = ApiErrorBody['error']['type'];

type JsonContent<T> = T extends { content: { 'application/json': infer B } } ? B : undefined;
/** A response's body: parsed JSON, or the text of an HTML page. */
type ResponseContent<T> = T extends { content: { 'text/html': string } } ? string : JsonContent<T>;

type DeclaredBody<I extends OperationId> = 'requestBody' extends keyof operations[I] ? operations[I]['requestBody'] : undefined;

/** The JSON body of operation I; `| undefined` when the spec marks the body optional. */
export type RequestBody<I extends OperationId> = undefined extends DeclaredBody<I>
  ? JsonContent<NonNullable<DeclaredBody<I>>> | undefined
  : JsonContent<NonNullable<DeclaredBody<I>>>;

type Params<I extends OperationId> = operations[I]['parameters'];
type Defined<T> = [NonNullable<T>] extends [never] ? Record<string, never> : NonNullable<T>;
export type PathParams<I extends OperationId> = Defined<Params<I>['path']>;
export type QueryParams<I extends OperationId> = Defined<Params<I>['query']>;

type SuccessStatus = 200 | 201 | 202 | 204 | 302 | 303;
type Responses<I extends OperationId> = operations[I]['responses'];
type SuccessStatusOf<I extends OperationId> = Extract<keyof Responses<I>, SuccessStatus>;

/** What a handler of operation I returns: one of its documented 2xx/3xx answers. */
export type OperationResult<I extends OperationId> = {
  [S in SuccessStatusOf<I>]: ResponseContent<Responses<I>[S]> extends undefined
    ? { status: S; body?: undefined; headers?: Record<string, string> }
    : { status: S; body: ResponseContent<Responses<I>[S]>; headers?: Record<string, string> };
}[SuccessStatusOf<I>];

/** The JSON body of operation I's main success answer. */
export type ResponseBody<I extends OperationId> = NonNullable<
  Extract<OperationResult<I>, { body: unknown }>['body']
>;

export type WebhookEvent =
  | Schemas['ConnectionCreatedEvent']
  | Schemas['ConnectionDeletedEvent']
  | Schemas['ConnectionNeedsReauthEvent']
  | Schemas['ExecutionFailedEvent']
  | Schemas['ExecutionSucceededEvent']
  | Schemas['TriggerFiredEvent']
  | Schemas['WebhookTestEvent'];
export type WebhookEventType = WebhookEvent['event'];
