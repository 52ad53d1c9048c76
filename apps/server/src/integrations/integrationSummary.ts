import type { IntegrationMetadata } from '@patchbay/integrations';
import { iconUrl } from './iconUrl.js';

/** The catalog fields every integration listing shares. */
export function integrationSummary(metadata: IntegrationMetadata, publicUrl: string) {
  return {
    slug: metadata.slug,
    name: metadata.name,
    description: metadata.description,
    category: metadata.category,
    authType: metadata.authType,
    icon: iconUrl(publicUrl, metadata.slug),
  };
}
