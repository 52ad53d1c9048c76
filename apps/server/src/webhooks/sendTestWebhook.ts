import type { OperationHandler } from '../http/operations.js';
import { findEventSummary } from './eventStore.js';
import { recordEvent } from './outbox.js';
import { requireEndpoint } from './requireEndpoint.js';

export const sendTestWebhook: OperationHandler<'sendTestWebhook'> = async ({ app, params, services }) => {
  const endpoint = await requireEndpoint(services.db, app.id, params.endpointId);
  const eventId = await services.db.transaction((trx) =>
    recordEvent(trx, app.id, 'webhook.test', { endpointId: endpoint.id, message: 'A test event from Patchbay.' }, { onlyEndpointId: endpoint.id }),
  );
  return { status: 202, body: (await findEventSummary(services.db, app.id, eventId))! };
};
