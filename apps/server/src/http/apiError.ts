import type { ApiErrorBody, ApiErrorType } from '@patchbay/api-types';

type ErrorFields = ApiErrorBody['error'];
export type ErrorDetail = NonNullable<ErrorFields['details']>[number];

export interface ApiErrorOptions {
  status: number;
  type: ApiErrorType;
  code: string;
  message: string;
  details?: ErrorDetail[];
  executionId?: string;
  providerCode?: string;
  providerStatus?: number;
  missingScopes?: string[];
  repairLink?: ErrorFields['repairLink'];
  headers?: Record<string, string>;
}

/** An error a client caused or must know about; the error middleware renders it as the one error body. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: ApiErrorType;
  readonly code: string;
  readonly details: ErrorDetail[] | undefined;
  readonly executionId: string | undefined;
  readonly providerCode: string | undefined;
  readonly providerStatus: number | undefined;
  readonly missingScopes: string[] | undefined;
  readonly repairLink: ErrorFields['repairLink'];
  readonly headers: Record<string, string>;

  constructor(options: ApiErrorOptions) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.type = options.type;
    this.code = options.code;
    this.details = options.details;
    this.executionId = options.executionId;
    this.providerCode = options.providerCode;
    this.providerStatus = options.providerStatus;
    this.missingScopes = options.missingScopes;
    this.repairLink = options.repairLink;
    this.headers = options.headers ?? {};
  }

  toBody(requestId: string): ApiErrorBody {
    return {
      error: {
        type: this.type,
        code: this.code,
        message: this.message,
        requestId,
        ...(this.details ? { details: this.details } : {}),
        ...(this.executionId ? { executionId: this.executionId } : {}),
        ...(this.providerCode ? { providerCode: this.providerCode } : {}),
        ...(this.providerStatus !== undefined ? { providerStatus: this.providerStatus } : {}),
        ...(this.missingScopes ? { missingScopes: this.missingScopes } : {}),
        ...(this.repairLink ? { repairLink: this.repairLink } : {}),
      },
    };
  }
}

export function invalidRequest(message: string, details?: ErrorDetail[], code = 'invalid_request'): ApiError {
  return new ApiError({ status: 400, type: 'invalid_request_error', code, message, ...(details ? { details } : {}) });
}

/** A catalog schema's refusal of one field of the body (`body/input`, `body/config`): a 400 with a detail per issue. */
export function invalidField(field: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): ApiError {
  const details = issues.map((issue) => ({ path: ['body', field, ...issue.path.map(String)].join('/'), message: issue.message }));
  return invalidRequest(`${details[0]!.path}: ${details[0]!.message}`, details);
}

export function notFound(message: string): ApiError {
  return new ApiError({ status: 404, type: 'not_found_error', code: 'not_found', message });
}

export function conflict(message: string): ApiError {
  return new ApiError({ status: 409, type: 'conflict_error', code: 'conflict', message });
}

export function unauthorized(message: string): ApiError {
  return new ApiError({ status: 401, type: 'authentication_error', code: 'unauthorized', message });
}

/** 405 for a method the path does not have; `Allow` lists the ones it has (RFC 9110 §15.5.6). */
export function methodNotAllowed(method: string, path: string, allowed: string[]): ApiError {
  return new ApiError({
    status: 405,
    type: 'invalid_request_error',
    code: 'method_not_allowed',
    message: `${method} is not allowed on ${path}; use ${allowed.join(', ')}.`,
    headers: { Allow: allowed.join(', ') },
  });
}
