import { ConnectApiError, type ConnectApi, type Connection } from './api.js';
import { exitFromError, providerExit, type ConnectEvent, type ConnectOutcome } from './outcome.js';

export interface OpenConnectionOptions {
  /** Patchbay's URL; popup messages from any other origin are ignored. */
  baseUrl: string;
  /** `popup` (default) falls back to `redirect` when the browser blocks the popup. */
  mode?: 'popup' | 'redirect';
  /** Where redirect mode returns to. Default: the current page (without a previous result). */
  redirectUri?: string;
  onEvent?: (event: ConnectEvent) => void;
  signal?: AbortSignal;
  /** How redirect mode leaves the page; default `location.assign` (a router or a test may pass its own). */
  navigate?: (url: string) => void;
  /** Intervals, in milliseconds; tests shorten them. */
  timing?: { closedCheckMs?: number; connectionPollMs?: number; timeoutMs?: number };
}

/** What the OAuth callback page posts to the opener (apps/server/src/connections/popupPage.ts). */
type PopupResult =
  | { type: 'patchbay:connection'; status: 'success'; connectionId: string; integration: string }
  | { type: 'patchbay:connection'; status: 'error'; error: string; errorDescription: string; integration: string };

const pendingKey = 'patchbay:pending-connection';
const resultParameters = ['connectionId', 'status', 'error', 'error_description'];
// The state of an authorization expires after 10 minutes on the server; waiting longer is pointless.
const defaultTiming = { closedCheckMs: 500, connectionPollMs: 2000, timeoutMs: 10 * 60 * 1000 };

function isPopupResult(data: unknown): data is PopupResult {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'patchbay:connection';
}

/** The integration's connections as one comparable string: a new or re-activated one changes it. */
function connectionState(connections: Connection[], integration: string): string {
  return connections
    .filter((c) => c.integration === integration)
    .map((c) => `${c.id}:${c.status}:${c.updatedAt}`)
    .sort()
    .join('|');
}

function popupFeatures(): string {
  const width = 500;
  const height = 700;
  const left = Math.max(0, window.screenX + (window.outerWidth - width) / 2);
  const top = Math.max(0, window.screenY + (window.outerHeight - height) / 2);
  return `popup=yes,width=${width},height=${height},left=${Math.round(left)},top=${Math.round(top)}`;
}

/** The current page without the result parameters of a previous redirect. */
function currentPageUrl(): string {
  const url = new URL(window.location.href);
  url.hash = '';
  for (const name of resultParameters) url.searchParams.delete(name);
  return url.toString();
}

/** The events that close a flow: `success`, or (`oauth_window_closed` | `error`) then `exit`. */
export function emitOutcome(outcome: ConnectOutcome, onEvent: OpenConnectionOptions['onEvent']): ConnectOutcome {
  const { integration } = outcome;
  if (outcome.status === 'success') onEvent?.({ name: 'success', integration, connectionId: outcome.connectionId });
  if (outcome.status === 'exit') {
    if (outcome.reason === 'user_closed') onEvent?.({ name: 'oauth_window_closed', integration });
    if (outcome.error) onEvent?.({ name: 'error', integration, error: outcome.error });
    onEvent?.({ name: 'exit', integration, reason: outcome.reason, ...(outcome.error ? { error: outcome.error } : {}) });
  }
  return outcome;
}

async function redirectToProvider(api: ConnectApi, integration: string, options: OpenConnectionOptions): Promise<ConnectOutcome> {
  try {
    const { authorizationUrl } = await api.authorize(integration, options.redirectUri ?? currentPageUrl());
    try {
      window.sessionStorage.setItem(pendingKey, integration);
    } catch {
      // Storage disabled: the return still carries the result, only without the integration name.
    }
    options.onEvent?.({ name: 'redirected', integration });
    (options.navigate ?? ((url: string) => window.location.assign(url)))(authorizationUrl);
    return { status: 'redirected', integration };
  } catch (error) {
    return exitFromError(integration, error);
  }
}

/**
 * Connects one OAuth integration. Call it from a click handler: the popup is opened before any
 * `await`, so popup blockers see the user's gesture. Without a popup (blocked), the whole page goes
 * to the provider and comes back (see consumeRedirectResult).
 */
