import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while serving a request carries (pino's mixin reads it). */
export interface LogContext {
  requestId: string;
  appId?: string;
  operationId?: string;
}

export const logContext = new AsyncLocalStorage<LogContext>();

export function currentLogContext(): LogContext | undefined {
  return logContext.getStore();
}
