import { ActionError, codeForStatus } from './errors.js';

interface FetchContext {
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/** Pulls the provider's own error code and message out of the usual error body shapes. */
function describeError(body: unknown): { code?: string; message?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, any>;
  const nested = typeof record.error === 'object' && record.error !== null ? record.error : undefined;
  const code = nested?.type ?? nested?.code ?? (typeof record.error === 'string' ? record.error : undefined) ?? record.code;
  const message = nested?.message ?? record.message ?? record.error_description;
  return { ...(code !== undefined ? { code: String(code) } : {}), ...(message !== undefined ? { message: String(message) } : {}) };
}

/**
 * Calls a JSON HTTP API and returns the parsed answer with its headers, or throws an ActionError
 * carrying the stable code for the status, the provider's own code and message, and Retry-After.
 */
export async function requestJsonResponse<T>(
  context: FetchContext,
  provider: string,
  path: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<{ body: T; headers: Headers }> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  if (json !== undefined) headers.set('content-type', 'application/json');
  const response = await context.fetch(path, { ...rest, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const { code, message } = describeError(body);
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ActionError({
      code: codeForStatus(response.status),
      message: `${provider}: ${message ?? `answered ${response.status}`}`,
      providerStatus: response.status,
      ...(code ? { providerCode: code } : {}),
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}),
    });
  }
  return { body: body as T, headers: response.headers };
}

/** requestJson's answer without the headers. */
export async function requestJson<T>(context: FetchContext, provider: string, path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  return (await requestJsonResponse<T>(context, provider, path, init)).body;
}

/**
 * Scopes as a list, from a space- or comma-separated string: RFC 6749's `scope`, Slack's
 * comma-joined one, GitHub's `X-OAuth-Scopes: repo, user`. Undefined when there is none.
 */
export function scopeList(value: string | null | undefined): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  return [...new Set(value.split(/[\s,]+/).filter(Boolean))];
}

/** A square icon with the provider's initial, for catalogs until a brand mark is added. */
export function monogramIcon(name: string, letter: string, color: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="${name}"><rect width="48" height="48" rx="10" fill="${color}"/><text x="24" y="32" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="24" font-weight="700" fill="#fff">${letter}</text></svg>`;
}
