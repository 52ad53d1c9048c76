/**
 * Every text the components show, in English. Pass `texts` (to `<PatchbayProvider>` or a
 * component) to translate or reword any of them; `{name}` is the integration's name and `{query}`
 * the search. Category names are `category.<category>` keys; a category without one is shown
 * from its id (`project-management` → "Project management").
 */
export const defaultTexts = {
  catalogLabel: 'Integrations',
  modalTitle: 'Connect your tools',
  close: 'Close',
  loading: 'Loading integrations…',
  loadFailed: 'The integrations could not be loaded.',
  retry: 'Try again',
  empty: 'No integrations are available.',
  sessionExpired: 'This session has expired. Reload the page to continue.',
  notAllowed: 'This page may not connect accounts yet: the browser console says what to configure.',
  searchLabel: 'Search integrations',
  searchPlaceholder: 'Search',
  allCategories: 'All',
  categoriesLabel: 'Categories',
  noResults: 'No integration matches “{query}”.',
  connect: 'Connect',
  connectLabel: 'Connect {name}',
  reconnect: 'Reconnect',
  reconnectLabel: 'Reconnect {name}',
  disconnect: 'Disconnect',
  disconnectLabel: 'Disconnect {name}',
  connectedLabel: '{name} connected',
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
  'category.crm': 'CRM',
};

export type PatchbayTexts = typeof defaultTexts & Partial<Record<`category.${string}`, string>>;

/** Fills `{name}`, `{query}`… into a text. */
export function formatText(template: string, values: string | Record<string, string>): string {
  const fields = typeof values === 'string' ? { name: values } : values;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => fields[key] ?? whole);
}

/** `project-management` → "Project management": a readable stand-in for an id without a text. */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
