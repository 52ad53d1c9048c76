import type { IncomingMessage } from 'node:http';

/** A request the emulator refuses; the router turns it into a 4xx JSON answer. */
export class BadRequest extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export type Body = Record<string, unknown>;

// Real providers cap bodies well below this; the cap is here so a runaway test cannot exhaust memory.
const maxBodyBytes = 1024 * 1024;

/**
 * A JSON object or a form-encoded body. An oversized body is drained (so the 413 can still be
 * delivered on the same connection) but not kept.
 */
export function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (size > maxBodyBytes) return reject(new BadRequest(`body larger than ${maxBodyBytes} bytes`, 413));
      try {
        resolve(parse(Buffer.concat(chunks).toString('utf8'), req.headers['content-type'] ?? ''));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function parse(text: string, contentType: string): Body {
  if (text.trim() === '') return {};
  if (!contentType.toLowerCase().includes('json')) return Object.fromEntries(new URLSearchParams(text));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadRequest('malformed JSON body');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new BadRequest('the JSON body must be an object');
  return parsed as Body;
}

/** A non-empty string field, or undefined: numbers, arrays and empty strings count as absent. */
export function field(body: Body, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
