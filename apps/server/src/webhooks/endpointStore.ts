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

export interface EventToFanOut {
  id: string;
  app_id: string;
  type: string;
  payload: { event: string; data: Record<string, unknown> };
  fanned_out_at: Date | null;
  /** The one endpoint asked for (enabled or not), or the enabled endpoints that want the event. */
  endpoints: WebhookEndpointRow[];
}

/**
 * An event with the endpoints it goes to, in one round trip. An endpoint with an empty filter
 * takes every event but the opt-in types; a filter takes the types it names.
 */
export async function findEventToFanOut(db: Db, eventId: string, optInTypes: readonly string[], onlyEndpointId?: string): Promise<EventToFanOut | undefined> {
  const { rows } = await db.raw(
    `select e.id, e.app_id, e.type, e.payload, e.fanned_out_at,
            coalesce((select json_agg(w order by w.created_at) from webhook_endpoints w
                      where w.app_id = e.app_id and w.deleted_at is null
                        and case when ?::text is not null then w.id = ?::text
                                 else w.enabled and (e.type = any(w.events) or (w.events = '{}' and e.type <> all(?::text[]))) end), '[]') as endpoints
     from webhook_events e where e.id = ?`,
    [onlyEndpointId ?? null, onlyEndpointId ?? null, [...optInTypes], eventId],
  );
  const row = rows[0] as (Omit<EventToFanOut, 'endpoints'> & { endpoints: Record<string, unknown>[] }) | undefined;
  return row && { ...row, endpoints: row.endpoints.map(endpointFromJson) };
}

const dateOrNull = (value: unknown) => (value === null || value === undefined ? null : new Date(String(value)));

/** A row read through json_agg: its timestamps arrive as text. */
function endpointFromJson(json: Record<string, unknown>): WebhookEndpointRow {
  const row = json as unknown as WebhookEndpointRow;
  return {
    ...row,
    previous_secret_expires_at: dateOrNull(json.previous_secret_expires_at),
    failing_since: dateOrNull(json.failing_since),
    created_at: new Date(String(json.created_at)),
    updated_at: new Date(String(json.updated_at)),
  };
}
