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

export type ConnectEventName =
  | 'open'
  | 'popup_opened'
  | 'popup_blocked'
  | 'redirect'
  | 'success'
  | 'exit'
  | 'credentials_submitted'
  | 'disconnected';

export interface ConnectEvent {
  name: ConnectEventName;
  integration: string;
  /** When the event ended a flow, its outcome's details. */
  connectionId?: string;
  reason?: ExitReason;
}

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
