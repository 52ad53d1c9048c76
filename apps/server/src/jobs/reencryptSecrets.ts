import type { Task } from 'graphile-worker';
import { credentialsBinding } from '../connections/credentials.js';
import type { Db } from '../db/knex.js';
import { oauthClientSecretBinding } from '../integrations/appIntegrationStore.js';
import { resealCanary } from '../security/keyCheck.js';
import type { SecretBox } from '../security/secretBox.js';
import type { Services } from '../services.js';
import { subscriptionSecretBinding } from '../triggers/subscriptionStore.js';
import { appWebhookSecretBinding, endpointSecretBinding } from '../webhooks/secretBinding.js';

export const reencryptSecretsTask = 'reencrypt_secrets';
const batchSize = 200;

type Row = Record<string, string>;

/** Every sealed column, how to find its row and what it is bound to. */
const sealedColumns: { table: string; keys: string[]; column: string; binding(row: Row): string; keyIdColumn?: string }[] = [
  { table: 'apps', keys: ['id'], column: 'webhook_secret', binding: (row) => appWebhookSecretBinding(row.id!) },
  { table: 'webhook_endpoints', keys: ['app_id', 'id'], column: 'secret', binding: (row) => endpointSecretBinding(row.app_id!, row.id!) },
  { table: 'webhook_endpoints', keys: ['app_id', 'id'], column: 'previous_secret', binding: (row) => endpointSecretBinding(row.app_id!, row.id!) },
  { table: 'app_integrations', keys: ['app_id', 'integration_slug'], column: 'oauth_client_secret', binding: (row) => oauthClientSecretBinding(row.app_id!, row.integration_slug!) },
  { table: 'connections', keys: ['app_id', 'id'], column: 'credentials', binding: (row) => credentialsBinding(row.app_id!, row.id!), keyIdColumn: 'credentials_key_id' },
  { table: 'oauth_states', keys: ['app_id', 'state_hash'], column: 'code_verifier', binding: (row) => `state:${row.state_hash}` },
  { table: 'trigger_subscriptions', keys: ['app_id', 'id'], column: 'signing_secret', binding: (row) => subscriptionSecretBinding(row.app_id!, row.id!) },
];

/** Re-seals one batch of one column with the current key; returns how many rows it changed. */
async function reencryptBatch(db: Db, secrets: SecretBox, target: (typeof sealedColumns)[number]): Promise<number> {
  const rows: Row[] = await db(target.table)
    .whereNotNull(target.column)
    .andWhereNot(target.column, 'like', `v1.${secrets.keyId}.%`)
    .limit(batchSize)
    .select([...target.keys, target.column]);
  for (const row of rows) {
    const sealed = row[target.column]!;
    const resealed = secrets.seal(secrets.open(sealed, target.binding(row)), target.binding(row));
    const where = Object.fromEntries(target.keys.map((key) => [key, row[key]]));
    // Only if nobody rewrote it meanwhile (a refresh, a rotation): theirs is already current.
    await db(target.table)
      .where({ ...where, [target.column]: sealed })
      .update({ [target.column]: resealed, ...(target.keyIdColumn ? { [target.keyIdColumn]: secrets.keyId } : {}) });
  }
  return rows.length;
}

/** After a key rotation (ENCRYPTION_KEY=new,old): moves every secret to the new key. */
export function reencryptSecrets(services: Services): Task {
  return async () => {
    for (const target of sealedColumns) {
      while ((await reencryptBatch(services.db, services.secrets, target)) > 0) {
        // next batch
      }
    }
    await resealCanary(services.db, services.secrets);
    services.logger.info({ keyId: services.secrets.keyId }, 'every secret is sealed with the current key');
  };
}

export async function queueReencryption(db: Db): Promise<void> {
  await db.raw("select graphile_worker.add_job(?, '{}'::json, job_key => ?)", [reencryptSecretsTask, reencryptSecretsTask]);
}
