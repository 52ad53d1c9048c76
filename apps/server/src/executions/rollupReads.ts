import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';
import { addToHistogram, type DurationHistogram } from './durationHistogram.js';
import type { ExecutionFilter } from './store.js';

// Execution stats read from rollups where hours are folded and not stale, and from the executions
// themselves elsewhere: the part of the range outside whole hours, what started since rolled_until
// (the newest few minutes; the hour under way is folded up to there), stale hours, everything
// when the filter names an end user (rollups do not keep them), and executions not finished
// (rollups hold finished ones; a partial index lists the others). A day whose folded hours all
// fall in the range is read from its day rows. Each statement reads rollups and executions in one
// snapshot, so each execution counts once.

const hourMs = 3_600_000;
// A scalar, not a CTE joined in: the planner then knows it is one value.
const rolledUntil = '(select rolled_until from execution_rollup_state)';

interface Sql {
  sql: string;
  bindings: Knex.RawBinding[];
}

const dimensionColumns = [
  ['integration_slug', 'integration'],
  ['action', 'action'],
  ['status', 'status'],
  ['source', 'source'],
] as const;

function dimensionConditions(alias: string, filter: ExecutionFilter): Sql {
  const present = dimensionColumns.flatMap(([column, key]) => (filter[key] === undefined ? [] : [{ column, value: filter[key] }]));
  return { sql: present.map(({ column }) => `and ${alias}.${column} = ?`).join(' '), bindings: present.map(({ value }) => value) };
}

/**
 * Whole hours inside [from, to): the only ones rollups can answer for, but a range ending at or
 * after rolled_until, which holds all there is folded (`rangeTo`). None for an end user.
 */
function foldedSpan(filter: ExecutionFilter) {
  // The hour after 9999-12-31T23:00Z has no ISO text: nothing after it can be folded anyway.
  const iso = (ms: number) => (ms > Date.parse('9999-12-31T23:59:59.999Z') ? 'infinity' : new Date(ms).toISOString());
  if (filter.endUserId !== undefined) return { foldedFrom: '-infinity', foldedTo: '-infinity', rangeTo: '-infinity' };
  return {
    foldedFrom: filter.from === undefined ? '-infinity' : iso(Math.ceil(new Date(filter.from).getTime() / hourMs) * hourMs),
    foldedTo: filter.to === undefined ? 'infinity' : iso(Math.floor(new Date(filter.to).getTime() / hourMs) * hourMs),
    rangeTo: filter.to ?? 'infinity',
  };
}

/**
 * The rows of `table` (as r) for each period listed by `periods`, through the primary key one
 * period at a time. LATERAL with OFFSET 0 keeps it so: joined plainly, the planner misjudges the
 * listed periods and scans all of the app's rows. Bindings: the app id, then `conditions`'.
 */
function lookUp(periods: string, period: string, table: string, granularity: 'hour' | 'day', columns: string, conditions: string): string {
  return `select ${columns} from ${periods} cross join lateral (
      select * from ${table} r where r.app_id = ? and r.granularity = '${granularity}' and r.period = ${period} ${conditions} offset 0
    ) r`;
}

const rollupColumns = 'r.period, r.status, r.duration_buckets, r.duration_counts';

/**
 * The CTEs: `span` (the folded executions read end at its `until`), `stale` (folded hours marked
 * stale), `covered_days` (days whose folded hours are all in the range, none stale; none unless
 * `useDays`), `folded_hours` (folded, not stale, in the range),
 * `uncovered_hours` (those of them outside covered days), `folded` (the rollup rows to read: a
 * covered day's day rows, an uncovered hour's hour rows) and `live` (executions read row by row).
 * Hours are listed and then looked up, because filtering every rollup row of a long range by day
 * costs more than the rows themselves.
 */