export async function openConnection(api: ConnectApi, integration: string, options: OpenConnectionOptions): Promise<ConnectOutcome> {
  options.onEvent?.({ name: 'integration_selected', integration });
  if (options.mode === 'redirect') return emitOutcome(await redirectToProvider(api, integration, options), options.onEvent);

  const popup = window.open('', `patchbay-${integration}`, popupFeatures());
  if (!popup) {
    options.onEvent?.({ name: 'popup_blocked', integration });
    return emitOutcome(await redirectToProvider(api, integration, options), options.onEvent);
  }
  let before: string;
  try {
    const [connections, { authorizationUrl }] = await Promise.all([api.listConnections(), api.authorize(integration)]);
    before = connectionState(connections, integration);
    if (popup.closed) return emitOutcome({ status: 'exit', integration, reason: 'user_closed' }, options.onEvent);
    popup.location.href = authorizationUrl;
  } catch (error) {
    popup.close();
    return emitOutcome(exitFromError(integration, error), options.onEvent);
  }
  options.onEvent?.({ name: 'oauth_window_opened', integration });
  return emitOutcome(await waitForPopup(api, integration, popup, before, options), options.onEvent);
}

function waitForPopup(api: ConnectApi, integration: string, popup: Window, before: string, options: OpenConnectionOptions): Promise<ConnectOutcome> {
  const serverOrigin = new URL(options.baseUrl, window.location.href).origin;
  const timing = { ...defaultTiming, ...options.timing };
  return new Promise((resolve) => {
    let done = false;
    let finalCheck = false;
    const settle = (outcome: ConnectOutcome) => {
      if (done) return;
      done = true;
      window.removeEventListener('message', onMessage);
      options.signal?.removeEventListener('abort', onAbort);
      clearInterval(closedTimer);
      clearInterval(pollTimer);
      clearTimeout(timeoutTimer);
      if (!popup.closed) popup.close();
      resolve(outcome);
    };
    const onMessage = (event: MessageEvent) => {
      // Only Patchbay's callback page, for this integration; any other window's message is ignored.
      if (event.origin !== serverOrigin || !isPopupResult(event.data) || event.data.integration !== integration) return;
      const data = event.data;
      settle(data.status === 'success' ? { status: 'success', integration, connectionId: data.connectionId } : providerExit(integration, data.error, data.errorDescription));
    };
    const onAbort = () => settle({ status: 'exit', integration, reason: 'cancelled' });
    // The fallback when the callback page cannot reach this window (it lost its opener): the
    // connection shows up in the end user's list all the same.
    const checkConnections = async (): Promise<boolean> => {
      try {
        const connections = await api.listConnections();
        const connection = connections.find((c) => c.integration === integration && c.status === 'active');
        if (connection && connectionState(connections, integration) !== before) {
          settle({ status: 'success', integration, connectionId: connection.id });
          return true;
        }
      } catch (error) {
        if (error instanceof ConnectApiError && error.status === 401) settle(exitFromError(integration, error));
      }
      return false;
    };
    const closedTimer = setInterval(() => {
      if (!popup.closed || finalCheck) return;
      // A success message may still be on its way: the connection list decides.
      finalCheck = true;
      void checkConnections().then((found) => {
        if (!found) settle({ status: 'exit', integration, reason: 'user_closed' });
      });
    }, timing.closedCheckMs);
    const pollTimer = setInterval(() => void checkConnections(), timing.connectionPollMs);
    const timeoutTimer = setTimeout(() => settle({ status: 'exit', integration, reason: 'timeout' }), timing.timeoutMs);
    window.addEventListener('message', onMessage);
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort);
  });
}

/**
 * After redirect mode, the page is loaded again with `connectionId` or `error` in its URL. Returns
 * that outcome once (and removes the parameters from the address bar), or undefined.
 */
export function consumeRedirectResult(): ConnectOutcome | undefined {
  if (typeof window === 'undefined') return undefined;
  let integration: string | null;
  try {
    integration = window.sessionStorage.getItem(pendingKey);
    window.sessionStorage.removeItem(pendingKey);
  } catch {
    return undefined;
  }
  if (!integration) return undefined;
  const url = new URL(window.location.href);
  const connectionId = url.searchParams.get('connectionId');
  const error = url.searchParams.get('error');
  const description = url.searchParams.get('error_description') ?? '';
  if (!connectionId && !error) return undefined;
  for (const name of resultParameters) url.searchParams.delete(name);
  window.history.replaceState(window.history.state, '', url.toString());
  return connectionId ? { status: 'success', integration, connectionId } : providerExit(integration, error!, description);
}
