import { z } from 'zod';
import { defineAction } from '../../define.js';
import { requestJson } from '../../providerHttp.js';

const pageRef = z.object({ id: z.string(), url: z.string() });

// https://developers.notion.com/reference/post-page
export const createPage = defineAction({
  id: 'create_page',
  name: 'Create page',
  description: 'Create a page under a page or in a database, with a title and paragraphs.',
  effect: 'write',
  input: z.object({
    parent: z.union([z.object({ pageId: z.string().min(32) }), z.object({ databaseId: z.string().min(32) })]),
    title: z.string().min(1).max(2000),
    titleProperty: z.string().default('title').describe('The database title property name (databases only).'),
    paragraphs: z.array(z.string().max(2000)).max(100).default([]),
  }),
  output: pageRef,
  async execute(input, _credentials, context) {
    const title = [{ type: 'text', text: { content: input.title } }];
    const isDatabase = 'databaseId' in input.parent;
    const page = await requestJson<{ id: string; url: string }>(context, 'Notion', 'v1/pages', {
      method: 'POST',
      json: {
        parent: 'databaseId' in input.parent ? { database_id: input.parent.databaseId } : { page_id: input.parent.pageId },
        properties: isDatabase ? { [input.titleProperty]: { title } } : { title: { title } },
        children: input.paragraphs.map((text) => ({ object: 'block', type: 'paragraph', paragraph: { rich_text: [{ type: 'text', text: { content: text } }] } })),
      },
    });
    return { id: page.id, url: page.url };
  },
});

// https://developers.notion.com/reference/post-database-query
export const queryDatabase = defineAction({
  id: 'query_database',
  name: 'Query database',
  description: 'Pages of a database, optionally filtered and sorted with Notion filter objects.',
  effect: 'read',
  input: z.object({
    databaseId: z.string().min(32),
    filter: z.record(z.string(), z.unknown()).optional(),
    sorts: z.array(z.record(z.string(), z.unknown())).optional(),
    pageSize: z.number().int().min(1).max(100).default(50),
    startCursor: z.string().optional(),
  }),
  output: z.object({
    results: z.array(z.object({ id: z.string(), url: z.string(), properties: z.record(z.string(), z.unknown()) })),
    has_more: z.boolean(),
    next_cursor: z.string().nullable(),
  }),
  async execute(input, _credentials, context) {
    const answer = await requestJson<{ results: { id: string; url: string; properties: Record<string, unknown> }[]; has_more: boolean; next_cursor: string | null }>(
      context,
      'Notion',
      `v1/databases/${input.databaseId}/query`,
      { method: 'POST', json: { filter: input.filter, sorts: input.sorts, page_size: input.pageSize, start_cursor: input.startCursor } },
    );
    return { results: answer.results.map(({ id, url, properties }) => ({ id, url, properties })), has_more: answer.has_more, next_cursor: answer.next_cursor };
  },
});
