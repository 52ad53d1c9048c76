import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client.js';
import { useFakeApi } from '../test/fakeApi.js';
import { renderDashboard } from '../test/renderDashboard.js';

const api = useFakeApi();

function series(total: number): Schemas['ExecutionTimeseries'] {
  const bucket = (start: string, count: number) => ({ start, total: count, success: count - 1 > 0 ? count - 1 : 0, failed: count > 0 ? 1 : 0, p95: count ? 640 : null, activeEndUsers: count ? 2 : 0, apiCalls: count * 2 });
  return {
    granularity: 'day',
    from: '2026-11-18T00:00:00.000Z',
    to: '2026-11-25T12:00:00.000Z',
    buckets: [bucket('2026-11-24T00:00:00.000Z', 0), bucket('2026-11-25T00:00:00.000Z', total)],
    totals: { total, success: total ? total - 1 : 0, failed: total ? 1 : 0, successRate: total ? (total - 1) / total : null, p95: total ? 640 : null, activeEndUsers: total ? 2 : 0, apiCalls: total * 2 },
  };
}

describe('Overview', () => {
  it('shows totals and a chart per measure, with an accessible table behind each', async () => {
    api.answer('GET /stats/executions', () => series(40));
    renderDashboard('/apps/app_one/overview');
    const totals = await screen.findByRole('region', { name: 'Totals' });
    expect(totals.textContent).toContain('40');
    expect(totals.textContent).toContain('97.5%');
    expect(totals.textContent).toContain('640 ms');
    expect(totals.textContent).toContain('80');
    for (const title of ['Executions', 'Success rate', 'p95 duration', 'Active end users', 'API calls']) {
      expect(await screen.findByRole('table', { name: title })).toBeTruthy();
    }
    expect(within(screen.getByRole('table', { name: 'p95 duration' })).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['—', '640 ms']);
    expect(screen.queryByRole('heading', { name: 'Get to your first execution' })).toBeNull();
  });

  it('guides a new app to its first execution', async () => {
    api.answer('GET /stats/executions', () => series(0));
    renderDashboard('/apps/app_one/overview');
    await screen.findByRole('heading', { name: 'Get to your first execution' });
  });

  it('the range buttons change the granularity and keep it in the URL', async () => {
    api.answer('GET /stats/executions', () => series(3));
    renderDashboard('/apps/app_one/overview');
    await screen.findByRole('region', { name: 'Totals' });
    expect(api.calls('GET', '/api/v1/stats/executions')[0]!.query.get('granularity')).toBe('day');
    await userEvent.click(screen.getByRole('button', { name: 'Last 24 hours' }));
    await waitFor(() => expect(api.calls('GET', '/api/v1/stats/executions').at(-1)!.query.get('granularity')).toBe('hour'));
    expect(screen.getByRole('button', { name: 'Last 24 hours' }).getAttribute('aria-pressed')).toBe('true');
  });
});
