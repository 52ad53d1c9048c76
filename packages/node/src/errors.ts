import type { components } from './generated/openapi.js';

type ErrorFields = components['schemas']['Error']['error'];
export type ErrorDetail = NonNullable<ErrorFields['details']>[number];

/** Every error the SDK throws for an API answer; branch on `code` (stable), not `message`. */
export class PatchbayError extends Error {
  override name = 'PatchbayError';
  /** The HTTP status, or 0 when no answer came (network, timeout). */
  readonly status: number;
  readonly type: ErrorFields['type'] | 'connection_error';
  readonly code: string;
  readonly requestId: string | undefined;
  readonly raw: ErrorFields | undefined;

  constructor(status: number, fields: Partial<ErrorFields> & { message: string }) {
    super(fields.message);
    this.status = status;
    this.type = fields.type ?? 'api_error';
    this.code = fields.code ?? 'unknown';
    this.requestId = fields.requestId;
    this.raw = fields.type ? (fields as ErrorFields) : undefined;
  }
}

export class AuthenticationError extends PatchbayError {
  override name = 'AuthenticationError';
}
export class PermissionError extends PatchbayError {
  override name = 'PermissionError';
  /** With `missing_scopes`: the scopes the end user's connection lacks for the action. */
  get missingScopes(): string[] | undefined {
    return this.raw?.missingScopes;
  }
  /** With `missing_scopes`: a Connect Link asking the end user for them; send it their way. */
  get repairLink(): ErrorFields['repairLink'] {
    return this.raw?.repairLink;
  }
}
export class NotFoundError extends PatchbayError {
  override name = 'NotFoundError';
}
export class ConflictError extends PatchbayError {
  override name = 'ConflictError';
}

/** The request failed validation; `details` says which field and why. */
export class ValidationError extends PatchbayError {
  override name = 'ValidationError';
  get details(): ErrorDetail[] {
    return this.raw?.details ?? [];
  }
}

export class RateLimitError extends PatchbayError {
  override name = 'RateLimitError';
  /** Seconds to wait before retrying, from `Retry-After`. */
  retryAfter: number | undefined;
}

/** The provider (Slack, Notion…) refused or failed; an execution was recorded. */
export class ProviderError extends PatchbayError {
  override name = 'ProviderError';
  get executionId(): string | undefined {
    return this.raw?.executionId;
  }
  get providerCode(): string | undefined {
    return this.raw?.providerCode;
  }
  get providerStatus(): number | undefined {
    return this.raw?.providerStatus;
  }
}

export class APIError extends PatchbayError {
  override name = 'APIError';
}

/** No answer: the network failed or the request timed out. `url` is the address that was tried. */
export class ConnectionError extends PatchbayError {
  override name = 'ConnectionError';
  readonly url: string | undefined;
  constructor(message: string, options?: { cause?: unknown; url?: string }) {
    super(0, { message, type: 'api_error', code: 'connection_error' });
    this.url = options?.url;
    if (options?.cause) this.cause = options.cause;
  }
}

/** `webhooks.verify` refused a payload: bad or missing signature, or a stale timestamp. */
export class WebhookVerificationError extends Error {
  override name = 'WebhookVerificationError';
}

/** The error class for an API error answer. */
export function errorFromResponse(status: number, body: unknown, retryAfter: string | null): PatchbayError {
  const fields: Partial<ErrorFields> & { message: string } = (body as { error?: ErrorFields } | undefined)?.error ?? { message: `Patchbay answered ${status}` };
  if (fields.type === 'provider_error') return new ProviderError(status, fields);
  if (status === 400 || status === 415 || status === 413) return new ValidationError(status, fields);
  if (status === 401) return new AuthenticationError(status, fields);
  if (status === 403) return new PermissionError(status, fields);
  if (status === 404) return new NotFoundError(status, fields);
  if (status === 409) return new ConflictError(status, fields);
  if (status === 429) {
    const error = new RateLimitError(status, fields);
    const seconds = Number(retryAfter);
    error.retryAfter = Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
    return error;
  }
  return new APIError(status, fields);
}
