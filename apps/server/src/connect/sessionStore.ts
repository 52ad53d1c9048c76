import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';
import { randomToken } from '../ids.js';

export const sessionLifetimeMs = 30 * 60 * 1000;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Scopes to ask for besides each integration's defaults, by slug. */
export type ExtraScopes = Record<string, string[]>;

export async function insertConnectSession(
  db: Db | Knex.Transaction,
  session: { id: string; appId: string; endUserId: string; allowedIntegrations: string[]; allowedOrigins?: string[]; extraScopes?: ExtraScopes; lifetimeMs?: number },
): Promise<{ token: string; expiresAt: Date }> {
  const token = `cs_${randomToken(40)}`;
  const expiresAt = new Date(Date.now() + (session.lifetimeMs ?? sessionLifetimeMs));
  await db('connect_sessions').insert({
    token_hash: hashToken(token),
    id: session.id,
    app_id: session.appId,
    end_user_id: session.endUserId,
    allowed_integrations: session.allowedIntegrations,
    allowed_origins: session.allowedOrigins ?? [],
    extra_scopes: JSON.stringify(session.extraScopes ?? {}),
    expires_at: expiresAt,
  });
  return { token, expiresAt };
}

export interface ConnectSessionRow {
  id: string;
  app_id: string;
  app_name: string;
  redirect_uris: string[];
  allowed_origins: string[];
  end_user_id: string;
  external_id: string;
  email: string | null;
  name: string | null;
  allowed_integrations: string[];
  session_allowed_origins: string[];
  extra_scopes: ExtraScopes;
}

/** The live session for a token; the token is the capability, everything after is scoped by its app. */
export async function findLiveSession(db: Db, token: string): Promise<ConnectSessionRow | undefined> {
  return db('connect_sessions as s')
    .join('apps as a', 'a.id', 's.app_id')
    .join('end_users as u', function joinEndUser() {
      this.on('u.id', 's.end_user_id').andOn('u.app_id', 's.app_id');
    })
    .where('s.token_hash', hashToken(token))
    .andWhere('s.expires_at', '>', db.fn.now())
    .whereNull('a.deleted_at')
    .first(
      's.id',
      's.app_id',
      'a.name as app_name',
      'a.redirect_uris',
      'a.allowed_origins',
      's.end_user_id',
      'u.external_id',
      'u.email',
      'u.name',
      's.allowed_integrations',
      's.allowed_origins as session_allowed_origins',
      's.extra_scopes',
    );
}
