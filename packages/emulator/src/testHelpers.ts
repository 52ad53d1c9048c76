// Shared by the colocated tests: drive the emulator over HTTP as a browser and an OAuth client would.
import { createHash, randomBytes } from 'node:crypto';
import type { Emulator } from './index.js';

export const redirectUri = 'http://127.0.0.1:9/callback';
export const demo = { client_id: 'patchbay-demo', client_secret: 'patchbay-demo-secret' };
export type Json = Record<string, any>;

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizePath(provider: string): string {
  return provider === 'slack' ? '/slack/oauth/v2/authorize' : `/${provider}/oauth/authorize`;
}

export function postForm(emulator: Emulator, path: string, body: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body),
    redirect: 'manual',
  });
}

/** The hidden inputs of the consent form, unescaped. */
export function hiddenFields(html: string): Record<string, string> {
  const unescape = (value: string) =>
    value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  return Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [unescape(m[1]!), unescape(m[2]!)]));
}

/** Authorization page → Approve or Deny → the redirect back to the client, as a browser would go. */
export async function authorize(
  emulator: Emulator,
  provider: string,
  decision: 'approve' | 'deny',
  extra: Record<string, string> = {},
): Promise<URL> {
  const query = new URLSearchParams({ client_id: demo.client_id, redirect_uri: redirectUri, scope: 'chat:write channels:read', state: 'st-1', ...extra });
  if (provider !== 'slack' && !('response_type' in extra)) query.set('response_type', 'code');
  const page = await fetch(`${emulator.url}${authorizePath(provider)}?${query}`, { redirect: 'manual' });
  if (page.status !== 200) throw new Error(`consent page answered ${page.status}: ${await page.text()}`);
  const back = await postForm(emulator, `${authorizePath(provider)}/decision`, { ...hiddenFields(await page.text()), decision });
  if (back.status !== 302) throw new Error(`decision answered ${back.status}: ${await back.text()}`);
  return new URL(back.headers.get('location')!);
}
