import { unwrap, type ApiClient } from '../core.js';
import type { components, operations } from '../generated/openapi.js';
import { Page } from '../pagination.js';

type Body<O extends keyof operations> = operations[O] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type Query<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;

export class WebhookEndpoints {
  constructor(private readonly api: ApiClient) {}

  async list() {
    return (await unwrap(this.api.GET('/api/v1/webhook-endpoints'))).endpoints;
  }

  /** The answer holds the endpoint's signing secret. */
  create(body: Body<'createWebhookEndpoint'>) {
    return unwrap(this.api.POST('/api/v1/webhook-endpoints', { body }));
  }

  get(endpointId: string) {
    return unwrap(this.api.GET('/api/v1/webhook-endpoints/{endpointId}', { params: { path: { endpointId } } }));
  }

  update(endpointId: string, body: Body<'updateWebhookEndpoint'>) {
    return unwrap(this.api.PATCH('/api/v1/webhook-endpoints/{endpointId}', { params: { path: { endpointId } }, body }));
  }

  async delete(endpointId: string): Promise<void> {
    await unwrap(this.api.DELETE('/api/v1/webhook-endpoints/{endpointId}', { params: { path: { endpointId } } }));
  }

  secret(endpointId: string) {
    return unwrap(this.api.GET('/api/v1/webhook-endpoints/{endpointId}/secret', { params: { path: { endpointId } } }));
  }

  /** A new secret; the old one keeps signing alongside it for 24 hours. */
  rotateSecret(endpointId: string) {
    return unwrap(this.api.POST('/api/v1/webhook-endpoints/{endpointId}/rotate-secret', { params: { path: { endpointId } } }));
  }

  sendTest(endpointId: string) {
    return unwrap(this.api.POST('/api/v1/webhook-endpoints/{endpointId}/test', { params: { path: { endpointId } } }));
  }
}

export class Events {
  constructor(private readonly api: ApiClient) {}

  async list(query: Query<'listEvents'> = {}): Promise<Page<components['schemas']['WebhookEventSummary']>> {
    const page = await unwrap(this.api.GET('/api/v1/events', { params: { query } }));
    return new Page(page.events, page.nextCursor, (cursor) => this.list({ ...query, cursor }));
  }

  async deliveries(eventId: string) {
    return (await unwrap(this.api.GET('/api/v1/events/{eventId}/deliveries', { params: { path: { eventId } } }))).deliveries;
  }

  resend(eventId: string, body: Body<'resendEvent'> = {}) {
    return unwrap(this.api.POST('/api/v1/events/{eventId}/resend', { params: { path: { eventId } }, body }));
  }

  resendFailed(body: Body<'resendFailedEvents'>) {
    return unwrap(this.api.POST('/api/v1/events/resend-failed', { body }));
  }
}

export class AppSettings {
  constructor(private readonly api: ApiClient) {}

  get() {
    return unwrap(this.api.GET('/api/v1/app'));
  }

  update(body: Body<'updateApp'>) {
    return unwrap(this.api.PATCH('/api/v1/app', { body }));
  }
}
