import { invalidRequest } from './apiError.js';

/** The position of the last row of a page ordered by (timestamp, id), both descending. */
export interface KeysetPosition {
  at: Date;
  id: string;
}

/** Opaque to clients: base64url of the last row's position. */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`).toString('base64url');
}

export function decodeCursor(value: string, idPrefix: string): KeysetPosition {
  const [at, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || !new RegExp(`^${idPrefix}_[a-z0-9]+$`).test(id) || Number.isNaN(date.getTime())) {
    const message = 'is not a cursor this API returned';
    throw invalidRequest(`query/cursor: ${message}`, [{ path: 'query/cursor', message }], 'invalid_cursor');
  }
  return { at: date, id };
}
