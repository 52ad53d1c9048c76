import { createHmac, timingSafeEqual } from 'node:crypto';
import type { InboundRequest } from './triggers.js';

/** The push was not signed by the provider with the expected secret, or is too old to trust. */
export class InboundSignatureError extends Error {
  override name = 'InboundSignatureError';
}

/** A correctly signed push whose body is not what the provider documents. */
export class InboundPayloadError extends Error {
  override name = 'InboundPayloadError';
}

// Each provider signs with HMAC-SHA256 over its own layout of the body (and sometimes a time);
// these three helpers are all they share, so no provider SDK is pulled in for them.

export function hmacSha256Hex(secret: string, content: string): string {
  return createHmac('sha256', secret).update(content, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex digests; a malformed candidate is simply unequal. */
export function sameDigest(expected: string, candidate: string): boolean {
  if (!/^[0-9a-f]+$/i.test(candidate) || candidate.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(candidate.toLowerCase(), 'hex'));
}

export function requireHeader(request: InboundRequest, name: string): string {
  const value = request.headers[name];
  if (!value) throw new InboundSignatureError(`missing ${name} header`);
  return value;
}

/** Refuses a signed time more than `toleranceSeconds` from now: a replayed request. */
export function requireRecent(timestampSeconds: number, now: Date, toleranceSeconds: number): void {
  if (!Number.isFinite(timestampSeconds) || Math.abs(now.getTime() / 1000 - timestampSeconds) > toleranceSeconds) {
    throw new InboundSignatureError(`signed time is more than ${toleranceSeconds} seconds from now`);
  }
}

/** The JSON body as an object, or InboundPayloadError. */
export function jsonBody(request: InboundRequest): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.rawBody);
  } catch {
    throw new InboundPayloadError('the body is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InboundPayloadError('the body is not a JSON object');
  return parsed as Record<string, unknown>;
}
