import { isUniqueViolation } from '../db/errors.js';
import { conflict } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { newId } from '../ids.js';
import { hashPassword } from '../security/passwords.js';
import { requireWebhookUrl } from '../webhooks/webhookUrl.js';
import { createAppRecords, type CreatedAppRecords } from './createAppRecords.js';
import { accountEmailTaken, insertAccount } from './store.js';

const emailTaken = () => conflict('An account with this email already exists.');

/** Sign-up: account, app, first API key, webhook secret (and endpoint when a URL is given). */
export const createApp: OperationHandler<'createApp'> = async ({ body, services }) => {
  const { db, secrets } = services;
  const email = body.accountEmail.trim().toLowerCase();
  const webhookUrl = body.webhookUrl && (await requireWebhookUrl(body.webhookUrl, 'body/webhookUrl', services.config));
  if (await accountEmailTaken(db, email)) throw emailTaken();

  const passwordHash = await hashPassword(body.accountPassword);
  let app: CreatedAppRecords;
  try {
    app = await db.transaction(async (trx) => {
      const accountId = newId('acct');
      await insertAccount(trx, { id: accountId, email, name: body.accountName.trim(), passwordHash });
      return createAppRecords(trx, secrets, { accountId, name: body.appName.trim(), webhookUrl });
    });
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index decides.
    if (isUniqueViolation(error, 'accounts_email_unique')) throw emailTaken();
    throw error;
  }
  return { status: 201, body: { success: true, app } };
};
