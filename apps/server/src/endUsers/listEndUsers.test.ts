import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, signUp } from '../../test/http.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';

let server: TestServer;
let apiKey: string;

beforeAll(async () => {
  server = await startTestServer();
  apiKey = (await signUp(server.url)).apiKey;
  const people = [
    ['user-100', 'ada@lovelace.dev', 'Ada Lovelace'],
    ['user-101', 'grace@navy.mil', 'Grace Hopper'],
    ['user-1%2', 'percent@example.com', 'Per Cent'],
    ['acme_admin', 'ADMIN@ACME.COM', null],
  ] as const;
  for (const [endUserId, email, name] of people) {
    const created = await request(`${server.url}/api/v1/connect/sessions`, { apiKey, body: { endUserId, metadata: { email, ...(name ? { name } : {}) } } });
    expect(created.status).toBe(201);
  }
});
afterAll(() => server.close());

const ids = async (query: string, key = apiKey) => {
  const response = await request(`${server.url}/api/v1/end-users${query}`, { apiKey: key });
  expect(response.status).toBe(200);
  return response.body.endUsers.map((endUser: { id: string }) => endUser.id);
};

describe('GET /api/v1/end-users?search=', () => {
  it('matches a part of the id, email or name in any case', async () => {
    expect(await ids('?search=user-10')).toEqual(['user-101', 'user-100']);
    expect(await ids('?search=acme.com')).toEqual(['acme_admin']);
    expect(await ids('?search=HOPPER')).toEqual(['user-101']);
    expect(await ids('?search=nobody')).toEqual([]);
  });

  it('takes % and _ literally', async () => {
    expect(await ids(`?search=${encodeURIComponent('1%2')}`)).toEqual(['user-1%2']);
    expect(await ids('?search=_')).toEqual(['acme_admin']);
  });

  it('pages through the matches with the cursor', async () => {
    const first = await request(`${server.url}/api/v1/end-users?search=user&limit=2`, { apiKey });
    expect(first.body.endUsers).toHaveLength(2);
    const second = await request(`${server.url}/api/v1/end-users?search=user&limit=2&cursor=${first.body.nextCursor}`, { apiKey });
    expect([...first.body.endUsers, ...second.body.endUsers].map((endUser: { id: string }) => endUser.id)).toEqual(['user-1%2', 'user-101', 'user-100']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('an empty or overlong search is 400; another app finds nothing', async () => {
    for (const search of ['', 'x'.repeat(201)]) {
      const response = await request(`${server.url}/api/v1/end-users?search=${search}`, { apiKey });
      expect(response.status).toBe(400);
      expect(response.body.error.details).toContainEqual(expect.objectContaining({ path: 'query/search' }));
    }
    const other = await signUp(server.url);
    expect(await ids('?search=user', other.apiKey)).toEqual([]);
  });
});
