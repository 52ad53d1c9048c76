import type { OperationHandler } from '../http/operations.js';
import { closeDashboardSession, sessionCookie } from './sessionStore.js';

export const signOut: OperationHandler<'signOut'> = async ({ dashboard, services, setCookie }) => {
  await closeDashboardSession(services.db, dashboard.session);
  setCookie(sessionCookie, '', { maxAgeSeconds: 0 });
  return { status: 204 };
};
