import { describe, expect, it } from 'vitest';
import { checkHealth, checkHealthError, providerServer, respond, run, runError } from '../../../test/harness.js';
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

describe('linear health check and rate limits', () => {
  it('queries the viewer; an authentication error answered with HTTP 400 is unauthorized', async () => {
    const seen = respond(server, 'post', endpoint, { data: { viewer: { id: '2e8a4a5e-1f1b-4a6f-9a57-5c8c5b4b8a50' } } });
    expect(await checkHealth(linear)).toEqual({});
    expect((seen[0]!.body as { query: string }).query).toContain('viewer');
    respond(server, 'post', endpoint, { errors: [{ message: 'Authentication required, not authenticated', extensions: { code: 'AUTHENTICATION_ERROR' } }] }, 400);
    expect(await checkHealthError(linear)).toMatchObject({ code: 'unauthorized', providerCode: 'AUTHENTICATION_ERROR', providerStatus: 400 });
    respond(server, 'post', endpoint, { errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATELIMITED' } }] }, 400);
    expect(await checkHealthError(linear)).toMatchObject({ code: 'rate_limited', providerCode: 'RATELIMITED' });
  });

  it('reads X-RateLimit-Requests-* (reset in epoch milliseconds)', () => {
    const headers = new Headers({ 'x-ratelimit-requests-limit': '1500', 'x-ratelimit-requests-remaining': '1499', 'x-ratelimit-requests-reset': '1700003600000' });
    expect(linear.readRateLimit!({ status: 200, headers }, 1_700_000_000_000)).toEqual({ limit: 1500, remaining: 1499, resetAt: 1_700_003_600_000 });
  });
});
