import { createHash } from 'node:crypto';
import type { Db } from '../db/knex.js';
import { storableJson } from '../db/storableText.js';
import { ApiError, invalidRequest } from '../http/apiError.js';

const lifetimeMs = 24 * 60 * 60 * 1000;
const waitForFirstMs = 30_000;
const pollMs = 100;

export interface StoredResponse {
  status: number;
  body: unknown;
  /** Sent with the first answer only (a replay has none): Retry-After of a provider's 429. */
  headers?: Record<string, string>;
}

export function requestFingerprint(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export function checkIdempotencyKey(key: string | string[] | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (Array.isArray(key) || key.length === 0 || key.length > 255) {
    throw invalidRequest('header/Idempotency-Key: must be one value of 1 to 255 characters', [{ path: 'header/Idempotency-Key', message: 'must be one value of 1 to 255 characters' }]);
  }
  return key;
}

/**
 * Stripe-style idempotency: the first request with a key runs and its answer is stored for
 * 24 hours; a repeat with the same body gets that answer, one with a different body a 409, and
 * one arriving while the first still runs waits for it (so concurrent duplicates run once).
 */
export async function withIdempotency(
  db: Db,
  appId: string,
  key: string,
  fingerprint: string,
  run: () => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  await db('idempotency_keys').where({ app_id: appId, key }).andWhere('expires_at', '<', db.fn.now()).delete();
  const [claimed] = await db('idempotency_keys')
    .insert({ app_id: appId, key, request_hash: fingerprint, expires_at: new Date(Date.now() + lifetimeMs) })
    .onConflict(['app_id', 'key'])
    .ignore()
    .returning('key');
  if (claimed) {
    let response: StoredResponse;
    try {
      response = await run();
    } catch (error) {
      // An answer we cannot store (a crash, a 5xx of ours): free the key so a retry can run.
      await db('idempotency_keys').where({ app_id: appId, key }).delete();
      throw error;
    }
    await db('idempotency_keys').where({ app_id: appId, key }).update({ response_status: response.status, response_body: JSON.stringify(storableJson(response.body)) });
    return { ...response, replayed: false };
  }
  const deadline = Date.now() + waitForFirstMs;
  while (Date.now() < deadline) {
    const existing = await db('idempotency_keys').where({ app_id: appId, key }).first('request_hash', 'response_status', 'response_body');
    if (!existing) return withIdempotency(db, appId, key, fingerprint, run);
    if (existing.request_hash !== fingerprint) {
      throw new ApiError({
        status: 409,
        type: 'conflict_error',
        code: 'idempotency_key_reused',
        message: 'This Idempotency-Key was used with a different request in the last 24 hours.',
      });
    }
    if (existing.response_status !== null) return { status: existing.response_status, body: existing.response_body, replayed: true };
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new ApiError({ status: 409, type: 'conflict_error', code: 'idempotency_request_in_progress', message: 'A request with this Idempotency-Key is still running; retry shortly.' });
}
