import type { Request } from 'express';
import type { ConnectSessionAuth } from '../connect/sessionAuth.js';
import { findLiveSession } from '../connect/sessionStore.js';
import type { Services } from '../services.js';
import { unauthorized } from './apiError.js';

/** Resolves `Authorization: Bearer cs_…` to its session, or 401 (unknown and expired look alike). */
export async function authenticateSession(req: Request, services: Services): Promise<ConnectSessionAuth> {
  const token = /^Bearer (cs_[a-z0-9]{40})$/.exec(req.get('authorization')?.trim() ?? '')?.[1];
  const row = token && (await findLiveSession(services.db, token));
  if (!row) throw unauthorized('Missing, invalid or expired connect session. Ask your backend for a new one.');
  return {
    sessionId: row.id,
    app: { id: row.app_id, name: row.app_name, redirectUris: row.redirect_uris, allowedOrigins: row.allowed_origins },
    endUser: { id: row.end_user_id, externalId: row.external_id, email: row.email, name: row.name },
    allowedIntegrations: row.allowed_integrations,
    allowedOrigins: row.session_allowed_origins,
    extraScopes: row.extra_scopes,
  };
}
