import { createHash } from 'node:crypto';
import type { Db } from '../db/knex.js';
import { randomToken } from '../ids.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function insertToolToken(
  db: Db,
  token: { id: string; appId: string; endUserId: string; allowedTools: string[]; expiresAt: Date },
): Promise<string> {
  const secret = `tt_${randomToken(40)}`;
  await db('tool_tokens').insert({
    token_hash: hashToken(secret),
    id: token.id,
    app_id: token.appId,
    end_user_id: token.endUserId,
    allowed_tools: token.allowedTools,
    expires_at: token.expiresAt,
  });
  return secret;
}

export interface ToolTokenRow {
  id: string;
  app_id: string;
  end_user_id: string;
  external_id: string;
  allowed_tools: string[];
}

/** The live token: unknown, expired and revoked look alike. Everything after is scoped by its app. */
export async function findLiveToolToken(db: Db, token: string): Promise<ToolTokenRow | undefined> {
  return db('tool_tokens as t')
    .join('apps as a', 'a.id', 't.app_id')
    .join('end_users as u', function joinEndUser() {
      this.on('u.id', 't.end_user_id').andOn('u.app_id', 't.app_id');
    })
    .where('t.token_hash', hashToken(token))
    .andWhere('t.expires_at', '>', db.fn.now())
    .whereNull('t.revoked_at')
    .whereNull('a.deleted_at')
    .first('t.id', 't.app_id', 't.end_user_id', 'u.external_id', 't.allowed_tools');
}

/** Whether the app has such a token (revoking twice is fine). */
export async function revokeToolTokenRow(db: Db, appId: string, tokenId: string): Promise<boolean> {
  const rows = await db('tool_tokens')
    .where({ app_id: appId, id: tokenId })
    .update({ revoked_at: db.raw('coalesce(revoked_at, now())') })
    .returning('id');
  return rows.length > 0;
}
