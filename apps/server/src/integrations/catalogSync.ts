import { integrations } from '@patchbay/integrations';
import type { Db } from '../db/knex.js';

/** Mirrors the code's catalog into the `integrations` table, which connections reference. */
export async function syncCatalog(db: Db): Promise<void> {
  const rows = integrations.map(({ metadata, actions }) => ({
    slug: metadata.slug,
    id: metadata.id,
    name: metadata.name,
    description: metadata.description,
    category: metadata.category,
    auth_type: metadata.authType,
    version: metadata.version,
    actions: JSON.stringify(actions.map(({ id, name, description }) => ({ id, name, description }))),
    updated_at: db.fn.now(),
  }));
  await db('integrations').insert(rows).onConflict('slug').merge();
}
