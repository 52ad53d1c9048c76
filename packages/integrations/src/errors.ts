/**
 * Stable codes a failed action is reported with; clients branch on these. The provider's own code
 * (`channel_not_found`, …) travels beside it in `providerCode`.
 */
export type ActionErrorCode =
  | 'invalid_input'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'provider_error'
  | 'timeout';

export interface ActionErrorOptions {
  code: ActionErrorCode;
  message: string;
  providerCode?: string;
  providerStatus?: number;
  /** Seconds the provider asked us to wait (Retry-After). */
  retryAfter?: number;
}

/** An action failed because of the provider's answer (or its silence). */
export class ActionError extends Error {
  readonly code: ActionErrorCode;
  readonly providerCode: string | undefined;
  readonly providerStatus: number | undefined;
  readonly retryAfter: number | undefined;

  constructor(options: ActionErrorOptions) {
    super(options.message);
    this.name = 'ActionError';
    this.code = options.code;
    this.providerCode = options.providerCode;
    this.providerStatus = options.providerStatus;
    this.retryAfter = options.retryAfter;
  }
}

/** The stable code for a provider's HTTP status, for providers that use HTTP semantics. */
export function codeForStatus(status: number): ActionErrorCode {
  if (status === 400 || status === 422) return 'invalid_input';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 408 || status === 504) return 'timeout';
  return 'provider_error';
}
