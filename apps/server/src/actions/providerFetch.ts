import type { Credentials, IntegrationDefinition } from '@patchbay/integrations';
import type { Pace } from './providerPacer.js';
import { sendProviderRequest } from './providerTransport.js';

/**
 * The `fetch` an action gets: paths resolve under the provider's API base URL and the
 * connection's credentials are added, so action code never touches a token. With `pace`, every
 * request waits for the provider's rate limit first (providerPacer.ts). Sent by
 * providerTransport.ts, with fetch's semantics.
 */
export function createProviderFetch(
  integration: IntegrationDefinition,
  apiBaseUrl: string,
  credentials: Credentials,
  signal: AbortSignal,
  pace?: Pace,
): (path: string, init?: RequestInit) => Promise<Response> {
  const base = new URL(apiBaseUrl);
  return (path, init = {}) => {
    const url = new URL(path.replace(/^\//, ''), base);
    // Nothing may resolve outside the API base (another host, or `..` above its path).
    if (!url.href.startsWith(base.href)) throw new Error(`Refused to call ${url.origin}${url.pathname}, outside ${base.href}`);
    const headers = new Headers(init.headers);
    integration.authorizeRequest(headers, credentials);
    const send = () => sendProviderRequest(url, { ...init, headers, signal: init.signal ? AbortSignal.any([signal, init.signal]) : signal });
    return pace ? pace(send) : send();
  };
}
