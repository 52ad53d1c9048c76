import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleControl } from './control.js';
import { handleGenericProvider } from './genericOAuth.js';
import { BadRequest, sendJson } from './http.js';
import { handleSlack } from './slack.js';
import type { EmulatorState } from './state.js';

/** The emulator's request listener: canned failures first, then the provider routes. */
export function createRequestListener(state: EmulatorState) {
  return (req: IncomingMessage, res: ServerResponse) => {
    handle(state, req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof BadRequest) return sendJson(res, 400, { error: 'invalid_request', error_description: error.message });
      sendJson(res, 500, { error: 'server_error', error_description: String(error) });
    });
  };
}

async function handle(state: EmulatorState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator.local');
  const path = url.pathname;
  if (path.startsWith('/_emulator/')) return handleControl(state, path, req, res);

  const failure = state.takeFailure(path);
  if (failure) {
    req.resume();
    const body = failure.body === undefined ? '' : JSON.stringify(failure.body);
    res.writeHead(failure.status, { ...(body ? { 'content-type': 'application/json' } : {}), ...failure.headers });
    return void res.end(body);
  }
  if (path.startsWith('/slack/')) return handleSlack(state, path, req, res, url.searchParams);
  const generic = /^\/([a-z0-9-]+)(\/.*)$/.exec(path);
  if (generic) return handleGenericProvider(state, generic[1]!, generic[2]!, req, res, url.searchParams);
  sendJson(res, 404, { error: 'not_found' });
}
