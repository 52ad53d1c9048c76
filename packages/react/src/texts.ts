/** Every text the components show; `{name}` is replaced with the integration's name. */
export const defaultTexts = {
  catalogLabel: 'Integrations',
  loading: 'Loading integrations…',
  loadFailed: 'The integrations could not be loaded.',
  retry: 'Try again',
  empty: 'No integrations are available.',
  sessionExpired: 'This session has expired. Reload the page to continue.',
  connect: 'Connect',
  connectLabel: 'Connect {name}',
  reconnect: 'Reconnect',
  reconnectLabel: 'Reconnect {name}',
  disconnect: 'Disconnect',
  disconnectLabel: 'Disconnect {name}',
  statusConnected: 'Connected',
  statusNeedsReauth: 'Needs reconnecting',
  statusNotConnected: 'Not connected',
  connected: '{name} is connected.',
  disconnected: '{name} was disconnected.',
  notConnected: '{name} was not connected.',
  credentialsTitle: 'Connect {name}',
  credentialsSubmit: 'Connect',
  credentialsSubmitting: 'Connecting…',
  cancel: 'Cancel',
};

export type PatchbayTexts = typeof defaultTexts;

export function formatText(template: string, name: string): string {
  return template.replaceAll('{name}', name);
}