function partition(appId: string, filter: ExecutionFilter, useDays: boolean): Sql {
  const { foldedFrom, foldedTo, rangeTo } = foldedSpan(filter);
  const folded = dimensionConditions('r', filter);
  const live = dimensionConditions('e', filter);
  const endUser: Sql = filter.endUserId === undefined ? { sql: '', bindings: [] } : { sql: 'and e.end_user_id = (select id from end_users where app_id = ? and external_id = ?)', bindings: [appId, filter.endUserId] };
  const foldedUntil = '(select until from span)';
  const unfolded: Sql = {
    sql: `e.app_id = ? and e.started_at >= ?::timestamptz and e.started_at < ${foldedUntil} and date_trunc('hour', e.started_at, 'UTC') not in (select hour from stale) ${live.sql}`,
    bindings: [appId, foldedFrom, ...live.bindings],
  };
  return {
    sql: `
      with span as (
        select case when ?::timestamptz >= ${rolledUntil} then ${rolledUntil} else least(?::timestamptz, ${rolledUntil}) end as until
      ),
      stale as (select hour from execution_rollup_stale_hours where app_id = ? and hour < ${rolledUntil}),
      days as (
        select day from generate_series(
          date_trunc('day', greatest(?::timestamptz, coalesce((select min(period) from execution_rollups where app_id = ? and granularity = 'hour'), 'infinity')), 'UTC'),
          ${foldedUntil} - interval '1 microsecond', interval '24 hours') as day
      ),
      covered_days as (
        select day from days
        where ?::boolean and day >= ?::timestamptz and least(day + interval '24 hours', ${rolledUntil}) <= ${foldedUntil}
          and not exists (select 1 from stale where stale.hour >= day and stale.hour < day + interval '24 hours')
      ),
      folded_hours as (
        select hour from days, generate_series(day, day + interval '23 hours', interval '1 hour') as hour
        where hour >= ?::timestamptz and hour < ${foldedUntil} and hour not in (select hour from stale)
      ),
      uncovered_hours as (select hour from folded_hours where date_trunc('day', hour, 'UTC') not in (select day from covered_days)),
      folded as (
        ${lookUp('covered_days d', 'd.day', 'execution_rollups', 'day', rollupColumns, folded.sql)}
        union all
        ${lookUp('uncovered_hours h', 'h.hour', 'execution_rollups', 'hour', rollupColumns, folded.sql)}
      ),
      live_ranges as (
        select ?::timestamptz as since, ?::timestamptz as until
        union all select greatest(?::timestamptz, ${foldedUntil}), 'infinity'
        union all select hour, least(hour + interval '1 hour', ${rolledUntil}) from stale where hour >= ?::timestamptz and hour < ${foldedUntil}
      ),
      live as (
        -- OFFSET 0 keeps each range its own index scan: joined plainly, the planner scans the app.
        select e.* from live_ranges lr cross join lateral (
          select e.started_at, e.status, e.duration_ms, e.end_user_id from executions e
          where e.app_id = ? and e.started_at >= lr.since and e.started_at < lr.until
            and e.started_at >= ?::timestamptz and e.started_at < ?::timestamptz ${live.sql} ${endUser.sql}
          offset 0
        ) e
        -- What a folded hour's rollups do not hold yet: executions not finished (a partial index
        -- lists them), and those finished since folding passed them, noted until the next fold.
        union all
        select e.started_at, e.status, e.duration_ms, e.end_user_id from executions e where e.status in ('queued', 'running') and ${unfolded.sql}
        union all
        select e.started_at, e.status, e.duration_ms, e.end_user_id from execution_rollup_late l join executions e on e.app_id = l.app_id and e.id = l.execution_id
        where ${unfolded.sql}
      )`,
    bindings: [
      rangeTo, foldedTo,
      appId,
      foldedFrom, appId,
      useDays, foldedFrom,
      foldedFrom,
      appId, ...folded.bindings,
      appId, ...folded.bindings,
      filter.from ?? '-infinity', foldedFrom,
      foldedFrom,
      foldedFrom,
      appId, filter.from ?? '-infinity', filter.to ?? 'infinity', ...live.bindings, ...endUser.bindings,
      ...unfolded.bindings,
      ...unfolded.bindings,
    ],
  };
}

/** Rows of (period, status, duration bucket or null for unfinished executions, count). */
function countedSql(periodOf: (column: string) => string): string {
  return `
    select period, status, bucket, sum(n)::bigint as n from (
      select ${periodOf('f.period')} as period, f.status, u.bucket, u.n from folded f cross join lateral unnest(f.duration_buckets, f.duration_counts) as u(bucket, n)
      -- Live rows grouped by their exact duration first: far fewer bucket computations.
      union all select period, status, case when status in ('success', 'failed') then patchbay_duration_bucket(duration_ms) end, n from (
        select ${periodOf('e.started_at')} as period, e.status, e.duration_ms, count(*) as n from live e group by 1, 2, 3
      ) by_duration
    ) counted group by period, status, bucket`;
}

interface CountedRow {
  period: Date | null;
  status: string;
  bucket: number | null;
  n: string | number;
}

export interface ExecutionCounts {
  total: number;
  success: number;
  failed: number;
  durations: DurationHistogram;
}

const emptyCounts = (): ExecutionCounts => ({ total: 0, success: 0, failed: 0, durations: new Map() });

function addRow(counts: ExecutionCounts, row: CountedRow): void {
  const n = Number(row.n);
  counts.total += n;
  if (row.status === 'success') counts.success += n;
  if (row.status === 'failed') counts.failed += n;
  if (row.bucket !== null) addToHistogram(counts.durations, row.bucket, n);
}

