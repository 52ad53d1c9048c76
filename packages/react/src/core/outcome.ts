import { ConnectApiError } from './api.js';

/**
 * Why a flow ended without a connection. `user_closed`: the popup was closed (or the dialog
 * dismissed); `session_expired`: the token is no longer valid (401); `access_denied`: the user
 * declined at the provider; `connection_failed`: the provider or Patchbay refused (token exchange,
 * invalid credentials); `not_allowed`: the app's allowedOrigins/redirectUris refuse this page;
 * `network_error`: Patchbay could not be reached; `timeout`: nothing happened for 10 minutes;
 * `cancelled`: the page cancelled the flow (e.g. the component unmounted).
 */
export type ExitReason =
  | 'user_closed'
  | 'session_expired'
  | 'access_denied'
  | 'connection_failed'
  | 'not_allowed'
  | 'network_error'
  | 'timeout'
  | 'cancelled';

export interface ConnectSuccess {
  integration: string;
  connectionId: string;
}

export interface ConnectExit {
  integration: string;
  reason: ExitReason;
  /** The API's or provider's error, when there was one. */
  error?: { code: string; message: string };
}

export type ConnectOutcome =
  | ({ status: 'success' } & ConnectSuccess)
  | ({ status: 'exit' } & ConnectExit)
  /** Redirect mode: the page is navigating to the provider; the result arrives on return. */
  | { status: 'redirected'; integration: string };

/**
 * What happened, as it happens, for your analytics (a connect funnel) or your own UI. In order:
 *
 * - `opened`: a catalog showed its integrations (inline, or in `<ConnectModal>`).
 * - `integration_selected`: the end user chose one (Connect, Reconnect, a `<ConnectButton>`, `open()`).
 * - `oauth_window_opened`: the provider's consent page is showing in the popup.
 * - `popup_blocked` then `redirected`: the browser refused the popup; the whole page went to the provider.
 * - `oauth_window_closed`: the end user closed the popup before finishing.
 * - `credentials_submitted`: the end user sent an API-key form (its answer follows as `success` or `error`).
 * - `success`: a connection was made.
 * - `error`: something failed, with the API's or the provider's `code` (the end user may retry a form).
 * - `exit`: a flow ended without a connection, with its `reason`.
 * - `disconnected`: the end user removed a connection.
 * - `closed`: `<ConnectModal>` was closed.
 */
export type ConnectEvent =
  | { name: 'opened' | 'closed' }
  | { name: 'integration_selected' | 'oauth_window_opened' | 'oauth_window_closed' | 'popup_blocked' | 'redirected' | 'credentials_submitted'; integration: string }
  | { name: 'success' | 'disconnected'; integration: string; connectionId: string }
  | { name: 'error'; integration?: string; error: { code: string; message: string } }
  | { name: 'exit'; integration: string; reason: ExitReason; error?: { code: string; message: string } };

export type ConnectEventName = ConnectEvent['name'];

const apiCodeReasons: Record<string, ExitReason> = {
  origin_not_allowed: 'not_allowed',
  redirect_uri_not_allowed: 'not_allowed',
  access_denied: 'access_denied',
};

/** An API error, or the provider's error from the callback, as the exit the page is told about. */
export function exitFromError(integration: string, error: unknown): { status: 'exit' } & ConnectExit {
  if (error instanceof ConnectApiError) {
    const reason: ExitReason =
      error.status === 401 ? 'session_expired' : error.status === 0 ? 'network_error' : (apiCodeReasons[error.code] ?? 'connection_failed');
    return { status: 'exit', integration, reason, error: { code: error.code, message: error.message } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 'exit', integration, reason: 'connection_failed', error: { code: 'unknown', message } };
}

export function providerExit(integration: string, code: string, message: string): { status: 'exit' } & ConnectExit {
  return { status: 'exit', integration, reason: apiCodeReasons[code] ?? 'connection_failed', error: { code, message } };
}
