import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { parseEncryptionKey, parseEncryptionKeys } from './secretBox.js';

/**
 * The keys from ENCRYPTION_KEY (newest first), or for local runs one generated on first start
 * and kept in the data dir (production refuses to start without ENCRYPTION_KEY; see config.ts).
 */
export async function loadEncryptionKeys(config: Config): Promise<Buffer[]> {
  if (config.encryptionKey) return parseEncryptionKeys(config.encryptionKey);
  return [await localKey(config)];
}

async function localKey(config: Config): Promise<Buffer> {
  const file = path.join(config.dataDir, 'encryption.key');
  try {
    return parseEncryptionKey(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
