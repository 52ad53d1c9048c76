import type { Schemas } from '@patchbay/api-types';
import { findIntegration } from '@patchbay/integrations';

export interface ConnectionViewRow {
  id: string;
  external_id: string;
  integration_slug: string;
  status: 'active' | 'needs_reauth';
  scope: string | null;
  expires_at: Date | null;
  last_refreshed_at: Date | null;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The columns toConnection reads, from `connections as c` joined with `end_users as u`. */
export const connectionViewColumns = [
  'c.id',
  'u.external_id',
  'c.integration_slug',
  'c.status',
  'c.scope',
  'c.expires_at',
  'c.last_refreshed_at',
  'c.last_error',
  'c.created_at',
  'c.updated_at',
];

export function toConnection(row: ConnectionViewRow): Schemas['Connection'] {
  return {
    id: row.id,
    endUserId: row.external_id,
    integration: row.integration_slug,
    authType: findIntegration(row.integration_slug)?.metadata.authType ?? 'oauth2',
    status: row.status,
    scope: row.scope,
    expiresAt: row.expires_at?.toISOString() ?? null,
    lastRefreshedAt: row.last_refreshed_at?.toISOString() ?? null,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
