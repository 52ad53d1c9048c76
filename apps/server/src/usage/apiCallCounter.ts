import type { Db } from '../db/knex.js';

const hourMs = 3_600_000;

/** Counts API-key requests per app and hour in memory; `flush` adds them to `api_call_counts`. */
export interface ApiCallCounter {
  record(appId: string, at?: Date): void;
  flush(): Promise<void>;
  close(): Promise<void>;
}

export function createApiCallCounter(db: Db, onFlushError: (error: unknown) => void, flushEveryMs = 10_000): ApiCallCounter {
  let pending = new Map<string, { appId: string; hour: Date; count: number }>();
  const add = (appId: string, hour: Date, count: number) => {
    const key = `${appId}|${hour.getTime()}`;
    const entry = pending.get(key) ?? { appId, hour, count: 0 };
    entry.count += count;
    pending.set(key, entry);
  };
  const flush = async () => {
    if (pending.size === 0) return;
    const batch = [...pending.values()];
    pending = new Map();
    try {
      await db('api_call_counts')
        .insert(batch.map(({ appId, hour, count }) => ({ app_id: appId, hour, count })))
        .onConflict(['app_id', 'hour'])
        .merge({ count: db.raw('api_call_counts.count + excluded.count') });
    } catch (error) {
      // Keep the counts for the next flush (the database may be briefly away).
      for (const { appId, hour, count } of batch) add(appId, hour, count);
      throw error;
    }
  };
  const timer = setInterval(() => void flush().catch(onFlushError), flushEveryMs);
  timer.unref();
  return {
    record(appId, at = new Date()) {
      add(appId, new Date(Math.floor(at.getTime() / hourMs) * hourMs), 1);
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
