import type { Emulator } from '@patchbay/emulator';
import { openCredentials, sealCredentials } from '../src/connections/credentials.js';
import type { Db } from '../src/db/knex.js';
import type { SecretBox } from '../src/security/secretBox.js';

/** The connection's access token is expired at the provider and in our records: the next call must refresh. */
export async function expireConnectionTokens(services: { db: Db; secrets: SecretBox }, emulator: Emulator, connectionId: string): Promise<void> {
  const { db, secrets } = services;
  emulator.expireAccessTokens();
  const row = await db('connections').where({ id: connectionId }).first();
  const credentials = openCredentials(secrets, row.app_id, row.id, row.credentials);
  if (credentials.type !== 'oauth2') throw new Error('expected OAuth credentials');
  const expired = new Date(Date.now() - 1000);
  await db('connections')
    .where({ app_id: row.app_id, id: connectionId })
    .update({ expires_at: expired, credentials: sealCredentials(secrets, row.app_id, row.id, { ...credentials, expiresAt: expired.toISOString() }) });
}
