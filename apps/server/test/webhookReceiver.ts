import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  verified: boolean;
  at: number;
}

/**
 * A customer's webhook endpoint on loopback: verifies every request with the standardwebhooks
 * library and answers as told (fail the first N, hang, redirect, or succeed, with a body or none).
 */
export async function startWebhookReceiver(options: { secret?: string; failFirst?: number; hangMs?: number; answerBody?: string; redirectTo?: string } = {}) {
  const received: ReceivedWebhook[] = [];
  let secret = options.secret;
  let failuresLeft = options.failFirst ?? 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let verified: boolean;
      try {
        if (secret) new Webhook(secret).verify(body, req.headers as Record<string, string>);
        verified = Boolean(secret);
      } catch {
        verified = false;
      }
      received.push({ headers: req.headers, body, verified, at: Date.now() });
      if (options.hangMs) {
        setTimeout(() => res.end('late'), options.hangMs).unref();
        return;
      }
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        res.writeHead(500).end('receiver is down');
        return;
      }
      if (options.redirectTo) res.writeHead(302, { location: options.redirectTo }).end();
      else if (options.answerBody !== undefined) res.writeHead(200).end(options.answerBody);
      else res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    setSecret: (value: string) => {
      secret = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls until `check` passes or the time is up (background delivery is asynchronous). */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw lastError;
}
