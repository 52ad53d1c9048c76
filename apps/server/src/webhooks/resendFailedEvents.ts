import type { OperationHandler } from '../http/operations.js';
import { startDelivery } from './targetStore.js';

export const resendFailedEvents: OperationHandler<'resendFailedEvents'> = async ({ app, body, services }) => {
  const { db } = services;
  const queued = await db.transaction(async (trx) => {
    const query = trx('webhook_event_targets as t')
      .join('webhook_events as e', function joinEvent() {
        this.on('e.id', 't.event_id').andOn('e.app_id', 't.app_id');
      })
      .join('webhook_endpoints as w', function joinEndpoint() {
        this.on('w.id', 't.endpoint_id').andOn('w.app_id', 't.app_id');
      })
      .where({ 't.app_id': app.id, 't.status': 'failed', 'w.enabled': true })
      .whereNull('w.deleted_at')
      .andWhere('e.created_at', '>=', new Date(body.since))
      .select('t.event_id', 't.endpoint_id');
    if (body.endpointId) query.andWhere('t.endpoint_id', body.endpointId);
    const targets: { event_id: string; endpoint_id: string }[] = await query;
    for (const target of targets) await startDelivery(trx, app.id, target.event_id, target.endpoint_id);
    return targets.length;
  });
  return { status: 202, body: { queued } };
};
