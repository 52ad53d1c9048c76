import type { OperationHandler } from '../http/operations.js';
import { normalizeOrigins } from '../connect/allowedOrigins.js';
import { requireHttpUrl } from '../http/urls.js';
import { toApp, updateAppRow } from './appStore.js';

export const updateApp: OperationHandler<'updateApp'> = async ({ app, body, services }) => {
  body.redirectUris?.forEach((uri, index) => requireHttpUrl(uri, `body/redirectUris/${index}`));
  const row = await updateAppRow(services.db, app.id, {
    ...(body.name !== undefined ? { name: body.name.trim() } : {}),
    ...(body.plan !== undefined ? { plan: body.plan } : {}),
    ...(body.redirectUris !== undefined ? { redirect_uris: body.redirectUris } : {}),
    ...(body.allowedOrigins !== undefined ? { allowed_origins: normalizeOrigins(body.allowedOrigins, 'body/allowedOrigins') } : {}),
  });
  // Other processes hear of it from the database (apps/appChanges.ts); this one at once.
  services.appChanges.changedHere(app.id);
  return { status: 200, body: toApp(row) };
};
