import { findConnectionById } from '../connections/store.js';
import { needsReauthError } from '../connections/tokens.js';
import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { integrationOf } from './providerCall.js';
import { schedulePoll } from './pollSchedule.js';
import { changeStatus, findSubscription } from './subscriptionStore.js';
import { subscriptionView } from './subscriptionView.js';

export const resumeTriggerSubscription: OperationHandler<'resumeTriggerSubscription'> = async ({ app, params, services }) => {
  const { db } = services;
  const subscription = await findSubscription(db, app.id, params.subscriptionId);
  if (!subscription) throw notFound(`No trigger subscription ${params.subscriptionId} in this app.`);
  await db.transaction(async (trx) => {
    const connection = await findConnectionById(trx, app.id, subscription.connection_id);
    if (connection?.status !== 'active') throw needsReauthError(integrationOf(subscription.integration_slug).metadata.name);
    const resumed = await changeStatus(trx, app.id, subscription.id, ['paused', 'needs_reauth'], 'active', { poll_failures: 0 });
    // From its cursor: what changed while paused is delivered now.
    if (resumed && subscription.kind === 'polling') await schedulePoll(trx, app.id, subscription.id, new Date());
  });
  return { status: 200, body: subscriptionView((await findSubscription(db, app.id, params.subscriptionId))!) };
};
