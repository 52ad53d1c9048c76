import type { ServerResponse } from 'node:http';

// Nothing the emulator answers may be cached: tokens and consent pages are per-request.
const noStore = { 'cache-control': 'no-store' };

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...noStore, ...headers });
  res.end(JSON.stringify(body));
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...noStore });
  res.end(html);
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, ...noStore });
  res.end();
}

/** `base` with the defined parameters added to its query, as authorization responses are built (RFC 6749 §4.1.2). */
export function withParameters(base: string, parameters: Record<string, string | undefined>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}
