import type { Schemas } from '@patchbay/api-types';
import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';
import type { KeysetPosition } from '../http/keysetCursor.js';
import { storableText } from '../db/storableText.js';
import { newId } from '../ids.js';
import type { RunRow } from './runView.js';

export interface TriggerRunRecord {
  appId: string;
  subscriptionId: string;
  endUserId: string;
  integrationSlug: string;
  trigger: string;
  kind: 'poll' | 'push';
  status: Schemas['TriggerRunStatus'];
  items: number;
  durationMs: number;
  error?: { code: string; message: string } | undefined;
  startedAt: Date;
}

/** One line of the run log; written in the transaction of what it reports. */
export async function recordRun(db: Db | Knex.Transaction, run: TriggerRunRecord): Promise<void> {
  await db('trigger_runs').insert({
    id: newId('trun'),
    app_id: run.appId,
    subscription_id: run.subscriptionId,
    end_user_id: run.endUserId,
    integration_slug: run.integrationSlug,
    trigger: run.trigger,
    kind: run.kind,
    status: run.status,
    items: run.items,
    duration_ms: run.durationMs,
    error_code: run.error?.code ?? null,
    error_message: run.error ? storableText(run.error.message) : null,
    started_at: run.startedAt,
  });
  // A busy subscription (a Slack workspace pushing hundreds of events a second) would serialise
  // every push on this row: its time moves only when a second has passed or the outcome changed.
  const lastError = run.error ? storableText(`${run.error.code}: ${run.error.message}`) : null;
  await db('trigger_subscriptions')
    .where({ app_id: run.appId, id: run.subscriptionId })
    .andWhere((q) => q.whereNull('last_run_at').orWhere('last_run_at', '<', new Date(run.startedAt.getTime() - 1000)).orWhereRaw('last_error is distinct from ?', [lastError]))
    .update({ last_run_at: run.startedAt, last_error: lastError });
}

export async function listRuns(
  db: Db,
  appId: string,
  filter: { subscriptionId?: string | undefined; endUserId?: string | undefined; integration?: string | undefined; status?: Schemas['TriggerRunStatus'] | undefined },
  page: { limit: number; after?: KeysetPosition | undefined },
): Promise<RunRow[]> {
  const query = db('trigger_runs as r')
    .join('end_users as u', function joinEndUser() {
      this.on('u.id', 'r.end_user_id').andOn('u.app_id', 'r.app_id');
    })
    .where('r.app_id', appId)
    .select('r.*', 'u.external_id as end_user_external_id')
    .orderBy([
      { column: 'r.started_at', order: 'desc' },
      { column: 'r.id', order: 'desc' },
    ])
    .limit(page.limit);
  if (filter.subscriptionId !== undefined) query.andWhere('r.subscription_id', filter.subscriptionId);
  if (filter.endUserId !== undefined) query.andWhere('u.external_id', filter.endUserId);
  if (filter.integration !== undefined) query.andWhere('r.integration_slug', filter.integration);
  if (filter.status !== undefined) query.andWhere('r.status', filter.status);
  if (page.after) query.andWhereRaw('(r.started_at, r.id) < (?, ?)', [page.after.at, page.after.id]);
  return query;
}

/** Log lines older than the retention; a maintenance sweep over every app. */
export async function pruneRuns(db: Db, olderThanDays: number): Promise<number> {
  return db('trigger_runs').where('started_at', '<', db.raw('now() - make_interval(days => ?)', [olderThanDays])).delete();
}
