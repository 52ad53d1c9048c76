import type { Request } from 'express';
import type { AuthenticatedApp } from '../apps/authenticatedApp.js';
import { findApiKeyByPrefix, touchApiKey } from '../apps/apiKeyStore.js';
import { apiKeyHashMatches, hashApiKey, parseApiKey } from '../security/apiKeys.js';
import type { Services } from '../services.js';
import { unauthorized } from './apiError.js';
import { authenticateDashboard } from './authenticateDashboard.js';

/**
 * The app a request acts for: from `X-API-Key`, or for the dashboard from its session cookie
 * and `X-Patchbay-App` (an app of the signed-in account). 401 without saying which check failed.
 */
export async function authenticate(req: Request, services: Services): Promise<AuthenticatedApp> {
  if (!req.get('x-api-key') && req.get('x-patchbay-app')) return authenticateDashboardApp(req, services);
  const header = req.get('x-api-key');
  if (!header) throw unauthorized('Missing API key. Send your key in the X-API-Key header.');
  const key = header.trim();
  const parsed = parseApiKey(key);
  if (!parsed) throw invalidApiKey();
  // Cached by the key's SHA-256, dropped when the database announces a change to the app (http/verifiedKeys.ts).
  const keyHash = hashApiKey(key);
  const app = services.verifiedKeys.lookup(keyHash) ?? (await verifyInDatabase(services, parsed, keyHash));
  if (services.verifiedKeys.dueForTouch(app.apiKeyId)) await touchApiKey(services.db, app.id, app.apiKeyId);
  services.apiCalls.record(app.id);
  return app;
}

const invalidApiKey = () => unauthorized('Invalid API key. Check the X-API-Key header; keys are shown once, when created.');

async function verifyInDatabase(services: Services, parsed: { appId: string; prefix: string }, keyHash: string): Promise<AuthenticatedApp> {
  const readAt = services.verifiedKeys.version();
  const row = await findApiKeyByPrefix(services.db, parsed.appId, parsed.prefix);
  if (!row || row.revoked_at || !apiKeyHashMatches(keyHash, row.key_hash)) throw invalidApiKey();
  const app: AuthenticatedApp = {
    id: row.app_id,
    accountId: row.account_id,
    name: row.app_name,
    apiKeyId: row.id,
    redirectUris: row.redirect_uris,
    allowedOrigins: row.allowed_origins,
  };
  services.verifiedKeys.remember(keyHash, app, readAt);
  return app;
}

async function authenticateDashboardApp(req: Request, services: Services): Promise<AuthenticatedApp> {
  const dashboard = await authenticateDashboard(req, services);
  const app = await services.db('apps')
    .where({ id: req.get('x-patchbay-app'), account_id: dashboard.accountId })
    .whereNull('deleted_at')
    .first('id', 'name', 'redirect_uris', 'allowed_origins');
  if (!app) throw unauthorized('X-Patchbay-App is not an app of the signed-in account.');
  return {
    id: app.id,
    accountId: dashboard.accountId,
    name: app.name,
    // Rate limits for dashboard calls are counted per account rather than per key.
    apiKeyId: `dashboard:${dashboard.accountId}`,
    redirectUris: app.redirect_uris,
    allowedOrigins: app.allowed_origins,
  };
}
