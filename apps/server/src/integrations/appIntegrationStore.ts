import type { Services } from '../services.js';

export const oauthClientSecretBinding = (appId: string, slug: string) => `app:${appId}:oauth_client:${slug}`;
const binding = oauthClientSecretBinding;

export interface AppOAuthClient {
  clientId: string;
  clientSecret: string;
  scopes: string[] | null;
}

export async function findAppOAuthClient(services: Services, appId: string, slug: string): Promise<AppOAuthClient | undefined> {
  const row = await services.db('app_integrations')
    .where({ app_id: appId, integration_slug: slug })
    .whereNotNull('oauth_client_id')
    .first('oauth_client_id', 'oauth_client_secret', 'scopes');
  if (!row) return undefined;
  return { clientId: row.oauth_client_id, clientSecret: services.secrets.open(row.oauth_client_secret, binding(appId, slug)), scopes: row.scopes };
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
}

export async function removeAppOAuthClient(services: Services, appId: string, slug: string): Promise<boolean> {
  const count = await services
    .db('app_integrations')
    .where({ app_id: appId, integration_slug: slug })
    .whereNotNull('oauth_client_id')
    .update({ oauth_client_id: null, oauth_client_secret: null, scopes: null, updated_at: services.db.fn.now() });
  return count > 0;
}
