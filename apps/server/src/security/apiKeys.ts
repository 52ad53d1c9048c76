import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { randomToken } from '../ids.js';

export interface IssuedApiKey {
  /** The whole key, shown once: `app_<id>_<secret>`. */
  key: string;
  /** Stored in clear to find the key's row and to show in the dashboard (`app_…_4f8h`). */
  prefix: string;
  hash: string;
}

const secretLength = 32;
const prefixSecretLength = 6;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function issueApiKey(appId: string): IssuedApiKey {
  const key = `${appId}_${randomToken(secretLength)}`;
  return { key, prefix: key.slice(0, appId.length + 1 + prefixSecretLength), hash: hashApiKey(key) };
}

/** The app id and lookup prefix of a presented key, or undefined when it cannot be one of ours. */
export function parseApiKey(key: string): { appId: string; prefix: string } | undefined {
  const match = /^(app_[a-z0-9]{1,64})_([a-z0-9]{32})$/.exec(key);
  if (!match?.[1] || !match[2]) return undefined;
  return { appId: match[1], prefix: key.slice(0, match[1].length + 1 + prefixSecretLength) };
}

/** Whether a presented key's hash (hashApiKey) is the stored one, in constant time. */
export function apiKeyHashMatches(keyHash: string, storedHash: string): boolean {
  const actual = Buffer.from(keyHash, 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A Standard Webhooks signing secret: `whsec_` + base64 of 24 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}
