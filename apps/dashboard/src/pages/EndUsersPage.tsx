import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { unwrap, type Schemas } from '../api/client.js';
import { useAppId, useAppMutation, useAppQuery } from '../api/appQuery.js';
import { useIntegrations } from '../api/integrations.js';
import { StatusBadge } from '../components/Badge.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { Dialog } from '../components/Dialog.js';
import { formatDateTime } from '../components/format.js';
import { Pager, Table } from '../components/Table.js';
import { PageHeader } from '../components/PageHeader.js';
import { EmptyState, QueryState } from '../components/QueryState.js';
import { SecretField } from '../components/SecretField.js';

export function EndUsersPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const cursor = searchParams.get('cursor') ?? undefined;
  const search = searchParams.get('search') ?? '';
  const health = healthFilter(searchParams.get('health'));
  const query = { limit: 50, ...(cursor ? { cursor } : {}), ...(search ? { search } : {}), ...(health ? { health } : {}) };
  const endUsers = useAppQuery(['end-users', query], (api) => unwrap(api.GET('/api/v1/end-users', { params: { query } })));
  // A new search or health starts again from the first page.
  const setFilters = (next: { search?: string; health?: string }) => {
    const merged = { search, health: health ?? '', ...next };
    setSearchParams(Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== '')), { replace: true });
  };
  const setSearch = (text: string) => setFilters({ search: text.trim().slice(0, 200) });
  const needsReauth = useAppQuery(['connections', 'needs_reauth'], (api) => unwrap(api.GET('/api/v1/connections', { params: { query: { status: 'needs_reauth', limit: 100 } } })));
  const names = new Map(useIntegrations().data?.map((integration) => [integration.slug, integration.name]));
  const [reconnect, setReconnect] = useState<{ endUserId: string; integration: string; connectionId: string } | null>(null);
  const checkConnection = useAppMutation((api, connectionId: string) => unwrap(api.POST('/api/v1/connections/{connectionId}/health-check', { params: { path: { connectionId } } })), [['end-users'], ['connections']]);
  const deleteEndUser = useAppMutation((api, endUserId: string) => unwrap(api.DELETE('/api/v1/end-users/{endUserId}', { params: { path: { endUserId } } })), [['end-users'], ['connections']]);
  const deleteConnection = useAppMutation((api, connectionId: string) => unwrap(api.DELETE('/api/v1/connections/{connectionId}', { params: { path: { connectionId } } })), [['end-users'], ['connections']]);
  const nameOf = (slug: string) => names.get(slug) ?? slug;

  return (
    <>
      <PageHeader title="End users" description="Your users and the accounts they connected. Deleting revokes the tokens at the provider." />
      {needsReauth.data && needsReauth.data.connections.length > 0 && (
        <div className="alert alert-warn" role="status">
          <strong>{needsReauth.data.connections.length} connection(s) need reconnecting.</strong> The provider no longer accepts their grant; actions fail
          until the end user connects again. Send them a reconnect link.
        </div>
      )}
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="field search-field">
          <label htmlFor="end-user-search">Search</label>
          <input
            id="end-user-search"
            className="input"
            type="search"
            placeholder="Id, email or name"
            defaultValue={search}
            key={search}
            onBlur={(event) => setSearch(event.target.value)}
            onKeyDown={(event) => event.key === 'Enter' && setSearch(event.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="end-user-health">Connections</label>
          <select id="end-user-health" className="input" value={health ?? ''} onChange={(event) => setFilters({ health: event.target.value })}>
            <option value="">Any health</option>
            <option value="healthy">Healthy</option>
            <option value="degraded">Degraded</option>
            <option value="needs_reauth">Reconnect needed</option>
          </select>
        </div>
      </form>
      <QueryState query={endUsers} label="end users">
        {(page) =>
          page.endUsers.length === 0 && (search || health) ? (
            <EmptyState title={search ? `No end user matches “${search}”` : 'No end user has a connection in this health'}>
              <p>{search ? 'The search looks at your end user ids, emails and names.' : 'Patchbay checks every connection about once an hour.'}</p>
            </EmptyState>
          ) : page.endUsers.length === 0 && !cursor ? (
            <EmptyState title="No end users yet">
              <p>
                End users appear when they connect an account: create a connect session on your backend (<code>POST /api/v1/connect/sessions</code>) and
                render <code>&lt;ConnectButton&gt;</code> from <code>@patchbay/react</code>.
              </p>
            </EmptyState>
          ) : (
            <>
              <Table columns={['End user', 'Connections', 'Since', '']}>
                    {page.endUsers.map((endUser) => (
                      <EndUserRow
                        key={endUser.id}
                        endUser={endUser}
                        nameOf={nameOf}
                        onReconnect={(connection) => setReconnect({ endUserId: endUser.id, integration: connection.integration, connectionId: connection.id })}
                        onCheck={(connectionId) => checkConnection.mutateAsync(connectionId)}
                        onDeleteConnection={(id) => deleteConnection.mutateAsync(id)}
                        onDelete={() => deleteEndUser.mutateAsync(endUser.id)}
                      />
                    ))}
              </Table>
              <Pager
                firstLabel="← First page"
                nextLabel="Next →"
                onFirst={cursor ? () => setFilters({}) : undefined}
                onNext={page.nextCursor ? () => setSearchParams({ ...(search ? { search } : {}), ...(health ? { health } : {}), cursor: page.nextCursor! }) : undefined}
              />
            </>
          )
        }
      </QueryState>
      {reconnect && <ReconnectLinkDialog {...reconnect} integrationName={nameOf(reconnect.integration)} onClose={() => setReconnect(null)} />}
    </>
  );
}

const healthStatuses = ['healthy', 'degraded', 'needs_reauth'] as const;
type HealthStatus = (typeof healthStatuses)[number];
const healthFilter = (value: string | null): HealthStatus | undefined => healthStatuses.find((status) => status === value);

function EndUserRow({ endUser, nameOf, onReconnect, onCheck, onDeleteConnection, onDelete }: {
  endUser: Schemas['EndUser'];
  nameOf: (slug: string) => string;
  onReconnect: (connection: Schemas['EndUser']['connections'][number]) => void;
  onCheck: (connectionId: string) => Promise<unknown>;
  onDeleteConnection: (connectionId: string) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
}) {
  const appId = useAppId();
  return (
    <tr>
      <td>
        <Link className="mono" to={`/dashboard/apps/${appId}/end-users/${encodeURIComponent(endUser.id)}`} title="Connections, trigger subscriptions and runs">
          {endUser.id}
        </Link>
        {(endUser.name || endUser.email) && <div className="cell-note">{[endUser.name, endUser.email].filter(Boolean).join(' · ')}</div>}
      </td>
      <td>
        {endUser.connections.length === 0 ? (
          <span className="muted">None</span>
        ) : (
          <ul className="connection-list">
            {endUser.connections.map((connection) => (
              <li key={connection.id}>
                <span>{nameOf(connection.integration)}</span> <StatusBadge status={connection.status} />
                {connection.health === 'degraded' && <StatusBadge status="degraded" />}
                {connection.status === 'needs_reauth' && (
                  <button type="button" className="link-button" onClick={() => onReconnect(connection)}>
                    Reconnect link
                  </button>
                )}
                {connection.status === 'active' && (
                  <button type="button" className="link-button" aria-label={`Check ${nameOf(connection.integration)} now`} onClick={() => void onCheck(connection.id)}>
                    Check now
                  </button>
                )}
                <ConfirmButton label="Disconnect" title={`Disconnect ${nameOf(connection.integration)}?`} confirmLabel="Disconnect" onConfirm={() => onDeleteConnection(connection.id)}>
                  <p>
                    The tokens of <span className="mono">{endUser.id}</span> are revoked at the provider and deleted here.
                  </p>
                </ConfirmButton>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{formatDateTime(endUser.createdAt)}</td>
      <td className="actions">
        <ConfirmButton label="Delete" title={`Delete end user ${endUser.id}?`} confirmLabel="Delete end user" onConfirm={onDelete}>
          <p>Every connection of this end user is revoked and deleted. Their executions stay in the log.</p>
        </ConfirmButton>
      </td>
    </tr>
  );
}

/** A repair link (hosted Connect Link) that reconnects this connection in place. */
function ReconnectLinkDialog({ endUserId, connectionId, integrationName, onClose }: { endUserId: string; connectionId: string; integrationName: string; onClose: () => void }) {
  const link = useAppQuery(['repair-link', connectionId], (api) => unwrap(api.POST('/api/v1/connections/{connectionId}/repair-link', { params: { path: { connectionId } }, body: {} })));
  return (
    <Dialog title={`Reconnect ${integrationName}`} onClose={onClose}>
      <QueryState query={link} label="a repair link">
        {(created) => (
          <div className="form">
            <SecretField
              label={`Link for ${endUserId}`}
              value={created.url}
              hint={`Valid until ${formatDateTime(created.expiresAt)}. The connection keeps its id. Anyone with the link can reconnect this account for this end user.`}
            />
          </div>
        )}
      </QueryState>
    </Dialog>
  );
}
