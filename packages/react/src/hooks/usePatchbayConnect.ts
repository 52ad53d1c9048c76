import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { createConnectApi, type ConnectApi } from '../core/api.js';
import { consumeRedirectResult, openConnection, type OpenConnectionOptions } from '../core/connectFlow.js';
import { exitFromError, type ConnectExit, type ConnectOutcome } from '../core/outcome.js';
import { PatchbayContext, type PatchbayConnectOptions } from '../context.js';

export interface PatchbayConnect {
  /** Connects an OAuth integration: popup, or the whole page when popups are blocked. Call it from a click. */
  open: (integration: string) => Promise<ConnectOutcome>;
  /** A session token is at hand (given, or fetched with getSessionToken). */
  ready: boolean;
  /** Why the last flow failed, or the token could not be had. */
  error: ConnectExit['error'] | undefined;
  /** The connect-session API, for the components: integrations, credentials, disconnect. */
  api: ConnectApi;
}

export interface UsePatchbayConnectOptions extends PatchbayConnectOptions {
  /** Intervals of the popup flow, in milliseconds (tests shorten them). */
  timing?: OpenConnectionOptions['timing'];
  /** How redirect mode (popup blocked) leaves the page; default `location.assign`. */
  navigate?: OpenConnectionOptions['navigate'];
}

/**
 * The connect flow for one connect session, shaped like Plaid's `usePlaidLink`:
 *
 * ```tsx
 * const { open, ready } = usePatchbayConnect({ baseUrl, sessionToken, onSuccess: ({ connectionId }) => … });
 * <button disabled={!ready} onClick={() => open('slack')}>Connect Slack</button>
 * ```
 */
export function usePatchbayConnect(options: UsePatchbayConnectOptions = {}): PatchbayConnect {
  const shared = useContext(PatchbayContext);
  const merged: UsePatchbayConnectOptions = { ...shared };
  // A prop left undefined keeps the provider's value.
  for (const [key, value] of Object.entries(options)) if (value !== undefined) Object.assign(merged, { [key]: value });
  // Callbacks and tokens are read when used, so inline functions need no memoisation.
  const latest = useRef(merged);
  latest.current = merged;
  const baseUrl = merged.baseUrl ?? '';
  const fetched = useRef<Promise<string> | undefined>(undefined);
  const [tokenReady, setTokenReady] = useState(false);
  const [error, setError] = useState<ConnectExit['error']>();
  const flow = useRef<AbortController | undefined>(undefined);

  const api = useMemo(
    () =>
      createConnectApi({
        baseUrl,
        sessionToken: async (expired) => {
          const { sessionToken, getSessionToken } = latest.current;
          if (sessionToken) return sessionToken;
          if (!getSessionToken) throw new Error('Patchbay: pass sessionToken or getSessionToken.');
          fetched.current ??= getSessionToken();
          const stale = fetched.current;
          // Concurrent requests refused with the same token fetch one new token, not one each.
          if (expired !== undefined && (await stale) === expired && fetched.current === stale) fetched.current = getSessionToken();
          return fetched.current;
        },
      }),
    [baseUrl],
  );

  const hasGetter = Boolean(merged.getSessionToken);
  useEffect(() => {
    if (!hasGetter || latest.current.sessionToken) return;
    let current = true;
    fetched.current ??= latest.current.getSessionToken!();
    fetched.current.then(
      () => current && setTokenReady(true),
      (reason: unknown) => current && setError({ code: 'session_token_failed', message: reason instanceof Error ? reason.message : String(reason) }),
    );
    return () => {
      current = false;
    };
  }, [hasGetter]);

  const report = useCallback((outcome: ConnectOutcome) => {
    if (outcome.status === 'success') {
      setError(undefined);
      latest.current.onSuccess?.({ integration: outcome.integration, connectionId: outcome.connectionId });
    } else if (outcome.status === 'exit') {
      setError(outcome.error);
      latest.current.onExit?.({ integration: outcome.integration, reason: outcome.reason, ...(outcome.error ? { error: outcome.error } : {}) });
    }
  }, []);

  // Coming back from redirect mode: report the result once. In an effect, so nothing touches
  // `window` during server rendering.
  useEffect(() => {
    const outcome = consumeRedirectResult();
    if (outcome) report(outcome);
  }, [report]);

  useEffect(() => () => flow.current?.abort(), []);

  const open = useCallback(
    async (integration: string) => {
      flow.current?.abort();
      const controller = new AbortController();
      flow.current = controller;
      let outcome: ConnectOutcome;
      try {
        outcome = await openConnection(api, integration, {
          baseUrl: latest.current.baseUrl ?? '',
          signal: controller.signal,
          onEvent: (event) => latest.current.onEvent?.(event),
          ...(latest.current.timing ? { timing: latest.current.timing } : {}),
          ...(latest.current.navigate ? { navigate: latest.current.navigate } : {}),
        });
      } catch (thrown) {
        outcome = exitFromError(integration, thrown);
      }
      if (!(outcome.status === 'exit' && outcome.reason === 'cancelled')) report(outcome);
      return outcome;
    },
    [api, report],
  );

  return { open, ready: Boolean(baseUrl) && (Boolean(merged.sessionToken) || tokenReady), error, api };
}
