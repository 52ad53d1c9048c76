// What each sealed webhook secret is bound to (the AES-GCM additional data): a ciphertext copied
// to another row or app does not open.
export const appWebhookSecretBinding = (appId: string) => `app:${appId}:webhook_secret`;
export const endpointSecretBinding = (appId: string, endpointId: string) => `app:${appId}:endpoint:${endpointId}`;
