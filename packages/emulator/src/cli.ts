// `pnpm --filter @patchbay/emulator start -- --port 4010 [--host 127.0.0.1] [--auto-approve]`
import { parseArgs } from 'node:util';
import { demoClient, startEmulator } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'auto-approve': { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be an integer from 0 to 65535, not "${values.port}"`);
  process.exit(2);
}
const emulator = await startEmulator({ port, host: values.host, autoApprove: values['auto-approve'] });
console.log(emulator.url);
console.error(`Provider emulator listening (client id ${demoClient.clientId}, secret ${demoClient.clientSecret}). Ctrl-C stops it.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void emulator.close().then(() => process.exit(0)));
