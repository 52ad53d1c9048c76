import type { AuthenticatedApp } from '../apps/authenticatedApp.js';
import { invalidRequest } from '../http/apiError.js';
import { requireHttpUrl } from '../http/urls.js';

/**
 * An http(s) redirect URI that, when the app keeps an allowlist, is on it by exact string
 * match (RFC 9700 §4.1.3: no pattern or prefix matching).
 */
export function requireAllowedRedirectUri(app: Pick<AuthenticatedApp, 'redirectUris'>, value: string, field: string): string {
  requireHttpUrl(value, field);
  if (app.redirectUris.length > 0 && !app.redirectUris.includes(value)) {
    const message = "is not in the app's list of allowed redirect URIs";
    throw invalidRequest(`${field}: ${message}`, [{ path: field, message }], 'redirect_uri_not_allowed');
  }
  return value;
}
