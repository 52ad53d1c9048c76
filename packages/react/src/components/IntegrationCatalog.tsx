import { useCallback, useContext, useEffect, useId, useState } from 'react';
import { ConnectApiError, type ConnectIntegration } from '../core/api.js';
import { PatchbayContext } from '../context.js';
import { usePatchbayConnect, type UsePatchbayConnectOptions } from '../hooks/usePatchbayConnect.js';
import { defaultTexts, formatText } from '../texts.js';
import { classes, type PatchbayClassNames } from './classNames.js';
import { CredentialsDialog } from './CredentialsDialog.js';

export interface IntegrationCatalogProps extends UsePatchbayConnectOptions {
  className?: string;
  classNames?: PatchbayClassNames;
}

/**
 * The integrations the session may connect, with the end user's state: connect, reconnect (when a
 * connection needs it) and disconnect; API-key integrations through a credentials form.
 */
export function IntegrationCatalog({ className, classNames = {}, ...options }: IntegrationCatalogProps) {
  const shared = useContext(PatchbayContext);
  const texts = { ...defaultTexts, ...shared.texts, ...options.texts };
  const onSuccess = options.onSuccess ?? shared.onSuccess;
  const onExit = options.onExit ?? shared.onExit;
  const onEvent = options.onEvent ?? shared.onEvent;
  const [integrations, setIntegrations] = useState<ConnectIntegration[]>();
  const [loadError, setLoadError] = useState<ConnectApiError | Error>();
  const [busy, setBusy] = useState<string>();
  const [dialog, setDialog] = useState<ConnectIntegration>();
  const [message, setMessage] = useState('');
  const id = useId();
  const nameOf = (slug: string) => integrations?.find((i) => i.slug === slug)?.name ?? slug;

  const { open, ready, api } = usePatchbayConnect({
    ...options,
    onSuccess: (success) => {
      setMessage(formatText(texts.connected, nameOf(success.integration)));
      void load();
      onSuccess?.(success);
    },
    onExit: (exit) => {
      setMessage([formatText(texts.notConnected, nameOf(exit.integration)), exit.error?.message].filter(Boolean).join(' '));
      if (exit.reason === 'session_expired') setLoadError(new ConnectApiError(401, exit.error?.code ?? 'unauthorized', texts.sessionExpired));
      onExit?.(exit);
    },
  });

  const load = useCallback(async () => {
    try {
      setIntegrations(await api.listIntegrations());
      setLoadError(undefined);
    } catch (error) {
      setLoadError(error instanceof Error ? error : new Error(String(error)));
    }
  }, [api]);

  useEffect(() => {
    if (ready) void load();
  }, [ready, load]);

  const connect = async (integration: ConnectIntegration) => {
    if (integration.authType !== 'oauth2') {
      setDialog(integration);
      return;
    }
    setBusy(integration.slug);
    try {
      await open(integration.slug);
    } finally {
      setBusy(undefined);
    }
  };

  const disconnect = async (integration: ConnectIntegration, connectionId: string) => {
    setBusy(integration.slug);
    try {
      await api.disconnect(connectionId);
      onEvent?.({ name: 'disconnected', integration: integration.slug });
      setMessage(formatText(texts.disconnected, integration.name));
      await load();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(undefined);
    }
  };

  const submitCredentials = async (integration: ConnectIntegration, credentials: Parameters<typeof api.submitCredentials>[1]) => {
    const connection = await api.submitCredentials(integration.slug, credentials);
    onEvent?.({ name: 'credentials_submitted', integration: integration.slug, connectionId: connection.id });
    setDialog(undefined);
    setMessage(formatText(texts.connected, integration.name));
    onSuccess?.({ integration: integration.slug, connectionId: connection.id });
    await load();
  };

  const expired = loadError instanceof ConnectApiError && loadError.status === 401;
  const button = classes('pb-button', classNames.button);
  const secondaryButton = classes('pb-button pb-button-secondary', classNames.secondaryButton);
  return (
    <section className={classes('pb-catalog', className ?? classNames.root)} aria-label={texts.catalogLabel} aria-busy={!integrations && !loadError}>
      <p role="status" className={classes('pb-message', classNames.message)}>
        {message}
      </p>
      {loadError ? (
        <div role="alert" className={classes('pb-error', classNames.error)}>
          {expired ? texts.sessionExpired : texts.loadFailed}{' '}
          {expired ? null : (
            <button type="button" className={secondaryButton} onClick={() => void load()}>
              {texts.retry}
            </button>
          )}
        </div>
      ) : null}
      {!integrations && !loadError ? <p className={classes('pb-description', classNames.description)}>{texts.loading}</p> : null}
      {integrations && integrations.length === 0 ? <p className={classes('pb-description', classNames.description)}>{texts.empty}</p> : null}
      {integrations && integrations.length > 0 ? (
        <ul className={classes('pb-list', classNames.list)}>
          {integrations.map((integration) => {
            const status = integration.connection?.status;
            const nameId = `${id}-${integration.slug}`;
            return (
              <li key={integration.slug} className={classes('pb-item', classNames.item)} data-status={status ?? 'not_connected'} aria-labelledby={nameId}>
                <img className={classes('pb-icon', classNames.icon)} src={integration.icon} alt="" width={40} height={40} />
                <div>
                  <h3 id={nameId} className={classes('pb-name', classNames.name)}>
                    {integration.name}
                  </h3>
                  <p className={classes('pb-description', classNames.description)}>{integration.description}</p>
                  <p className={classes('pb-status', classNames.status)} data-status={status ?? 'not_connected'}>
                    {status === 'active' ? texts.statusConnected : status === 'needs_reauth' ? texts.statusNeedsReauth : texts.statusNotConnected}
                  </p>
                </div>
                <div className={classes('pb-actions', classNames.actions)}>
                  {status !== 'active' ? (
                    <button
                      type="button"
                      className={button}
                      disabled={!ready || busy !== undefined || expired}
                      aria-busy={busy === integration.slug || undefined}
                      aria-label={formatText(status === 'needs_reauth' ? texts.reconnectLabel : texts.connectLabel, integration.name)}
                      onClick={() => void connect(integration)}
                    >
                      {status === 'needs_reauth' ? texts.reconnect : texts.connect}
                    </button>
                  ) : null}
                  {integration.connection ? (
                    <button
                      type="button"
                      className={secondaryButton}
                      disabled={busy !== undefined || expired}
                      aria-label={formatText(texts.disconnectLabel, integration.name)}
                      onClick={() => void disconnect(integration, integration.connection!.id)}
                    >
                      {texts.disconnect}
                    </button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      {dialog ? (
        <CredentialsDialog
          integration={dialog}
          texts={texts}
          classNames={classNames}
          onSubmit={(credentials) => submitCredentials(dialog, credentials)}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
    </section>
  );
}
