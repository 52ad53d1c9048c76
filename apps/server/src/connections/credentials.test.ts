import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createSecretBox } from '../security/secretBox.js';
import { openCredentialsCached, sealCredentials } from './credentials.js';

describe('opened credentials kept per process', () => {
  it('decrypts a ciphertext once, opens a new one again, and never serves a row another row\'s ciphertext', () => {
    const secrets = createSecretBox(randomBytes(32));
    const open = vi.spyOn(secrets, 'open');
    const first = sealCredentials(secrets, 'app_a', 'conn_a', { type: 'oauth2', accessToken: 'token-1' });
    expect(openCredentialsCached(secrets, 'app_a', 'conn_a', first)).toMatchObject({ accessToken: 'token-1' });
    expect(openCredentialsCached(secrets, 'app_a', 'conn_a', first)).toMatchObject({ accessToken: 'token-1' });
    expect(open).toHaveBeenCalledTimes(1);
    // A refresh seals the new tokens: the row's new ciphertext is opened, not the old tokens served.
    const refreshed = sealCredentials(secrets, 'app_a', 'conn_a', { type: 'oauth2', accessToken: 'token-2' });
    expect(openCredentialsCached(secrets, 'app_a', 'conn_a', refreshed)).toMatchObject({ accessToken: 'token-2' });
    expect(open).toHaveBeenCalledTimes(2);
    // The same ciphertext copied into another app's or connection's row still fails to open.
    expect(() => openCredentialsCached(secrets, 'app_b', 'conn_a', refreshed)).toThrow();
    expect(() => openCredentialsCached(secrets, 'app_a', 'conn_b', refreshed)).toThrow();
  });
});
