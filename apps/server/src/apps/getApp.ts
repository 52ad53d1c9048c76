import type { OperationHandler } from '../http/operations.js';
import { findApp, toApp } from './appStore.js';

export const getApp: OperationHandler<'getApp'> = async ({ app, services }) => {
  return { status: 200, body: toApp(await findApp(services.db, app.id)) };
};
