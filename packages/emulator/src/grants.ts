import { createHash, randomBytes } from 'node:crypto';

export interface Client {
  clientId: string;
  clientSecret: string;
  /** Shown on the consent page; "Patchbay Demo" when absent. */
  name?: string;
}

/** How a provider's tokens look, so tests and logs can tell them apart (Slack's `xoxe.xoxb-…`). */
export interface TokenStyle {
  accessPrefix: string;
  refreshPrefix: string;
}

/** What the user approved at the authorization endpoint; a code carries it to the token endpoint. */
export interface AuthorizationRequest {
  provider: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  /** The S256 PKCE challenge, when the client sent one. */
  codeChallenge: string | undefined;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  scope: string;
}

/** Why a token request failed, in the emulator's words; each provider maps these to its own codes. */
export type TokenFailure =
  | 'missing_code'
  | 'invalid_code'
  | 'code_already_used'
  | 'bad_redirect_uri'
  | 'bad_code_verifier'
  | 'missing_refresh_token'
  | 'invalid_refresh_token'
  | 'refresh_token_reused';

export type AccessCheck =
  | { ok: true; grantId: string; clientId: string; scope: string; expiresAt: number }
  | { ok: false; reason: 'invalid' | 'expired' | 'revoked' };

interface Grant {
  id: string;
  provider: string;
  clientId: string;
  scope: string;
  revoked: boolean;
}

interface StoredCode extends AuthorizationRequest {
  expiresAt: number;
  /** Set once exchanged; a second exchange revokes this grant (RFC 6749 §4.1.2). */
  grantId: string | undefined;
}

const codeLifetimeMs = 10 * 60 * 1000;
const random = (bytes = 24) => randomBytes(bytes).toString('base64url');
// RFC 7636 §4.1: 43 to 128 unreserved characters.
const verifierFormat = /^[A-Za-z0-9\-._~]{43,128}$/;

/** Authorization codes, grants and tokens of every emulated provider, with rotation and reuse detection. */
export class GrantStore {
  private readonly codes = new Map<string, StoredCode>();
  private readonly grants = new Map<string, Grant>();
  private readonly accessTokens = new Map<string, { grantId: string; expiresAt: number }>();
  private readonly refreshTokens = new Map<string, { grantId: string; rotated: boolean }>();

  constructor(
    private readonly clients: Client[],
    private readonly accessTokenTtlSeconds: number,
  ) {}

  reset(): void {
    this.codes.clear();
    this.grants.clear();
    this.accessTokens.clear();
    this.refreshTokens.clear();
  }

  findClient(clientId: string | undefined): Client | undefined {
    return clientId === undefined ? undefined : this.clients.find((client) => client.clientId === clientId);
  }

  authenticate(clientId: string | undefined, clientSecret: string | undefined): 'ok' | 'unknown_client' | 'bad_secret' {
    const client = this.findClient(clientId);
    if (!client) return 'unknown_client';
    return client.clientSecret === clientSecret ? 'ok' : 'bad_secret';
  }

  issueCode(request: AuthorizationRequest): string {
    const now = Date.now();
    for (const [value, stored] of this.codes) if (stored.expiresAt < now && !stored.grantId) this.codes.delete(value);
    const value = random();
    this.codes.set(value, { ...request, expiresAt: now + codeLifetimeMs, grantId: undefined });
    return value;
  }

  /** RFC 6749 §4.1.3 with RFC 7636 PKCE; `clientId` is already authenticated. */
  exchangeCode(
    provider: string,
    clientId: string,
    params: { code: string | undefined; redirectUri: string | undefined; codeVerifier: string | undefined },
    style: TokenStyle,
  ): IssuedTokens | TokenFailure {
    if (!params.code) return 'missing_code';
    const stored = this.codes.get(params.code);
    if (!stored || stored.provider !== provider || stored.clientId !== clientId || stored.expiresAt < Date.now()) return 'invalid_code';
    if (stored.grantId) {
      // A replayed code may be a stolen one: take back what it issued (RFC 6749 §4.1.2).
      this.revokeGrant(stored.grantId);
      return 'code_already_used';
    }
    if (stored.redirectUri !== params.redirectUri) return 'bad_redirect_uri';
    if (!verifierMatches(stored.codeChallenge, params.codeVerifier)) return 'bad_code_verifier';
    const grant: Grant = { id: random(12), provider, clientId, scope: stored.scope, revoked: false };
    this.grants.set(grant.id, grant);
    stored.grantId = grant.id;
    return this.issueTokens(grant, style);
  }

