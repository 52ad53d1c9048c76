import { unauthorized } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { hashPassword, verifyPassword } from '../security/passwords.js';
import { accountView } from './accountView.js';
import { absoluteLimitMs, openDashboardSession, sessionCookie } from './sessionStore.js';

// Checked when the email is unknown, so both failures take as long (no account enumeration).
const decoyHash = hashPassword('not-a-real-password');

export const signIn: OperationHandler<'signIn'> = async ({ body, services, setCookie }) => {
  const { db } = services;
  const account: { id: string; email: string; name: string; password_hash: string } | undefined = await db('accounts')
    .whereRaw('lower(email) = lower(?)', [body.email.trim()])
    .first('id', 'email', 'name', 'password_hash');
  const valid = await verifyPassword(body.password, account?.password_hash ?? (await decoyHash));
  if (!account || !valid) throw unauthorized('Wrong email or password.');
  const session = await openDashboardSession(db, account.id);
  setCookie(sessionCookie, session.token, { maxAgeSeconds: absoluteLimitMs / 1000 });
  return { status: 200, body: await accountView(db, { id: account.id, email: account.email, name: account.name }, session.csrfToken) };
};
