import { invalidRequest } from '../http/apiError.js';
import { requireHttpUrl } from '../http/urls.js';
import type { Config } from '../config.js';
import { privateTargetProblem } from './ssrfGuard.js';

/**
 * A URL we may deliver to: http(s), and neither naming nor resolving to a private address unless
 * the server allows it (ALLOW_PRIVATE_WEBHOOK_URLS; off in production).
 */
export async function requireWebhookUrl(value: string, field: string, config: Config): Promise<string> {
  const url = requireHttpUrl(value, field);
  const problem = config.webhooks.allowPrivateUrls ? undefined : await privateTargetProblem(url);
  if (problem) {
    const message = `must not point at a private or local address (${problem})`;
    throw invalidRequest(`${field}: ${message}`, [{ path: field, message }], 'webhook_url_not_allowed');
  }
  return url.toString();
}
