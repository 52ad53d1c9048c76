import { createHash } from 'node:crypto';
import type { Db } from '../db/knex.js';

export const stateLifetimeMs = 10 * 60 * 1000;

export const hashState = (state: string) => createHash('sha256').update(state).digest('hex');

export interface NewOAuthState {
  state: string;
  appId: string;
  endUserId: string;
  integrationSlug: string;
  redirectUri: string | null;
  mode: 'redirect' | 'popup';
  origin: string | null;
  connectSessionId: string | null;
  sealedCodeVerifier: string | undefined;
  requestedScopes: string[];
}

export async function insertOAuthState(db: Db, state: NewOAuthState): Promise<void> {
  await db('oauth_states').insert({
    state_hash: hashState(state.state),
    app_id: state.appId,
    end_user_id: state.endUserId,
    integration_slug: state.integrationSlug,
    redirect_uri: state.redirectUri,
    mode: state.mode,
    origin: state.origin,
    connect_session_id: state.connectSessionId,
    code_verifier: state.sealedCodeVerifier ?? null,
    requested_scopes: state.requestedScopes,
    expires_at: new Date(Date.now() + stateLifetimeMs),
  });
}

export interface ConsumedOAuthState {
  stateHash: string;
  appId: string;
  endUserId: string;
  integrationSlug: string;
  redirectUri: string | null;
  mode: 'redirect' | 'popup';
  origin: string | null;
  sealedCodeVerifier: string | null;
  requestedScopes: string[] | null;
  expired: boolean;
}

/**
 * Marks the state used and returns it, in one statement so two callbacks racing with the same
 * state cannot both win. The state is the capability here: it is the only lookup not scoped by
 * app, and everything after it uses the app id stored with it.
 */
export async function consumeOAuthState(db: Db, state: string): Promise<ConsumedOAuthState | undefined> {
  const [row] = await db('oauth_states')
    .where({ state_hash: hashState(state) })
    .whereNull('consumed_at')
    .update({ consumed_at: db.fn.now() })
    .returning(['state_hash', 'app_id', 'end_user_id', 'integration_slug', 'redirect_uri', 'mode', 'origin', 'code_verifier', 'requested_scopes', db.raw('expires_at < now() as expired')]);
  if (!row) return undefined;
  return {
    stateHash: row.state_hash,
    appId: row.app_id,
    endUserId: row.end_user_id,
    integrationSlug: row.integration_slug,
    redirectUri: row.redirect_uri,
    mode: row.mode,
    origin: row.origin,
    sealedCodeVerifier: row.code_verifier,
    requestedScopes: row.requested_scopes,
    expired: row.expired,
  };
}
