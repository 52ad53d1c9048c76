import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

export interface ErrorReporter {
  report(error: unknown, context?: Record<string, string | undefined>): void;
}

export const noReporter: ErrorReporter = { report: () => {} };

interface Dsn {
  envelopeUrl: string;
  publicKey: string;
  raw: string;
}

function parseDsn(raw: string): Dsn {
  const url = new URL(raw);
  const projectId = url.pathname.split('/').filter(Boolean).pop();
  if (!url.username || !projectId) throw new Error('SENTRY_DSN must look like https://<key>@<host>/<project id>');
  const prefix = url.pathname.slice(0, url.pathname.lastIndexOf('/'));
  return { envelopeUrl: `${url.protocol}//${url.host}${prefix}/api/${projectId}/envelope/`, publicKey: url.username, raw };
}

function frames(error: Error) {
  // Sentry wants the innermost frame last.
  return (error.stack ?? '')
    .split('\n')
    .slice(1)
    .map((line) => /at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, fn, file, line, column]) => ({ function: fn ?? '?', filename: file, lineno: Number(line), colno: Number(column), in_app: !file!.includes('node_modules') }))
    .reverse();
}

/**
 * Sends unexpected errors to a Sentry-compatible endpoint (Sentry, GlitchTip, …) as envelopes
 * (https://develop.sentry.dev/sdk/envelopes/), when SENTRY_DSN is set. Fire and forget: a
 * reporting failure is logged, never thrown.
 */
export function createErrorReporter(options: { dsn: string | undefined; environment: string; release: string; logger: Logger }): ErrorReporter {
  if (!options.dsn) return noReporter;
  const dsn = parseDsn(options.dsn);
  return {
    report(error, context = {}) {
      const exception = error instanceof Error ? error : new Error(String(error));
      const eventId = randomUUID().replaceAll('-', '');
      const event = {
        event_id: eventId,
        timestamp: Date.now() / 1000,
        platform: 'node',
        level: 'error',
        environment: options.environment,
        release: options.release,
        tags: Object.fromEntries(Object.entries(context).filter(([, value]) => value !== undefined)),
        exception: { values: [{ type: exception.name, value: exception.message, stacktrace: { frames: frames(exception) } }] },
      };
      const body = [JSON.stringify({ event_id: eventId, sent_at: new Date().toISOString(), dsn: dsn.raw }), JSON.stringify({ type: 'event' }), JSON.stringify(event)].join('\n');
      fetch(dsn.envelopeUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-sentry-envelope',
          'x-sentry-auth': `Sentry sentry_version=7, sentry_key=${dsn.publicKey}, sentry_client=patchbay/0.1.0`,
        },
        body,
        signal: AbortSignal.timeout(5000),
      }).catch((sendError: unknown) => options.logger.warn({ err: sendError }, 'could not report an error to SENTRY_DSN'));
    },
  };
}
