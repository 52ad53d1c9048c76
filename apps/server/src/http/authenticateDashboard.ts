import type { Request } from 'express';
import type { DashboardAuth } from '../dashboard/dashboardAuth.js';
import { csrfMatches, findDashboardSession, sessionCookie } from '../dashboard/sessionStore.js';
import type { Services } from '../services.js';
import { ApiError, invalidRequest, unauthorized } from './apiError.js';

function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      throw invalidRequest(`cookie/${name}: is not valid percent-encoded UTF-8`, [{ path: `cookie/${name}`, message: 'is not valid percent-encoded UTF-8' }]);
    }
  }
  return undefined;
}

/**
 * The `pb_session` cookie's account. State-changing calls must also carry the session's
 * `X-CSRF-Token` (another site can make the browser send the cookie, not read the token).
 */
export async function authenticateDashboard(req: Request, services: Services): Promise<DashboardAuth> {
  const token = cookieValue(req, sessionCookie);
  const session = token && (await findDashboardSession(services.db, token));
  if (!session) throw unauthorized('Sign in to the dashboard first (the session is missing or expired).');
  if (req.method !== 'GET' && !csrfMatches(session, req.get('x-csrf-token'))) {
    throw new ApiError({ status: 403, type: 'permission_error', code: 'csrf_failed', message: 'Missing or wrong X-CSRF-Token header.' });
  }
  return { accountId: session.account_id, email: session.email, name: session.name, session };
}
