import type { HealthCheck } from '../../define.js';
import { ActionError, codeForStatus } from '../../errors.js';
import { scopeList } from '../../providerHttp.js';

/**
 * Google's token information endpoint: what an access token grants, for as long as Google
 * honours it (https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow#tokeninfo-validation).
 */
export const googleTokenInfoUrl = 'https://oauth2.googleapis.com/tokeninfo';

/** Sheets and Calendar have no "who am I" call of their own; the token's own record says it all. */
export const googleHealthCheck: HealthCheck = async (credentials, context) => {
  if (credentials.type !== 'oauth2') throw new Error('Google integrations use OAuth 2.0 credentials');
  if (!context.tokenInfoUrl) throw new Error('Google integrations need tokenInfoUrl');
  const url = new URL(context.tokenInfoUrl);
  url.searchParams.set('access_token', credentials.accessToken);
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: context.signal });
  const body = (await response.json().catch(() => ({}))) as { scope?: string; error?: string; error_description?: string };
  if (!response.ok) {
    // A token Google no longer honours is a 400 `invalid_token` ("Invalid Value"), not a 401.
    const revoked = body.error === 'invalid_token' || response.status === 401;
    throw new ActionError({
      code: revoked ? 'unauthorized' : codeForStatus(response.status),
      message: `Google: ${body.error_description ?? body.error ?? `answered ${response.status}`}`,
      providerStatus: response.status,
      ...(body.error ? { providerCode: body.error } : {}),
    });
  }
  const scopes = scopeList(body.scope);
  return scopes ? { scopes } : {};
};
