import type { Schemas } from '@patchbay/api-types';
import type { Db } from '../db/knex.js';
import type { KeysetPosition } from '../http/keysetCursor.js';

type DeliveryStatus = Schemas['WebhookDeliveryStatus'];

interface EventRow {
  id: string;
  type: Schemas['WebhookEventType'];
  created_at: Date;
  fanned_out_at: Date | null;
  payload: Record<string, unknown>;
  targets: number;
  pending: number;
  failed: number;
}

// Pending until fanned out to its endpoints and while any target has attempts left; failed when
// any target ran out of attempts; delivered when every target is; skipped when it had none.
const summaryColumns = (db: Db) => [
  'e.id',
  'e.type',
  'e.created_at',
  'e.fanned_out_at',
  'e.payload',
  db.raw('count(t.*)::int as targets'),
  db.raw("count(t.*) filter (where t.status = 'pending')::int as pending"),
  db.raw("count(t.*) filter (where t.status = 'failed')::int as failed"),
];

function statusOf(row: EventRow): DeliveryStatus {
  if (row.failed > 0) return 'failed';
  if (row.pending > 0 || row.fanned_out_at === null) return 'pending';
  return row.targets > 0 ? 'delivered' : 'skipped';
}

// The same rules in SQL, for the status filter.
const statusConditions: Record<DeliveryStatus, string> = {
  failed: "count(t.*) filter (where t.status = 'failed') > 0",
  pending: "count(t.*) filter (where t.status = 'failed') = 0 and (e.fanned_out_at is null or count(t.*) filter (where t.status = 'pending') > 0)",
  delivered: "e.fanned_out_at is not null and count(t.*) > 0 and count(t.*) filter (where t.status in ('failed', 'pending')) = 0",
  skipped: 'e.fanned_out_at is not null and count(t.*) = 0',
};

const toSummary = (row: EventRow): Schemas['WebhookEventSummary'] => ({
  id: row.id,
  type: row.type,
  createdAt: row.created_at.toISOString(),
  status: statusOf(row),
  payload: row.payload,
});

function eventsWithTargets(db: Db, appId: string) {
  return db('webhook_events as e')
    .leftJoin('webhook_event_targets as t', function joinTargets() {
      this.on('t.event_id', 'e.id').andOn('t.app_id', 'e.app_id');
    })
    .where('e.app_id', appId)
    .groupBy('e.id');
}

export async function findEventSummary(db: Db, appId: string, eventId: string): Promise<Schemas['WebhookEventSummary'] | undefined> {
  const row: EventRow | undefined = await eventsWithTargets(db, appId).andWhere('e.id', eventId).first(summaryColumns(db));
  return row && toSummary(row);
}

export async function listEventSummaries(
  db: Db,
  appId: string,
  filter: { type?: string | undefined; status?: DeliveryStatus | undefined },
  page: { limit: number; after?: KeysetPosition | undefined },
): Promise<{ events: Schemas['WebhookEventSummary'][]; last?: KeysetPosition }> {
  const query = eventsWithTargets(db, appId)
    .select(summaryColumns(db))
    .orderBy([
      { column: 'e.created_at', order: 'desc' },
      { column: 'e.id', order: 'desc' },
    ])
    .limit(page.limit);
  if (filter.type) query.andWhere('e.type', filter.type);
  if (page.after) query.andWhereRaw('(e.created_at, e.id) < (?, ?)', [page.after.at, page.after.id]);
  if (filter.status) query.havingRaw(statusConditions[filter.status]);
  const rows: EventRow[] = await query;
  const last = rows.at(-1);
  return { events: rows.map(toSummary), ...(last ? { last: { at: last.created_at, id: last.id } } : {}) };
}

export async function listDeliveryRows(db: Db, appId: string, eventId: string): Promise<Schemas['WebhookDelivery'][]> {
  const rows = await db('webhook_deliveries').where({ app_id: appId, event_id: eventId }).orderBy([{ column: 'created_at' }, { column: 'attempt' }]);
  return rows.map((row) => ({
    id: row.id,
    endpointId: row.endpoint_id,
    attempt: row.attempt,
    status: row.status,
    responseStatus: row.response_status,
    responseBody: row.response_body,
    error: row.error,
    durationMs: row.duration_ms,
    createdAt: row.created_at.toISOString(),
    nextAttemptAt: row.next_attempt_at ? row.next_attempt_at.toISOString() : null,
  }));
}
