import { useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ConnectApi, ConnectApiError, ConnectIntegration, Credentials } from '../core/api.js';
import { consumeRedirectResult, emitOutcome, openConnection, type OpenConnectionOptions } from '../core/connectFlow.js';
import { exitFromError, type ConnectEvent, type ConnectExit, type ConnectOutcome } from '../core/outcome.js';
import { PatchbayContext, type PatchbayConnectOptions } from '../context.js';
import { createSession } from '../session.js';
import { defaultTexts, type PatchbayTexts } from '../texts.js';

export interface PatchbayConnect {
  /** Connects an OAuth integration: popup, or the whole page when popups are blocked. Call it from a click. */
  open: (integration: string) => Promise<ConnectOutcome>;
  /** Connects an API-key or basic-auth integration; rejects with the API's error (e.g. a refused key). */
  submitCredentials: (integration: string, credentials: Credentials) => Promise<void>;
  /** Removes the end user's connection to an integration. */
  disconnect: (integration: string) => Promise<void>;
  /** A session token is at hand (given, or fetched with getSessionToken). */
  ready: boolean;
  /** Why the last flow failed, or the token could not be had. */
  error: ConnectExit['error'] | undefined;
  /**
   * The session's integrations with the end user's connection state, undefined until loaded.
   * Shared by everything under one `<PatchbayProvider>`: any connect or disconnect updates it.
   */
  integrations: ConnectIntegration[] | undefined;
  /** Why the integrations could not be loaded (`status` 401: the session expired). */
  loadError: ConnectApiError | undefined;
  /** Loads the integrations again. */
  reload: () => Promise<void>;
  /** The texts in effect: the defaults, the provider's, then this hook's. */
  texts: PatchbayTexts;
  theme: NonNullable<PatchbayConnectOptions['theme']>;
  /** The connect-session API itself. */
  api: ConnectApi;
}

export interface UsePatchbayConnectOptions extends PatchbayConnectOptions {
  /** Intervals of the popup flow, in milliseconds (tests shorten them). */
  timing?: OpenConnectionOptions['timing'];
  /** How redirect mode (popup blocked) leaves the page; default `location.assign`. */
  navigate?: OpenConnectionOptions['navigate'];
}

/** What the components use besides the public fields. */
export interface ConnectInternals extends PatchbayConnect {
  emit: (event: ConnectEvent) => void;
  report: (outcome: ConnectOutcome) => void;
}

/**
 * The connect flow for one connect session, shaped like Plaid's `usePlaidLink`:
 *
 * ```tsx
 * const { open, ready } = usePatchbayConnect({ baseUrl, sessionToken, onSuccess: ({ connectionId }) => … });
 * <button disabled={!ready} onClick={() => open('slack')}>Connect Slack</button>
 * ```
 *
 * Under a `<PatchbayProvider>` it uses the provider's session unless given its own `baseUrl` or token.
 */
export function usePatchbayConnect(options: UsePatchbayConnectOptions = {}): PatchbayConnect {
  return useConnect(options);
}

/** The options in effect (the provider's, then the component's own) without a session of its own. */
export function useOptions(options: UsePatchbayConnectOptions) {
  const { session: shared, ...sharedOptions } = useContext(PatchbayContext);
  const merged: UsePatchbayConnectOptions = { ...sharedOptions };
  // A prop left undefined keeps the provider's value.
  for (const [key, value] of Object.entries(options)) if (value !== undefined) Object.assign(merged, { [key]: value });
  // Callbacks and tokens are read when used, so inline functions need no memoisation.
  const latest = useRef(merged);
  latest.current = merged;
  const emit = useCallback((event: ConnectEvent) => latest.current.onEvent?.(event), []);
  const texts: PatchbayTexts = { ...defaultTexts, ...sharedOptions.texts, ...options.texts };
  return { shared, merged, latest, emit, texts, theme: merged.theme ?? 'light' };
}

export function useConnect(options: UsePatchbayConnectOptions): ConnectInternals {
  const { shared, merged, latest, emit, texts, theme } = useOptions(options);
  const own = !shared || Boolean(options.baseUrl || options.sessionToken || options.getSessionToken);
  const baseUrl = merged.baseUrl ?? '';
  const ownSession = useMemo(() => (own ? createSession(baseUrl, () => latest.current) : undefined), [own, baseUrl]);
  const session = ownSession ?? shared!;
  const state = useSyncExternalStore(session.subscribe, session.get, session.get);
  const [error, setError] = useState<ConnectExit['error']>();
  const flow = useRef<AbortController | undefined>(undefined);

  const report = useCallback(
    (outcome: ConnectOutcome) => {
      if (outcome.status === 'success') {
        setError(undefined);
        void session.setConnection(outcome.integration, { id: outcome.connectionId, status: 'active' });
        latest.current.onSuccess?.({ integration: outcome.integration, connectionId: outcome.connectionId });
      } else if (outcome.status === 'exit') {
        setError(outcome.error);
        latest.current.onExit?.({ integration: outcome.integration, reason: outcome.reason, ...(outcome.error ? { error: outcome.error } : {}) });
      }
    },
    [session],
  );

  useEffect(() => session.start(), [session]);

  // Coming back from redirect mode: report the result once. In an effect, so nothing touches
  // `window` during server rendering.
  useEffect(() => {
    const outcome = consumeRedirectResult();
    if (outcome) report(emitOutcome(outcome, emit));
  }, [report, emit]);

  useEffect(() => () => flow.current?.abort(), []);

  const open = useCallback(
    async (integration: string) => {
      flow.current?.abort();
      const controller = new AbortController();
      flow.current = controller;
      let outcome: ConnectOutcome;
      try {
        outcome = await openConnection(session.api, integration, {
          baseUrl: latest.current.baseUrl ?? '',
          signal: controller.signal,
          onEvent: emit,
          ...(latest.current.timing ? { timing: latest.current.timing } : {}),
          ...(latest.current.navigate ? { navigate: latest.current.navigate } : {}),
        });
      } catch (thrown) {
        outcome = emitOutcome(exitFromError(integration, thrown), emit);
      }
      if (!(outcome.status === 'exit' && outcome.reason === 'cancelled')) report(outcome);
      return outcome;
    },
    [session, report, emit],
  );

  const submitCredentials = useCallback(
    async (integration: string, credentials: Credentials) => {
      emit({ name: 'credentials_submitted', integration });
      try {
        const connection = await session.api.submitCredentials(integration, credentials);
        report(emitOutcome({ status: 'success', integration, connectionId: connection.id }, emit));
      } catch (thrown) {
        const { error: refused } = exitFromError(integration, thrown);
        emit({ name: 'error', integration, error: refused! });
        throw thrown;
      }
    },
    [session, report, emit],
  );

  const disconnect = useCallback(
    async (integration: string) => {
      const connection = session.get().integrations?.find((item) => item.slug === integration)?.connection;
      if (!connection) return;
      try {
        await session.api.disconnect(connection.id);
      } catch (thrown) {
        emit({ name: 'error', integration, error: exitFromError(integration, thrown).error! });
        throw thrown;
      }
      emit({ name: 'disconnected', integration, connectionId: connection.id });
      await session.setConnection(integration, null);
    },
    [session, emit],
  );

  return {
    open,
    submitCredentials,
    disconnect,
    ready: Boolean(baseUrl) && (Boolean(merged.sessionToken) || state.tokenReady),
    error: error ?? state.tokenError,
    integrations: state.integrations,
    loadError: state.loadError,
    reload: session.load,
    texts,
    theme,
    api: session.api,
    emit,
    report,
  };
}