  /** RFC 6749 §6 with rotation: every refresh returns a new refresh token and retires the old one. */
  refresh(provider: string, clientId: string, refreshToken: string | undefined, style: TokenStyle): IssuedTokens | TokenFailure {
    if (!refreshToken) return 'missing_refresh_token';
    const stored = this.refreshTokens.get(refreshToken);
    const grant = stored && this.grants.get(stored.grantId);
    if (!stored || !grant || grant.provider !== provider || grant.clientId !== clientId || grant.revoked) return 'invalid_refresh_token';
    if (stored.rotated) {
      // A retired refresh token coming back means it leaked or two refreshers raced: revoke the
      // whole grant, as providers with rotation do (RFC 9700 §4.14.2).
      this.revokeGrant(grant.id);
      return 'refresh_token_reused';
    }
    stored.rotated = true;
    return this.issueTokens(grant, style);
  }

  checkAccessToken(token: string | undefined, provider: string): AccessCheck {
    const stored = token === undefined ? undefined : this.accessTokens.get(token);
    const grant = stored && this.grants.get(stored.grantId);
    if (!stored || !grant || grant.provider !== provider) return { ok: false, reason: 'invalid' };
    if (grant.revoked) return { ok: false, reason: 'revoked' };
    if (stored.expiresAt <= Date.now()) return { ok: false, reason: 'expired' };
    return { ok: true, grantId: grant.id, clientId: grant.clientId, scope: grant.scope, expiresAt: stored.expiresAt };
  }

  /**
   * Keeps only `scopes` of the grant a token belongs to, as a user unticking permissions at the
   * provider would; its tokens (and those refreshes issue) carry no more than that.
   */
  shrinkScopes(token: string, scopes: readonly string[]): void {
    const grantId = this.accessTokens.get(token)?.grantId ?? this.refreshTokens.get(token)?.grantId;
    const grant = grantId === undefined ? undefined : this.grants.get(grantId);
    if (!grant) return;
    const keep = new Set(scopes);
    const separator = grant.scope.includes(',') ? ',' : ' ';
    grant.scope = scopeList(grant.scope)
      .filter((scope) => keep.has(scope))
      .join(separator);
  }

  /** Every access token issued so far is expired; refresh tokens keep working. */
  expireAccessTokens(): void {
    for (const token of this.accessTokens.values()) token.expiresAt = 0;
  }

  /**
   * Revokes the grant an access or refresh token belongs to, with all its tokens. Unknown tokens,
   * and tokens of another client when `clientId` is given, are ignored (RFC 7009 §2.2).
   */
  revokeByToken(token: string, clientId?: string): void {
    const grantId = this.accessTokens.get(token)?.grantId ?? this.refreshTokens.get(token)?.grantId;
    const grant = grantId === undefined ? undefined : this.grants.get(grantId);
    if (grant && (clientId === undefined || grant.clientId === clientId)) grant.revoked = true;
  }

  private revokeGrant(grantId: string): void {
    const grant = this.grants.get(grantId);
    if (grant) grant.revoked = true;
  }

  private issueTokens(grant: Grant, style: TokenStyle): IssuedTokens {
    const accessToken = `${style.accessPrefix}${random()}`;
    const refreshToken = `${style.refreshPrefix}${random()}`;
    this.accessTokens.set(accessToken, { grantId: grant.id, expiresAt: Date.now() + this.accessTokenTtlSeconds * 1000 });
    this.refreshTokens.set(refreshToken, { grantId: grant.id, rotated: false });
    return { accessToken, refreshToken, expiresIn: this.accessTokenTtlSeconds, scope: grant.scope };
  }
}

/** A scope string as a list: RFC 6749 joins with spaces, Slack with commas. */
export function scopeList(scope: string): string[] {
  return scope.split(/[ ,]+/).filter(Boolean);
}

/**
 * PKCE (RFC 7636 §4.6). A verifier without a challenge is refused too: accepting it would let a
 * downgrade go unnoticed (RFC 9700 §2.1.1).
 */
function verifierMatches(challenge: string | undefined, verifier: string | undefined): boolean {
  if (challenge === undefined) return verifier === undefined;
  if (verifier === undefined || !verifierFormat.test(verifier)) return false;
  return createHash('sha256').update(verifier).digest('base64url') === challenge;
}
