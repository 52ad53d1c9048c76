import { createHash, randomBytes } from 'node:crypto';

export interface Client {
  clientId: string;
  clientSecret: string;
}

interface Grant {
  id: string;
  provider: string;
  clientId: string;
  scope: string;
  revoked: boolean;
}

interface AuthorizationCode {
  provider: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  codeChallenge: string | undefined;
  expiresAt: number;
  /** Set once exchanged; a second exchange revokes this grant (RFC 6749 §4.1.2). */
  grantId: string | undefined;
}

export type TokenFailure =
  | 'invalid_client'
  | 'invalid_grant'
  | 'invalid_request'
  | 'unsupported_grant_type'
  | 'code_already_used'
  | 'bad_redirect_uri'
  | 'refresh_token_reused';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  scope: string;
}

export type AccessCheck = { ok: true; grantId: string; scope: string } | { ok: false; reason: 'invalid' | 'expired' | 'revoked' };

const codeLifetimeMs = 10 * 60 * 1000;
const random = (bytes = 24) => randomBytes(bytes).toString('base64url');

/** Authorization codes, grants and tokens of every emulated provider, with rotation and reuse detection. */
export class GrantStore {
  private readonly codes = new Map<string, AuthorizationCode>();
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
    return this.clients.find((client) => client.clientId === clientId);
  }

  authenticate(clientId: string | undefined, clientSecret: string | undefined): 'ok' | 'unknown_client' | 'bad_secret' {
    const client = this.findClient(clientId);
    if (!client) return 'unknown_client';
    return client.clientSecret === clientSecret ? 'ok' : 'bad_secret';
  }

  issueCode(code: Omit<AuthorizationCode, 'expiresAt' | 'grantId'>): string {
    const value = random();
    this.codes.set(value, { ...code, expiresAt: Date.now() + codeLifetimeMs, grantId: undefined });
    return value;
  }

  exchangeCode(
    provider: string,
    clientId: string,
    code: string | undefined,
    redirectUri: string | undefined,
    codeVerifier: string | undefined,
    tokenPrefix: string,
  ): IssuedTokens | TokenFailure {
    const stored = code ? this.codes.get(code) : undefined;
    if (!stored || stored.provider !== provider || stored.clientId !== clientId || stored.expiresAt < Date.now()) return 'invalid_grant';
    if (stored.grantId) {
      this.revokeGrantById(stored.grantId);
      return 'code_already_used';
    }
    if (stored.redirectUri !== redirectUri) return 'bad_redirect_uri';
    if (stored.codeChallenge) {
      const challenge = codeVerifier && createHash('sha256').update(codeVerifier).digest('base64url');
      if (challenge !== stored.codeChallenge) return 'invalid_grant';
    }
    const grant: Grant = { id: random(12), provider, clientId, scope: stored.scope, revoked: false };
    this.grants.set(grant.id, grant);
    stored.grantId = grant.id;
    return this.issueTokens(grant, tokenPrefix);
  }

  refresh(provider: string, clientId: string, refreshToken: string | undefined, tokenPrefix: string): IssuedTokens | TokenFailure {
    const stored = refreshToken ? this.refreshTokens.get(refreshToken) : undefined;
    const grant = stored && this.grants.get(stored.grantId);
    if (!stored || !grant || grant.provider !== provider || grant.clientId !== clientId || grant.revoked) return 'invalid_grant';
    if (stored.rotated) {
      // Reuse of a rotated refresh token means it leaked or two refreshers raced: revoke it all,
      // as providers with rotation do (RFC 9700 §4.14.2).
      this.revokeGrantById(grant.id);
      return 'refresh_token_reused';
    }
    stored.rotated = true;
    return this.issueTokens(grant, tokenPrefix);
  }

  checkAccessToken(token: string | undefined, provider: string): AccessCheck {
    const stored = token ? this.accessTokens.get(token) : undefined;
    const grant = stored && this.grants.get(stored.grantId);
    if (!stored || !grant || grant.provider !== provider) return { ok: false, reason: 'invalid' };
    if (grant.revoked) return { ok: false, reason: 'revoked' };
    if (stored.expiresAt <= Date.now()) return { ok: false, reason: 'expired' };
    return { ok: true, grantId: grant.id, scope: grant.scope };
  }

  expireAccessTokens(): void {
    for (const token of this.accessTokens.values()) token.expiresAt = 0;
  }

  /** Revokes the grant a token (access or refresh) belongs to; unknown tokens are ignored (RFC 7009). */
  revokeByToken(token: string): void {
    const grantId = this.accessTokens.get(token)?.grantId ?? this.refreshTokens.get(token)?.grantId;
    if (grantId) this.revokeGrantById(grantId);
  }

  private revokeGrantById(grantId: string): void {
    const grant = this.grants.get(grantId);
    if (grant) grant.revoked = true;
  }

  private issueTokens(grant: Grant, prefix: string): IssuedTokens {
    const accessToken = `${prefix}${random()}`;
    const refreshToken = `${prefix}refresh-${random()}`;
    this.accessTokens.set(accessToken, { grantId: grant.id, expiresAt: Date.now() + this.accessTokenTtlSeconds * 1000 });
    this.refreshTokens.set(refreshToken, { grantId: grant.id, rotated: false });
    return { accessToken, refreshToken, expiresIn: this.accessTokenTtlSeconds, scope: grant.scope };
  }
}
