import { unwrap, type ApiClient } from '../core.js';
import type { operations } from '../generated/openapi.js';
import { Page } from '../pagination.js';

type Body<O extends keyof operations> = operations[O] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type Query<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;

export class Connections {
  constructor(private readonly api: ApiClient) {}

  /** The provider URL to send the end user to, and the state bound to it. */
  authorize(body: Body<'authorizeConnection'>) {
    return unwrap(this.api.POST('/api/v1/connections/authorize', { body }));
  }

  /** Connect an API-key (or basic-auth) integration; the credentials are checked first. */
  create(body: Body<'createConnection'>) {
    return unwrap(this.api.POST('/api/v1/connections', { body }));
  }

  async list(query: Query<'listConnections'> = {}): Promise<Page<Awaited<ReturnType<Connections['get']>>>> {
    const page = await unwrap(this.api.GET('/api/v1/connections', { params: { query } }));
    return new Page(page.connections, page.nextCursor, (cursor) => this.list({ ...query, cursor }));
  }

  get(connectionId: string) {
    return unwrap(this.api.GET('/api/v1/connections/{connectionId}', { params: { path: { connectionId } } }));
  }

  /** Revokes at the provider where possible, deletes the credentials, sends connection.deleted. */
  async delete(connectionId: string): Promise<void> {
    await unwrap(this.api.DELETE('/api/v1/connections/{connectionId}', { params: { path: { connectionId } } }));
  }

  /**
   * A hosted Connect Link (valid 24 hours) that reconnects this connection in place: same id,
   * active and healthy again. `extraScopes` asks for more than the integration's defaults.
   */
  repairLink(connectionId: string, body: Body<'createRepairLink'> = {}) {
    return unwrap(this.api.POST('/api/v1/connections/{connectionId}/repair-link', { params: { path: { connectionId } }, body }));
  }

  /** Asks the provider now whether the connection still works; returns it with its `health`. */
  checkHealth(connectionId: string) {
    return unwrap(this.api.POST('/api/v1/connections/{connectionId}/health-check', { params: { path: { connectionId } } }));
  }
}

export class ConnectSessions {
  constructor(private readonly api: ApiClient) {}

  /** A short-lived token for your frontend (the connect widget); never send it your API key. */
  create(body: Body<'createConnectSession'>) {
    return unwrap(this.api.POST('/api/v1/connect/sessions', { body }));
  }
}

export class EndUsers {
  constructor(private readonly api: ApiClient) {}

  async list(query: Query<'listEndUsers'> = {}): Promise<Page<Awaited<ReturnType<EndUsers['get']>>>> {
    const page = await unwrap(this.api.GET('/api/v1/end-users', { params: { query } }));
    return new Page(page.endUsers, page.nextCursor, (cursor) => this.list({ ...query, cursor }));
  }

  get(endUserId: string) {
    return unwrap(this.api.GET('/api/v1/end-users/{endUserId}', { params: { path: { endUserId } } }));
  }

  /** Removes the end user, their connections and credentials. */
  async delete(endUserId: string): Promise<void> {
    await unwrap(this.api.DELETE('/api/v1/end-users/{endUserId}', { params: { path: { endUserId } } }));
  }
}
