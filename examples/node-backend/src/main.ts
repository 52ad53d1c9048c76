import { Patchbay } from '@patchbay/node';
import { createExampleApp } from './app.js';

const required = (name: string) => {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} (see examples/node-backend/README.md).`);
    process.exit(1);
  }
  return value;
};

const port = Number(process.env.PORT ?? 4000);
const app = createExampleApp({
  patchbay: new Patchbay({ apiKey: required('PATCHBAY_API_KEY'), baseUrl: process.env.PATCHBAY_BASE_URL ?? 'http://localhost:3000' }),
  publicUrl: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
  webhookSecret: required('PATCHBAY_WEBHOOK_SECRET'),
  onEvent: (event) => console.log('webhook', event.event, JSON.stringify(event.data)),
});
app.listen(port, () => console.log(`Example backend on http://localhost:${port}`));
