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
