import type { Credentials } from '@patchbay/integrations';
import type { SecretBox } from '../security/secretBox.js';

// Credentials are sealed with the ids of the row they belong to as additional data.
export const credentialsBinding = (appId: string, connectionId: string) => `app:${appId}:connection:${connectionId}`;
const binding = credentialsBinding;

export function sealCredentials(secrets: SecretBox, appId: string, connectionId: string, credentials: Credentials): string {
  return secrets.seal(JSON.stringify(credentials), binding(appId, connectionId));
}

export function openCredentials(secrets: SecretBox, appId: string, connectionId: string, sealed: string): Credentials {
  return JSON.parse(secrets.open(sealed, binding(appId, connectionId))) as Credentials;
}

/** Connections whose opened credentials are kept; past it the oldest is dropped. */
const openedLimit = 10_000;
// Process memory only: by app and connection, valid while the row holds the same ciphertext
// (every change of the tokens seals them again, with a new IV, so it never matches an old one).
const opened = new Map<string, { sealed: string; credentials: Credentials }>();

/** openCredentials, without decrypting again a ciphertext this process already opened (the action path). */
export function openCredentialsCached(secrets: SecretBox, appId: string, connectionId: string, sealed: string): Credentials {
  const key = binding(appId, connectionId);
  const hit = opened.get(key);
  if (hit?.sealed === sealed) return hit.credentials;
  const credentials = Object.freeze(openCredentials(secrets, appId, connectionId, sealed));
  opened.delete(key);
  if (opened.size >= openedLimit) opened.delete(opened.keys().next().value!);
  opened.set(key, { sealed, credentials });
  return credentials;
}
