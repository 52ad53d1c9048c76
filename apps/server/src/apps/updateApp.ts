import type { OperationHandler } from '../http/operations.js';
import { requireHttpUrl } from '../http/urls.js';
import { toApp, updateAppRow } from './appStore.js';

export const updateApp: OperationHandler<'updateApp'> = async ({ app, body, services }) => {
  body.redirectUris?.forEach((uri, index) => requireHttpUrl(uri, `body/redirectUris/${index}`));
  const row = await updateAppRow(services.db, app.id, {
    ...(body.name !== undefined ? { name: body.name.trim() } : {}),
    ...(body.plan !== undefined ? { plan: body.plan } : {}),
    ...(body.redirectUris !== undefined ? { redirect_uris: body.redirectUris } : {}),
    // Origins are compared with the browser's Origin header, which never ends with a slash.
    ...(body.allowedOrigins !== undefined ? { allowed_origins: body.allowedOrigins.map((origin) => new URL(origin).origin) } : {}),
  });
  return { status: 200, body: toApp(row) };
};
