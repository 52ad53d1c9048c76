import { z } from 'zod';

/**
 * A modified-since position: the newest change time delivered, and the keys of what was
 * delivered at exactly that time. Providers round times (Notion to the minute) and several
 * records share one, so the next poll asks for changes at or after `since` and skips `seen`.
 */
export const timeCursor = z.object({ since: z.iso.datetime(), seen: z.array(z.string()) });
export type TimeCursor = z.infer<typeof timeCursor>;

/** Of records changed at or after `cursor.since`, those not delivered yet (oldest first), and the cursor past them. */
export function pastCursor<T>(cursor: TimeCursor, records: readonly T[], keyOf: (record: T) => string, timeOf: (record: T) => string): { fresh: T[]; cursor: TimeCursor } {
  const since = Date.parse(cursor.since);
  const seen = new Set(cursor.seen);
  // Pages of a listing can overlap while records change under it: each key counts once.
  const byKey = new Map(records.map((record) => [keyOf(record), record]));
  const dated = [...byKey].map(([key, record]) => ({ record, key, at: Date.parse(timeOf(record)) })).filter(({ at }) => Number.isFinite(at) && at >= since);
  dated.sort((a, b) => a.at - b.at);
  const newest = dated.at(-1)?.at ?? since;
  const atNewest = dated.filter(({ at }) => at === newest).map(({ key }) => key);
  return {
    fresh: dated.filter(({ key }) => !seen.has(key)).map(({ record }) => record),
    cursor: { since: new Date(newest).toISOString(), seen: [...new Set([...(newest === since ? cursor.seen : []), ...atNewest])] },
  };
}
