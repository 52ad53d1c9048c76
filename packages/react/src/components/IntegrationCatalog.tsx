import { useEffect, useId, useRef, useState } from 'react';
import type { ConnectIntegration } from '../core/api.js';
import type { ConnectOutcome } from '../core/outcome.js';
import { useConnect, type UsePatchbayConnectOptions } from '../hooks/usePatchbayConnect.js';
import { formatText, humanize } from '../texts.js';
import { classes, type PatchbayClassNames } from './classNames.js';
import { CredentialsDialog } from './CredentialsDialog.js';

export interface IntegrationCatalogProps extends UsePatchbayConnectOptions {
  className?: string;
  classNames?: PatchbayClassNames;
  /** A search box: on, off, or (default) on from 6 integrations. */
  search?: boolean;
  /** Category filters: on, off, or (default) on when the integrations span several categories. */
  categories?: boolean;
  /** Focus the search box (else the first button) once the integrations are shown, as in a dialog. */
  autoFocus?: boolean;
}

/**
 * The integrations the session may connect, with the end user's state: connect, reconnect (when a
 * connection needs it) and disconnect; API-key integrations through a credentials form. Search and
 * category filters once the list is long.
 */
export function IntegrationCatalog({ className, classNames = {}, search, categories, autoFocus, ...options }: IntegrationCatalogProps) {
  const { open, ready, integrations, loadError, reload, submitCredentials, disconnect, texts, theme, emit, report } = useConnect(options);
  const [busy, setBusy] = useState<string>();
  const [dialog, setDialog] = useState<ConnectIntegration>();
  const [message, setMessage] = useState('');
  const [expired, setExpired] = useState(false);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const list = useRef<HTMLUListElement>(null);
  // After a connection, focus goes to that integration's Disconnect button, which replaces the
  // Connect button that had it (otherwise it would fall to <body>).
  const focusAfterConnect = useRef<string>(undefined);
  const id = useId();
  const nameOf = (slug: string) => integrations?.find((i) => i.slug === slug)?.name ?? humanize(slug);

  useEffect(() => {
    const slug = focusAfterConnect.current;
    const target = slug && list.current?.querySelector<HTMLElement>(`[data-slug="${slug}"] .pb-disconnect`);
    if (target) {
      focusAfterConnect.current = undefined;
      target.focus();
    }
  });

  const shown = Boolean(integrations);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!shown) return;
    emit({ name: 'opened' });
    if (autoFocus) root.current?.querySelector<HTMLElement>('.pb-search, .pb-list button:not([disabled])')?.focus();
  }, [shown, emit, autoFocus]);

  const connected = (slug: string) => {
    focusAfterConnect.current = slug;
    setMessage(formatText(texts.connected, nameOf(slug)));
  };

  const tell = (outcome: ConnectOutcome) => {
    if (outcome.status === 'success') connected(outcome.integration);
    if (outcome.status !== 'exit' || outcome.reason === 'cancelled') return;
    if (outcome.reason === 'session_expired') setExpired(true);
    const detail = outcome.reason === 'not_allowed' ? texts.notAllowed : outcome.error?.message;
    setMessage([formatText(texts.notConnected, nameOf(outcome.integration)), detail].filter(Boolean).join(' '));
  };

  const connect = async (integration: ConnectIntegration) => {
    if (busy) return;
    if (integration.authType !== 'oauth2') {
      emit({ name: 'integration_selected', integration: integration.slug });
      setDialog(integration);
      return;
    }
    setBusy(integration.slug);
    try {
      tell(await open(integration.slug));
    } finally {
      setBusy(undefined);
    }
  };

  const remove = async (integration: ConnectIntegration) => {
    if (busy) return;
    setBusy(integration.slug);
    try {
      await disconnect(integration.slug);
      setMessage(formatText(texts.disconnected, integration.name));
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(undefined);
    }
  };

  // Closing the form without connecting ends that flow, as closing the popup does.
  const closeDialog = () => {
    if (!dialog) return;
    emit({ name: 'exit', integration: dialog.slug, reason: 'user_closed' });
    report({ status: 'exit', integration: dialog.slug, reason: 'user_closed' });
    setDialog(undefined);
  };

  const notAllowed = loadError?.code === 'origin_not_allowed';
  const sessionOver = expired || loadError?.status === 401;
  const button = classes('pb-button', classNames.button);
  const secondaryButton = classes('pb-button pb-button-secondary', classNames.secondaryButton);
  const categoryIds = [...new Set((integrations ?? []).map((integration) => integration.category))];
  const withSearch = search ?? (integrations?.length ?? 0) >= 6;
  const withCategories = categories ?? categoryIds.length > 1;
  const needle = query.trim().toLowerCase();
  const visible = (integrations ?? []).filter(
    (integration) =>
      (!withCategories || !category || integration.category === category) &&
      (!withSearch || [integration.name, integration.description, integration.category].some((text) => text.toLowerCase().includes(needle))),
  );

  return (
    <section
      ref={root}
      className={classes('pb-catalog pb-root', className ?? classNames.root)}
      data-pb-theme={theme}
      aria-label={texts.catalogLabel}
      aria-busy={!integrations && !loadError}
    >
      <p role="status" className={classes('pb-message', classNames.message)}>
        {message}
      </p>
      {loadError || sessionOver ? (
        <div role="alert" className={classes('pb-error', classNames.error)}>
          {sessionOver ? texts.sessionExpired : notAllowed ? texts.notAllowed : texts.loadFailed}{' '}
          {sessionOver || notAllowed ? null : (
            <button type="button" className={secondaryButton} onClick={() => void reload()}>
              {texts.retry}
            </button>
          )}
        </div>
      ) : null}
      {!integrations && !loadError ? <p className={classes('pb-description', classNames.description)}>{texts.loading}</p> : null}
      {integrations && integrations.length === 0 ? <p className={classes('pb-description', classNames.description)}>{texts.empty}</p> : null}
      {integrations && (withSearch || withCategories) ? (
        <div className="pb-toolbar">
          {withSearch ? (
            <input
              type="search"
              className={classes('pb-input pb-search', classNames.input)}
              aria-label={texts.searchLabel}
              placeholder={texts.searchPlaceholder}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          ) : null}
          {withCategories ? (
            <div role="group" aria-label={texts.categoriesLabel} className="pb-categories">
              {['', ...categoryIds].map((id) => (
                <button key={id} type="button" className="pb-chip" aria-pressed={category === id} onClick={() => setCategory(id)}>
                  {id ? (texts[`category.${id}`] ?? humanize(id)) : texts.allCategories}
                </button>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
      {integrations && integrations.length > 0 && visible.length === 0 ? (
        <p className={classes('pb-description', classNames.description)}>{formatText(texts.noResults, { query: query.trim() })}</p>
      ) : null}
      {visible.length > 0 ? (
        <ul ref={list} className={classes('pb-list', classNames.list)}>
          {visible.map((integration) => {
            const status = integration.connection?.status;
            const nameId = `${id}-${integration.slug}`;
            return (
              <li
                key={integration.slug}
                className={classes('pb-item', classNames.item)}
                data-slug={integration.slug}
                data-status={status ?? 'not_connected'}
                aria-labelledby={nameId}
              >
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
                      // Busy is aria-disabled, not disabled: a disabled button would lose the focus.
                      disabled={!ready || sessionOver}
                      aria-disabled={busy !== undefined || undefined}
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
                      className={`${secondaryButton} pb-disconnect`}
                      disabled={sessionOver}
                      aria-disabled={busy !== undefined || undefined}
                      aria-label={formatText(texts.disconnectLabel, integration.name)}
                      onClick={() => void remove(integration)}
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
          onSubmit={async (credentials) => {
            await submitCredentials(dialog.slug, credentials);
            setDialog(undefined);
            connected(dialog.slug);
          }}
          onClose={closeDialog}
        />
      ) : null}
    </section>
  );
}
