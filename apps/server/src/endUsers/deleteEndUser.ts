import { removeConnection } from '../connections/removeConnection.js';
import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { findEndUser } from './store.js';

/** Removes the end user's connections (revoked, deleted, announced) and then the end user. */
export const deleteEndUser: OperationHandler<'deleteEndUser'> = async ({ app, params, services }) => {
  const { db } = services;
  const endUser = await findEndUser(db, app.id, params.endUserId);
  if (!endUser) throw notFound(`No end user "${params.endUserId}" in this app.`);
  const connectionIds: string[] = await db('connections').where({ app_id: app.id, end_user_id: endUser.id }).pluck('id');
  for (const connectionId of connectionIds) await removeConnection(services, app.id, connectionId);
  await db('end_users').where({ app_id: app.id, id: endUser.id }).delete();
  return { status: 204 };
};
