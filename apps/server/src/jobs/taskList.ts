import type { TaskList } from 'graphile-worker';
import type { Services } from '../services.js';
import { fanOutWebhookEventTask } from '../webhooks/outbox.js';
import { deliverWebhookTask } from '../webhooks/targetStore.js';
import { createDeliveryRecorder } from '../webhooks/deliveryRecorder.js';
import { deliverWebhook } from './deliverWebhook.js';
import { fanOutWebhookEvent } from './fanOutWebhookEvent.js';
import { runQueuedActionTask } from '../actions/queue.js';
import { reencryptSecrets, reencryptSecretsTask } from './reencryptSecrets.js';
import { rollupUsage, rollupUsageTask } from './rollupUsage.js';
import { foldExecutionRollups, foldExecutionRollupsTask } from './foldExecutionRollups.js';
import { runQueuedAction } from './runQueuedAction.js';
import { refreshExpiringConnections, refreshExpiringConnectionsTask } from './refreshExpiringConnections.js';
import { processTriggerDeliveryTask } from '../triggers/deliveryStore.js';
import { pollTriggerTask } from '../triggers/pollSchedule.js';
import { maintainTriggers, maintainTriggersTask } from './maintainTriggers.js';
import { pollTrigger } from './pollTrigger.js';
import { processTriggerDelivery } from './processTriggerDelivery.js';
import { checkConnectionHealthTask } from '../connectionHealth/healthStore.js';
import { checkConnectionHealth } from './checkConnectionHealth.js';
import { scheduleHealthChecks, scheduleHealthChecksTask } from './scheduleHealthChecks.js';

/** Every graphile-worker task, by identifier. */
export function createTaskList(services: Services): TaskList {
  const recordDelivery = createDeliveryRecorder(services.db);
  return {
    [fanOutWebhookEventTask]: fanOutWebhookEvent(services, recordDelivery),
    [deliverWebhookTask]: deliverWebhook(services, recordDelivery),
    [refreshExpiringConnectionsTask]: refreshExpiringConnections(services),
    [reencryptSecretsTask]: reencryptSecrets(services),
    [runQueuedActionTask]: runQueuedAction(services),
    [rollupUsageTask]: rollupUsage(services),
    [foldExecutionRollupsTask]: foldExecutionRollups(services),
    [pollTriggerTask]: pollTrigger(services),
    [processTriggerDeliveryTask]: processTriggerDelivery(services),
    [maintainTriggersTask]: maintainTriggers(services),
    [checkConnectionHealthTask]: checkConnectionHealth(services),
    [scheduleHealthChecksTask]: scheduleHealthChecks(services),
  };
}
