import { unwrap } from './client.js';
import { useAppQuery } from './appQuery.js';

/** The catalog as the app sees it; many pages need names and icons. */
export function useIntegrations() {
  return useAppQuery(['integrations'], async (api) => (await unwrap(api.GET('/api/v1/integrations'))).integrations);
}
