import { useSearchParams } from 'react-router';
import { unwrap, type Schemas } from '../api/client.js';
import { useAppMutation, useAppQuery } from '../api/appQuery.js';
import { formatCents, formatMillicents, formatNumber } from '../components/format.js';
import { Table } from '../components/Table.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorMessage, QueryState } from '../components/QueryState.js';
import { TimeChart } from '../components/TimeChart.js';

const plans: Schemas['Plan'][] = ['basic', 'pro', 'enterprise'];

function monthBounds(period: string) {
  const start = new Date(`${period}-01T00:00:00Z`);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

function previousMonths(count: number) {
  const now = new Date();
  return Array.from({ length: count }, (_, index) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - index, 1)).toISOString().slice(0, 7));
}

export function UsagePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const months = previousMonths(12);
  const period = /^\d{4}-(0[1-9]|1[0-2])$/.test(searchParams.get('period') ?? '') ? searchParams.get('period')! : months[0]!;
  const estimate = useAppQuery(['billing', period], (api) => unwrap(api.GET('/api/v1/billing/estimate', { params: { query: { period } } })));
  const daily = useAppQuery(['usage', 'day', period], (api) => unwrap(api.GET('/api/v1/usage', { params: { query: { ...monthBounds(period), granularity: 'day' } } })));
  const history = useAppQuery(['usage', 'month'], (api) =>
    unwrap(api.GET('/api/v1/usage', { params: { query: { from: `${months.at(-1)}-01`, to: new Date().toISOString().slice(0, 10), granularity: 'month' } } })),
  );
  return (
    <>
      <PageHeader
        title="Usage & billing"
        description="What this app uses and what it costs, by the plan's prices. Amounts for the current month grow until it ends."
        actions={
          <div className="field inline-field">
            <label htmlFor="period">Month</label>
            <select id="period" className="input" value={period} onChange={(event) => setSearchParams({ period: event.target.value })}>
              {months.map((month) => (
                <option key={month} value={month}>
                  {new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' })}
                </option>
              ))}
            </select>
          </div>
        }
      />
      <div className="two-columns">
        <QueryState query={estimate} label="the billing estimate">
          {(bill) => <Invoice bill={bill} />}
        </QueryState>
        <QueryState query={daily} label="daily usage">
          {(usage) => (
            <TimeChart
              title="Executions per day"
              kind="bar"
              granularity="day"
              data={usage.periods.map((day) => ({ start: `${day.period}T00:00:00Z`, executions: day.executions }))}
              series={[{ key: 'executions', label: 'Executions', color: 'var(--chart-primary)' }]}
              formatValue={formatNumber}
            />
          )}
        </QueryState>
      </div>
      <h2 className="section-title">History</h2>
      <QueryState query={history} label="usage history">
        {(usage) => (
          <Table columns={['Month', 'Executions', 'Monthly active end users', 'Integrations in use (daily average)', 'Trigger events', '']}>
                {[...usage.periods].reverse().map((month) => (
                  <tr key={month.period}>
                    <th scope="row">{month.period}</th>
                    <td>{formatNumber(month.executions)}</td>
                    <td>{formatNumber(month.activeEndUsers ?? 0)}</td>
                    <td>{month.integrationsInUse}</td>
                    <td>{formatNumber(month.triggerEvents)}</td>
                    <td className="actions">
                      <button type="button" className="link-button" onClick={() => setSearchParams({ period: month.period })}>
                        View bill
                      </button>
                    </td>
                  </tr>
                ))}
          </Table>
        )}
      </QueryState>
    </>
  );
}

function Invoice({ bill }: { bill: Schemas['BillingEstimate'] }) {
  const changePlan = useAppMutation((api, plan: Schemas['Plan']) => unwrap(api.PATCH('/api/v1/app', { body: { plan } })), [['billing'], ['app']]);
  return (
    <section className="card invoice" aria-label={`Bill for ${bill.period}`}>
      <div className="invoice-head">
        <div>
          <div className="stat-label">Estimated total · {bill.period}</div>
          <div className="stat-value">{formatCents(bill.totalCents)}</div>
        </div>
        <div className="field inline-field">
          <label htmlFor="plan">Support plan</label>
          <select id="plan" className="input" value={bill.plan} disabled={changePlan.isPending} onChange={(event) => changePlan.mutate(event.target.value as Schemas['Plan'])}>
            {plans.map((plan) => (
              <option key={plan} value={plan}>
                {plan}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorMessage error={changePlan.error} />
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col" className="num">
              Quantity
            </th>
            <th scope="col" className="num">
              Unit price
            </th>
            <th scope="col" className="num">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {bill.lineItems.map((item) => (
            <tr key={item.code}>
              <td>{item.description}</td>
              <td className="num">{formatNumber(item.quantity)}</td>
              <td className="num">{formatMillicents(item.unitPriceMillicents)}</td>
              <td className="num">{formatCents(item.amountCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Total
            </th>
            <td className="num">
              <strong>{formatCents(bill.totalCents)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
