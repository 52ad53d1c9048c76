import type { Schemas } from '@patchbay/api-types';
import { findIntegration } from '@patchbay/integrations';

export interface ConnectionViewRow {
  id: string;
  external_id: string;
  integration_slug: string;
  status: 'active' | 'needs_reauth';
  health_status: 'healthy' | 'degraded' | 'needs_reauth';
  health_checked_at: Date | null;
  health_error: string | null;
  scope: string | null;
  granted_scopes: string[] | null;
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
  'c.health_status',
  'c.health_checked_at',
  'c.health_error',
  'c.scope',
  'c.granted_scopes',
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
    health: { status: row.health_status, lastCheckedAt: row.health_checked_at?.toISOString() ?? null, lastError: row.health_error },
    scope: row.scope,
    scopes: row.granted_scopes,
    expiresAt: row.expires_at?.toISOString() ?? null,
    lastRefreshedAt: row.last_refreshed_at?.toISOString() ?? null,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
