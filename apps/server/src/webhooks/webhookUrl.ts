import { invalidRequest } from '../http/apiError.js';
import { requireHttpUrl } from '../http/urls.js';
import type { Config } from '../config.js';
import { privateUrlProblem } from './ssrfGuard.js';

/** A URL we may deliver to: http(s), and not a private address unless the server allows it. */
export function requireWebhookUrl(value: string, field: string, config: Config): string {
  const url = requireHttpUrl(value, field);
  const problem = config.webhooks.allowPrivateUrls ? undefined : privateUrlProblem(url);
  if (problem) {
    const message = `must not point at a private or local address (${problem})`;
    throw invalidRequest(`${field}: ${message}`, [{ path: field, message }], 'webhook_url_not_allowed');
  }
  return url.toString();
}
