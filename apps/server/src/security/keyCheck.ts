import type { Db } from '../db/knex.js';
import { ConfigError } from '../config.js';
import type { SecretBox } from './secretBox.js';

const canaryName = 'encryption_canary';
const canaryBinding = 'deployment:encryption_canary';
const canaryText = 'patchbay';

/**
 * Refuses to start with keys that cannot read this database: a value sealed on first start
 * must open with one of the configured keys. Without this check a wrong key would surface only
 * as failing connections, one by one.
 */
export async function checkEncryptionKeys(db: Db, secrets: SecretBox): Promise<void> {
  const row: { value: string } | undefined = await db('deployment_settings').where({ name: canaryName }).first('value');
  if (!row) {
    await db('deployment_settings').insert({ name: canaryName, value: secrets.seal(canaryText, canaryBinding) }).onConflict('name').ignore();
    return;
  }
  let opened: string | undefined;
  try {
    opened = secrets.open(row.value, canaryBinding);
  } catch {
    opened = undefined;
  }
  if (opened !== canaryText) {
    throw new ConfigError(
      `ENCRYPTION_KEY cannot read this database's secrets: they were sealed with key ${secrets.keyIdOf(row.value)}, and the configured key is ${secrets.keyId}.\n` +
        'Set the key this database was created with. To rotate, list the new key first and the old one after it: ENCRYPTION_KEY=<new>,<old>.',
    );
  }
}

/** After a rotation has re-sealed everything, the canary moves to the new key too. */
export async function resealCanary(db: Db, secrets: SecretBox): Promise<void> {
  const row: { value: string } | undefined = await db('deployment_settings').where({ name: canaryName }).first('value');
  if (row && secrets.keyIdOf(row.value) !== secrets.keyId) {
    await db('deployment_settings').where({ name: canaryName }).update({ value: secrets.seal(secrets.open(row.value, canaryBinding), canaryBinding), updated_at: db.fn.now() });
  }
}
