import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

// Belt and braces: secrets must never be logged, but if an object carrying one slips into a log
// call these paths are blanked.
const redact = [
  'password',
  '*.password',
  'accountPassword',
  '*.accountPassword',
  'apiKey',
  '*.apiKey',
  'accessToken',
  '*.accessToken',
  'refreshToken',
  '*.refreshToken',
  'clientSecret',
  '*.clientSecret',
  'webhookSecret',
  '*.webhookSecret',
  'req.headers["x-api-key"]',
  'req.headers.authorization',
  'req.headers.cookie',
];

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, redact: { paths: redact, censor: '[redacted]' } });
}
