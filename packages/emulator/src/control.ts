import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadRequest, readBody, sendJson } from './http.js';
import type { EmulatorState } from './state.js';

/** `/_emulator/*`: the test-control endpoints, for tests running in another process. */
export async function handleControl(state: EmulatorState, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const route = `${req.method} ${path}`;
  switch (route) {
    case 'GET /_emulator/health':
      return sendJson(res, 200, { ok: true });
    case 'GET /_emulator/messages':
      return sendJson(res, 200, { messages: state.messages });
    case 'GET /_emulator/stats':
      return sendJson(res, 200, state.counters);
    case 'POST /_emulator/reset':
      state.reset();
      return sendJson(res, 200, { ok: true });
    case 'POST /_emulator/expire-tokens':
      state.grants.expireAccessTokens();
      return sendJson(res, 200, { ok: true });
    case 'POST /_emulator/fail-next': {
      const body = await readBody(req);
      if (typeof body.path !== 'string' || typeof body.status !== 'number') throw new BadRequest('path (string) and status (number) are required');
      const times = typeof body.times === 'number' && body.times > 0 ? body.times : 1;
      state.failures.set(body.path, {
        response: { status: body.status, body: body.body, headers: (body.headers as Record<string, string> | undefined) ?? {} },
        remaining: times,
      });
      return sendJson(res, 200, { ok: true });
    }
    default:
      return sendJson(res, 404, { error: 'not_found' });
  }
}
