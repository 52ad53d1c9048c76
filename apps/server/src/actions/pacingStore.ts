import type { Redis } from 'ioredis';
import { stateLifetimeMs, type PaceState } from './pacing.js';

/** Pace states by key, changed atomically: in memory for one process, in Redis for several. */
export interface PacingStore {
  /** Applies `change` to the key's state atomically and returns its result; a change returning the state it was given writes nothing. */
  update<T>(key: string, change: (state: PaceState | undefined, now: number) => { state: PaceState; result: T }): Promise<T>;
}

/** One process: a Map, which JavaScript's single thread changes atomically. */
export function memoryPacingStore(): PacingStore {
  const states = new Map<string, { state: PaceState; expiresAt: number }>();
  return {
    async update(key, change) {
      const now = Date.now();
      if (states.size > 10_000) for (const [name, entry] of states) if (entry.expiresAt <= now) states.delete(name);
      const entry = states.get(key);
      const current = entry && entry.expiresAt > now ? entry.state : undefined;
      const { state, result } = change(current, now);
      if (state !== current) states.set(key, { state, expiresAt: now + stateLifetimeMs(state, now) });
      return result;
    },
  };
}

// Compare-and-set: writes the new state only if the key still holds what was read.
const compareAndSet = `
local current = redis.call('GET', KEYS[1])
if (current == false and ARGV[1] == '') or current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0`;
const maxTries = 50;

/**
 * Several processes: the state is a JSON value in Redis, changed by read, compute, then
 * compare-and-set (retried when another process changed it meanwhile), so the logic stays in
 * one place (pacing.ts). If Redis fails, a process paces on its own, in memory, until it is back.
 */
export function redisPacingStore(redis: Redis, keyPrefix: string, onError: (error: unknown) => void): PacingStore {
  const fallback = memoryPacingStore();
  redis.defineCommand('patchbayPaceCas', { numberOfKeys: 1, lua: compareAndSet });
  const cas = (redis as Redis & { patchbayPaceCas(key: string, expected: string, next: string, ttlMs: number): Promise<number> }).patchbayPaceCas.bind(redis);
  return {
    async update(key, change) {
      const name = `${keyPrefix}:pace:${key}`;
      try {
        for (let attempt = 0; attempt < maxTries; attempt += 1) {
          const raw = await redis.get(name);
          const now = Date.now();
          const current = raw ? (JSON.parse(raw) as PaceState) : undefined;
          const { state, result } = change(current, now);
          if (state === current) return result;
          if ((await cas(name, raw ?? '', JSON.stringify(state), Math.ceil(stateLifetimeMs(state, now)))) === 1) return result;
        }
        throw new Error(`pace state ${key} kept changing under ${maxTries} attempts`);
      } catch (error) {
        onError(error);
        return fallback.update(key, change);
      }
    },
  };
}
