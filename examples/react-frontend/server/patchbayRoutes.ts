import type { IncomingMessage, ServerResponse } from 'node:http';
import { Patchbay } from '@patchbay/node';

export interface PatchbayRoutesOptions {
  /** Your app's API key: it stays on this backend, the browser only gets a connect session token. */
  apiKey: string;
  /** Where Patchbay runs. */
  baseUrl: string;
  /** Who the signed-in user is; a real app reads its own session cookie here. */
  endUserId?: (req: IncomingMessage) => string;
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

/**
 * The two backend routes the widget needs, as plain Node middleware (used by the Vite dev server,
 * and usable from Express as is):
 * - `GET /api/patchbay-config` → `{ baseUrl }`
 * - `POST /api/connect-session` → `{ token, expiresAt }`, a connect session for the signed-in user
 */
export function patchbayRoutes(options: PatchbayRoutesOptions) {
  const patchbay = new Patchbay({ apiKey: options.apiKey, baseUrl: options.baseUrl });
  const endUserId = options.endUserId ?? (() => 'demo-user');
  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = req.url?.split('?')[0];
    if (req.method === 'GET' && path === '/api/patchbay-config') return sendJson(res, 200, { baseUrl: options.baseUrl });
    if (req.method === 'POST' && path === '/api/connect-session') {
      try {
        const session = await patchbay.connectSessions.create({ endUserId: endUserId(req) });
        return sendJson(res, 201, { token: session.token, expiresAt: session.expiresAt });
      } catch (error) {
        console.error('connect session failed', error);
        return sendJson(res, 502, { error: 'Could not create a connect session.' });
      }
    }
    next();
  };
}
