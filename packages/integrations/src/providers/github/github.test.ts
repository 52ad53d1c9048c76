import { describe, expect, it } from 'vitest';
import { checkHealth, checkHealthError, providerServer, respond, run, runError } from '../../../test/harness.js';
import { github } from './index.js';

const server = providerServer();
const api = 'https://api.github.com';
// https://docs.github.com/en/rest/issues/issues#create-an-issue (trimmed response)
const issue = { id: 1, number: 1347, title: 'Found a bug', state: 'open', html_url: 'https://github.com/octocat/Hello-World/issues/1347', user: { login: 'octocat' } };

describe('github', () => {
  it('list_repositories sends the API version headers and maps repositories', async () => {
    const seen = respond(server, 'get', `${api}/user/repos`, [
      { id: 1296269, full_name: 'octocat/Hello-World', private: false, html_url: 'https://github.com/octocat/Hello-World', default_branch: 'main', owner: { login: 'octocat' } },
    ]);
    expect(await run(github, 'list_repositories', {})).toEqual({ repositories: [{ id: 1296269, full_name: 'octocat/Hello-World', private: false, html_url: 'https://github.com/octocat/Hello-World', default_branch: 'main' }] });
    expect(seen[0]!.headers.get('x-github-api-version')).toBe('2022-11-28');
    expect(seen[0]!.headers.get('accept')).toBe('application/vnd.github+json');
  });

  it('create_issue posts title, body and labels', async () => {
    const seen = respond(server, 'post', `${api}/repos/octocat/Hello-World/issues`, issue, 201);
    expect(await run(github, 'create_issue', { owner: 'octocat', repo: 'Hello-World', title: 'Found a bug', body: "I'm having a problem with this.", labels: ['bug'] })).toEqual({
      number: 1347,
      title: 'Found a bug',
      state: 'open',
      html_url: 'https://github.com/octocat/Hello-World/issues/1347',
    });
    expect(seen[0]!.body).toEqual({ title: 'Found a bug', body: "I'm having a problem with this.", labels: ['bug'] });
  });

  it('list_issues and create_comment; a 404 is not_found and a 403 rate limit is forbidden', async () => {
    respond(server, 'get', `${api}/repos/octocat/Hello-World/issues`, [issue]);
    expect((await run(github, 'list_issues', { owner: 'octocat', repo: 'Hello-World' })).issues).toHaveLength(1);
    respond(server, 'post', `${api}/repos/octocat/Hello-World/issues/1347/comments`, { id: 1, html_url: 'https://github.com/octocat/Hello-World/issues/1347#issuecomment-1', body: 'Me too' }, 201);
    expect(await run(github, 'create_comment', { owner: 'octocat', repo: 'Hello-World', issueNumber: 1347, body: 'Me too' })).toEqual({ id: 1, html_url: 'https://github.com/octocat/Hello-World/issues/1347#issuecomment-1' });
    respond(server, 'post', `${api}/repos/octocat/nope/issues/1/comments`, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, 404);
    expect(await runError(github, 'create_comment', { owner: 'octocat', repo: 'nope', issueNumber: 1, body: 'x' })).toMatchObject({ code: 'not_found', message: 'GitHub: Not Found' });
    expect(github.actions.find((a) => a.id === 'create_issue')!.input.safeParse({ owner: 'octo cat', repo: 'x', title: 't' }).success).toBe(false);
  });
});

describe('github health check', () => {
  it('calls GET /user and reads the scopes from X-OAuth-Scopes', async () => {
    // https://docs.github.com/en/rest/users/users#get-the-authenticated-user (trimmed)
    const seen = respond(server, 'get', `${api}/user`, { login: 'octocat', id: 1, type: 'User', name: 'monalisa octocat' }, 200, { 'x-oauth-scopes': 'repo, read:user' });
    expect(await checkHealth(github)).toEqual({ scopes: ['repo', 'read:user'] });
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer test-access-token');
  });

  it('a GitHub App token (no scopes header) reports no scopes; Bad credentials is unauthorized', async () => {
    respond(server, 'get', `${api}/user`, { login: 'octocat', id: 1 });
    expect(await checkHealth(github)).toEqual({});
    respond(server, 'get', `${api}/user`, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }, 401);
    expect(await checkHealthError(github)).toMatchObject({ code: 'unauthorized', providerStatus: 401 });
  });
});
