import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/knex.js';

export const sessionCookie = 'pb_session';
export const idleLimitMs = 12 * 60 * 60 * 1000;
export const absoluteLimitMs = 7 * 24 * 60 * 60 * 1000;

const hash = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * The CSRF token is a MAC of the cookie's token: the page can be handed it again at any time,
 * while another site, which cannot read the cookie, cannot compute it.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('patchbay-dashboard-csrf').digest('base64url');
}

export async function openDashboardSession(db: Db, accountId: string): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  await db('dashboard_sessions').insert({ token_hash: hash(token), account_id: accountId, expires_at: new Date(Date.now() + absoluteLimitMs) });
  return { token, csrfToken: csrfTokenFor(token) };
}

export interface DashboardSessionRow {
  token_hash: string;
  account_id: string;
  csrfToken: string;
  email: string;
  name: string;
}

/** The live session for a cookie token; touching it extends the idle window. */
export async function findDashboardSession(db: Db, token: string): Promise<DashboardSessionRow | undefined> {
  const [row] = await db('dashboard_sessions as s')
    .where('s.token_hash', hash(token))
    .andWhere('s.expires_at', '>', db.fn.now())
    .andWhere('s.last_seen_at', '>', db.raw('now() - make_interval(secs => ?)', [idleLimitMs / 1000]))
    .update({ last_seen_at: db.fn.now() })
    .returning(['token_hash', 'account_id']);
  if (!row) return undefined;
  const account = await db('accounts').where({ id: row.account_id }).first('email', 'name');
  return { ...row, csrfToken: csrfTokenFor(token), email: account.email, name: account.name };
}

export function csrfMatches(session: DashboardSessionRow, given: string | undefined): boolean {
  if (!given) return false;
  const actual = Buffer.from(given);
  const expected = Buffer.from(session.csrfToken);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export async function closeDashboardSession(db: Db, session: DashboardSessionRow): Promise<void> {
  await db('dashboard_sessions').where({ token_hash: session.token_hash, account_id: session.account_id }).delete();
}
