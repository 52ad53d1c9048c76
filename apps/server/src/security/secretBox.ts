import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM sealing of secrets at rest. The additional data binds a ciphertext to the row it
 * belongs to, so a ciphertext copied into another app's row fails to open. Several keys may be
 * configured: the first seals, any of them opens what it sealed (key rotation).
 */
export interface SecretBox {
  /** The id of the key new writes use; each ciphertext names its own key. */
  readonly keyId: string;
  seal(plaintext: string, additionalData: string): string;
  open(sealed: string, additionalData: string): string;
  /** The id of the key a ciphertext was sealed with. */
  keyIdOf(sealed: string): string;
}

const version = 'v1';

export class UnknownKeyError extends Error {
  override name = 'UnknownKeyError';
}

export function parseEncryptionKey(raw: string): Buffer {
  const trimmed = raw.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new Error('ENCRYPTION_KEY must be 32 bytes, written as base64 (44 characters) or hex (64 characters).');
  }
  return key;
}

/** `ENCRYPTION_KEY=new,old`: the newest first. */
export function parseEncryptionKeys(raw: string): Buffer[] {
  return raw.split(',').filter((part) => part.trim() !== '').map(parseEncryptionKey);
}

const idOf = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 12);

export function createSecretBox(...keys: Buffer[]): SecretBox {
  const [current] = keys;
  if (!current) throw new Error('At least one encryption key is needed.');
  const byId = new Map(keys.map((key) => [idOf(key), key]));
  const keyId = idOf(current);
  return {
    keyId,
    seal(plaintext, additionalData) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      cipher.setAAD(Buffer.from(additionalData));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [version, keyId, iv, cipher.getAuthTag(), ciphertext];
      return parts.map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
    },
    open(sealed, additionalData) {
      const [sealedVersion, sealedKeyId, iv, tag, ciphertext] = sealed.split('.');
      if (sealedVersion !== version || !sealedKeyId || !iv || !tag || ciphertext === undefined) throw new Error('Malformed ciphertext');
      const key = byId.get(sealedKeyId);
      if (!key) throw new UnknownKeyError(`Sealed with encryption key ${sealedKeyId}, which is not configured (configured: ${[...byId.keys()].join(', ')}).`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(additionalData));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
    keyIdOf(sealed) {
      return sealed.split('.')[1] ?? '';
    },
  };
}
