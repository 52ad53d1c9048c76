import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65_535);

const flagValue = z.enum(['true', 'false', '1', '0']);

/** Every setting, with the text docs/configuration.md is generated from (`pnpm generate`). */
export const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development').describe('`production` requires DATABASE_URL, ENCRYPTION_KEY and PUBLIC_URL, and turns demo mode off.'),
  PORT: port.default(3000).describe('HTTP port (0 picks a free one).'),
  HOST: z.string().min(1).default('0.0.0.0').describe('Interface to listen on.'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional().describe('The public base URL (default `http://localhost:$PORT`); the OAuth callback is `$PUBLIC_URL/api/v1/connections/callback`.'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional().describe('PostgreSQL (13+). Unset: embedded PostgreSQL in the data dir.'),
  PATCHBAY_DATA_DIR: z.string().min(1).optional().describe('Embedded PostgreSQL data and the local encryption key (default `.patchbay` in the working directory).'),
  ENCRYPTION_KEY: z.string().min(1).optional().describe('32 bytes, base64 or hex; `new,old` during a rotation. Unset outside production: generated once into the data dir.'),
  PATCHBAY_DEMO: flagValue.optional().describe('Start the provider emulator for integrations without credentials (default on outside production).'),
  PATCHBAY_EMULATOR_PORT: port.default(4010).describe('The emulator port in demo mode.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('pino log level.'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10).describe('PostgreSQL connections per process for API requests and job logic (a worker process also holds `max(10, WORKER_CONCURRENCY + 2)` for the queue).'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5).describe('Jobs run at once per worker process.'),
  WORKER_LOCAL_QUEUE_SIZE: z.coerce.number().int().min(0).max(1000).default(0).describe('Jobs a worker process locks and fetches in one query (graphile-worker\'s local queue); 0 or 1 fetches one at a time. Try `WORKER_CONCURRENCY + 1` for large bursts.'),
  WORKER_DEAD_AFTER_SECONDS: z.coerce.number().int().min(2).max(86_400).default(45).describe('A worker process silent this long is taken for dead; its jobs are released to the others.'),
  WORKER_POLL_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(1000).describe('How often idle workers look for scheduled jobs.'),
  ALLOW_PRIVATE_WEBHOOK_URLS: flagValue.optional().describe('Allow webhook endpoints on loopback/private addresses (default true outside production).'),
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .regex(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/, 'comma-separated seconds, e.g. 5,300,1800')
    .optional()
    .describe('Seconds between webhook attempts, comma-separated (default 5,300,1800,7200,18000,36000,36000).'),
  TRIGGER_POLL_INTERVAL_SECONDS: z.coerce.number().min(0.1).max(86_400).optional().describe('Seconds between polls of every polling trigger, instead of each trigger\'s own interval (60 s for most); for tests and demos.'),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(15_000).describe('How long a webhook endpoint has to answer.'),
  METRICS_TOKEN: z.string().min(16).optional().describe('When set, `/metrics` needs `Authorization: Bearer <METRICS_TOKEN>`.'),
  SENTRY_DSN: z.url().optional().describe('A Sentry-compatible DSN; unexpected errors are reported there. Off when unset.'),
  TRUST_PROXY: z.string().min(1).optional().describe('Express `trust proxy`: `false`, `true`, a hop count, or comma-separated addresses/CIDRs (default 1 in production, false otherwise).'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional().describe('Redis for rate-limit counters shared by several API processes; unset keeps them in memory.'),
  RATE_LIMIT_READS_PER_MINUTE: z.coerce.number().int().min(1).default(600).describe('GET requests per minute, per app and per API key.'),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(120).describe('Other API requests per minute, per app and per API key.'),
  RATE_LIMIT_ACTIONS_PER_MINUTE: z.coerce.number().int().min(1).default(300).describe('Action calls (and proxy calls) per minute, per app and per API key.'),
  RATE_LIMIT_SIGNUPS_PER_HOUR: z.coerce.number().int().min(1).default(20).describe('Sign-ups per hour per client IP (against credential stuffing and spam).'),
  RATE_LIMIT_PROVIDER_CALLS_PER_MINUTE: z.coerce.number().int().min(1).default(600).describe('Outbound calls per minute per provider OAuth client, so one app cannot get a shared client banned.'),
  RATE_LIMIT_CONNECTION_CALLS_PER_MINUTE: z.coerce.number().int().min(1).default(120).describe('Outbound calls per minute per connection.'),
  PROVIDER_WAIT_SYNC_MS: z.coerce.number().int().min(0).max(600_000).default(10_000).describe("How long a sync action (or proxy call) may wait for a provider's rate limit or an outbound cap; past it the answer is 429 `provider_rate_limited` with Retry-After."),
  PROVIDER_WAIT_ASYNC_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000).describe('How long an async action or health check waits in the worker for a free slot; a longer wait puts the job back in the queue for then.'),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(120_000).describe('An API request still unanswered after this long gets a 503.'),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(0).describe('On SIGTERM, keep serving this long while `/readyz` answers 503, so a load balancer stops routing here before the listener closes (e.g. twice its health-check interval).'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(25_000).describe('After the drain, how long shutdown waits for in-flight requests and jobs before forcing the exit.'),
});

// What production refuses to start without, and why: no embedded database, no generated key, no guessed URL.
const requiredInProduction = {
  DATABASE_URL: 'your PostgreSQL (13+), e.g. postgres://patchbay:…@db.internal:5432/patchbay.',
  ENCRYPTION_KEY:
    '32 random bytes, base64 (for example `openssl rand -base64 32`). Keep it safe: without it stored tokens cannot be read.',
  PUBLIC_URL: 'the URL your users and providers reach Patchbay at, e.g. https://patchbay.example.com (OAuth callbacks and links are built from it).',
} as const;

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
  emulatorPort: number;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  databasePoolMax: number;
  workerConcurrency: number;
  workerLocalQueueSize: number;
  workerPollIntervalMs: number;
  workerDeadAfterSeconds: number;
  webhooks: { allowPrivateUrls: boolean; retryScheduleSeconds: number[]; timeoutMs: number };
  /** Overrides every polling trigger's interval. */
  triggerPollIntervalSeconds: number | undefined;
  metricsToken: string | undefined;
  sentryDsn: string | undefined;
  trustProxy: boolean | number | string[];
  shutdownDrainMs: number;
  shutdownTimeoutMs: number;
  redisUrl: string | undefined;
  requestTimeoutMs: number;
  rateLimits: { readsPerMinute: number; writesPerMinute: number; actionsPerMinute: number; signupsPerHour: number; providerCallsPerMinute: number; connectionCallsPerMinute: number };
  /** The longest wait for a provider's rate limit, per kind of caller. */
  providerWaits: { syncMs: number; asyncMs: number };
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
  if (production) {
    const missing = Object.entries(requiredInProduction).filter(([name]) => !values[name as keyof typeof requiredInProduction]);
    if (missing.length > 0) {
      throw new ConfigError(`NODE_ENV=production needs these settings:\n${missing.map(([name, why]) => `  ${name}: ${why}`).join('\n')}`);
    }
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
    emulatorPort: values.PATCHBAY_EMULATOR_PORT,
    logLevel: values.LOG_LEVEL,
    databasePoolMax: values.DATABASE_POOL_MAX,
    workerConcurrency: values.WORKER_CONCURRENCY,
    workerLocalQueueSize: values.WORKER_LOCAL_QUEUE_SIZE,
    workerPollIntervalMs: values.WORKER_POLL_INTERVAL_MS,
    workerDeadAfterSeconds: values.WORKER_DEAD_AFTER_SECONDS,
    webhooks: {
      allowPrivateUrls: flag(values.ALLOW_PRIVATE_WEBHOOK_URLS) ?? !production,
      retryScheduleSeconds: values.WEBHOOK_RETRY_SCHEDULE?.split(',').map(Number) ?? defaultWebhookRetrySchedule,
      timeoutMs: values.WEBHOOK_TIMEOUT_MS,
    },
    triggerPollIntervalSeconds: values.TRIGGER_POLL_INTERVAL_SECONDS,
    metricsToken: values.METRICS_TOKEN,
    sentryDsn: values.SENTRY_DSN,
    trustProxy: parseTrustProxy(values.TRUST_PROXY, production),
    shutdownDrainMs: values.SHUTDOWN_DRAIN_MS,
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    redisUrl: values.REDIS_URL,
    requestTimeoutMs: values.REQUEST_TIMEOUT_MS,
    rateLimits: {
      readsPerMinute: values.RATE_LIMIT_READS_PER_MINUTE,
      writesPerMinute: values.RATE_LIMIT_WRITES_PER_MINUTE,
      actionsPerMinute: values.RATE_LIMIT_ACTIONS_PER_MINUTE,
      signupsPerHour: values.RATE_LIMIT_SIGNUPS_PER_HOUR,
      providerCallsPerMinute: values.RATE_LIMIT_PROVIDER_CALLS_PER_MINUTE,
      connectionCallsPerMinute: values.RATE_LIMIT_CONNECTION_CALLS_PER_MINUTE,
    },
    providerWaits: { syncMs: values.PROVIDER_WAIT_SYNC_MS, asyncMs: values.PROVIDER_WAIT_ASYNC_MS },
    // A copy: each read of process.env is a call into the C++ environment, and provider settings
    // are read on every action.
    environment: { ...environment },
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
