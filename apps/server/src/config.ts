import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65_535);

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  PATCHBAY_DATA_DIR: z.string().min(1).optional(),
  /** 32 bytes, base64 or hex. */
  ENCRYPTION_KEY: z.string().min(1).optional(),
  /** Start the provider emulator and point providers without credentials at it. */
  PATCHBAY_DEMO: z.enum(['true', 'false', '1', '0']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  /** A worker whose heartbeat is this old is taken for dead and its jobs are released. */
  WORKER_DEAD_AFTER_SECONDS: z.coerce.number().int().min(2).max(86_400).default(45),
  WORKER_POLL_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  /** Deliver webhooks to loopback/private addresses; defaults to true outside production. */
  ALLOW_PRIVATE_WEBHOOK_URLS: z.enum(['true', 'false', '1', '0']).optional(),
  /** Seconds between webhook attempts, comma-separated (tests shorten it). */
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .regex(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/, 'comma-separated seconds, e.g. 5,300,1800')
    .optional(),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(15_000),
  /** When set, /metrics needs `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** A Sentry-compatible DSN; unexpected errors are reported there. */
  SENTRY_DSN: z.url().optional(),
  /** Express `trust proxy`: false, true, a hop count, or comma-separated addresses/CIDRs. */
  TRUST_PROXY: z.string().min(1).optional(),
  /** How long shutdown waits for in-flight requests and jobs before forcing the exit. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
});

// Svix's schedule: immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (about 28 h in all).
const defaultWebhookRetrySchedule = [5, 300, 1800, 7200, 18_000, 36_000, 36_000];

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** The base of every URL we hand out, without a trailing slash. */
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  encryptionKey: string | undefined;
  demo: boolean;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  workerConcurrency: number;
  workerPollIntervalMs: number;
  workerDeadAfterSeconds: number;
  webhooks: { allowPrivateUrls: boolean; retryScheduleSeconds: number[]; timeoutMs: number };
  metricsToken: string | undefined;
  sentryDsn: string | undefined;
  trustProxy: boolean | number | string[];
  shutdownTimeoutMs: number;
  /** The raw environment, for per-provider settings (`SLACK_CLIENT_ID`, …). */
  environment: Readonly<Record<string, string | undefined>>;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks every setting; throws a ConfigError that names each bad variable. */
export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const values = parsed.data;
  const production = values.NODE_ENV === 'production';
  if (production && !values.ENCRYPTION_KEY) {
    throw new ConfigError(
      'ENCRYPTION_KEY is required when NODE_ENV=production: set it to 32 random bytes, base64 ' +
        '(for example `openssl rand -base64 32`). Keep it safe: without it stored tokens cannot be read.',
    );
  }
  if (production && !values.DATABASE_URL) {
    throw new ConfigError('DATABASE_URL is required when NODE_ENV=production.');
  }
  const demoFlag = flag(values.PATCHBAY_DEMO);
  return {
    env: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, ''),
    databaseUrl: values.DATABASE_URL,
    dataDir: path.resolve(values.PATCHBAY_DATA_DIR ?? '.patchbay'),
    encryptionKey: values.ENCRYPTION_KEY,
    demo: demoFlag ?? !production,
    logLevel: values.LOG_LEVEL,
    workerConcurrency: values.WORKER_CONCURRENCY,
    workerPollIntervalMs: values.WORKER_POLL_INTERVAL_MS,
    workerDeadAfterSeconds: values.WORKER_DEAD_AFTER_SECONDS,
    webhooks: {
      allowPrivateUrls: flag(values.ALLOW_PRIVATE_WEBHOOK_URLS) ?? !production,
      retryScheduleSeconds: values.WEBHOOK_RETRY_SCHEDULE?.split(',').map(Number) ?? defaultWebhookRetrySchedule,
      timeoutMs: values.WEBHOOK_TIMEOUT_MS,
    },
    metricsToken: values.METRICS_TOKEN,
    sentryDsn: values.SENTRY_DSN,
    trustProxy: parseTrustProxy(values.TRUST_PROXY, production),
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    environment,
  };
}

function flag(value: 'true' | 'false' | '1' | '0' | undefined): boolean | undefined {
  return value === undefined ? undefined : value === 'true' || value === '1';
}

function parseTrustProxy(value: string | undefined, production: boolean): boolean | number | string[] {
  if (value === undefined) return production ? 1 : false;
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}
