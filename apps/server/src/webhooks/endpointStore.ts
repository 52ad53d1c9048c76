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
  /** The one endpoint asked for (enabled or not), null when the event goes to every endpoint that wants it. */
  only_endpoint_id: string | null;
  /** The one endpoint asked for, or the enabled endpoints that want the event. */
  endpoints: WebhookEndpointRow[];
}

/**
 * Events with the endpoints they go to, in one round trip for a whole fan-out batch. An endpoint
 * with an empty filter takes every event but the opt-in types; a filter takes the types it names.
 * Events that no longer exist are left out.
 */
export async function findEventsToFanOut(
  db: Db,
  items: readonly { eventId: string; endpointId?: string }[],
  optInTypes: readonly string[],
): Promise<EventToFanOut[]> {
  const { rows } = await db.raw(
    `select e.id, e.app_id, e.type, e.payload, e.fanned_out_at, i.endpoint_id as only_endpoint_id,
            coalesce((select json_agg(w order by w.created_at) from webhook_endpoints w
                      where w.app_id = e.app_id and w.deleted_at is null
                        and case when i.endpoint_id is not null then w.id = i.endpoint_id
                                 else w.enabled and (e.type = any(w.events) or (w.events = '{}' and e.type <> all(?::text[]))) end), '[]') as endpoints
     from json_to_recordset(?::json) as i(event_id text, endpoint_id text)
     join webhook_events e on e.id = i.event_id`,
    [[...optInTypes], JSON.stringify(items.map((item) => ({ event_id: item.eventId, endpoint_id: item.endpointId ?? null })))],
  );
  return (rows as (Omit<EventToFanOut, 'endpoints'> & { endpoints: Record<string, unknown>[] })[]).map((row) => ({
    ...row,
    endpoints: row.endpoints.map(endpointFromJson),
  }));
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
