import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';
import { currentLogContext } from './observability/logContext.js';

// Belt and braces: secrets must never be logged, but if an object carrying one slips into a log
// call these paths are blanked, at any depth pino's paths allow.
const secretFields = [
  'password',
  'accountPassword',
  'apiKey',
  'accessToken',
  'refreshToken',
  'access_token',
  'refresh_token',
  'clientSecret',
  'client_secret',
  'webhookSecret',
  'secret',
  'token',
  'credentials',
  'code_verifier',
  'authorization',
  'cookie',
  'x-api-key',
];
const redact = [
  ...secretFields.flatMap((field) => [`["${field}"]`, `*["${field}"]`, `*.*["${field}"]`]),
  'req.headers["x-api-key"]',
  'req.headers.authorization',
  'req.headers.cookie',
];

/** JSON logs; inside a request every line carries its requestId, appId and operationId. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    redact: { paths: redact, censor: '[redacted]' },
    mixin: () => ({ ...currentLogContext() }),
  };
  return destination ? pino(options, destination) : pino(options);
}
