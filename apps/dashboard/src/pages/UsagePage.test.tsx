import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFakeApi } from '../test/fakeApi.js';
import { renderDashboard } from '../test/renderDashboard.js';

const api = useFakeApi();
beforeEach(() => {
  api.answer('GET /usage', (request) => ({
    granularity: request.query.get('granularity'),
    from: request.query.get('from'),
    to: request.query.get('to'),
    periods: [{ period: '2026-10', executions: 48210, executionsByIntegration: { slack: 48210 }, integrationsInUse: 2, activeEndUsers: 120, triggerEvents: 3104 }],
  }));
  api.answer('GET /billing/estimate', (request) => ({
    period: request.query.get('period'),
    plan: 'basic',
    currency: 'usd',
    lineItems: [
      { code: 'active_end_users', description: 'Monthly active end users', quantity: 120, unitPriceMillicents: 50000, amountCents: 6000 },
      { code: 'executions', description: 'Executions', quantity: 48210, unitPriceMillicents: 100, amountCents: 4821 },
    ],
    totalCents: 10821,
  }));
});

describe('Usage and billing', () => {
  it('shows the period’s bill line by line, at the plan’s unit prices', async () => {
    renderDashboard('/apps/app_one/usage?period=2026-10');
    const bill = await screen.findByRole('region', { name: 'Bill for 2026-10' });
    const executions = within(bill).getByRole('row', { name: /^Executions/ });
    expect(within(executions).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Executions', '48,210', '$0.001', '$48.21']);
    expect(bill.textContent).toContain('$108.21');
    const daily = api.calls('GET', '/api/v1/usage').find((call) => call.query.get('granularity') === 'day')!;
    expect(Object.fromEntries(daily.query)).toEqual({ from: '2026-10-01', to: '2026-10-31', granularity: 'day' });
    const month = await screen.findByRole('row', { name: /^2026-10 48,210/ });
    expect(within(month).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['48,210', '120', '2', '3,104', 'View bill']);
  });

  it('changes the support plan', async () => {
    api.answer('PATCH /app', (request) => ({ appId: 'app_one', name: 'CRM', redirectUris: [], allowedOrigins: [], createdAt: '2026-11-01T00:00:00Z', ...(request.body as object) }));
    renderDashboard('/apps/app_one/usage?period=2026-10');
    await userEvent.selectOptions(await screen.findByLabelText('Support plan'), 'pro');
    await waitFor(() => expect(api.calls('PATCH', '/api/v1/app')[0]?.body).toEqual({ plan: 'pro' }));
  });
});
