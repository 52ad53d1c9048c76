import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { unschedulePoll } from './pollSchedule.js';
import { unregisterAtProvider } from './registration.js';
import { deleteSubscriptionRow, findSubscription } from './subscriptionStore.js';

export const deleteTriggerSubscription: OperationHandler<'deleteTriggerSubscription'> = async ({ app, params, services }) => {
  const { db } = services;
  const subscription = await findSubscription(db, app.id, params.subscriptionId);
  if (!subscription) throw notFound(`No trigger subscription ${params.subscriptionId} in this app.`);
  await unregisterAtProvider(services, subscription);
  await db.transaction(async (trx) => {
    if (await deleteSubscriptionRow(trx, app.id, subscription.id)) await unschedulePoll(trx, subscription.id);
  });
  return { status: 204 };
};
