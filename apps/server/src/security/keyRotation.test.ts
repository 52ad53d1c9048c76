import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';
import { ConfigError } from '../config.js';
import { openCredentials } from '../connections/credentials.js';
import { reencryptSecrets } from '../jobs/reencryptSecrets.js';
import { checkEncryptionKeys } from './keyCheck.js';
import { createSecretBox } from './secretBox.js';

const oldKey = randomBytes(32);
const newKey = randomBytes(32);
let server: TestServer;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ server, close } = await startServerWithEmulatedSlack({ encryptionKey: oldKey.toString('base64') }));
});
afterAll(() => close());

describe('encryption keys', () => {
  it('a key that cannot read the database stops the start with a clear message', async () => {
    const { db } = server.database;
    await checkEncryptionKeys(db, createSecretBox(oldKey));
    const wrong = await checkEncryptionKeys(db, createSecretBox(randomBytes(32))).catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(ConfigError);
    expect((wrong as Error).message).toContain('ENCRYPTION_KEY cannot read');
    await expect(checkEncryptionKeys(db, createSecretBox(newKey, oldKey))).resolves.toBeUndefined();
  });

  it('with ENCRYPTION_KEY=new,old the job re-seals every secret with the new key', async () => {
    const app = await signUp(server.url, { webhookUrl: 'https://company-x.com/hooks' });
    await request(`${server.url}/api/v1/integrations/slack/oauth-client`, {
      apiKey: app.apiKey,
      method: 'PUT',
      body: { clientId: 'patchbay-demo', clientSecret: 'patchbay-demo-secret' },
    });
    const connectionId = await connectSlack(server, app.apiKey, 'rotating-user');

    const rotating = { ...server.services, secrets: createSecretBox(newKey, oldKey) };
    await reencryptSecrets(rotating)({}, {} as never);

    const onlyNew = createSecretBox(newKey);
    const { db } = server.database;
    const sealed = [
      ...(await db('apps').where({ id: app.appId }).pluck('webhook_secret')),
      ...(await db('webhook_endpoints').where({ app_id: app.appId }).pluck('secret')),
      ...(await db('app_integrations').where({ app_id: app.appId }).pluck('oauth_client_secret')),
      ...(await db('connections').where({ app_id: app.appId }).pluck('credentials')),
    ];
    expect(sealed).toHaveLength(4);
    for (const value of sealed) expect(onlyNew.keyIdOf(value)).toBe(onlyNew.keyId);
    const row = await db('connections').where({ id: connectionId }).first();
    expect(row.credentials_key_id).toBe(onlyNew.keyId);
    expect(openCredentials(onlyNew, app.appId, connectionId, row.credentials)).toMatchObject({ type: 'oauth2' });
    // The old key can go now.
    await expect(checkEncryptionKeys(db, onlyNew)).resolves.toBeUndefined();
  });
});
