import type { SecretBox } from '../security/secretBox.js';
import type { WebhookEndpointRow } from './endpointStore.js';
import { endpointSecretBinding } from './secretBinding.js';

/** The secrets that sign a delivery now: the current one, plus the previous during rotation. */
export function signingSecrets(secrets: SecretBox, endpoint: WebhookEndpointRow, now = new Date()): string[] {
  const binding = endpointSecretBinding(endpoint.app_id, endpoint.id);
  const current = secrets.open(endpoint.secret, binding);
  const previousValid = endpoint.previous_secret && endpoint.previous_secret_expires_at && endpoint.previous_secret_expires_at > now;
  return previousValid ? [current, secrets.open(endpoint.previous_secret!, binding)] : [current];
}

export function sealEndpointSecret(secrets: SecretBox, appId: string, endpointId: string, secret: string): string {
  return secrets.seal(secret, endpointSecretBinding(appId, endpointId));
}

export function openEndpointSecret(secrets: SecretBox, endpoint: WebhookEndpointRow): string {
  return secrets.open(endpoint.secret, endpointSecretBinding(endpoint.app_id, endpoint.id));
}
