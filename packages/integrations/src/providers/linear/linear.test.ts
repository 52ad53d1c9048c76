import { describe, expect, it } from 'vitest';
import { providerServer, respond, run, runError } from '../../../test/harness.js';
import { linear } from './index.js';

const server = providerServer();
const endpoint = 'https://api.linear.app/graphql';

describe('linear (GraphQL)', () => {
  it('create_issue sends the issueCreate mutation with its input', async () => {
    const seen = respond(server, 'post', endpoint, { data: { issueCreate: { success: true, issue: { id: '9cfb482a-81e3-4154-b5b9-2c805e70a02d', identifier: 'ENG-123', title: 'New exception', url: 'https://linear.app/company/issue/ENG-123' } } } });
    expect(await run(linear, 'create_issue', { teamId: '9cfb482a-team', title: 'New exception', priority: 1 })).toEqual({ id: '9cfb482a-81e3-4154-b5b9-2c805e70a02d', identifier: 'ENG-123', title: 'New exception', url: 'https://linear.app/company/issue/ENG-123' });
    const body = seen[0]!.body as { query: string; variables: unknown };
    expect(body.query).toContain('issueCreate');
    expect(body.variables).toEqual({ input: { teamId: '9cfb482a-team', title: 'New exception', priority: 1 } });
  });

  it('list_teams and list_issues read connection nodes', async () => {
    respond(server, 'post', endpoint, { data: { teams: { nodes: [{ id: 't1', key: 'ENG', name: 'Engineering' }] } } });
    expect(await run(linear, 'list_teams', {})).toEqual({ teams: [{ id: 't1', key: 'ENG', name: 'Engineering' }] });
    respond(server, 'post', endpoint, { data: { viewer: { assignedIssues: { nodes: [{ id: 'i1', identifier: 'ENG-1', title: 'T', url: 'https://linear.app/x' }] } } } });
    expect((await run(linear, 'list_issues', {})).issues).toHaveLength(1);
  });

  it('GraphQL errors inside a 200 become ActionErrors', async () => {
    respond(server, 'post', endpoint, { errors: [{ message: 'Authentication required, not authenticated', extensions: { code: 'AUTHENTICATION_ERROR' } }] });
    expect(await runError(linear, 'list_teams', {})).toMatchObject({ code: 'unauthorized', providerCode: 'AUTHENTICATION_ERROR', providerStatus: 200 });
    respond(server, 'post', endpoint, { errors: [{ message: 'Argument Validation Error', extensions: { code: 'INVALID_INPUT' } }] });
    expect(await runError(linear, 'create_issue', { teamId: 'x', title: 'y' })).toMatchObject({ code: 'invalid_input' });
  });
});
