import type { Request } from 'express';
import { authenticate } from '../http/authenticate.js';
import { ApiError, invalidRequest } from '../http/apiError.js';
import type { Services } from '../services.js';
import type { ToolCaller } from './toolCaller.js';
import { findLiveToolToken } from './toolTokenStore.js';

const refused = (message: string) =>
  new ApiError({
    status: 401,
    type: 'authentication_error',
    code: 'unauthorized',
    message,
    // RFC 6750 §3: a bearer-protected resource names its scheme on every 401.
    headers: { 'WWW-Authenticate': 'Bearer realm="patchbay"' },
  });

/**
 * The end user an MCP request acts for: a tool token (`Authorization: Bearer tt_…`), or the
 * app's API key plus `X-End-User-Id` from the customer's own backend. Unknown, expired and
 * revoked tokens look alike.
 */
export async function authenticateToolCaller(req: Request, services: Services): Promise<ToolCaller> {
  if (req.get('x-api-key')) {
    const app = await authenticate(req, services);
    const endUserId = req.get('x-end-user-id')?.trim();
    if (!endUserId || endUserId.length > 255) {
      throw invalidRequest('header/X-End-User-Id: is required with an API key (your id for the end user the agent acts for)', [
        { path: 'header/X-End-User-Id', message: 'is required' },
      ]);
    }
    return { appId: app.id, endUserId, tokenAllowlist: [], limitKey: `key:${app.apiKeyId}` };
  }
  const token = /^Bearer (tt_[a-z0-9]{40})$/.exec(req.get('authorization')?.trim() ?? '')?.[1];
  const row = token && (await findLiveToolToken(services.db, token));
  if (!row) {
    throw refused('Missing, invalid, expired or revoked tool token. Send Authorization: Bearer tt_… (POST /api/v1/tools/tokens mints one), or your X-API-Key with X-End-User-Id.');
  }
  services.apiCalls.record(row.app_id);
  return { appId: row.app_id, endUserId: row.external_id, tokenAllowlist: row.allowed_tools, limitKey: `token:${row.id}` };
}
