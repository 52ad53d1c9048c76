import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';

export interface WebhookEndpointRow {
  id: string;
  app_id: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  events: string[];
  enabled: boolean;
  failing_since: Date | null;
  disabled_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

type Queryable = Db | Knex.Transaction;

export async function insertWebhookEndpoint(
  db: Queryable,
  endpoint: { id: string; appId: string; url: string; sealedSecret: string; events?: string[] },
): Promise<WebhookEndpointRow> {
  const [row] = await db('webhook_endpoints')
    .insert({ id: endpoint.id, app_id: endpoint.appId, url: endpoint.url, secret: endpoint.sealedSecret, events: endpoint.events ?? [] })
    .returning('*');
  return row;
}

const live = (db: Queryable, appId: string) => db('webhook_endpoints').where({ app_id: appId }).whereNull('deleted_at');

export async function listWebhookEndpointRows(db: Db, appId: string): Promise<WebhookEndpointRow[]> {
  return live(db, appId).orderBy('created_at', 'asc');
}

export async function findWebhookEndpoint(db: Queryable, appId: string, id: string): Promise<WebhookEndpointRow | undefined> {
  return live(db, appId).andWhere({ id }).first();
}

export async function updateWebhookEndpointRow(
  db: Queryable,
  appId: string,
  id: string,
  changes: Partial<Pick<WebhookEndpointRow, 'url' | 'events' | 'enabled' | 'failing_since' | 'disabled_reason' | 'secret' | 'previous_secret' | 'previous_secret_expires_at'>>,
): Promise<WebhookEndpointRow | undefined> {
  const [row] = await live(db, appId).andWhere({ id }).update({ ...changes, updated_at: db.fn.now() }).returning('*');
  return row;
}

/** Soft delete: the delivery log keeps pointing at it. */
export async function deleteWebhookEndpointRow(db: Queryable, appId: string, id: string): Promise<boolean> {
  const count = await live(db, appId).andWhere({ id }).update({ deleted_at: db.fn.now(), enabled: false });
  return count > 0;
}

/** Enabled endpoints that want this event type; an empty filter takes all but opt-in types. */
export async function endpointsForEvent(db: Queryable, appId: string, type: string, optIn: boolean): Promise<WebhookEndpointRow[]> {
  const query = live(db, appId).andWhere({ enabled: true });
  if (optIn) query.whereRaw('? = any(events)', [type]);
  else query.andWhere((q) => q.whereRaw("events = '{}'").orWhereRaw('? = any(events)', [type]));
  return query;
}
