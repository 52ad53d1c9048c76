import { randomBytes } from 'node:crypto';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random string of lowercase letters and digits (no `_`, so ids split cleanly on it). */
export function randomToken(length: number): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  // Rejection sampling keeps every character equally likely (252 = 7 × 36).
  for (const byte of bytes) {
    if (byte >= 252) continue;
    out += alphabet[byte % 36];
    if (out.length === length) return out;
  }
  return out + randomToken(length - out.length);
}

export type IdPrefix = 'acct' | 'app' | 'key' | 'eu' | 'conn' | 'exec' | 'evt' | 'state' | 'we' | 'whd' | 'cs' | 'tt' | 'sub' | 'trun' | 'inb';

/** Opaque, prefixed ids (`app_…`, `conn_…`) so a stray id says what it is. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomToken(20)}`;
}
