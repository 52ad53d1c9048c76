import type { ServerResponse } from 'node:http';
import { field, type Body } from './body.js';
import { renderConsentPage, renderErrorPage } from './consentPage.js';
import type { AuthorizationRequest, GrantStore } from './grants.js';
import { redirect, sendHtml, withParameters } from './responses.js';

/** The authorization endpoint of one emulated provider (RFC 6749 §4.1.1, RFC 7636 §4.3). */
export interface AuthorizationEndpoint {
  provider: string;
  /** What the consent page says is being accessed. */
  resource: string;
  /** Where the consent form posts. */
  decisionPath: string;
  /** RFC 6749 requires `response_type=code`; Slack's v2 endpoint does not ask for it. */
  requireResponseType: boolean;
  autoApprove: boolean;
}

// The authorization request travels through the consent form in these hidden fields.
const carried = ['client_id', 'redirect_uri', 'response_type', 'scope', 'user_scope', 'state', 'code_challenge', 'code_challenge_method'] as const;

type Checked =
  | { ok: true; request: AuthorizationRequest }
  // Without a trustworthy client and redirect_uri, errors are shown, never redirected (RFC 6749 §4.1.2.1).
  | { ok: false; page: string }
  | { ok: false; redirectTo: string; error: string; description: string };

/** GET: validate, then show the consent page, or approve at once when autoApprove is on. */
export function showConsent(grants: GrantStore, endpoint: AuthorizationEndpoint, params: Body, res: ServerResponse): void {
  const checked = check(grants, endpoint, params);
  if (!checked.ok) return answerFailure(checked, field(params, 'state'), res);
  if (endpoint.autoApprove) return approve(grants, checked.request, field(params, 'state'), res);
  const client = grants.findClient(checked.request.clientId);
  const html = renderConsentPage({
    appName: client?.name ?? 'Patchbay Demo',
    resource: endpoint.resource,
    scopes: [checked.request.scope, field(params, 'user_scope') ?? ''].flatMap((list) => list.split(/[ ,]+/)).filter(Boolean),
    action: endpoint.decisionPath,
    hidden: Object.fromEntries(carried.map((name) => [name, field(params, name) ?? ''])),
  });
  sendHtml(res, 200, html);
}

/** POST from the consent form: back to the client with a code, or with access_denied. */
export function decide(grants: GrantStore, endpoint: AuthorizationEndpoint, form: Body, res: ServerResponse): void {
  // The hidden fields came back from the browser, so they are checked again.
  const checked = check(grants, endpoint, form);
  const state = field(form, 'state');
  if (!checked.ok) return answerFailure(checked, state, res);
  if (field(form, 'decision') !== 'approve') {
    return redirect(res, withParameters(checked.request.redirectUri, { error: 'access_denied', error_description: 'The user denied access', state }));
  }
  approve(grants, checked.request, state, res);
}

function approve(grants: GrantStore, request: AuthorizationRequest, state: string | undefined, res: ServerResponse): void {
  redirect(res, withParameters(request.redirectUri, { code: grants.issueCode(request), state }));
}

function check(grants: GrantStore, endpoint: AuthorizationEndpoint, params: Body): Checked {
  const clientId = field(params, 'client_id');
  if (!grants.findClient(clientId)) return { ok: false, page: `Unknown client_id "${clientId ?? ''}".` };
  const redirectUri = field(params, 'redirect_uri');
  if (!redirectUri || !isHttpUrl(redirectUri)) return { ok: false, page: 'redirect_uri is missing or is not an absolute http(s) URL.' };

  const fail = (error: string, description: string): Checked => ({ ok: false, redirectTo: redirectUri, error, description });
  const responseType = field(params, 'response_type');
  if (endpoint.requireResponseType && responseType !== 'code') {
    return responseType ? fail('unsupported_response_type', 'Only response_type=code is supported') : fail('invalid_request', 'response_type is required');
  }
  const challenge = field(params, 'code_challenge');
  const method = field(params, 'code_challenge_method');
  // RFC 7636 lets `plain` be the default; the emulator, like current providers, accepts only S256.
  if (challenge && method !== 'S256') return fail('invalid_request', 'code_challenge_method must be S256; plain is not supported');
  if (!challenge && method) return fail('invalid_request', 'code_challenge_method without code_challenge');
  return { ok: true, request: { provider: endpoint.provider, clientId: clientId!, redirectUri, scope: field(params, 'scope') ?? '', codeChallenge: challenge } };
}

function answerFailure(failure: Exclude<Checked, { ok: true }>, state: string | undefined, res: ServerResponse): void {
  if ('page' in failure) return sendHtml(res, 400, renderErrorPage(failure.page));
  redirect(res, withParameters(failure.redirectTo, { error: failure.error, error_description: failure.description, state }));
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hash === '';
  } catch {
    return false;
  }
}
