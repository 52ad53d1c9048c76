import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';
import type { KeysetPosition } from '../http/keysetCursor.js';

export type SubscriptionStatus = 'active' | 'paused' | 'needs_reauth';

export interface SubscriptionRow {
  id: string;
  app_id: string;
  end_user_id: string;
  connection_id: string;
  integration_slug: string;
  trigger: string;
  kind: 'webhook' | 'polling';
  config: Record<string, unknown>;
  status: SubscriptionStatus;
  routing_key: string | null;
  provider_hook_id: string | null;
  signing_secret: string | null;
  cursor: unknown;
  cursor_version: number;
  poll_failures: number;
  next_poll_at: Date | null;
  last_run_at: Date | null;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
}

/** A subscription with its end user's own id, as the API shows it. */
export type SubscriptionWithEndUser = SubscriptionRow & { end_user_external_id: string };

type Queryable = Db | Knex.Transaction;

// The signing secret of a subscription's own inbound URL is sealed bound to its row.
export const subscriptionSecretBinding = (appId: string, subscriptionId: string) => `app:${appId}:trigger_subscription:${subscriptionId}`;

function joinedEndUser(db: Queryable) {
  return db('trigger_subscriptions as s')
    .join('end_users as u', function joinEndUser() {
      this.on('u.id', 's.end_user_id').andOn('u.app_id', 's.app_id');
    })
    .select('s.*', 'u.external_id as end_user_external_id');
}

const withEndUser = (db: Queryable, appId: string) => joinedEndUser(db).where('s.app_id', appId);

export async function insertSubscription(trx: Knex.Transaction, row: Omit<SubscriptionRow, 'cursor_version' | 'poll_failures' | 'last_run_at' | 'last_error' | 'created_at' | 'updated_at'>): Promise<void> {
  await trx('trigger_subscriptions').insert({ ...row, config: JSON.stringify(row.config), cursor: row.cursor === undefined ? null : JSON.stringify(row.cursor) });
}

export async function findSubscription(db: Queryable, appId: string, id: string): Promise<SubscriptionWithEndUser | undefined> {
  return withEndUser(db, appId).andWhere('s.id', id).first();
}

export async function listSubscriptions(
  db: Db,
  appId: string,
  filter: { endUserId?: string | undefined; integration?: string | undefined; trigger?: string | undefined; status?: SubscriptionStatus | undefined },
  page: { limit: number; after?: KeysetPosition | undefined },
): Promise<SubscriptionWithEndUser[]> {
  const query = withEndUser(db, appId)
    .orderBy([
      { column: 's.created_at', order: 'desc' },
      { column: 's.id', order: 'desc' },
    ])
    .limit(page.limit);
  if (filter.endUserId !== undefined) query.andWhere('u.external_id', filter.endUserId);
  if (filter.integration !== undefined) query.andWhere('s.integration_slug', filter.integration);
  if (filter.trigger !== undefined) query.andWhere('s.trigger', filter.trigger);
  if (filter.status !== undefined) query.andWhere('s.status', filter.status);
  if (page.after) query.andWhereRaw('(s.created_at, s.id) < (?, ?)', [page.after.at, page.after.id]);
  return query;
}

/** Moves the subscription from one of `from` to `status`; returns whether it did. */
export async function changeStatus(db: Queryable, appId: string, id: string, from: SubscriptionStatus[], status: SubscriptionStatus, changes: Partial<Pick<SubscriptionRow, 'poll_failures'>> = {}): Promise<boolean> {
  const count = await db('trigger_subscriptions')
    .where({ app_id: appId, id })
    .whereIn('status', from)
    .update({ status, ...changes, updated_at: db.fn.now() });
  return count > 0;
}

export async function deleteSubscriptionRow(db: Queryable, appId: string, id: string): Promise<boolean> {
  return (await db('trigger_subscriptions').where({ app_id: appId, id }).delete()) > 0;
}

export async function subscriptionsOfConnection(db: Queryable, appId: string, connectionId: string): Promise<SubscriptionRow[]> {
  return db('trigger_subscriptions').where({ app_id: appId, connection_id: connectionId });
}

/**
 * Active subscriptions to an app-routed provider's account (a Slack team), across apps: one push
 * of the provider belongs to every app whose end user connected that account.
 */
export async function subscriptionsByRoutingKey(db: Queryable, integrationSlug: string, routingKey: string): Promise<SubscriptionWithEndUser[]> {
  return joinedEndUser(db).where({ 's.integration_slug': integrationSlug, 's.routing_key': routingKey });
}

/** Whether anyone subscribed to this account at all (pushes for accounts nobody listens to are not kept). */
export async function anySubscriptionFor(db: Queryable, integrationSlug: string, routingKey: string): Promise<boolean> {
  return Boolean(await db('trigger_subscriptions').where({ integration_slug: integrationSlug, routing_key: routingKey }).first('id'));
}

/** The subscription a provider pushes to at its own URL; the id in the URL is all we know yet. */
export async function findSubscriptionForInbound(db: Queryable, integrationSlug: string, id: string): Promise<SubscriptionWithEndUser | undefined> {
  return joinedEndUser(db).where({ 's.id': id, 's.integration_slug': integrationSlug }).first();
}
