import { describe, expect, it } from 'vitest';
import { checkHealth, checkHealthError, providerServer, respond, run, runError } from '../../../test/harness.js';
import { notion } from './index.js';

const server = providerServer();
const api = 'https://api.notion.com/v1';
const pageId = '59833787-2cf9-4fdf-8782-e53db20768a5';

describe('notion', () => {
  it('search sends Notion-Version and maps results', async () => {
    // https://developers.notion.com/reference/post-search
    const seen = respond(server, 'post', `${api}/search`, {
      object: 'list',
      results: [{ object: 'page', id: pageId, url: 'https://www.notion.so/Tuscan-kale-598337872cf94fdf8782e53db20768a5' }],
      next_cursor: null,
      has_more: false,
    });
    const output = await run(notion, 'search', { query: 'kale' });
    expect(output).toEqual({ results: [{ object: 'page', id: pageId, url: 'https://www.notion.so/Tuscan-kale-598337872cf94fdf8782e53db20768a5' }], has_more: false, next_cursor: null });
    expect(seen[0]!.headers.get('notion-version')).toBe('2022-06-28');
    expect(seen[0]!.body).toEqual({ query: 'kale', page_size: 20 });
  });

  it('create_page under a database uses the title property and paragraph blocks', async () => {
    const seen = respond(server, 'post', `${api}/pages`, { object: 'page', id: pageId, url: 'https://www.notion.so/new' });
    const output = await run(notion, 'create_page', { parent: { databaseId: 'd9824bdc84454327be8b5b47500af6ce' }, title: 'Tuscan kale', titleProperty: 'Name', paragraphs: ['Lacinato kale'] });
    expect(output).toEqual({ id: pageId, url: 'https://www.notion.so/new' });
    expect(seen[0]!.body).toMatchObject({
      parent: { database_id: 'd9824bdc84454327be8b5b47500af6ce' },
      properties: { Name: { title: [{ type: 'text', text: { content: 'Tuscan kale' } }] } },
      children: [{ type: 'paragraph', paragraph: { rich_text: [{ text: { content: 'Lacinato kale' } }] } }],
    });
  });

  it('query_database maps a 404 object_not_found to not_found', async () => {
    respond(server, 'post', `${api}/databases/d9824bdc84454327be8b5b47500af6ce/query`, { results: [{ object: 'page', id: pageId, url: 'https://www.notion.so/x', properties: { Name: { type: 'title' } } }], has_more: true, next_cursor: 'abc' });
    expect(await run(notion, 'query_database', { databaseId: 'd9824bdc84454327be8b5b47500af6ce' })).toMatchObject({ has_more: true, next_cursor: 'abc' });
    // https://developers.notion.com/reference/status-codes
    respond(server, 'post', `${api}/databases/d9824bdc84454327be8b5b47500af6ce/query`, { object: 'error', status: 404, code: 'object_not_found', message: 'Could not find database' }, 404);
    expect(await runError(notion, 'query_database', { databaseId: 'd9824bdc84454327be8b5b47500af6ce' })).toMatchObject({ code: 'not_found', providerCode: 'object_not_found', providerStatus: 404 });
  });
});

describe('notion health check', () => {
  it('retrieves the bot user; an invalid token is unauthorized', async () => {
    // https://developers.notion.com/reference/get-self
    const seen = respond(server, 'get', `${api}/users/me`, { object: 'user', id: '16d84278-ab0e-484c-9bdd-b35da3bd8905', name: 'pied piper', avatar_url: null, type: 'bot', bot: { owner: { type: 'workspace', workspace: true } } });
    expect(await checkHealth(notion)).toEqual({});
    expect(seen[0]!.headers.get('notion-version')).toBe('2022-06-28');
    // https://developers.notion.com/reference/status-codes
    respond(server, 'get', `${api}/users/me`, { object: 'error', status: 401, code: 'unauthorized', message: 'API token is invalid.' }, 401);
    expect(await checkHealthError(notion)).toMatchObject({ code: 'unauthorized', providerCode: 'unauthorized' });
  });
});
