import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { findSubscription } from './subscriptionStore.js';
import { subscriptionView } from './subscriptionView.js';

export const getTriggerSubscription: OperationHandler<'getTriggerSubscription'> = async ({ app, params, services }) => {
  const subscription = await findSubscription(services.db, app.id, params.subscriptionId);
  if (!subscription) throw notFound(`No trigger subscription ${params.subscriptionId} in this app.`);
  return { status: 200, body: subscriptionView(subscription) };
};
