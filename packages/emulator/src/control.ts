import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadRequest, field, readBody } from './body.js';
import { sendJson } from './responses.js';
import { cannedResponseProblem, type EmulatorState } from './state.js';

/** `/_emulator/*`: the Emulator interface over HTTP, for tests running in another process. */
export async function handleControl(state: EmulatorState, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const done = () => sendJson(res, 200, { ok: true });
  switch (`${req.method} ${path}`) {
    case 'GET /_emulator/health':
      return done();
    case 'GET /_emulator/messages':
      return sendJson(res, 200, { messages: state.messages });
    case 'GET /_emulator/stats':
      return sendJson(res, 200, state.counters);
    case 'POST /_emulator/reset':
      req.resume();
      state.reset();
      return done();
    case 'POST /_emulator/expire-tokens':
      req.resume();
      state.grants.expireAccessTokens();
      return done();
    case 'POST /_emulator/revoke-grant': {
      const token = field(await readBody(req), 'token');
      if (!token) throw new BadRequest('token is required');
      state.grants.revokeByToken(token);
      return done();
    }
    case 'POST /_emulator/fail-next': {
      const body = await readBody(req);
      const times = body.times ?? 1;
      const problem = cannedResponseProblem(body.path, body, times);
      if (problem) throw new BadRequest(problem);
      state.queueFailure(body.path as string, body as { status: number; body?: unknown; headers?: Record<string, string> }, times as number);
      return done();
    }
    default:
      req.resume();
      return sendJson(res, 404, { error: 'not_found' });
  }
}
