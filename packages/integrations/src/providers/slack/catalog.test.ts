import { describe, expect, it } from 'vitest';
import { providerServer, respond, run, runError } from '../../../test/harness.js';
import { slack } from './index.js';

const server = providerServer();
const api = 'https://slack.com/api';

describe('slack read and reaction actions', () => {
  it('list_channels reads conversations.list with query parameters and maps the page', async () => {
    // https://api.slack.com/methods/conversations.list#examples
    const seen = respond(server, 'get', `${api}/conversations.list`, {
      ok: true,
      channels: [{ id: 'C012AB3CD', name: 'general', is_channel: true, is_private: false, is_member: true }],
      response_metadata: { next_cursor: 'dGVhbTpDMDYxRkE1UEI=' },
    });
    const output = await run(slack, 'list_channels', { limit: 100 });
    expect(output).toEqual({ channels: [{ id: 'C012AB3CD', name: 'general', isPrivate: false, isMember: true }], nextCursor: 'dGVhbTpDMDYxRkE1UEI=' });
    expect(Object.fromEntries(seen[0]!.url.searchParams)).toEqual({ types: 'public_channel', limit: '100', exclude_archived: 'true' });
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer test-access-token');
  });

  it('find_user_by_email maps users.lookupByEmail, and users_not_found to not_found', async () => {
    respond(server, 'get', `${api}/users.lookupByEmail`, { ok: true, user: { id: 'W012A3CDE', team_id: 'T012AB3C4', name: 'spengler', real_name: 'Egon Spengler' } });
    expect(await run(slack, 'find_user_by_email', { email: 'spengler@ghostbusters.example.com' })).toEqual({ id: 'W012A3CDE', name: 'spengler', realName: 'Egon Spengler', teamId: 'T012AB3C4' });
    respond(server, 'get', `${api}/users.lookupByEmail`, { ok: false, error: 'users_not_found' });
    expect(await runError(slack, 'find_user_by_email', { email: 'nobody@example.com' })).toMatchObject({ code: 'not_found', providerCode: 'users_not_found' });
    expect(() => slack.actions.find((a) => a.id === 'find_user_by_email')!.input.parse({ email: 'not-an-email' })).toThrow();
  });

  it('add_reaction posts reactions.add; already_reacted is a provider error', async () => {
    const seen = respond(server, 'post', `${api}/reactions.add`, { ok: true });
    expect(await run(slack, 'add_reaction', { channel: 'C1234567890', timestamp: '1234567890.123456', name: 'thumbsup' })).toEqual({ ok: true });
    expect(seen[0]!.body).toEqual({ channel: 'C1234567890', timestamp: '1234567890.123456', name: 'thumbsup' });
    respond(server, 'post', `${api}/reactions.add`, { ok: false, error: 'already_reacted' });
    expect(await runError(slack, 'add_reaction', { channel: 'C1', timestamp: '1.2', name: 'x' })).toMatchObject({ code: 'provider_error', providerCode: 'already_reacted' });
  });
});
