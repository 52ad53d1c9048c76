import type { Db } from '../db/knex.js';
import { notFound } from '../http/apiError.js';
import { findWebhookEndpoint, type WebhookEndpointRow } from './endpointStore.js';

export async function requireEndpoint(db: Db, appId: string, endpointId: string): Promise<WebhookEndpointRow> {
  const endpoint = await findWebhookEndpoint(db, appId, endpointId);
  if (!endpoint) throw notFound(`No webhook endpoint ${endpointId} in this app.`);
  return endpoint;
}
