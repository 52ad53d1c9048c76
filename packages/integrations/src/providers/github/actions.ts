import { z } from 'zod';
import { defineAction } from '../../define.js';
import { requestJson } from '../../providerHttp.js';

const repo = z.object({ owner: z.string().regex(/^[A-Za-z0-9-]{1,39}$/), repo: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/) });
const issue = z.object({ number: z.number(), title: z.string(), state: z.string(), html_url: z.string() });
type Issue = z.infer<typeof issue>;
const pickIssue = ({ number, title, state, html_url }: Issue): Issue => ({ number, title, state, html_url });

// https://docs.github.com/en/rest/issues/issues#create-an-issue
export const createIssue = defineAction({
  id: 'create_issue',
  name: 'Create issue',
  description: 'Open an issue in a repository.',
  effect: 'write',
  input: repo.extend({
    title: z.string().min(1).max(256),
    body: z.string().max(65_536).optional(),
    labels: z.array(z.string()).max(100).optional(),
    assignees: z.array(z.string()).max(10).optional(),
  }),
  output: issue,
  // public_repo is enough for public repositories (https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps).
  scopes: [['repo', 'public_repo']],
  async execute(input, _credentials, context) {
    const { owner, repo: name, ...fields } = input;
    return pickIssue(await requestJson<Issue>(context, 'GitHub', `repos/${owner}/${name}/issues`, { method: 'POST', json: fields }));
  },
});

// https://docs.github.com/en/rest/issues/issues#list-repository-issues
export const listIssues = defineAction({
  id: 'list_issues',
  name: 'List issues',
  description: 'Issues of a repository, newest first.',
  effect: 'read',
  input: repo.extend({ state: z.enum(['open', 'closed', 'all']).default('open'), perPage: z.number().int().min(1).max(100).default(30), page: z.number().int().min(1).default(1) }),
  output: z.object({ issues: z.array(issue) }),
  async execute(input, _credentials, context) {
    const issues = await requestJson<Issue[]>(context, 'GitHub', `repos/${input.owner}/${input.repo}/issues?state=${input.state}&per_page=${input.perPage}&page=${input.page}`);
    return { issues: issues.map(pickIssue) };
  },
});

// https://docs.github.com/en/rest/issues/comments#create-an-issue-comment
export const createComment = defineAction({
  id: 'create_comment',
  name: 'Comment on issue',
  description: 'Comment on an issue or pull request.',
  effect: 'write',
  input: repo.extend({ issueNumber: z.number().int().min(1), body: z.string().min(1).max(65_536) }),
  output: z.object({ id: z.number(), html_url: z.string() }),
  scopes: [['repo', 'public_repo']],
  async execute(input, _credentials, context) {
    const comment = await requestJson<{ id: number; html_url: string }>(context, 'GitHub', `repos/${input.owner}/${input.repo}/issues/${input.issueNumber}/comments`, {
      method: 'POST',
      json: { body: input.body },
    });
    return { id: comment.id, html_url: comment.html_url };
  },
});
