import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.js';
import { startDemoProviders } from './demo/demoProviders.js';
import { openRuntime, serve } from './runtime.js';

const usage = `Usage: patchbay <command>

Commands:
  serve [--no-worker]  API (and, unless --no-worker, the job worker) on PORT
  worker               the job worker only
  migrate              bring the database schema up to date, then exit

Settings are environment variables; see the README.`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'no-worker': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(usage);
    return;
  }
  if (!['serve', 'worker', 'migrate'].includes(command)) throw new ConfigError(`Unknown command "${command}".\n\n${usage}`);

  let config = loadConfig();
  const demo = command === 'serve' && config.demo ? await startDemoProviders(config) : undefined;
  if (demo) config = { ...config, environment: demo.environment };

  const runtime = await openRuntime(config);
  const { logger } = runtime.services;
  if (command === 'migrate') {
    logger.info({ database: runtime.database.description }, 'database is up to date');
    await runtime.close();
    return;
  }
  const serving = await serve(runtime, { http: command === 'serve', worker: command === 'worker' || !values['no-worker'] });
  const address = serving.server?.address();
  if (demo && typeof address === 'object' && address) {
    await demo.connectEvents(`http://127.0.0.1:${address.port}`).catch((error: unknown) => logger.warn({ err: error }, 'the emulated Slack could not reach the inbound URL; Slack triggers will not fire in the demo'));
  }
  announce(config, runtime.database.description, demo?.url, command, typeof address === 'object' && address ? address.port : undefined);

  // First signal: fail readiness and keep serving for the drain period, so load balancers stop
  // routing here; then stop taking requests and jobs, let in-flight ones finish within the
  // deadline, close pools. A second signal, or the deadline, exits at once.
  let stoppingSince: number | undefined;
  const shutdown = async (signal: string) => {
    if (stoppingSince !== undefined) {
      // One Ctrl-C can arrive twice: from the terminal to the whole process group, and relayed a
      // few milliseconds later by a parent (tsx under npm start). Only a later one means 'now'.
      if (Date.now() - stoppingSince < 50) return;
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stoppingSince = Date.now();
    runtime.services.lifecycle.draining = true;
    const drainMs = serving.server ? config.shutdownDrainMs : 0;
    logger.info({ signal, drainMs, deadlineMs: config.shutdownTimeoutMs }, 'shutting down');
    if (drainMs > 0) await new Promise((resolve) => setTimeout(resolve, drainMs));
    setTimeout(() => {
      logger.error('shutdown deadline passed: exiting with work still in flight');
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    await serving.stop();
    await runtime.close();
    await demo?.close();
    logger.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled rejection');
    runtime.services.errors.report(reason, { component: 'process' });
  });
}

function announce(config: Config, database: string, emulatorUrl: string | undefined, command: string, port: number | undefined): void {
  const lines = [
    '',
    command === 'serve' ? `  Patchbay API       ${config.publicUrl}/api/v1 (listening on port ${port})` : '  Patchbay worker    running',
    `  Database           ${database}`,
    ...(command === 'serve'
      ? [
          `  Dashboard          ${config.publicUrl}/dashboard`,
          `  Docs               ${config.publicUrl}/docs`,
          `  OAuth callback     ${config.publicUrl}/api/v1/connections/callback`,
        ]
      : []),
    ...(emulatorUrl ? [`  Provider emulator  ${emulatorUrl} (demo integrations connect here; no real accounts needed)`] : []),
    '',
  ];
  console.log(lines.join('\n'));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
