import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { execution, useFakeApi } from '../test/fakeApi.js';
import { renderDashboard } from '../test/renderDashboard.js';

const api = useFakeApi();

const stats = { total: 2, success: 1, failed: 1, successRate: 0.5, p50: 120, p95: 900 };
const failed = execution({ id: 'exec_failed', status: 'failed', source: 'mcp', error: { code: 'channel_not_found', message: 'Slack: channel_not_found', providerCode: 'channel_not_found' } });

describe('Executions', () => {
  it('sends the URL filters to the API, for the app in the URL', async () => {
    api.answer('GET /executions', () => ({ executions: [failed], stats, nextCursor: null }));
    renderDashboard('/apps/app_one/executions?status=failed&integration=slack&endUserId=alice&source=mcp&from=2026-11-01&to=2026-11-24');
    await screen.findByText('channel_not_found');
    const [call] = api.calls('GET', '/api/v1/executions');
    expect(Object.fromEntries(call!.query)).toEqual({
      limit: '25',
      status: 'failed',
      integration: 'slack',
      endUserId: 'alice',
      source: 'mcp',
      from: '2026-11-01T00:00:00Z',
      to: '2026-11-25T00:00:00.000Z',
    });
    expect(call!.headers.get('x-patchbay-app')).toBe('app_one');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('failed');
    expect((screen.getByLabelText('Source') as HTMLSelectElement).value).toBe('mcp');
    expect(screen.getByText('via MCP (agents)')).toBeTruthy();
    expect(screen.getByLabelText('Statistics for these filters').textContent).toContain('50.0% success');
  });

  it('changing a filter refetches from the first page; Older follows the cursor', async () => {
    api.answer('GET /executions', (request) =>
      request.query.get('cursor') ? { executions: [execution({ id: 'exec_old' })], stats, nextCursor: null } : { executions: [execution()], stats, nextCursor: 'cursor_2' },
    );
    renderDashboard('/apps/app_one/executions');
    await userEvent.click(await screen.findByRole('button', { name: 'Older →' }));
    await waitFor(() => expect(api.calls('GET', '/api/v1/executions').at(-1)?.query.get('cursor')).toBe('cursor_2'));
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'success');
    await waitFor(() => {
      const last = api.calls('GET', '/api/v1/executions').at(-1)!;
      expect(last.query.get('status')).toBe('success');
      expect(last.query.get('cursor')).toBeNull();
    });
  });

  it('opens the detail panel with the error, input and output', async () => {
    api.answer('GET /executions', () => ({ executions: [failed], stats, nextCursor: null }));
    const attempt = { startedAt: failed.startedAt, duration: 180, waited: 0, providerCode: null, error: { code: 'provider_error', message: 'Slack answered 503' } };
    api.answer('GET /executions/:id', () => ({
      ...failed,
      attempts: [
        { ...attempt, number: 1, providerStatus: 503, delayBeforeNext: 500 },
        { ...attempt, number: 2, duration: 1300, waited: 1200, providerStatus: 200, providerCode: 'channel_not_found', error: { code: 'not_found', message: 'Slack: channel_not_found' }, delayBeforeNext: null },
      ],
      input: { channel: 'nope', text: 'hi' },
      output: null,
      finishedAt: failed.startedAt,
    }));
    renderDashboard('/apps/app_one/executions');
    await userEvent.click(await screen.findByRole('button', { name: /Details of send_message/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Execution' });
    await within(dialog).findByText('Slack: channel_not_found');
    expect(dialog.textContent).toContain('"channel": "nope"');
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      ['1', expect.any(String), '180 ms', 'HTTP 503', 'provider_error', '500 ms'],
      ['2', expect.any(String), '1.30 s1.20 s paced by its rate limit', 'HTTP 200channel_not_found', 'not_found', '—'],
    ]);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('tells a new customer how to make a first execution, and a filtered view that nothing matches', async () => {
    api.answer('GET /executions', () => ({ executions: [], stats: { total: 0, success: 0, failed: 0, successRate: null, p50: null, p95: null }, nextCursor: null }));
    const first = renderDashboard('/apps/app_one/executions');
    await screen.findByRole('heading', { name: 'No executions yet' });
    first.unmount();
    renderDashboard('/apps/app_one/executions?status=failed');
    await screen.findByRole('heading', { name: 'No executions match these filters' });
  });

  it('shows a failed load with a retry', async () => {
    let fail = true;
    api.answer('GET /executions', () => (fail ? api.errorBody(500, 'internal_error', 'Something broke.') : { executions: [execution()], stats, nextCursor: null }));
    renderDashboard('/apps/app_one/executions');
    expect((await screen.findByRole('alert')).textContent).toContain('Something broke.');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('button', { name: /Details of send_message/ });
  });
});
