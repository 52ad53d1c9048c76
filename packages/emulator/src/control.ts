import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadRequest, field, readBody } from './body.js';
import { emitGithubEvent } from './github.js';
import { appendToSheet, seedSpreadsheet } from './googleSheets.js';
import { sendJson } from './responses.js';
import { postAsUser } from './slack.js';
import { connectSlackEvents } from './slackEvents.js';
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
    case 'POST /_emulator/shrink-scopes': {
      const body = await readBody(req);
      const token = field(body, 'token');
      if (!token || !Array.isArray(body.scopes) || body.scopes.some((scope) => typeof scope !== 'string')) throw new BadRequest('token and scopes (strings) are required');
      state.grants.shrinkScopes(token, body.scopes as string[]);
      return done();
    }
    case 'POST /_emulator/rate-limit': {
      const perSecond = (await readBody(req)).requestsPerSecond;
      if (perSecond !== null && (typeof perSecond !== 'number' || !Number.isInteger(perSecond) || perSecond < 1)) {
        throw new BadRequest('requestsPerSecond must be a positive integer, or null for no limit');
      }
      state.setRateLimit(perSecond ?? undefined);
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
    // Provider events, for demos and for tests in another process.
    case 'POST /_emulator/slack/connect-events': {
      const url = field(await readBody(req), 'url');
      if (!url) throw new BadRequest('url is required');
      await connectSlackEvents(state, url).catch((error: unknown) => {
        throw new BadRequest((error as Error).message);
      });
      return done();
    }
    case 'POST /_emulator/slack/user-message': {
      const body = await readBody(req);
      const channel = field(body, 'channel') ?? 'general';
      const text = field(body, 'text');
      if (!text) throw new BadRequest('text is required');
      if (!state.slackEventsUrl) throw new BadRequest('no Slack Events Request URL is connected');
      return sendJson(res, 200, await postAsUser(state, channel, text));
    }
    case 'POST /_emulator/github/events': {
      const body = await readBody(req);
      const repository = field(body, 'repository');
      const type = field(body, 'type');
      if (!repository || !type || typeof body.payload !== 'object' || body.payload === null) throw new BadRequest('repository, type and a payload object are required');
      const deliveryId = field(body, 'deliveryId');
      return sendJson(res, 200, { deliveries: await emitGithubEvent(state, repository, type, body.payload as Record<string, unknown>, deliveryId ? { deliveryId } : {}) });
    }
    case 'POST /_emulator/sheets': {
      const body = await readBody(req);
      const id = field(body, 'spreadsheetId');
      if (!id || typeof body.sheets !== 'object' || body.sheets === null) throw new BadRequest('spreadsheetId and sheets ({ name: rows }) are required');
      seedSpreadsheet(state, id, body.sheets as Record<string, unknown[][]>);
      return done();
    }
    case 'POST /_emulator/sheets/append': {
      const body = await readBody(req);
      const id = field(body, 'spreadsheetId');
      if (!id || !Array.isArray(body.rows)) throw new BadRequest('spreadsheetId and rows are required');
      appendToSheet(state, id, field(body, 'sheet') ?? 'Sheet1', body.rows as unknown[][]);
      return done();
    }
    default:
      req.resume();
      return sendJson(res, 404, { error: 'not_found' });
  }
}
