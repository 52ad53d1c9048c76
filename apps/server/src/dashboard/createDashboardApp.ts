import { createAppRecords } from '../apps/createAppRecords.js';
import type { OperationHandler } from '../http/operations.js';

export const createDashboardApp: OperationHandler<'createDashboardApp'> = async ({ dashboard, body, services }) => {
  const app = await services.db.transaction((trx) => createAppRecords(trx, services.secrets, { accountId: dashboard.accountId, name: body.name.trim() }));
  return { status: 201, body: app };
};
