import { ConnectApiError, createConnectApi, type ConnectApi, type ConnectIntegration } from './core/api.js';

export interface SessionState {
  /** The token from getSessionToken has arrived. */
  tokenReady: boolean;
  tokenError?: { code: string; message: string };
  /** The session's integrations with the end user's connections; undefined until loaded. */
  integrations?: ConnectIntegration[];
  loadError?: ConnectApiError;
}

export interface SessionTokenOptions {
  sessionToken?: string;
  getSessionToken?: () => Promise<string>;
}

/**
 * One connect session as the components share it: its API, one token fetch, and one list of
 * integrations with their connection state. A `<PatchbayProvider>` holds one for everything below
 * it, so a connection made by any component shows in all of them at once.
 */
export type PatchbaySession = ReturnType<typeof createSession>;

export function createSession(baseUrl: string, options: () => SessionTokenOptions) {
  let fetched: Promise<string> | undefined;
  const fetchToken = () => (fetched ??= options().getSessionToken!());
  const api: ConnectApi = createConnectApi({
    baseUrl,
    sessionToken: async (expired) => {
      const { sessionToken, getSessionToken } = options();
      if (sessionToken) return sessionToken;
      if (!getSessionToken) throw new Error('Patchbay: pass sessionToken or getSessionToken.');
      const stale = fetchToken();
      // Concurrent requests refused with the same token fetch one new token, not one each.
      if (expired !== undefined && (await stale) === expired && fetched === stale) fetched = getSessionToken();
      return fetched!;
    },
  });

  let state: SessionState = { tokenReady: false };
  const listeners = new Set<() => void>();
  const set = (changes: Partial<SessionState>) => {
    state = { ...state, ...changes };
    for (const listener of listeners) listener();
  };
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= api
      .listIntegrations()
      .then(
        (integrations) => set({ integrations, loadError: undefined }),
        (error: unknown) => set({ loadError: error instanceof ConnectApiError ? error : new ConnectApiError(0, 'unknown', String(error)) }),
      )
      .finally(() => (loading = undefined)));
  let started = false;

  return {
    api,
    get: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Fetches the token and the integrations, once; called from effects, so never on a server. */
    start() {
      if (started || !baseUrl) return;
      started = true;
      if (!options().sessionToken && options().getSessionToken) {
        fetchToken().then(
          () => set({ tokenReady: true }),
          (reason: unknown) => set({ tokenError: { code: 'session_token_failed', message: reason instanceof Error ? reason.message : String(reason) } }),
        );
      }
      void load();
    },
    load,
    /** Shows a connection made or removed at once, then confirms the list with the server. */
    setConnection(slug: string, connection: ConnectIntegration['connection']) {
      set({ integrations: state.integrations?.map((integration) => (integration.slug === slug ? { ...integration, connection } : integration)) });
      return load();
    },
  };
}
