import { useSearchParams } from 'react-router';
import { unwrap, type Schemas } from '../api/client.js';
import { useAppQuery } from '../api/appQuery.js';
import { useIntegrations } from '../api/integrations.js';
import { StatusBadge } from '../components/Badge.js';
import { executionSourceLabels, formatDateTime, formatDuration, formatNumber, formatPercent, formatRelative } from '../components/format.js';
import { Pager, Table } from '../components/Table.js';
import { PageHeader } from '../components/PageHeader.js';
import { EmptyState, QueryState } from '../components/QueryState.js';
import { ExecutionDetailPanel } from './ExecutionDetailPanel.js';

const filterNames = ['endUserId', 'integration', 'status', 'source', 'from', 'to'] as const;
const statuses = ['success', 'failed', 'running', 'queued'] as const;
const pageSize = 25;

const dayAfter = (day: string) => new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000).toISOString();

/** Filters live in the URL (shareable); `cursor` is the page, `execution` the open detail. */
export function ExecutionsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = Object.fromEntries(filterNames.map((name) => [name, searchParams.get(name) ?? ''])) as Record<(typeof filterNames)[number], string>;
  const cursor = searchParams.get('cursor') ?? undefined;
  const selected = searchParams.get('execution');
  const integrations = useIntegrations();
  const query = {
    limit: pageSize,
    ...(cursor ? { cursor } : {}),
    ...(filters.endUserId ? { endUserId: filters.endUserId } : {}),
    ...(filters.integration ? { integration: filters.integration } : {}),
    ...(filters.status ? { status: filters.status as Schemas['ExecutionStatus'] } : {}),
    ...(filters.source ? { source: filters.source as Schemas['ExecutionSource'] } : {}),
    ...(filters.from ? { from: `${filters.from}T00:00:00Z` } : {}),
    ...(filters.to ? { to: dayAfter(filters.to) } : {}),
  };
  // The newest page keeps itself current, so a run made from the backend shows up on its own.
  const executions = useAppQuery(['executions', query], (api) => unwrap(api.GET('/api/v1/executions', { params: { query } })), cursor ? {} : { refetchInterval: 10_000 });

  const update = (changes: Record<string, string | null>, push = false) => {
    const next = new URLSearchParams(searchParams);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setSearchParams(next, { replace: !push });
  };
  const setFilter = (name: string, value: string) => update({ [name]: value, cursor: null });
  const filtered = filterNames.some((name) => filters[name]);

  return (
    <>
      <PageHeader title="Executions" description="Every action run for your end users, newest first." />
      <form className="filters" aria-label="Filter executions" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="filter-end-user">End user</label>
          <input
            id="filter-end-user"
            className="input"
            placeholder="Your end user id"
            defaultValue={filters.endUserId}
            key={filters.endUserId}
            onBlur={(event) => setFilter('endUserId', event.target.value.trim())}
            onKeyDown={(event) => event.key === 'Enter' && setFilter('endUserId', event.currentTarget.value.trim())}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-integration">Integration</label>
          <select id="filter-integration" className="input" value={filters.integration} onChange={(event) => setFilter('integration', event.target.value)}>
            <option value="">All integrations</option>
            {integrations.data?.map((integration) => (
              <option key={integration.slug} value={integration.slug}>
                {integration.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" className="input" value={filters.status} onChange={(event) => setFilter('status', event.target.value)}>
            <option value="">Any status</option>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-source">Source</label>
          <select id="filter-source" className="input" value={filters.source} onChange={(event) => setFilter('source', event.target.value)}>
            <option value="">Any source</option>
            {Object.entries(executionSourceLabels).map(([source, label]) => (
              <option key={source} value={source}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-from">From</label>
          <input id="filter-from" className="input" type="date" value={filters.from} onChange={(event) => setFilter('from', event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="filter-to">To</label>
          <input id="filter-to" className="input" type="date" value={filters.to} onChange={(event) => setFilter('to', event.target.value)} />
        </div>
        {filtered && (
          <button type="button" className="button button-ghost" onClick={() => setSearchParams({})}>
            Clear filters
          </button>
        )}
      </form>
      <QueryState query={executions} label="executions">
        {(page) => (
          <>
            <div className="inline-stats" aria-label="Statistics for these filters">
              <span>
                <strong>{formatNumber(page.stats.total)}</strong> {page.stats.total === 1 ? 'execution' : 'executions'}
              </span>
              <span>
                <strong>{formatPercent(page.stats.successRate)}</strong> success
              </span>
              <span>
                p50 <strong>{formatDuration(page.stats.p50)}</strong>
              </span>
              <span>
                p95 <strong>{formatDuration(page.stats.p95)}</strong>
              </span>
            </div>
            {page.executions.length === 0 ? (
              filtered || cursor ? (
                <EmptyState title="No executions match these filters">
                  <p>Widen the dates or clear a filter.</p>
                </EmptyState>
              ) : (
                <EmptyState title="No executions yet">
                  <p>
                    Run an action from your backend — <code>POST /api/v1/integrations/&#123;slug&#125;/actions/&#123;action&#125;</code> with your API key — and it
                    appears here within a second.
                  </p>
                </EmptyState>
              )
            ) : (
              <ExecutionTable executions={page.executions} onOpen={(id) => update({ execution: id }, true)} selected={selected} />
            )}
            <Pager onFirst={cursor ? () => update({ cursor: null }, true) : undefined} onNext={page.nextCursor ? () => update({ cursor: page.nextCursor }, true) : undefined} />
          </>
        )}
      </QueryState>
      {selected && <ExecutionDetailPanel executionId={selected} onClose={() => update({ execution: null })} />}
    </>
  );
}

function ExecutionTable({ executions, onOpen, selected }: { executions: Schemas['Execution'][]; onOpen: (id: string) => void; selected: string | null }) {
  return (
    <Table columns={['Status', 'Integration', 'Action', 'End user', 'Duration', 'Started']}>
          {executions.map((execution) => (
            <tr key={execution.id} className={execution.id === selected ? 'selected clickable' : 'clickable'} onClick={() => onOpen(execution.id)}>
              <td>
                <StatusBadge status={execution.status} />
              </td>
              <td>{execution.integration.name}</td>
              <td>
                <button type="button" className="link-button mono" onClick={(event) => (event.stopPropagation(), onOpen(execution.id))} aria-label={`Details of ${execution.action} ${execution.id}`}>
                  {execution.action}
                </button>
                {execution.error && <div className="cell-note">{execution.error.code}</div>}
                {execution.source !== 'api' && <div className="cell-note">via {executionSourceLabels[execution.source]}</div>}
              </td>
              <td>
                <span className="mono">{execution.endUser.id}</span>
                {execution.endUser.email && <div className="cell-note">{execution.endUser.email}</div>}
              </td>
              <td>{formatDuration(execution.duration)}</td>
              <td title={formatDateTime(execution.startedAt)}>{formatRelative(execution.startedAt)}</td>
            </tr>
          ))}
    </Table>
  );
}
