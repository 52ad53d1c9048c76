import { describe, expect, it } from 'vitest';
import { poll, providerServer, respond } from '../../../test/harness.js';
import { notion } from './index.js';

const server = providerServer();
const databaseId = 'd9824bdc84454327be8b5b47500af6ce';
const query = `https://api.notion.com/v1/databases/${databaseId}/query`;

// https://developers.notion.com/reference/page (trimmed)
const page = (id: string, created: string, edited: string) => ({
  object: 'page',
  id,
  created_time: created,
  last_edited_time: edited,
  archived: false,
  url: `https://www.notion.so/${id.replaceAll('-', '')}`,
  properties: { Name: { id: 'title', type: 'title', title: [{ plain_text: `Page ${id.slice(0, 4)}` }] } },
});
const list = (results: unknown[], more = false) => ({ object: 'list', results, next_cursor: more ? 'next-cursor' : null, has_more: more, type: 'page_or_database' });

describe('notion page triggers', () => {
  it('page_updated: baseline at the newest edit, then edits at or after it, without repeating the boundary minute', async () => {
    const older = page('59833787-2cf9-4fdf-8782-e53db20768a5', '2024-03-01T09:00:00.000Z', '2024-03-01T10:00:00.000Z');
    const newest = page('7c9a1b2e-0000-4000-8000-000000000001', '2024-03-01T09:30:00.000Z', '2024-03-01T10:05:00.000Z');
    respond(server, 'post', query, list([newest]));
    const first = await poll(notion, 'page_updated', { databaseId });
    expect(first).toEqual({ items: [], cursor: { since: '2024-03-01T10:05:00.000Z', seen: [`${newest.id}@2024-03-01T10:05:00.000Z`] } });

    const edited = { ...older, last_edited_time: '2024-03-01T10:07:00.000Z' };
    const seen = respond(server, 'post', query, list([newest, edited]));
    const second = await poll(notion, 'page_updated', { databaseId }, first.cursor);
    expect(seen[0]!.body).toEqual({
      page_size: 100,
      filter: { timestamp: 'last_edited_time', last_edited_time: { on_or_after: '2024-03-01T10:05:00.000Z' } },
      sorts: [{ timestamp: 'last_edited_time', direction: 'ascending' }],
    });
    expect(second.items.map((item) => item.id)).toEqual([`${older.id}@2024-03-01T10:07:00.000Z`]);
    expect(second.items[0]!.payload).toMatchObject({ id: older.id, lastEditedTime: '2024-03-01T10:07:00.000Z', properties: older.properties });
    expect(second.cursor).toEqual({ since: '2024-03-01T10:07:00.000Z', seen: [`${older.id}@2024-03-01T10:07:00.000Z`] });
  });

  it('page_created keys pages by id; an empty database starts from now; pages past ten are left for the next poll', async () => {
    respond(server, 'post', query, list([]));
    const first = await poll(notion, 'page_created', { databaseId });
    expect(Date.parse(first.cursor.since)).toBeLessThanOrEqual(Date.now());
    expect(first.cursor.seen).toEqual([]);
    const created = page('0c1f2e3d-0000-4000-8000-00000000000a', '2099-01-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z');
    const seen = respond(server, 'post', query, list([created], true));
    const second = await poll(notion, 'page_created', { databaseId }, first.cursor);
    expect(seen).toHaveLength(10);
    expect(second.items.map((item) => item.id)).toEqual([created.id]);
    expect(second.more).toBe(true);
    expect((seen[1]!.body as { start_cursor: string }).start_cursor).toBe('next-cursor');
    expect(notion.triggers.find((t) => t.id === 'page_created')!.config.safeParse({ databaseId: 'not a uuid' }).success).toBe(false);
  });
});
