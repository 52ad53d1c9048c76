import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { changeStatus, findSubscription } from './subscriptionStore.js';
import { subscriptionView } from './subscriptionView.js';

/** Its queued poll, if any, finds it paused and stops; resuming schedules a new one. */
export const pauseTriggerSubscription: OperationHandler<'pauseTriggerSubscription'> = async ({ app, params, services }) => {
  const { db } = services;
  if (!(await findSubscription(db, app.id, params.subscriptionId))) throw notFound(`No trigger subscription ${params.subscriptionId} in this app.`);
  // A subscription waiting for a reconnect is paused too: it then stays paused after the reconnect.
  await changeStatus(db, app.id, params.subscriptionId, ['active', 'needs_reauth'], 'paused');
  return { status: 200, body: subscriptionView((await findSubscription(db, app.id, params.subscriptionId))!) };
};
