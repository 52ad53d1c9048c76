import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useApi } from './session.js';
import type { ApiClient } from './client.js';

export function useAppId(): string {
  const { appId } = useParams();
  if (!appId) throw new Error('no app in the URL');
  return appId;
}

/** A query of the app in the URL; its key starts with the app id, so switching apps refetches. */
export function useAppQuery<T>(key: QueryKey, fetcher: (api: ApiClient) => Promise<T>, options: { refetchInterval?: number; enabled?: boolean } = {}) {
  const api = useApi();
  const appId = useAppId();
  return useQuery({ queryKey: [appId, ...key], queryFn: () => fetcher(api), ...options });
}

/** A change to the app in the URL; afterwards the listed queries are fetched again. */
export function useAppMutation<V, T>(mutate: (api: ApiClient, variables: V) => Promise<T>, invalidate: QueryKey[], onSuccess?: (result: T) => void) {
  const api = useApi();
  const appId = useAppId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => mutate(api, variables),
    onSuccess: async (result) => {
      onSuccess?.(result);
      await Promise.all(invalidate.map((key) => queryClient.invalidateQueries({ queryKey: [appId, ...key] })));
    },
  });
}
