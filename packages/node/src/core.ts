import createClient, { type Client } from 'openapi-fetch';
import packageJson from '../package.json' with { type: 'json' };
import { errorFromResponse } from './errors.js';
import type { paths } from './generated/openapi.js';
import { retryingFetch } from './retryingFetch.js';

export type ApiClient = Client<paths>;

export interface PatchbayOptions {
  /** Your app's API key (`app_…`). */
  apiKey: string;
  /** Where Patchbay runs. Default `http://localhost:3000` or `PATCHBAY_BASE_URL`. */
  baseUrl?: string;
  /** Retries of safe requests on 408/429/5xx/network errors. Default 2. */
  maxRetries?: number;
  /** Per attempt, in milliseconds. Default 60 000. */
  timeout?: number;
  /** A fetch implementation, e.g. for tests or proxies. Default the global fetch. */
  fetch?: typeof globalThis.fetch;
}

export function createApiClient(options: PatchbayOptions): ApiClient {
  if (!options.apiKey) throw new Error('Patchbay: an apiKey is required (your app key, app_…).');
  const baseUrl = (options.baseUrl ?? globalThis.process?.env?.PATCHBAY_BASE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  return createClient<paths>({
    baseUrl,
    headers: { 'X-API-Key': options.apiKey, 'User-Agent': `patchbay-node/${packageJson.version}` },
    // The global fetch is looked up per call, so instrumentation installed later (APM, msw) applies.
    fetch: retryingFetch({ maxRetries: options.maxRetries ?? 2, timeout: options.timeout ?? 60_000, fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)) }),
  });
}

/** openapi-fetch's `{ data, error, response }` → the data, or a typed PatchbayError thrown. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw errorFromResponse(response.status, error, response.headers.get('retry-after'));
  return data as T;
}
