import type { Db } from '../db/knex.js';
import type { Services } from '../services.js';

export const oauthClientSecretBinding = (appId: string, slug: string) => `app:${appId}:oauth_client:${slug}`;
const binding = oauthClientSecretBinding;

export interface AppOAuthClient {
  clientId: string;
  clientSecret: string;
  scopes: string[] | null;
}

export async function findAppOAuthClient(services: Services, appId: string, slug: string): Promise<AppOAuthClient | undefined> {
  const row = (await services.appIntegrations(appId)).find((candidate) => candidate.integration_slug === slug && candidate.oauth_client_id !== null);
  if (!row?.oauth_client_id || !row.oauth_client_secret) return undefined;
  return { clientId: row.oauth_client_id, clientSecret: services.secrets.open(row.oauth_client_secret, binding(appId, slug)), scopes: row.scopes };
}

/** The app's `app_integrations` rows as stored (the client secret still sealed). */
export interface AppIntegrationRow {
  integration_slug: string;
  enabled: boolean;
  oauth_client_id: string | null;
  oauth_client_secret: string | null;
  scopes: string[] | null;
}

/** Read through services.appIntegrations, which caches them per app (apps/perAppCache.ts). */
export async function loadAppIntegrationRows(db: Db, appId: string): Promise<AppIntegrationRow[]> {
  return db('app_integrations').where({ app_id: appId }).select('integration_slug', 'enabled', 'oauth_client_id', 'oauth_client_secret', 'scopes');
}

export async function saveAppOAuthClient(services: Services, appId: string, slug: string, client: AppOAuthClient): Promise<void> {
  const { db, secrets } = services;
  const values = {
    oauth_client_id: client.clientId,
    oauth_client_secret: secrets.seal(client.clientSecret, binding(appId, slug)),
    scopes: client.scopes,
    updated_at: db.fn.now(),
  };
  await db('app_integrations').insert({ app_id: appId, integration_slug: slug, ...values }).onConflict(['app_id', 'integration_slug']).merge(values);
  services.appChanges.changedHere(appId);
}

export async function removeAppOAuthClient(services: Services, appId: string, slug: string): Promise<boolean> {
  const count = await services
    .db('app_integrations')
    .where({ app_id: appId, integration_slug: slug })
    .whereNotNull('oauth_client_id')
    .update({ oauth_client_id: null, oauth_client_secret: null, scopes: null, updated_at: services.db.fn.now() });
  services.appChanges.changedHere(appId);
  return count > 0;
}

export interface AppIntegrationSettings {
  enabled: boolean;
  oauthClient: { integration: string; clientId: string; scopes: string[] | null } | null;
}

/** The app's settings per integration slug; a slug without a row is enabled with Patchbay's client. */
export async function appIntegrationSettings(services: Services, appId: string): Promise<Map<string, AppIntegrationSettings>> {
  const rows = await services.appIntegrations(appId);
  return new Map(
    rows.map((row) => [
      row.integration_slug,
      { enabled: row.enabled, oauthClient: row.oauth_client_id ? { integration: row.integration_slug, clientId: row.oauth_client_id, scopes: row.scopes } : null },
    ]),
  );
}

export const defaultIntegrationSettings: AppIntegrationSettings = { enabled: true, oauthClient: null };

export async function setIntegrationEnabled(services: Services, appId: string, slug: string, enabled: boolean): Promise<void> {
  const { db } = services;
  await db('app_integrations')
    .insert({ app_id: appId, integration_slug: slug, enabled })
    .onConflict(['app_id', 'integration_slug'])
    .merge({ enabled, updated_at: db.fn.now() });
  services.appChanges.changedHere(appId);
}

/** Slugs the app has switched off. */
export async function disabledIntegrations(services: Services, appId: string): Promise<Set<string>> {
  const rows = await services.appIntegrations(appId);
  return new Set(rows.filter((row) => !row.enabled).map((row) => row.integration_slug));
}