/** Counts and durations of the executions the filter matches. */
export async function countExecutions(db: Db, appId: string, filter: ExecutionFilter): Promise<ExecutionCounts> {
  const { sql, bindings } = partition(appId, filter, true);
  const { rows } = await db.raw<{ rows: CountedRow[] }>(`${sql} ${countedSql(() => 'null::timestamptz')}`, bindings);
  const counts = emptyCounts();
  for (const row of rows) addRow(counts, row);
  return counts;
}

export type Granularity = 'hour' | 'day';

export interface PeriodCounts extends ExecutionCounts {
  activeEndUsers: number;
}

type UserRow = { period: Date | null; active_end_users: number };

/**
 * Distinct end users per period and (period null) over the range. Folded rows hold each user once
 * per period and integration key ('' = any), so a folded hour's count is a row count, plus the
 * users of its live executions not among them (the hour under way is folded up to rolled_until);
 * a day mixes folded and live hours and needs a distinct count, as does the whole range.
 */
function activeUsersSql(appId: string, granularity: Granularity, filter: ExecutionFilter): Sql {
  const { sql, bindings } = partition(appId, filter, true);
  const integration = filter.integration ?? '';
  const foldedUsers = `
    folded_users as (
      ${lookUp('covered_days d', 'd.day', 'execution_active_users', 'day', 'r.period, r.end_user_id', 'and r.integration_slug = ?')}
      union all
      ${lookUp('uncovered_hours h', 'h.hour', 'execution_active_users', 'hour', 'r.period, r.end_user_id', 'and r.integration_slug = ?')}
    )`;
  const foldedUsersBindings = [appId, integration, appId, integration];
  if (granularity === 'day') {
    return {
      sql: `${sql}, ${foldedUsers}
        select date_trunc('day', at, 'UTC') as period, count(distinct end_user_id)::int as active_end_users
        from (select period as at, end_user_id from folded_users union all select started_at, end_user_id from live) active group by rollup (1)`,
      bindings: [...bindings, ...foldedUsersBindings],
    };
  }
  return {
    sql: `${sql}, ${foldedUsers}
      select period, sum(n)::int as active_end_users from (
        select period, count(*) as n from (
          ${lookUp('folded_hours h', 'h.hour', 'execution_active_users', 'hour', 'r.period', 'and r.integration_slug = ?')}
        ) hourly group by period
        union all
        -- One primary-key lookup per live (hour, user): as a plain NOT EXISTS the planner hashes every folded user of the app.
        select l.hour, count(*) filter (where folded.n = 0) from (select distinct date_trunc('hour', e.started_at, 'UTC') as hour, e.end_user_id from live e) l
        cross join lateral (
          select count(*) as n from execution_active_users r
          where r.app_id = ? and r.granularity = 'hour' and r.period = l.hour and r.integration_slug = ? and r.end_user_id = l.end_user_id
            and l.hour in (select hour from folded_hours)
        ) folded
        group by 1
      ) by_hour group by period
      union all select null, count(distinct end_user_id)::int from (select end_user_id from folded_users union all select end_user_id from live) active`,
    bindings: [...bindings, ...foldedUsersBindings, appId, integration, appId, integration],
  };
}

/**
 * Counts per UTC hour or day (keyed by the period's epoch ms) and over the whole range, with the
 * distinct end users active in each. `filter.from` must fall on a period boundary.
 */
export async function countExecutionsByPeriod(db: Db, appId: string, granularity: Granularity, filter: ExecutionFilter) {
  // An hourly series cannot read a day row: each of its hours is a point of its own.
  const { sql, bindings } = partition(appId, filter, granularity === 'day');
  const counted = db.raw<{ rows: CountedRow[] }>(`${sql} ${countedSql((column) => `date_trunc('${granularity}', ${column}, 'UTC')`)}`, bindings);
  const users = activeUsersSql(appId, granularity, filter);
  const [{ rows: countedRows }, { rows: userRows }] = await Promise.all([counted, db.raw<{ rows: UserRow[] }>(users.sql, users.bindings)]);
  const byPeriod = new Map<number, PeriodCounts>();
  const totals: PeriodCounts = { ...emptyCounts(), activeEndUsers: 0 };
  const periodOf = (at: number) => byPeriod.get(at) ?? byPeriod.set(at, { ...emptyCounts(), activeEndUsers: 0 }).get(at)!;
  for (const row of countedRows) {
    addRow(periodOf(row.period!.getTime()), row);
    addRow(totals, row);
  }
  for (const row of userRows) {
    if (row.period === null) totals.activeEndUsers = row.active_end_users;
    else periodOf(row.period.getTime()).activeEndUsers = row.active_end_users;
  }
  return { byPeriod, totals };
}
