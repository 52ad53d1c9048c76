import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM sealing of secrets at rest. The additional data binds a ciphertext to the row it
 * belongs to, so a ciphertext copied into another app's row fails to open.
 */
export interface SecretBox {
  /** Identifies the key, stored beside each ciphertext so keys can be rotated later. */
  readonly keyId: string;
  seal(plaintext: string, additionalData: string): string;
  open(sealed: string, additionalData: string): string;
}

const version = 'v1';

export function parseEncryptionKey(raw: string): Buffer {
  const trimmed = raw.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new Error('ENCRYPTION_KEY must be 32 bytes, written as base64 (44 characters) or hex (64 characters).');
  }
  return key;
}

export function createSecretBox(key: Buffer): SecretBox {
  const keyId = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return {
    keyId,
    seal(plaintext, additionalData) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(additionalData));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [version, keyId, iv, cipher.getAuthTag(), ciphertext];
      return parts.map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
    },
    open(sealed, additionalData) {
      const [sealedVersion, sealedKeyId, iv, tag, ciphertext] = sealed.split('.');
      if (sealedVersion !== version || !iv || !tag || ciphertext === undefined) throw new Error('Malformed ciphertext');
      if (sealedKeyId !== keyId) throw new Error(`Ciphertext was sealed with key ${sealedKeyId}, not ${keyId}`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(additionalData));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
