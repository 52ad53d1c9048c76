import type { Knex } from 'knex';

export interface NewAccount {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
}

export interface NewApp {
  id: string;
  accountId: string;
  name: string;
  sealedWebhookSecret: string;
}

export async function accountEmailTaken(db: Knex, email: string): Promise<boolean> {
  return Boolean(await db('accounts').whereRaw('lower(email) = lower(?)', [email]).first('id'));
}

export async function insertAccount(trx: Knex.Transaction, account: NewAccount): Promise<void> {
  await trx('accounts').insert({
    id: account.id,
    email: account.email,
    name: account.name,
    password_hash: account.passwordHash,
  });
}

export async function insertApp(trx: Knex.Transaction, app: NewApp): Promise<void> {
  await trx('apps').insert({
    id: app.id,
    account_id: app.accountId,
    name: app.name,
    webhook_secret: app.sealedWebhookSecret,
  });
}

export async function insertApiKey(
  trx: Knex.Transaction,
  key: { id: string; appId: string; prefix: string; hash: string; name: string },
): Promise<void> {
  await trx('api_keys').insert({ id: key.id, app_id: key.appId, prefix: key.prefix, key_hash: key.hash, name: key.name });
}
