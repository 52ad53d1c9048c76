import { z } from 'zod';
import type { ActionContext } from '../../define.js';
import { pastCursor, timeCursor } from '../../pollCursor.js';
import { requestJson } from '../../providerHttp.js';
import { definePollingTrigger } from '../../triggers.js';

// https://developers.notion.com/reference/page
interface NotionPage {
  id: string;
  url: string;
  created_time: string;
  last_edited_time: string;
  archived: boolean;
  properties: Record<string, unknown>;
}

const maxPages = 10;

type Timestamp = 'created_time' | 'last_edited_time';

// https://developers.notion.com/reference/post-database-query (timestamp filters and sorts)
async function queryDatabase(context: ActionContext, databaseId: string, body: Record<string, unknown>): Promise<{ results: NotionPage[]; has_more: boolean; next_cursor: string | null }> {
  return requestJson(context, 'Notion', `v1/databases/${databaseId}/query`, { method: 'POST', json: { page_size: 100, ...body } });
}

/** Pages with `timestamp` at or after `since`, oldest first, up to maxPages pages of results. */
async function changedSince(context: ActionContext, databaseId: string, timestamp: Timestamp, since: string): Promise<{ pages: NotionPage[]; more: boolean }> {
  const pages: NotionPage[] = [];
  let startCursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const answer = await queryDatabase(context, databaseId, {
      filter: { timestamp, [timestamp]: { on_or_after: since } },
      sorts: [{ timestamp, direction: 'ascending' }],
      ...(startCursor ? { start_cursor: startCursor } : {}),
    });
    pages.push(...answer.results);
    if (!answer.has_more || !answer.next_cursor) return { pages, more: false };
    startCursor = answer.next_cursor;
  }
  return { pages, more: true };
}

const payload = z.object({
  id: z.string(),
  url: z.string(),
  createdTime: z.string(),
  lastEditedTime: z.string(),
  archived: z.boolean(),
  properties: z.record(z.string(), z.unknown()).describe('The page’s property values, as Notion returns them.'),
});

/**
 * Notion rounds both times to the minute, so an edit within the same minute as the last
 * delivered one of that page is not told apart from it: one item per page per minute.
 */
function pageTrigger(id: string, name: string, description: string, timestamp: Timestamp) {
  const keyOf = (page: NotionPage) => (timestamp === 'created_time' ? page.id : `${page.id}@${page.last_edited_time}`);
  const timeOf = (page: NotionPage) => page[timestamp];
  return definePollingTrigger({
    id,
    name,
    description,
    kind: 'polling',
    // Notion allows about 3 requests a second per integration; a minute also matches its rounding.
    pollIntervalSeconds: 60,
    config: z.object({ databaseId: z.string().regex(/^[0-9a-f-]{32,36}$/i).describe('The database whose pages to watch.') }),
    payload,
    cursor: timeCursor,
    async poll(config, cursor, context) {
      if (!cursor) {
        // Baseline: the newest time in the database, with every page at it already seen.
        const newest = await queryDatabase(context, config.databaseId, { sorts: [{ timestamp, direction: 'descending' }], page_size: 1 });
        const since = new Date(newest.results[0] ? timeOf(newest.results[0]) : Math.floor(Date.now() / 60_000) * 60_000).toISOString();
        const { pages } = await changedSince(context, config.databaseId, timestamp, since);
        return { items: [], cursor: pastCursor({ since, seen: [] }, pages, keyOf, timeOf).cursor };
      }
      const { pages, more } = await changedSince(context, config.databaseId, timestamp, cursor.since);
      const next = pastCursor(cursor, pages, keyOf, timeOf);
      return {
        items: next.fresh.map((page) => ({
          id: keyOf(page),
          payload: { id: page.id, url: page.url, createdTime: page.created_time, lastEditedTime: page.last_edited_time, archived: page.archived, properties: page.properties },
        })),
        cursor: next.cursor,
        more,
      };
    },
  });
}

export const pageCreated = pageTrigger('page_created', 'New database page', 'A page is added to a database.', 'created_time');
export const pageUpdated = pageTrigger('page_updated', 'Database page updated', 'A page of a database is created or edited (one item per page per minute).', 'last_edited_time');
