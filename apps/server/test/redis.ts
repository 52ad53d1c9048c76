// The Redis the shared-limit and scale-out tests use (REDIS_URL, or the local one). CI has one;
// a developer machine without Redis skips those tests, saying so once.
import { Redis } from 'ioredis';

export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function redisAvailable(): Promise<boolean> {
  const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** Run once per test run (global setup): fails in CI without Redis, otherwise says what is skipped. */
export async function checkRedis(): Promise<void> {
  if (await redisAvailable()) return;
  if (process.env.CI) throw new Error(`No Redis at ${redisUrl}, and CI must run the tests that share limits in Redis: start redis-server or set REDIS_URL.`);
  console.warn(`Skipping the Redis tests (shared rate limits, scale-out): no Redis at ${redisUrl} (start redis-server or set REDIS_URL).`);
}
