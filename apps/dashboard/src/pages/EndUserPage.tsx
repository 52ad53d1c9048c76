import { Link, useParams, useSearchParams } from 'react-router';
import { unwrap, type Schemas } from '../api/client.js';
import { useAppId, useAppMutation, useAppQuery } from '../api/appQuery.js';
import { useIntegrations } from '../api/integrations.js';
import { StatusBadge } from '../components/Badge.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { formatDateTime, formatDuration, formatRelative } from '../components/format.js';
import { PageHeader } from '../components/PageHeader.js';
import { EmptyState, ErrorMessage, QueryState } from '../components/QueryState.js';
import { Pager, Table } from '../components/Table.js';

type Subscription = Schemas['TriggerSubscription'];

/** One end user: their connections, what Patchbay listens to in their accounts, and the log of it. */
export function EndUserPage() {
  const appId = useAppId();
  const endUserId = useParams().endUserId!;
  const [searchParams, setSearchParams] = useSearchParams();
  const runsCursor = searchParams.get('runs') ?? undefined;
  const endUser = useAppQuery(['end-users', endUserId], (api) => unwrap(api.GET('/api/v1/end-users/{endUserId}', { params: { path: { endUserId } } })));
  const subscriptions = useAppQuery(['trigger-subscriptions', endUserId], (api) =>
    unwrap(api.GET('/api/v1/trigger-subscriptions', { params: { query: { endUserId, limit: 100 } } })),
  );
  const runsQuery = { endUserId, limit: 25, ...(runsCursor ? { cursor: runsCursor } : {}) };
  const runs = useAppQuery(['trigger-runs', runsQuery], (api) => unwrap(api.GET('/api/v1/trigger-runs', { params: { query: runsQuery } })), { refetchInterval: 10_000 });
  const integrations = useIntegrations().data ?? [];
  const nameOf = (slug: string, trigger?: string) => {
    const integration = integrations.find((candidate) => candidate.slug === slug);
    const triggerName = trigger && integration?.triggers.find((candidate) => candidate.id === trigger)?.name;
    return `${integration?.name ?? slug}${trigger ? `: ${triggerName ?? trigger}` : ''}`;
  };
  const invalidate = [['trigger-subscriptions'], ['trigger-runs']];
  const pause = useAppMutation((api, id: string) => unwrap(api.POST('/api/v1/trigger-subscriptions/{subscriptionId}/pause', { params: { path: { subscriptionId: id } } })), invalidate);
  const resume = useAppMutation((api, id: string) => unwrap(api.POST('/api/v1/trigger-subscriptions/{subscriptionId}/resume', { params: { path: { subscriptionId: id } } })), invalidate);
  const remove = useAppMutation((api, id: string) => unwrap(api.DELETE('/api/v1/trigger-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: id } } })), invalidate);

  return (
    <>
      <PageHeader
        title={endUserId}
        description={
          <>
            <Link to={`/dashboard/apps/${appId}/end-users`}>End users</Link>
            {endUser.data && (endUser.data.name || endUser.data.email) ? ` · ${[endUser.data.name, endUser.data.email].filter(Boolean).join(' · ')}` : ''}
          </>
        }
      />
      <section className="end-user-section" aria-labelledby="connections-heading">
        <h2 id="connections-heading">Connections</h2>
        <QueryState query={endUser} label="the end user">
          {(user) =>
            user.connections.length === 0 ? (
              <p className="muted">No connected accounts.</p>
            ) : (
              <ul className="connection-list">
                {user.connections.map((connection) => (
                  <li key={connection.id}>
                    {nameOf(connection.integration)} <StatusBadge status={connection.status} />
                    {connection.health === 'degraded' && <StatusBadge status="degraded" />} <span className="mono muted">{connection.id}</span>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
      <section className="end-user-section" aria-labelledby="subscriptions-heading">
        <h2 id="subscriptions-heading">Trigger subscriptions</h2>
        <ErrorMessage error={pause.error ?? resume.error} />
        <QueryState query={subscriptions} label="trigger subscriptions">
          {(page) =>
            page.subscriptions.length === 0 ? (
              <EmptyState title="Not listening to anything yet">
                <p>
                  Subscribe from your backend with <code>POST /api/v1/trigger-subscriptions</code> (or <code>patchbay.triggers.subscribe</code>); each
                  occurrence reaches your webhook endpoints as a <code>trigger.fired</code> event.
                </p>
              </EmptyState>
            ) : (
              <Table columns={['Trigger', 'Status', 'Config', 'Last run', 'Next poll', '']}>
                {page.subscriptions.map((subscription) => (
                  <SubscriptionRow
                    key={subscription.id}
                    subscription={subscription}
                    name={nameOf(subscription.integration, subscription.trigger)}
                    onPause={() => pause.mutate(subscription.id)}
                    onResume={() => resume.mutate(subscription.id)}
                    onDelete={() => remove.mutateAsync(subscription.id)}
                  />
                ))}
              </Table>
            )
          }
        </QueryState>
      </section>
      <section className="end-user-section" aria-labelledby="runs-heading">
        <h2 id="runs-heading">Trigger runs</h2>
        <QueryState query={runs} label="trigger runs">
          {(page) =>
            page.runs.length === 0 && !runsCursor ? (
              <p className="muted">No polls or pushes yet.</p>
            ) : (
              <>
                <Table columns={['Started', 'Trigger', 'Kind', 'Status', 'Events', 'Duration', 'Error']}>
                  {page.runs.map((run) => (
                    <tr key={run.id}>
                      <td>{formatDateTime(run.startedAt)}</td>
                      <td>{nameOf(run.integration, run.trigger)}</td>
                      <td>{run.kind === 'poll' ? 'Poll' : 'Push'}</td>
                      <td>
                        <StatusBadge status={run.status} />
                      </td>
                      <td>{run.items}</td>
                      <td>{formatDuration(run.durationMs)}</td>
                      <td>{run.error ? <span title={run.error.message}>{run.error.code}: {run.error.message}</span> : <span className="muted">—</span>}</td>
                    </tr>
                  ))}
                </Table>
                <Pager onFirst={runsCursor ? () => setSearchParams({}) : undefined} onNext={page.nextCursor ? () => setSearchParams({ runs: page.nextCursor! }) : undefined} />
              </>
            )
          }
        </QueryState>
      </section>
    </>
  );
}

function SubscriptionRow({ subscription, name, onPause, onResume, onDelete }: { subscription: Subscription; name: string; onPause: () => void; onResume: () => void; onDelete: () => Promise<unknown> }) {
  return (
    <tr>
      <td>
        {name}
        <div className="cell-note mono">{subscription.id}</div>
      </td>
      <td>
        <StatusBadge status={subscription.status} />
      </td>
      <td>
        <code className="config-json" title={JSON.stringify(subscription.config, null, 2)}>{JSON.stringify(subscription.config)}</code>
      </td>
      <td>
        {formatRelative(subscription.lastRunAt)}
        {subscription.lastError && <div className="cell-note error-text">{subscription.lastError}</div>}
      </td>
      <td>{subscription.nextPollAt ? formatRelative(subscription.nextPollAt) : <span className="muted">{subscription.kind === 'webhook' ? 'Pushed' : '—'}</span>}</td>
      <td className="actions">
        {subscription.status === 'active' ? (
          <button type="button" className="button" onClick={onPause}>
            Pause
          </button>
        ) : (
          <button type="button" className="button" onClick={onResume}>
            Resume
          </button>
        )}
        <ConfirmButton label="Delete" title={`Delete ${name}?`} confirmLabel="Delete subscription" onConfirm={onDelete}>
          <p>Patchbay stops listening and removes the webhook it registered at the provider for it. Its run log stays.</p>
        </ConfirmButton>
      </td>
    </tr>
  );
}
