import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadRequest } from './body.js';
import { handleControl } from './control.js';
import { handleGenericProvider } from './genericOAuth.js';
import { handleGithubApi } from './github.js';
import { handleSheetsApi } from './googleSheets.js';
import { sendJson } from './responses.js';
import { handleSlack } from './slack.js';
import type { EmulatorState } from './state.js';

/** The emulator's request listener: control routes, then canned failures, then the providers. */
export function createRequestListener(state: EmulatorState) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    route(state, req, res).catch((error: unknown) => {
      // A handler failed after it began answering: all that is left is to cut the connection.
      if (res.headersSent) return void res.destroy();
      if (error instanceof BadRequest) return sendJson(res, error.status, { error: 'invalid_request', error_description: error.message });
      console.error('[emulator]', error);
      sendJson(res, 500, { error: 'server_error', error_description: 'The emulator failed; see its log.' });
    });
  };
}

async function route(state: EmulatorState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = parseUrl(req.url);
  const path = url.pathname;
  if (path.startsWith('/_emulator/')) return handleControl(state, path, req, res);

  const failure = state.takeFailure(path);
  if (failure) {
    req.resume();
    const body = failure.body === undefined ? '' : JSON.stringify(failure.body);
    res.writeHead(failure.status, { ...(body ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...failure.headers });
    return void res.end(body);
  }
  if (path.startsWith('/slack/')) return handleSlack(state, path, req, res, url.searchParams);
  // Any other lowercase name is a generic OAuth 2.0 provider: /notion/oauth/token, /github/api/me, …
  const generic = /^\/([a-z0-9-]+)(\/.*)$/.exec(path);
  if (generic) {
    const [, provider, rest] = generic as unknown as [string, string, string];
    // Providers with an emulated API beyond OAuth: the data their triggers watch.
    if (provider === 'github' && (await handleGithubApi(state, rest, req, res))) return;
    if (provider === 'google-sheets' && (await handleSheetsApi(state, rest, req, res, url.searchParams))) return;
    return handleGenericProvider(state, provider, rest, req, res, url.searchParams);
  }
  req.resume();
  sendJson(res, 404, { error: 'not_found' });
}

function parseUrl(target: string | undefined): URL {
  // The request target must be origin-form ("/path?query"); anything else is a client bug.
  if (!target?.startsWith('/') || target.startsWith('//')) throw new BadRequest('the request target must be a path');
  try {
    return new URL(target, 'http://emulator.local');
  } catch {
    throw new BadRequest('malformed request target');
  }
}
