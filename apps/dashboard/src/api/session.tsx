import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import { ApiRequestError, createApiClient, unwrap, type ApiClient, type Schemas } from './client.js';

export type Account = Schemas['DashboardAccount'];

interface SessionValue {
  api: ApiClient;
  /** The app the next calls act for (set by the page from its URL). */
  selectApp(appId: string | undefined): void;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);

export const accountQueryKey = ['account'] as const;

/** Owns the API client; the CSRF token and app id come from the account query and the URL. */
export function SessionProvider({ children, queryClient, baseUrl }: { children: ReactNode; queryClient: QueryClient; baseUrl?: string }) {
  const appId = useRef<string | undefined>(undefined);
  const value = useMemo<SessionValue>(() => {
    const api = createApiClient(
      {
        appId: () => appId.current,
        csrfToken: () => queryClient.getQueryData<Account | null>(accountQueryKey)?.csrfToken,
        onUnauthorized: () => queryClient.setQueryData(accountQueryKey, null),
      },
      baseUrl,
    );
    return { api, selectApp: (id) => void (appId.current = id) };
  }, [queryClient, baseUrl]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useApi(): ApiClient {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useApi needs <SessionProvider>');
  return session.api;
}

export function useSelectApp(): (appId: string | undefined) => void {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSelectApp needs <SessionProvider>');
  return session.selectApp;
}

/** The signed-in account, or null when signed out (a 401 sets it to null). */
export function useAccount() {
  const api = useApi();
  return useQuery({
    queryKey: accountQueryKey,
    queryFn: async (): Promise<Account | null> => {
      try {
        return await unwrap(api.GET('/api/v1/dashboard/account'));
      } catch (error) {
        if (error instanceof ApiRequestError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSignOut() {
  const api = useApi();
  const queryClient = useQueryClient();
  return async () => {
    await api.POST('/api/v1/dashboard/sign-out').catch(() => undefined);
    queryClient.clear();
    queryClient.setQueryData(accountQueryKey, null);
  };
}
