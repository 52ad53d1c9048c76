import type { Knex } from 'knex';

export async function insertWebhookEndpoint(
  trx: Knex.Transaction,
  endpoint: { id: string; appId: string; url: string; sealedSecret: string },
): Promise<void> {
  await trx('webhook_endpoints').insert({
    id: endpoint.id,
    app_id: endpoint.appId,
    url: endpoint.url,
    secret: endpoint.sealedSecret,
  });
}
