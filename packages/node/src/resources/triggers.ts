import { unwrap, type ApiClient } from '../core.js';
import type { TriggerCatalog } from '../generated/catalog.js';
import type { components, operations } from '../generated/openapi.js';
import { Page } from '../pagination.js';

type Query<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;

export type TriggerIntegration = keyof TriggerCatalog;
export type TriggerId<S extends TriggerIntegration> = keyof TriggerCatalog[S] & string;
type Entry<S extends TriggerIntegration, T extends TriggerId<S>> = TriggerCatalog[S][T] extends { config: infer C; payload: infer P } ? { config: C; payload: P } : never;
/** What a subscription to trigger T of integration S is configured with. */
export type TriggerConfig<S extends TriggerIntegration, T extends TriggerId<S>> = Entry<S, T>['config'];
/** What each `trigger.fired` event of trigger T of integration S carries in `data.payload`. */
export type TriggerPayload<S extends TriggerIntegration, T extends TriggerId<S>> = Entry<S, T>['payload'];

export type TriggerSubscription = components['schemas']['TriggerSubscription'];
export type TriggerRun = components['schemas']['TriggerRun'];

/** Subscriptions to triggers: what to listen to in your end users' accounts. */
export class TriggerSubscriptions {
  constructor(private readonly api: ApiClient) {}

  async list(query: Query<'listTriggerSubscriptions'> = {}): Promise<Page<TriggerSubscription>> {
    const page = await unwrap(this.api.GET('/api/v1/trigger-subscriptions', { params: { query } }));
    return new Page(page.subscriptions, page.nextCursor, (cursor) => this.list({ ...query, cursor }));
  }

  get(subscriptionId: string): Promise<TriggerSubscription> {
    return unwrap(this.api.GET('/api/v1/trigger-subscriptions/{subscriptionId}', { params: { path: { subscriptionId } } }));
  }

  /** Polls stop and pushes are not delivered until `resume`. */
  pause(subscriptionId: string): Promise<TriggerSubscription> {
    return unwrap(this.api.POST('/api/v1/trigger-subscriptions/{subscriptionId}/pause', { params: { path: { subscriptionId } } }));
  }

  /** A polling trigger catches up from where it was paused. */
  resume(subscriptionId: string): Promise<TriggerSubscription> {
    return unwrap(this.api.POST('/api/v1/trigger-subscriptions/{subscriptionId}/resume', { params: { path: { subscriptionId } } }));
  }

  /** Removes the webhook Patchbay registered at the provider for it, too. */
  async delete(subscriptionId: string): Promise<void> {
    await unwrap(this.api.DELETE('/api/v1/trigger-subscriptions/{subscriptionId}', { params: { path: { subscriptionId } } }));
  }
}

export class TriggerRuns {
  constructor(private readonly api: ApiClient) {}

  /** Every poll and push, newest first, with how many events it produced and why it failed. */
  async list(query: Query<'listTriggerRuns'> = {}): Promise<Page<TriggerRun>> {
    const page = await unwrap(this.api.GET('/api/v1/trigger-runs', { params: { query } }));
    return new Page(page.runs, page.nextCursor, (cursor) => this.list({ ...query, cursor }));
  }
}

export class Triggers {
  readonly subscriptions: TriggerSubscriptions;
  readonly runs: TriggerRuns;

  constructor(private readonly api: ApiClient) {
    this.subscriptions = new TriggerSubscriptions(api);
    this.runs = new TriggerRuns(api);
  }

  /**
   * Starts listening to a trigger in an end user's connected account; `config` is typed per
   * trigger. Each occurrence reaches your webhook endpoints as a `trigger.fired` event (narrow it
   * with `isTriggerEvent` for a typed payload).
   */
  subscribe<S extends TriggerIntegration, T extends TriggerId<S>>(
    integration: S,
    trigger: T,
    params: { endUserId: string } & (Partial<TriggerConfig<S, T>> extends TriggerConfig<S, T> ? { config?: TriggerConfig<S, T> } : { config: TriggerConfig<S, T> }),
  ): Promise<TriggerSubscription> {
    return unwrap(
      this.api.POST('/api/v1/trigger-subscriptions', {
        body: { endUserId: params.endUserId, integration, trigger, config: (params.config ?? {}) as Record<string, unknown> },
      }),
    );
  }
}
