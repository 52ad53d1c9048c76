import { Link, useSearchParams } from 'react-router';
import { unwrap, type Schemas } from '../api/client.js';
import { useAppId, useAppQuery } from '../api/appQuery.js';
import { formatDuration, formatNumber, formatPercent } from '../components/format.js';
import { PageHeader } from '../components/PageHeader.js';
import { QueryState } from '../components/QueryState.js';
import { TimeChart } from '../components/TimeChart.js';

const ranges = {
  '24h': { label: 'Last 24 hours', granularity: 'hour', ms: 24 * 3_600_000 },
  '7d': { label: 'Last 7 days', granularity: 'day', ms: 7 * 86_400_000 },
  '30d': { label: 'Last 30 days', granularity: 'day', ms: 30 * 86_400_000 },
} as const;
type RangeKey = keyof typeof ranges;

const colors = { success: 'var(--chart-good)', failed: 'var(--chart-bad)', primary: 'var(--chart-primary)', secondary: 'var(--chart-secondary)' };

export function OverviewPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const rangeKey: RangeKey = (searchParams.get('range') as RangeKey) in ranges ? (searchParams.get('range') as RangeKey) : '7d';
  const range = ranges[rangeKey];
  const series = useAppQuery(['timeseries', rangeKey], (api) =>
    unwrap(api.GET('/api/v1/stats/executions', { params: { query: { granularity: range.granularity, from: new Date(Date.now() - range.ms).toISOString() } } })),
  );
  return (
    <>
      <PageHeader
        title="Overview"
        description="How your end users' integrations are doing."
        actions={
          <div className="segmented" role="group" aria-label="Time range">
            {(Object.keys(ranges) as RangeKey[]).map((key) => (
              <button key={key} type="button" aria-pressed={key === rangeKey} className={key === rangeKey ? 'active' : ''} onClick={() => setSearchParams({ range: key })}>
                {ranges[key].label}
              </button>
            ))}
          </div>
        }
      />
      <QueryState query={series} label="statistics">
        {(data) => <OverviewCharts data={data} />}
      </QueryState>
    </>
  );
}

function OverviewCharts({ data }: { data: Schemas['ExecutionTimeseries'] }) {
  const { totals, granularity } = data;
  const points = data.buckets.map((bucket) => ({
    ...bucket,
    successRate: bucket.success + bucket.failed > 0 ? bucket.success / (bucket.success + bucket.failed) : null,
  }));
  return (
    <>
      {totals.total === 0 && <GettingStarted />}
      <section className="stat-grid" aria-label="Totals">
        <Stat label="Executions" value={formatNumber(totals.total)} detail={`${formatNumber(totals.failed)} failed`} />
        <Stat label="Success rate" value={formatPercent(totals.successRate)} detail="of finished executions" />
        <Stat label="p95 duration" value={formatDuration(totals.p95)} detail="95% finish faster" />
        <Stat label="Active end users" value={formatNumber(totals.activeEndUsers)} detail="ran at least one action" />
        <Stat label="API calls" value={formatNumber(totals.apiCalls)} detail="made with your API keys" />
      </section>
      <section className="chart-grid">
        <TimeChart
          title="Executions"
          kind="bar"
          granularity={granularity}
          data={points}
          series={[
            { key: 'success', label: 'Succeeded', color: colors.success },
            { key: 'failed', label: 'Failed', color: colors.failed },
          ]}
          formatValue={formatNumber}
        />
        <TimeChart title="Success rate" kind="line" granularity={granularity} data={points} series={[{ key: 'successRate', label: 'Success rate', color: colors.success }]} formatValue={(value) => formatPercent(value)} domain={[0, 1]} />
        <TimeChart title="p95 duration" kind="line" granularity={granularity} data={points} series={[{ key: 'p95', label: 'p95', color: colors.secondary }]} formatValue={(value) => formatDuration(value)} />
        <TimeChart title="Active end users" kind="bar" granularity={granularity} data={points} series={[{ key: 'activeEndUsers', label: 'Active end users', color: colors.primary }]} formatValue={formatNumber} />
        <TimeChart title="API calls" kind="area" granularity={granularity} data={points} series={[{ key: 'apiCalls', label: 'API calls', color: colors.primary }]} formatValue={formatNumber} />
      </section>
    </>
  );
}

function Stat({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="card stat">
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      <div className="stat-detail">{detail}</div>
    </div>
  );
}

function GettingStarted() {
  const appId = useAppId();
  return (
    <section className="card getting-started" aria-labelledby="getting-started">
      <h2 id="getting-started">Get to your first execution</h2>
      <ol>
        <li>
          Create an API key on <Link to={`/dashboard/apps/${appId}/api-keys`}>API keys</Link> and keep it on your backend.
        </li>
        <li>
          Let an end user connect an account: <code>POST /api/v1/connect/sessions</code> and the <code>@patchbay/react</code> connect button.
        </li>
        <li>
          Run an action: <code>POST /api/v1/integrations/slack/actions/send_message</code> with the end user's id.
        </li>
        <li>
          Get told about failures: add an endpoint on <Link to={`/dashboard/apps/${appId}/webhooks`}>Webhooks</Link>.
        </li>
      </ol>
    </section>
  );
}
