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
        if (attempt >= attempts) throw connectionError(request, error, options.timeout);
        await sleep(backoff(attempt, null));
        continue;
      }
      if (!retryableStatus(response.status) || attempt >= attempts) return response;
      await response.body?.cancel();
      await sleep(backoff(attempt, response.headers.get('retry-after')));
    }
  };
}

/** Names the URL that was tried and the network's own reason (undici hides it in `cause`). */
function connectionError(request: Request, error: unknown, timeout: number): ConnectionError {
  const tried = `${request.method} ${request.url}`;
  if ((error as Error).name === 'TimeoutError') {
    return new ConnectionError(`Patchbay did not answer ${tried} within ${timeout} ms.`, { cause: error, url: request.url });
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = [(error as Error).message, cause?.message ?? cause?.code].filter(Boolean).join(': ');
  return new ConnectionError(`Could not reach Patchbay at ${new URL(request.url).origin} (${tried}): ${reason}. Is baseUrl (or PATCHBAY_BASE_URL) right, and is Patchbay running?`, {
    cause: error,
    url: request.url,
  });
}

function backoff(attempt: number, retryAfter: string | null): number {
  const seconds = Number(retryAfter);
  if (retryAfter !== null && Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 60) * 1000;
  return Math.round(Math.random() * Math.min(8000, 500 * 2 ** (attempt - 1)));
}
