import type { Credentials, IntegrationDefinition } from '@patchbay/integrations';

/**
 * The `fetch` an action gets: paths resolve under the provider's API base URL and the
 * connection's credentials are added, so action code never touches a token.
 */
export function createProviderFetch(
  integration: IntegrationDefinition,
  apiBaseUrl: string,
  credentials: Credentials,
  signal: AbortSignal,
): (path: string, init?: RequestInit) => Promise<Response> {
  const base = new URL(apiBaseUrl);
  return (path, init = {}) => {
    const url = new URL(path.replace(/^\//, ''), base);
    // Nothing may resolve outside the API base (another host, or `..` above its path).
    if (!url.href.startsWith(base.href)) throw new Error(`Refused to call ${url.origin}${url.pathname}, outside ${base.href}`);
    const headers = new Headers(init.headers);
    integration.authorizeRequest(headers, credentials);
    return fetch(url, { ...init, headers, signal: init.signal ? AbortSignal.any([signal, init.signal]) : signal });
  };
}
