import type { IncomingMessage } from 'node:http';
import { field, type Body } from './body.js';

/**
 * Client credentials from HTTP Basic (client_secret_basic) or the body (client_secret_post),
 * RFC 6749 §2.3.1. `basic` says which was used.
 */
export function clientCredentials(req: IncomingMessage, body: Body): { clientId?: string; clientSecret?: string; basic: boolean } {
  const header = req.headers.authorization;
  if (header?.toLowerCase().startsWith('basic ')) {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return { basic: true };
    return { clientId: formDecode(decoded.slice(0, colon)), clientSecret: formDecode(decoded.slice(colon + 1)), basic: true };
  }
  return { clientId: field(body, 'client_id'), clientSecret: field(body, 'client_secret'), basic: false };
}

/** The bearer token from `Authorization`, or Slack's `token` form field. */
export function bearerToken(req: IncomingMessage, body: Body = {}): string | undefined {
  const header = req.headers.authorization;
  if (header?.toLowerCase().startsWith('bearer ')) return header.slice(7).trim() || undefined;
  return field(body, 'token');
}

// RFC 6749 §2.3.1 form-encodes the id and secret before Basic; a malformed escape is kept verbatim
// (it then fails authentication) rather than throwing.
function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replaceAll('+', ' ')) || undefined;
  } catch {
    return value;
  }
}
