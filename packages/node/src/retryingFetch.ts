import { ConnectionError } from './errors.js';

export interface RetryOptions {
  maxRetries: number;
  timeout: number;
  fetch: typeof globalThis.fetch;
  /** For tests: how to wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
}

const retryableStatus = (status: number) => status === 408 || status === 429 || status >= 500;

/**
 * Retries 408/429/5xx and network failures, but only for requests that are safe to repeat:
 * GET/HEAD/DELETE, and anything carrying an Idempotency-Key (the server then runs it once).
 */
export function retryingFetch(options: RetryOptions): typeof globalThis.fetch {
  const sleep = options.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  return async (input, init) => {
    const request = new Request(input, init);
    const safe = ['GET', 'HEAD', 'DELETE'].includes(request.method) || request.headers.has('idempotency-key');
    const attempts = safe ? options.maxRetries + 1 : 1;
    for (let attempt = 1; ; attempt += 1) {
      const signal = request.signal ? AbortSignal.any([request.signal, AbortSignal.timeout(options.timeout)]) : AbortSignal.timeout(options.timeout);
      let response: Response;
      try {
        response = await options.fetch(request.clone(), { signal });
      } catch (error) {
        if (request.signal?.aborted) throw error;
        if (attempt >= attempts) {
          const timedOut = (error as Error).name === 'TimeoutError';
          throw new ConnectionError(timedOut ? `Patchbay did not answer within ${options.timeout} ms` : `Could not reach Patchbay: ${(error as Error).message}`, { cause: error });
        }
        await sleep(backoff(attempt, null));
        continue;
      }
      if (!retryableStatus(response.status) || attempt >= attempts) return response;
      await response.body?.cancel();
      await sleep(backoff(attempt, response.headers.get('retry-after')));
    }
  };
}

function backoff(attempt: number, retryAfter: string | null): number {
  const seconds = Number(retryAfter);
  if (retryAfter !== null && Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 60) * 1000;
  return Math.round(Math.random() * Math.min(8000, 500 * 2 ** (attempt - 1)));
}
