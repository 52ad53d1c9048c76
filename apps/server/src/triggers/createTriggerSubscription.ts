import { ActionError, findTrigger } from '@patchbay/integrations';
import { apiErrorForAction } from '../actions/actionErrorResponse.js';
import { findConnection } from '../connections/store.js';
import { needsReauthError } from '../connections/tokens.js';
import { findEndUser } from '../endUsers/store.js';
import { invalidField, notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { newId } from '../ids.js';
import { enabledIntegration } from '../integrations/enabledIntegration.js';
import { schedulePoll } from './pollSchedule.js';
import { newSigningSecret, registerHook, startingPoint } from './registration.js';
import { deleteSubscriptionRow, findSubscription, insertSubscription, subscriptionSecretBinding } from './subscriptionStore.js';
import { subscriptionView } from './subscriptionView.js';

const providerError = (error: unknown) => (error instanceof ActionError ? apiErrorForAction(error) : error);

export const createTriggerSubscription: OperationHandler<'createTriggerSubscription'> = async ({ app, body, services }) => {
  const { db, secrets } = services;
  const integration = await enabledIntegration(services, app.id, body.integration);
  const trigger = findTrigger(integration, body.trigger);
  if (!trigger) throw notFound(`${integration.metadata.name} has no trigger "${body.trigger}".`);
  const config = trigger.config.safeParse(body.config ?? {});
  if (!config.success) throw invalidField('config', config.error.issues);
  const endUser = await findEndUser(db, app.id, body.endUserId);
  const connection = endUser && (await findConnection(db, app.id, endUser.id, integration.metadata.slug));
  if (!endUser || !connection) throw notFound(`End user "${body.endUserId}" has no ${integration.metadata.name} connection.`);
  if (connection.status !== 'active') throw needsReauthError(integration.metadata.name);

  const id = newId('sub');
  const ref = { appId: app.id, connectionId: connection.id, integration, subscriptionId: id };
  const start = await startingPoint(services, ref, trigger, config.data).catch((error: unknown) => {
    throw providerError(error);
  });
  const seal = (secret: string) => secrets.seal(secret, subscriptionSecretBinding(app.id, id));
  const registers = trigger.kind === 'webhook' && integration.webhooks!.routing === 'subscription';
  const ourSecret = registers ? newSigningSecret() : null;
  await db.transaction(async (trx) => {
    await insertSubscription(trx, {
      id,
      app_id: app.id,
      end_user_id: endUser.id,
      connection_id: connection.id,
      integration_slug: integration.metadata.slug,
      trigger: trigger.id,
      kind: trigger.kind,
      config: config.data as Record<string, unknown>,
      status: 'active',
      routing_key: start.routingKey,
      provider_hook_id: null,
      signing_secret: ourSecret && seal(ourSecret),
      cursor: start.cursor,
      next_poll_at: null,
    });
    if (trigger.kind === 'polling') {
      const intervalSeconds = services.config.triggerPollIntervalSeconds ?? trigger.pollIntervalSeconds;
      await schedulePoll(trx, app.id, id, new Date(Date.now() + intervalSeconds * 1000));
    }
  });
  if (trigger.kind === 'webhook' && ourSecret) {
    // Registered after the row exists: providers push at once (GitHub's ping), and find it.
    try {
      const hook = await registerHook(services, ref, trigger, config.data, ourSecret);
      await db('trigger_subscriptions').where({ app_id: app.id, id }).update({ provider_hook_id: hook.hookId, ...(hook.secret ? { signing_secret: seal(hook.secret) } : {}) });
    } catch (error) {
      await deleteSubscriptionRow(db, app.id, id);
      throw providerError(error);
    }
  }
  return { status: 201, body: subscriptionView((await findSubscription(db, app.id, id))!) };
};
