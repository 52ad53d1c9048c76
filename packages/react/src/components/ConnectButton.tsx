import { useContext, useState, type ButtonHTMLAttributes } from 'react';
import { PatchbayContext } from '../context.js';
import { usePatchbayConnect, type UsePatchbayConnectOptions } from '../hooks/usePatchbayConnect.js';
import { defaultTexts } from '../texts.js';
import { classes } from './classNames.js';

export interface ConnectButtonProps extends UsePatchbayConnectOptions, Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type'> {
  /** The OAuth integration's slug, e.g. `slack`. */
  integration: string;
}

/** A button that connects one OAuth integration. Options come from props or a PatchbayProvider. */
export function ConnectButton({
  integration,
  baseUrl,
  sessionToken,
  getSessionToken,
  onSuccess,
  onExit,
  onEvent,
  texts,
  timing,
  navigate,
  className,
  children,
  disabled,
  ...buttonProps
}: ConnectButtonProps) {
  const { open, ready } = usePatchbayConnect({ baseUrl, sessionToken, getSessionToken, onSuccess, onExit, onEvent, texts, timing, navigate });
  const shared = useContext(PatchbayContext);
  const [busy, setBusy] = useState(false);
  return (
    <button
      {...buttonProps}
      type="button"
      className={classes('pb-button', className)}
      disabled={disabled || !ready || busy}
      aria-busy={busy || undefined}
      onClick={() => {
        setBusy(true);
        void open(integration).finally(() => setBusy(false));
      }}
    >
      {children ?? texts?.connect ?? shared.texts?.connect ?? defaultTexts.connect}
    </button>
  );
}
