import type { ActionError } from '@patchbay/integrations';
import { ApiError } from '../http/apiError.js';

// The provider refused what was asked (422) versus failed or was unreachable (502); see openapi.yaml.
const rejectedCodes = new Set(['invalid_input', 'unauthorized', 'forbidden', 'not_found']);

/** The API error for a provider's refusal or failure; `executionId` names the execution it was recorded in, if any. */
export function apiErrorForAction(error: ActionError, executionId?: string): ApiError {
  if (error.code === 'rate_limited') {
    return new ApiError({
      status: 429,
      type: 'rate_limit_error',
      code: 'rate_limited',
      message: error.message,
      ...(executionId ? { executionId } : {}),
      ...(error.providerCode ? { providerCode: error.providerCode } : {}),
      ...(error.providerStatus !== undefined ? { providerStatus: error.providerStatus } : {}),
      ...(error.retryAfter ? { headers: { 'Retry-After': String(error.retryAfter) } } : {}),
    });
  }
  return new ApiError({
    status: rejectedCodes.has(error.code) ? 422 : error.code === 'timeout' ? 504 : 502,
    type: 'provider_error',
    code: error.code,
    message: error.message,
    ...(executionId ? { executionId } : {}),
    ...(error.providerCode ? { providerCode: error.providerCode } : {}),
    ...(error.providerStatus !== undefined ? { providerStatus: error.providerStatus } : {}),
  });
}
