import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, type Body } from './body.js';
import { bearerToken } from './credentials.js';
import { deliveryId, hmacHex, push, pushInBackground, type PushAnswer } from './push.js';
import { sendJson } from './responses.js';
import type { EmulatorState } from './state.js';

/** A repository webhook as GitHub keeps it. https://docs.github.com/en/rest/repos/webhooks */
export interface GithubHook {
  id: number;
  repository: string;
  events: string[];
  url: string;
  secret: string;
  active: boolean;
  /** What the receiver answered, oldest first (GitHub's "Recent Deliveries"). */
  deliveries: { event: string; deliveryId: string; status: number }[];
}

const sender = { login: 'emulator-user', id: 1, type: 'User' };
const repositoryOf = (fullName: string) => ({ id: 1296269, name: fullName.split('/')[1], full_name: fullName, private: false, html_url: `https://github.com/${fullName}` });
const hookView = (hook: GithubHook) => ({
  type: 'Repository',
  id: hook.id,
  name: 'web',
  active: hook.active,
  events: hook.events,
  config: { content_type: 'json', insecure_ssl: '0', url: hook.url },
  url: `https://api.github.com/repos/${hook.repository}/hooks/${hook.id}`,
});

/** `/github/api/*`: repository hooks and issues, enough for the GitHub triggers and issue actions. */
export async function handleGithubApi(state: EmulatorState, rest: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const hooks = /^\/api\/repos\/([A-Za-z0-9-]+\/[A-Za-z0-9._-]+)\/hooks(?:\/(\d+))?$/.exec(rest);
  const issues = /^\/api\/repos\/([A-Za-z0-9-]+\/[A-Za-z0-9._-]+)\/issues$/.exec(rest);
  if (!hooks && !issues) return false;
  state.counters.apiRequests += 1;
  // https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api
  if (!state.grants.checkAccessToken(bearerToken(req), 'github').ok) {
    req.resume();
    sendJson(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    return true;
  }
  const repository = (hooks ?? issues)![1]!;
  const body = req.method === 'POST' ? await readBody(req) : (req.resume(), {});
  if (hooks && hooks[2] === undefined && req.method === 'POST') createHook(state, repository, body, res);
  else if (hooks && hooks[2] === undefined && req.method === 'GET') sendJson(res, 200, state.githubHooks.filter((hook) => hook.repository === repository).map(hookView));
  else if (hooks && req.method === 'DELETE') deleteHook(state, repository, Number(hooks[2]), res);
  else if (issues && req.method === 'POST') createIssue(state, repository, body, res);
  else sendJson(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  return true;
}

// https://docs.github.com/en/rest/repos/webhooks#create-a-repository-webhook
function createHook(state: EmulatorState, repository: string, body: Body, res: ServerResponse): void {
  const config = (body.config ?? {}) as Record<string, unknown>;
  const events = Array.isArray(body.events) ? body.events.map(String) : ['push'];
  if (typeof config.url !== 'string' || !/^https?:\/\//.test(config.url)) {
    return sendJson(res, 422, { message: 'Validation Failed', errors: [{ resource: 'Hook', code: 'custom', message: 'url is missing or not a URL' }] });
  }
  state.githubHookNumber += 1;
  const hook: GithubHook = { id: 12_345_677 + state.githubHookNumber, repository, events, url: config.url, secret: typeof config.secret === 'string' ? config.secret : '', active: body.active !== false, deliveries: [] };
  state.githubHooks.push(hook);
  sendJson(res, 201, hookView(hook));
  // GitHub pings a new hook at once. https://docs.github.com/en/webhooks/webhook-events-and-payloads#ping
  pushInBackground(() => deliver(hook, 'ping', { zen: 'Design for failure.', hook_id: hook.id, hook: hookView(hook), repository: repositoryOf(repository), sender }));
}

function deleteHook(state: EmulatorState, repository: string, id: number, res: ServerResponse): void {
  const index = state.githubHooks.findIndex((hook) => hook.repository === repository && hook.id === id);
  if (index < 0) return sendJson(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  state.githubHooks.splice(index, 1);
  res.writeHead(204).end();
}

// https://docs.github.com/en/rest/issues/issues#create-an-issue, then the `issues` event it causes.
function createIssue(state: EmulatorState, repository: string, body: Body, res: ServerResponse): void {
  if (typeof body.title !== 'string' || body.title === '') return sendJson(res, 422, { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }] });
  state.githubIssueNumber += 1;
  const number = state.githubIssueNumber;
  const labels = Array.isArray(body.labels) ? body.labels.map((name) => ({ name: String(name) })) : [];
  const issue = { id: number, number, title: body.title, body: typeof body.body === 'string' ? body.body : null, state: 'open', html_url: `https://github.com/${repository}/issues/${number}`, user: sender, labels };
  sendJson(res, 201, issue);
  pushInBackground(() => emitGithubEvent(state, repository, 'issues', { action: 'opened', issue }));
}

/** Sends an event to every active hook of the repository that listens to it. */
export async function emitGithubEvent(state: EmulatorState, repository: string, type: string, payload: Record<string, unknown>, options: { deliveryId?: string } = {}): Promise<PushAnswer[]> {
  const targets = state.githubHooks.filter((hook) => hook.repository === repository && hook.active && (hook.events.includes(type) || hook.events.includes('*')));
  return Promise.all(targets.map((hook) => deliver(hook, type, { ...payload, repository: repositoryOf(repository), sender }, options.deliveryId)));
}

// https://docs.github.com/en/webhooks/webhook-events-and-payloads#delivery-headers
async function deliver(hook: GithubHook, type: string, payload: Record<string, unknown>, id: string = deliveryId()): Promise<PushAnswer> {
  const body = JSON.stringify(payload);
  const answer = await push(hook.url, body, {
    'user-agent': 'GitHub-Hookshot/emulator',
    'x-github-event': type,
    'x-github-delivery': id,
    'x-github-hook-id': String(hook.id),
    ...(hook.secret ? { 'x-hub-signature-256': `sha256=${hmacHex(hook.secret, body)}` } : {}),
  });
  hook.deliveries.push({ event: type, deliveryId: id, status: answer.status });
  return answer;
}
