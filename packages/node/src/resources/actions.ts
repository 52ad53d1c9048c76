import { unwrap, type ApiClient } from '../core.js';
import type { ActionCatalog } from '../generated/catalog.js';

export type IntegrationSlug = keyof ActionCatalog;
export type ActionId<S extends IntegrationSlug> = keyof ActionCatalog[S] & string;
type Entry<S extends IntegrationSlug, A extends ActionId<S>> = ActionCatalog[S][A] extends { input: infer I; output: infer O } ? { input: I; output: O } : never;
export type ActionInput<S extends IntegrationSlug, A extends ActionId<S>> = Entry<S, A>['input'];
export type ActionOutput<S extends IntegrationSlug, A extends ActionId<S>> = Entry<S, A>['output'];

export interface RunOptions {
  /** Makes retries safe; one is generated when omitted, so the SDK's own retries never run twice. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface ActionResult<O> {
  executionId: string;
  data: O;
  /** Milliseconds the provider took. */
  duration: number;
}

export class Actions {
  constructor(private readonly api: ApiClient) {}

  /** Runs an action for an end user; `input` and `data` are typed per action. */
  async run<S extends IntegrationSlug, A extends ActionId<S>>(
    integration: S,
    action: A,
    params: { endUserId: string; input: ActionInput<S, A> },
    options: RunOptions = {},
  ): Promise<ActionResult<ActionOutput<S, A>>> {
    const result = await unwrap(
      this.api.POST('/api/v1/integrations/{slug}/actions/{action}', {
        params: { path: { slug: integration, action }, header: { 'Idempotency-Key': options.idempotencyKey ?? globalThis.crypto.randomUUID() } },
        body: { endUserId: params.endUserId, input: params.input as Record<string, unknown> },
        ...(options.signal ? { signal: options.signal } : {}),
      }),
    );
    const sync = result as { executionId: string; data: unknown; duration: number };
    return { executionId: sync.executionId, data: sync.data as ActionOutput<S, A>, duration: sync.duration };
  }

  /** Queues the action and returns at once; follow it with `executions.get` or webhooks. */
  async runAsync<S extends IntegrationSlug, A extends ActionId<S>>(
    integration: S,
    action: A,
    params: { endUserId: string; input: ActionInput<S, A> },
    options: RunOptions = {},
  ): Promise<{ executionId: string; status: 'queued' }> {
    const result = await unwrap(
      this.api.POST('/api/v1/integrations/{slug}/actions/{action}', {
        params: { path: { slug: integration, action }, header: { 'Idempotency-Key': options.idempotencyKey ?? globalThis.crypto.randomUUID() } },
        body: { endUserId: params.endUserId, input: params.input as Record<string, unknown>, mode: 'async' },
      }),
    );
    return result as { executionId: string; status: 'queued' };
  }
}
