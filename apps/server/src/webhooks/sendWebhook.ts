import http from 'node:http';
import https from 'node:https';
import { guardedLookup, privateIpLiteral } from './ssrfGuard.js';

export interface SendResult {
  ok: boolean;
  status: number | null;
  /** The first KiB of the answer. */
  body: string | null;
  error: string | null;
  durationMs: number;
}

const responseExcerptBytes = 1024;

/**
 * POSTs one webhook. Redirects are not followed (a 3xx is a failure), the address is checked
 * before and when connecting, and the whole exchange is bounded by `timeoutMs`.
 */
export function sendWebhook(
  url: string,
  payload: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  // Names are checked by guardedLookup when connecting; an IP literal is connected to directly.
  const refused = options.allowPrivate ? undefined : privateIpLiteral(target);
  if (refused) return Promise.resolve({ ok: false, status: null, body: null, error: `refused: ${refused}`, durationMs: 0 });
  return new Promise((resolve) => {
    const request = transport.request(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Patchbay-Webhooks/1.0', ...headers, 'content-length': Buffer.byteLength(payload) },
        lookup: guardedLookup(options.allowPrivate) as never,
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size < responseExcerptBytes) chunks.push(chunk);
          size += chunk.length;
        });
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          resolve({
            ok: status >= 200 && status < 300,
            status,
            body: Buffer.concat(chunks).subarray(0, responseExcerptBytes).toString('utf8'),
            error: status >= 300 && status < 400 ? 'redirects are not followed' : null,
            durationMs: elapsed(),
          });
        });
        response.on('error', (error) => resolve({ ok: false, status: response.statusCode ?? null, body: null, error: error.message, durationMs: elapsed() }));
      },
    );
    request.on('error', (error) => {
      const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError';
      resolve({ ok: false, status: null, body: null, error: timedOut ? `timed out after ${options.timeoutMs} ms` : error.message, durationMs: elapsed() });
    });
    request.end(payload);
  });
}
