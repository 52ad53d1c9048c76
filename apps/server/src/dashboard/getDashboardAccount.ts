import type { OperationHandler } from '../http/operations.js';
import { accountView } from './accountView.js';

/** After a page reload the app asks again for its account, apps and the session's CSRF token. */
export const getDashboardAccount: OperationHandler<'getDashboardAccount'> = async ({ dashboard, services }) => {
  return { status: 200, body: await accountView(services.db, { id: dashboard.accountId, email: dashboard.email, name: dashboard.name }, dashboard.session.csrfToken) };
};
