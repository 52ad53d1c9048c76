import type { Knex } from 'knex';
import { newId } from '../ids.js';
import { issueApiKey, newWebhookSecret } from '../security/apiKeys.js';
import type { SecretBox } from '../security/secretBox.js';
import { insertWebhookEndpoint } from '../webhooks/endpointStore.js';
import { appWebhookSecretBinding, endpointSecretBinding } from '../webhooks/secretBinding.js';
import { insertApiKey, insertApp } from './store.js';

export interface CreatedAppRecords {
  appId: string;
  apiKey: string;
  webhookSecret: string;
  name: string;
}

/** An app with its first API key, its webhook secret, and its first endpoint when a URL is given. */
export async function createAppRecords(
  trx: Knex.Transaction,
  secrets: SecretBox,
  app: { accountId: string; name: string; webhookUrl?: string | undefined },
): Promise<CreatedAppRecords> {
  const appId = newId('app');
  const apiKey = issueApiKey(appId);
  const webhookSecret = newWebhookSecret();
  await insertApp(trx, { id: appId, accountId: app.accountId, name: app.name, sealedWebhookSecret: secrets.seal(webhookSecret, appWebhookSecretBinding(appId)) });
  await insertApiKey(trx, { id: newId('key'), appId, prefix: apiKey.prefix, hash: apiKey.hash, name: 'Default' });
  if (app.webhookUrl) {
    const endpointId = newId('we');
    await insertWebhookEndpoint(trx, { id: endpointId, appId, url: app.webhookUrl, sealedSecret: secrets.seal(webhookSecret, endpointSecretBinding(appId, endpointId)) });
  }
  return { appId, apiKey: apiKey.key, webhookSecret, name: app.name };
}
