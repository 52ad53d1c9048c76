import express, { type Express } from 'express';
import { NotFoundError, Patchbay, ProviderError, verifyWebhook, type WebhookEvent } from '@patchbay/node';

export interface ExampleOptions {
  patchbay: Patchbay;
  /** This backend's public URL, where Patchbay sends users back after connecting. */
  publicUrl: string;
  webhookSecret: string;
  /** Where received webhook events go; the example keeps them in memory. */
  onEvent?: (event: WebhookEvent) => void;
}

/**
 * The seed's customer backend, on the SDK: each route is what Company X writes to offer
 * Slack to its users. "The signed-in user" is faked with an `x-user-id` header.
 */
export function createExampleApp({ patchbay, publicUrl, webhookSecret, onEvent }: ExampleOptions): Express {
  const app = express();
  const userOf = (req: express.Request) => req.get('x-user-id') ?? 'demo-user';

  // Start connecting the signed-in user's Slack: send the browser to the returned URL.
  app.post('/integrations/:slug/connect', async (req, res) => {
    const { authorizationUrl } = await patchbay.connections.authorize({
      endUserId: userOf(req),
      integrationSlug: req.params.slug,
      redirectUri: `${publicUrl}/integrations/done`,
    });
    res.json({ authorizationUrl });
  });

  app.get('/integrations/done', (req, res) => {
    res.json(req.query.error ? { connected: false, error: req.query.error } : { connected: true, connectionId: req.query.connectionId });
  });

  // For a frontend using the React widget: a short-lived session, never the API key.
  app.post('/connect-session', async (req, res) => {
    res.json(await patchbay.connectSessions.create({ endUserId: userOf(req) }));
  });

  app.post('/notify', express.json(), async (req, res) => {
    try {
      const { data, executionId } = await patchbay.actions.run('slack', 'send_message', {
        endUserId: userOf(req),
        input: { channel: String(req.body.channel ?? '#general'), text: String(req.body.text ?? 'Hello from Company X!') },
      });
      res.json({ sent: true, ts: data.ts, executionId });
    } catch (error) {
      if (error instanceof ProviderError) res.status(422).json({ sent: false, reason: error.providerCode ?? error.code });
      else if (error instanceof NotFoundError) res.status(409).json({ sent: false, reason: 'connect Slack first' });
      else throw error;
    }
  });

  app.get('/activity', async (req, res) => {
    const page = await patchbay.executions.list({ endUserId: userOf(req), limit: 20 });
    res.json({ stats: page.stats, recent: page.data.map((execution) => ({ id: execution.id, action: execution.action, status: execution.status })) });
  });

  app.post('/webhooks/patchbay', express.raw({ type: 'application/json' }), (req, res) => {
    try {
      onEvent?.(verifyWebhook(req.body as Buffer, req.headers, webhookSecret));
      res.sendStatus(204);
    } catch {
      res.sendStatus(400);
    }
  });

  return app;
}
