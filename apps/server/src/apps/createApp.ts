import { isUniqueViolation } from '../db/errors.js';
import { conflict } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { newId } from '../ids.js';
import { issueApiKey, newWebhookSecret } from '../security/apiKeys.js';
import { hashPassword } from '../security/passwords.js';
import { insertWebhookEndpoint } from '../webhooks/endpointStore.js';
import { appWebhookSecretBinding, endpointSecretBinding } from '../webhooks/secretBinding.js';
import { requireWebhookUrl } from '../webhooks/webhookUrl.js';
import { accountEmailTaken, insertAccount, insertApiKey, insertApp } from './store.js';

const emailTaken = () => conflict('An account with this email already exists.');

/** Sign-up: account, app, first API key, webhook secret (and endpoint when a URL is given). */
export const createApp: OperationHandler<'createApp'> = async ({ body, services }) => {
  const { db, secrets } = services;
  const email = body.accountEmail.trim().toLowerCase();
  const webhookUrl = body.webhookUrl && requireWebhookUrl(body.webhookUrl, 'body/webhookUrl', services.config);
  if (await accountEmailTaken(db, email)) throw emailTaken();

  const passwordHash = await hashPassword(body.accountPassword);
  const accountId = newId('acct');
  const appId = newId('app');
  const apiKey = issueApiKey(appId);
  const webhookSecret = newWebhookSecret();
  try {
    await db.transaction(async (trx) => {
      await insertAccount(trx, { id: accountId, email, name: body.accountName.trim(), passwordHash });
      await insertApp(trx, {
        id: appId,
        accountId,
        name: body.appName.trim(),
        sealedWebhookSecret: secrets.seal(webhookSecret, appWebhookSecretBinding(appId)),
      });
      await insertApiKey(trx, { id: newId('key'), appId, prefix: apiKey.prefix, hash: apiKey.hash, name: 'Default' });
      if (webhookUrl) {
        const endpointId = newId('we');
        await insertWebhookEndpoint(trx, {
          id: endpointId,
          appId,
          url: webhookUrl,
          sealedSecret: secrets.seal(webhookSecret, endpointSecretBinding(appId, endpointId)),
        });
      }
    });
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index decides.
    if (isUniqueViolation(error, 'accounts_email_unique')) throw emailTaken();
    throw error;
  }
  return {
    status: 201,
    body: { success: true, app: { appId, apiKey: apiKey.key, webhookSecret, name: body.appName.trim() } },
  };
};
