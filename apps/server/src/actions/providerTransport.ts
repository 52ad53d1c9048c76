import { Readable, pipeline, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Agent, interceptors, request } from 'undici';

// One keep-alive pool per provider origin, shared by every call of the process. Redirects are
// followed the way fetch follows them (up to 20; Authorization and cookies dropped across
// origins; 303, and 301/302 after a POST, become a GET).
const dispatcher = new Agent().compose(interceptors.redirect({ maxRedirections: 20 }));

// Compressed answers are decoded here: undici 7's decompress interceptor is experimental (and
// says so on stderr), and undici 8 needs a newer Node than our floor.
const decoders: Record<string, () => Transform> = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress };

/** The body with each content coding undone, last applied first; an unknown coding stays as sent. */
function decoded(body: Readable, contentEncoding: string | null): Readable {
  const codings = (contentEncoding ?? '').split(',').map((coding) => coding.trim().toLowerCase()).filter((coding) => coding && coding !== 'identity');
  if (codings.length === 0 || !codings.every((coding) => coding in decoders)) return body;
  const streams = codings.reverse().map((coding) => decoders[coding]!());
  return pipeline([body, ...streams], () => {}) as unknown as Readable;
}

/** Status codes whose answer has no body (a Response refuses one). */
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/**
 * Sends one provider request and answers with a standard Response, as the global fetch would,
 * but through undici's `request`: fetch's spec machinery (request and response objects, body
 * streams, header guards) cost about three times the CPU per call (~300 µs against ~120 µs on
 * the bench machine), on the path of every action. The headers fetch adds are added here too.
 * Tests that stand in for a provider with msw (which intercepts fetch, not undici) mock this
 * module with fetch.
 */
export async function sendProviderRequest(url: URL, init: RequestInit): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  const body = await encodeBody(init.body, headers);
  if (!headers.has('accept')) headers.set('accept', '*/*');
  // GitHub, for one, refuses a request without a User-Agent; fetch sends this one.
  if (!headers.has('user-agent')) headers.set('user-agent', 'node');
  if (!headers.has('accept-encoding')) headers.set('accept-encoding', 'gzip, deflate, br');
  const answer = await request(url, { method: method as 'GET', headers: Object.fromEntries(headers), body, signal: init.signal ?? undefined, dispatcher });
  const answerHeaders = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    if (Array.isArray(value)) for (const item of value) answerHeaders.append(name, item);
    else if (value !== undefined) answerHeaders.append(name, value);
  }
  const options = { status: answer.statusCode, statusText: answer.statusText, headers: answerHeaders };
  if (method === 'HEAD' || nullBodyStatuses.has(answer.statusCode)) {
    await answer.body.dump();
    return new Response(null, options);
  }
  return new Response(Readable.toWeb(decoded(answer.body, answerHeaders.get('content-encoding'))) as ReadableStream<Uint8Array>, options);
}

/** The body as text or bytes, with the Content-Type fetch would give it when none is set. */
async function encodeBody(body: RequestInit['body'], headers: Headers): Promise<string | Uint8Array | undefined> {
  if (body === undefined || body === null) return undefined;
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') {
    if (!headers.has('content-type')) headers.set('content-type', 'text/plain;charset=UTF-8');
    return body;
  }
  // Forms, blobs, buffers and streams, encoded and typed as fetch encodes them.
  const encoded = new Response(body);
  const type = encoded.headers.get('content-type');
  if (type && !headers.has('content-type')) headers.set('content-type', type);
  return new Uint8Array(await encoded.arrayBuffer());
}
