import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendProviderRequest } from './providerTransport.js';

interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

// Two servers (two origins) with one handler, to tell same-origin from cross-origin redirects.
const servers: Server[] = [];
let base: string;
let otherOrigin: string;
const seen: Seen[] = [];
beforeAll(async () => {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ method: req.method!, path: req.url!, headers: req.headers, body });
    if (req.url === '/gzip') res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync('{"ok":true}'));
    else if (req.url === '/see-other') res.writeHead(303, { location: '/echo' }).end();
    else if (req.url === '/elsewhere') res.writeHead(307, { location: `${otherOrigin}/echo` }).end();
    else if (req.url === '/empty') res.writeHead(204).end();
    else res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] }).end(JSON.stringify({ method: req.method, body }));
  };
  [base, otherOrigin] = await Promise.all(
    [0, 1].map(async () => {
      const server = createServer((req, res) => void handle(req, res));
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }),
  ) as [string, string];
});
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

const last = () => seen.at(-1)!;

describe('provider requests', () => {
  it('send a text body in one request with the headers fetch adds, and answer a standard Response', async () => {
    const response = await sendProviderRequest(new URL(`${base}/echo`), { method: 'POST', body: 'hello', headers: { authorization: 'Bearer t' } });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ method: 'POST', body: 'hello' });
    expect(response.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(last().headers).toMatchObject({ authorization: 'Bearer t', 'content-type': 'text/plain;charset=UTF-8', 'content-length': '5', accept: '*/*', 'user-agent': 'node' });
  });

  it('encode a form as fetch does', async () => {
    await sendProviderRequest(new URL(`${base}/echo`), { method: 'POST', body: new URLSearchParams({ email: 'a@company-x.com' }) });
    expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    expect(last().body).toBe('email=a%40company-x.com');
  });

  it('decode a compressed answer', async () => {
    const response = await sendProviderRequest(new URL(`${base}/gzip`), {});
    expect(await response.json()).toEqual({ ok: true });
  });

  it('follow a 303 with a GET, and drop the credentials on a redirect to another origin', async () => {
    const seeOther = await sendProviderRequest(new URL(`${base}/see-other`), { method: 'POST', body: '{}', headers: { authorization: 'Bearer t' } });
    expect(await seeOther.json()).toEqual({ method: 'GET', body: '' });
    expect(last().headers.authorization).toBe('Bearer t');
    await sendProviderRequest(new URL(`${base}/elsewhere`), { headers: { authorization: 'Bearer t' } });
    expect(`http://${last().headers.host}`).toBe(otherOrigin);
    expect(last().headers.authorization).toBeUndefined();
  });

  it('answer a bodiless status with no body', async () => {
    const response = await sendProviderRequest(new URL(`${base}/empty`), { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('stop when the signal aborts', async () => {
    await expect(sendProviderRequest(new URL(`${base}/echo`), { signal: AbortSignal.abort() })).rejects.toThrow();
  });
});
