import { useState } from 'react';
import { unwrap, type Schemas } from '../api/client.js';
import { useAppMutation, useAppQuery } from '../api/appQuery.js';
import { useIntegrations } from '../api/integrations.js';
import { Dialog } from '../components/Dialog.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorMessage, QueryState } from '../components/QueryState.js';

type Integration = Schemas['Integration'];

export function IntegrationsPage() {
  const integrations = useIntegrations();
  const [editing, setEditing] = useState<Integration | null>(null);
  return (
    <>
      <PageHeader title="Integrations" description="Choose what your end users may connect, use your own OAuth apps, and say where connect flows may start and return." />
      <AppAllowlists />
      <h2 className="section-title">Catalog</h2>
      <QueryState query={integrations} label="integrations">
        {(list) => (
          <ul className="integration-grid">
            {list.map((integration) => (
              <IntegrationCard key={integration.slug} integration={integration} onEditClient={() => setEditing(integration)} />
            ))}
          </ul>
        )}
      </QueryState>
      {editing && <OAuthClientDialog integration={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function IntegrationCard({ integration, onEditClient }: { integration: Integration; onEditClient: () => void }) {
  const toggle = useAppMutation(
    (api, enabled: boolean) => unwrap(api.PATCH('/api/v1/integrations/{slug}', { params: { path: { slug: integration.slug } }, body: { enabled } })),
    [['integrations']],
  );
  const switchId = `enabled-${integration.slug}`;
  return (
    <li className={integration.enabled ? 'card integration-card' : 'card integration-card is-disabled'} aria-labelledby={`${switchId}-name`}>
      <div className="integration-head">
        <img src={integration.icon} alt="" width={32} height={32} />
        <div>
          <h3 id={`${switchId}-name`}>{integration.name}</h3>
          <div className="cell-note">
            {integration.category} · {integration.authType === 'oauth2' ? 'OAuth' : 'API key'} · {integration.actions.length} actions
          </div>
        </div>
        <label className="switch" htmlFor={switchId}>
          <input id={switchId} type="checkbox" role="switch" checked={integration.enabled} disabled={toggle.isPending} onChange={(event) => toggle.mutate(event.target.checked)} />
          <span className="sr-only">Offer {integration.name} to end users</span>
          <span className="switch-track" aria-hidden="true" />
        </label>
      </div>
      <p className="integration-description">{integration.description}</p>
      <div className="integration-foot">
        <span>
          <strong>{integration.connectedUsers}</strong> connected
        </span>
        {integration.authType === 'oauth2' && (
          <button type="button" className="link-button" onClick={onEditClient}>
            {integration.oauthClient ? `Own client: ${integration.oauthClient.clientId}` : 'Use your own OAuth app'}
          </button>
        )}
      </div>
      <ErrorMessage error={toggle.error} />
    </li>
  );
}

function OAuthClientDialog({ integration, onClose }: { integration: Integration; onClose: () => void }) {
  const slug = integration.slug;
  const [clientId, setClientId] = useState(integration.oauthClient?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [scopes, setScopes] = useState(integration.oauthClient?.scopes?.join(' ') ?? '');
  const save = useAppMutation(
    (api) => {
      const scopeList = scopes.split(/[\s,]+/).filter(Boolean);
      return unwrap(api.PUT('/api/v1/integrations/{slug}/oauth-client', { params: { path: { slug } }, body: { clientId: clientId.trim(), clientSecret, ...(scopeList.length ? { scopes: scopeList } : {}) } }));
    },
    [['integrations']],
    onClose,
  );
  const remove = useAppMutation((api) => unwrap(api.DELETE('/api/v1/integrations/{slug}/oauth-client', { params: { path: { slug } } })), [['integrations']], onClose);
  return (
    <Dialog title={`${integration.name} OAuth app`} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(undefined);
        }}
      >
        <p className="hint">
          End users then see your app's name on {integration.name}'s consent screen. Register <code>{window.location.origin}/api/v1/connections/callback</code> as its
          redirect URL. The secret is stored encrypted and never shown again.
        </p>
        <div className="field">
          <label htmlFor="client-id">Client id</label>
          <input id="client-id" className="input mono" required maxLength={500} value={clientId} onChange={(event) => setClientId(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="client-secret">Client secret</label>
          <input id="client-secret" className="input mono" type="password" required maxLength={2000} autoComplete="off" value={clientSecret} onChange={(event) => setClientSecret(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="client-scopes">Scopes (optional)</label>
          <input id="client-scopes" className="input mono" placeholder="Leave empty for Patchbay's defaults" value={scopes} onChange={(event) => setScopes(event.target.value)} />
        </div>
        <ErrorMessage error={save.error ?? remove.error} />
        <div className="dialog-actions">
          {integration.oauthClient && (
            <button type="button" className="button button-danger-ghost" onClick={() => remove.mutate(undefined)}>
              Use Patchbay's app
            </button>
          )}
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The app's redirect-URI and origin allowlists (PATCH /app), one entry per line. */
function AppAllowlists() {
  const app = useAppQuery(['app'], (api) => unwrap(api.GET('/api/v1/app')));
  return <QueryState query={app} label="app settings">{(data) => <AllowlistForm app={data} key={data.redirectUris.join() + data.allowedOrigins.join()} />}</QueryState>;
}

function AllowlistForm({ app }: { app: Schemas['App'] }) {
  const [redirectUris, setRedirectUris] = useState(app.redirectUris.join('\n'));
  const [allowedOrigins, setAllowedOrigins] = useState(app.allowedOrigins.join('\n'));
  const lines = (text: string) => [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
  const save = useAppMutation((api) => unwrap(api.PATCH('/api/v1/app', { body: { redirectUris: lines(redirectUris), allowedOrigins: lines(allowedOrigins) } })), [['app']]);
  return (
    <form
      className="card form allowlists"
      aria-label="Allowlists"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(undefined);
      }}
    >
      <div className="field">
        <label htmlFor="redirect-uris">Redirect URIs</label>
        <textarea id="redirect-uris" className="input mono" rows={3} placeholder="https://app.example.com/integrations/connected" value={redirectUris} onChange={(event) => setRedirectUris(event.target.value)} aria-describedby="redirect-uris-hint" />
        <p className="hint" id="redirect-uris-hint">
          Where a redirect-mode connect flow may send the end user back to, exactly as written. One per line; while the list is empty, any http(s)
          URL is accepted.
        </p>
      </div>
      <div className="field">
        <label htmlFor="allowed-origins">Allowed origins</label>
        <textarea id="allowed-origins" className="input mono" rows={3} placeholder="https://app.example.com" value={allowedOrigins} onChange={(event) => setAllowedOrigins(event.target.value)} aria-describedby="allowed-origins-hint" />
        <p className="hint" id="allowed-origins-hint">
          Web pages that may open the connect widget, like <code>https://app.example.com</code>. One per line. While it is empty, a
          server not in production lets <code>http://localhost</code> and <code>http://127.0.0.1</code> pages in, for local development.
        </p>
      </div>
      <ErrorMessage error={save.error} />
      <div>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isSuccess && !save.isPending ? 'Saved' : 'Save allowlists'}
        </button>
      </div>
    </form>
  );
}
