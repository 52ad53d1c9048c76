import { createContext, useMemo, useRef, type ReactNode } from 'react';
import type { ConnectEvent, ConnectExit, ConnectSuccess } from './core/outcome.js';
import { createSession, type PatchbaySession } from './session.js';
import type { PatchbayTexts } from './texts.js';

export interface PatchbayConnectOptions {
  /** Where Patchbay runs, e.g. `https://api.patchbay.dev`. */
  baseUrl?: string;
  /** A connect session token (`cs_…`) your backend created. Never your API key. */
  sessionToken?: string;
  /** Or: fetch one from your backend; called again once when the server says it expired. */
  getSessionToken?: () => Promise<string>;
  onSuccess?: (success: ConnectSuccess) => void;
  onExit?: (exit: ConnectExit) => void;
  /** Every step of every flow, for your analytics: see `ConnectEvent`. */
  onEvent?: (event: ConnectEvent) => void;
  /** Texts to override (i18n); the others keep their English default. */
  texts?: Partial<PatchbayTexts>;
  /** `light` (default), `dark`, or `auto` (follows the device's setting). */
  theme?: 'light' | 'dark' | 'auto';
}

export const PatchbayContext = createContext<PatchbayConnectOptions & { session?: PatchbaySession }>({});

/**
 * Options shared by every hook and component below it (their own props take precedence), and one
 * connect session: a connection made by any of them shows in all of them.
 */
export function PatchbayProvider({ children, ...options }: PatchbayConnectOptions & { children?: ReactNode }) {
  // Tokens and callbacks are read when used, so inline functions need no memoisation.
  const latest = useRef(options);
  latest.current = options;
  const session = useMemo(() => createSession(options.baseUrl ?? '', () => latest.current), [options.baseUrl]);
  return <PatchbayContext.Provider value={{ ...options, session }}>{children}</PatchbayContext.Provider>;
}
