import type { ServerResponse } from 'node:http';
import type { GrantStore } from './grants.js';
import { escapeHtml, field, redirect, sendHtml } from './http.js';

const carried = ['client_id', 'redirect_uri', 'scope', 'state', 'code_challenge', 'code_challenge_method'] as const;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1d1c1d}
button{font:inherit;padding:.6rem 1.4rem;margin-right:.5rem;border-radius:6px;border:1px solid #888;cursor:pointer}
button[value=approve]{background:#007a5a;color:#fff;border-color:#007a5a}.note{color:#666;font-size:.85rem}</style>
</head><body>${body}</body></html>`;
}

function errorPage(res: ServerResponse, message: string): void {
  sendHtml(res, 400, page('Authorization error', `<h1>Authorization error</h1><p>${escapeHtml(message)}</p>`));
}

export interface ConsentOptions {
  provider: string;
  providerName: string;
  /** Where the consent form posts. */
  decisionPath: string;
  autoApprove: boolean;
}

/** The authorization endpoint (RFC 6749 §4.1.1): checks the request, then asks the user. */
export function showConsent(grants: GrantStore, options: ConsentOptions, query: URLSearchParams, res: ServerResponse): void {
  const clientId = query.get('client_id') ?? undefined;
  const redirectUri = query.get('redirect_uri') ?? undefined;
  if (!grants.findClient(clientId)) return errorPage(res, `Unknown client_id "${clientId ?? ''}".`);
  if (!redirectUri || !/^https?:\/\//.test(redirectUri)) return errorPage(res, 'redirect_uri is missing or not an http(s) URL.');
  if (query.get('response_type') !== null && query.get('response_type') !== 'code') {
    return redirect(res, withParameters(redirectUri, { error: 'unsupported_response_type', state: query.get('state') ?? undefined }));
  }
  if (query.get('code_challenge') && query.get('code_challenge_method') !== 'S256') {
    return redirect(res, withParameters(redirectUri, { error: 'invalid_request', error_description: 'Only S256 PKCE is supported', state: query.get('state') ?? undefined }));
  }
  const values = Object.fromEntries(carried.map((name) => [name, query.get(name) ?? '']));
  if (options.autoApprove) return decide(grants, options.provider, { ...values, decision: 'approve' }, res);

  const scopes = (values.scope ?? '').split(/[ ,]+/).filter(Boolean);
  const hidden = carried.map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(values[name] ?? '')}">`).join('');
  sendHtml(
    res,
    200,
    page(
      `Authorize – ${options.providerName} (emulator)`,
      `<h1>${escapeHtml(options.providerName)} (emulator)</h1>
<p><strong>${escapeHtml(clientId!)}</strong> wants to access your ${escapeHtml(options.providerName)} emulator account.</p>
${scopes.length ? `<p>It asks for:</p><ul>${scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('')}</ul>` : ''}
<form method="post" action="${escapeHtml(options.decisionPath)}">${hidden}
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button></form>
<p class="note">This is Patchbay's provider emulator: no real account is involved.</p>`,
    ),
  );
}

/** The user's answer: back to the client with a code, or with access_denied. */
export function decide(grants: GrantStore, provider: string, form: Record<string, unknown>, res: ServerResponse): void {
  const clientId = field(form, 'client_id');
  const redirectUri = field(form, 'redirect_uri');
  if (!grants.findClient(clientId) || !redirectUri || !/^https?:\/\//.test(redirectUri)) return errorPage(res, 'Invalid authorization request.');
  const state = field(form, 'state');
  if (field(form, 'decision') !== 'approve') {
    return redirect(res, withParameters(redirectUri, { error: 'access_denied', error_description: 'The user denied access', state }));
  }
  const code = grants.issueCode({
    provider,
    clientId: clientId!,
    redirectUri,
    scope: field(form, 'scope') ?? '',
    codeChallenge: field(form, 'code_challenge'),
  });
  redirect(res, withParameters(redirectUri, { code, state }));
}

function withParameters(base: string, parameters: Record<string, string | undefined>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}
