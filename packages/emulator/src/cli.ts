import { parseArgs } from 'node:util';
import { startEmulator } from './index.js';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4010' }, host: { type: 'string', default: '127.0.0.1' }, 'auto-approve': { type: 'boolean', default: false } },
});
const emulator = await startEmulator({ port: Number(values.port), host: values.host, autoApprove: values['auto-approve'] });
console.log(`Provider emulator on ${emulator.url} (client id patchbay-demo, secret patchbay-demo-secret)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void emulator.close().then(() => process.exit(0)));
