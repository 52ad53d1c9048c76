import { useRef, useState, type ButtonHTMLAttributes, type ReactNode } from 'react';
import type { ConnectIntegration } from '../core/api.js';
import { useConnect, type UsePatchbayConnectOptions } from '../hooks/usePatchbayConnect.js';
import { formatText, humanize } from '../texts.js';
import { classes } from './classNames.js';

export interface ConnectButtonProps extends UsePatchbayConnectOptions, Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type' | 'children'> {
  /** The OAuth integration's slug, e.g. `slack`. */
  integration: string;
  /** Your own label, or a function of the connection's state. Default: "Connect Slack", "Slack connected". */
  children?: ReactNode | ((state: { status: NonNullable<ConnectIntegration['connection']>['status'] | 'not_connected'; name: string }) => ReactNode);
}

/**
 * A button that connects one OAuth integration and shows when it is connected (also when another
 * component under the same provider connected it). Options come from props or a PatchbayProvider.
 */
export function ConnectButton({
  integration,
  baseUrl,
  sessionToken,
  getSessionToken,
  onSuccess,
  onExit,
  onEvent,
  texts: ownTexts,
  theme: ownTheme,
  timing,
  navigate,
  className,
  children,
  disabled,
  ...buttonProps
}: ConnectButtonProps) {
  const { open, ready, integrations, texts, theme } = useConnect({ baseUrl, sessionToken, getSessionToken, onSuccess, onExit, onEvent, texts: ownTexts, theme: ownTheme, timing, navigate });
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const known = integrations?.find((item) => item.slug === integration);
  const name = known?.name ?? humanize(integration);
  const status = known?.connection?.status ?? 'not_connected';
  const connected = status === 'active';
  const label = formatText(connected ? texts.connectedLabel : status === 'needs_reauth' ? texts.reconnectLabel : texts.connectLabel, name);
  return (
    <button
      {...buttonProps}
      ref={button}
      type="button"
      className={classes('pb-button pb-root', className)}
      data-pb-theme={theme}
      data-status={status}
      disabled={disabled || !ready}
      // Busy and connected are aria-disabled, not disabled, so the button keeps the focus.
      aria-disabled={busy || connected || undefined}
      aria-busy={busy || undefined}
      onClick={() => {
        if (busy || connected) return;
        setBusy(true);
        void open(integration).finally(() => {
          setBusy(false);
          // Back from the popup: the user continues where they clicked.
          button.current?.focus();
        });
      }}
    >
      {typeof children === 'function' ? children({ status, name }) : (children ?? label)}
    </button>
  );
}
