import { createContext, type ReactNode } from 'react';
import type { ConnectEvent, ConnectExit, ConnectSuccess } from './core/outcome.js';
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
  onEvent?: (event: ConnectEvent) => void;
  /** Texts to override (i18n); the others keep their English default. */
  texts?: Partial<PatchbayTexts>;
}

export const PatchbayContext = createContext<PatchbayConnectOptions>({});

/** Options shared by every hook and component below it; their own props take precedence. */
export function PatchbayProvider({ children, ...options }: PatchbayConnectOptions & { children?: ReactNode }) {
  return <PatchbayContext.Provider value={options}>{children}</PatchbayContext.Provider>;
}
