import { invalidRequest } from './apiError.js';

/** Only http(s) URLs may be stored for redirects and webhooks (`javascript:`, `file:`… never). */
export function requireHttpUrl(value: string, field: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidRequest(`${field}: must be an absolute URL`, [{ path: field, message: 'must be an absolute URL' }]);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalidRequest(`${field}: must be an http or https URL`, [{ path: field, message: 'must be an http or https URL' }]);
  }
  if (url.username || url.password) {
    throw invalidRequest(`${field}: must not contain credentials`, [{ path: field, message: 'must not contain credentials' }]);
  }
  return url;
}
