import { invalidRequest } from '../http/apiError.js';

export interface ExecutionCursor {
  startedAt: Date;
  id: string;
}

/** Opaque to clients: base64url of the last row's position. */
export function encodeCursor(cursor: ExecutionCursor): string {
  return Buffer.from(`${cursor.startedAt.toISOString()}|${cursor.id}`).toString('base64url');
}

export function decodeCursor(value: string): ExecutionCursor {
  const [startedAt, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const date = new Date(startedAt ?? '');
  if (!id || !/^exec_[a-z0-9]+$/.test(id) || Number.isNaN(date.getTime())) {
    throw invalidRequest('query/cursor: is not a cursor this API returned', [{ path: 'query/cursor', message: 'is not a cursor this API returned' }], 'invalid_cursor');
  }
  return { startedAt: date, id };
}
