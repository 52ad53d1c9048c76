import type { Request } from 'express';
import type { AuthenticatedApp } from '../apps/authenticatedApp.js';
import { findApiKeyByPrefix, touchApiKey } from '../apps/apiKeyStore.js';
import { apiKeyMatches, parseApiKey } from '../security/apiKeys.js';
import type { Services } from '../services.js';
import { unauthorized } from './apiError.js';

/** Resolves `X-API-Key` to its app, or throws 401 without saying which check failed. */
export async function authenticate(req: Request, services: Services): Promise<AuthenticatedApp> {
  const header = req.get('x-api-key');
  if (!header) throw unauthorized('Missing API key. Send your key in the X-API-Key header.');
  const parsed = parseApiKey(header.trim());
  const row = parsed && (await findApiKeyByPrefix(services.db, parsed.appId, parsed.prefix));
  if (!row || row.revoked_at || !apiKeyMatches(header.trim(), row.key_hash)) {
    throw unauthorized('Invalid API key. Check the X-API-Key header; keys are shown once, when created.');
  }
  await touchApiKey(services.db, row.app_id, row.id);
  return {
    id: row.app_id,
    accountId: row.account_id,
    name: row.app_name,
    apiKeyId: row.id,
    redirectUris: row.redirect_uris,
    allowedOrigins: row.allowed_origins,
  };
}
