import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client.js';
import { integration, useFakeApi } from '../test/fakeApi.js';
import { renderDashboard } from '../test/renderDashboard.js';

const api = useFakeApi();
const subscriptionRow = async () => within(await screen.findByRole('region', { name: 'Trigger subscriptions' })).findByRole('row', { name: /Slack: New message/ });

const alice: Schemas['EndUser'] = { id: 'alice', email: 'alice@example.com', name: 'Alice', metadata: {}, createdAt: '2026-11-01T00:00:00Z', connections: [{ id: 'conn_1', integration: 'slack', status: 'active', health: 'healthy' }] };
const subscription = (id: string, status: Schemas['TriggerSubscriptionStatus']): Schemas['TriggerSubscription'] => ({
  id,
  endUserId: 'alice',
  connectionId: 'conn_1',
  integration: 'slack',
  trigger: 'message',
  kind: 'webhook',
  config: { channel: 'C123', includeBotMessages: false },
  status,
  lastRunAt: '2026-11-24T10:00:00Z',
  lastError: status === 'needs_reauth' ? 'unauthorized: Slack: token_revoked' : null,
  nextPollAt: null,
  createdAt: '2026-11-20T00:00:00Z',
  updatedAt: '2026-11-20T00:00:00Z',
});

describe('End user page', () => {
  it('shows the subscriptions and the run log; pauses, resumes and deletes', async () => {
    let current = subscription('sub_1', 'active');
    api.answer('GET /integrations', () => ({ integrations: [integration('slack', 'Slack')] }));
    api.answer('GET /end-users/:id', () => alice);
    api.answer('GET /trigger-subscriptions', () => ({ subscriptions: current ? [current] : [], nextCursor: null }));
    api.answer('GET /trigger-runs', () => ({
      runs: [{ id: 'trun_1', subscriptionId: 'sub_1', endUserId: 'alice', integration: 'slack', trigger: 'message', kind: 'push', status: 'succeeded', items: 2, durationMs: 12, error: null, startedAt: '2026-11-24T10:00:00Z' }],
      nextCursor: 'next-runs',
    }));
    api.answer('POST /trigger-subscriptions/:id/pause', () => (current = subscription('sub_1', 'paused')));
    api.answer('POST /trigger-subscriptions/:id/resume', () => (current = subscription('sub_1', 'active')));
    api.answer('DELETE /trigger-subscriptions/:id', () => {
      current = undefined as never;
      return new Response(null, { status: 204 });
    });
    renderDashboard('/apps/app_one/end-users/alice');
    const row = await subscriptionRow();
    expect(within(row).getByText('active')).toBeTruthy();
    expect(within(row).getByText('{"channel":"C123","includeBotMessages":false}')).toBeTruthy();
    expect(api.calls('GET', '/api/v1/trigger-subscriptions')[0]!.query.get('endUserId')).toBe('alice');
    const runs = screen.getByRole('region', { name: 'Trigger runs' });
    expect(within(runs).getByRole('row', { name: /Push succeeded 2 12 ms/ })).toBeTruthy();

    await userEvent.click(within(row).getByRole('button', { name: 'Pause' }));
    await within(await subscriptionRow()).findByText('paused');
    await userEvent.click(within(await subscriptionRow()).getByRole('button', { name: 'Resume' }));
    await within(await subscriptionRow()).findByText('active');

    await userEvent.click(within(runs).getByRole('button', { name: 'Older →' }));
    expect(api.calls('GET', '/api/v1/trigger-runs').at(-1)!.query.get('cursor')).toBe('next-runs');

    await userEvent.click(within(await subscriptionRow()).getByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete subscription' }));
    await screen.findByRole('heading', { name: 'Not listening to anything yet' });
  });

  it('says why a subscription cannot resume (its connection needs reconnecting)', async () => {
    api.answer('GET /integrations', () => ({ integrations: [integration('slack', 'Slack')] }));
    api.answer('GET /end-users/:id', () => alice);
    api.answer('GET /trigger-subscriptions', () => ({ subscriptions: [subscription('sub_2', 'needs_reauth')], nextCursor: null }));
    api.answer('GET /trigger-runs', () => ({ runs: [], nextCursor: null }));
    api.answer('POST /trigger-subscriptions/:id/resume', () =>
      Response.json({ error: { type: 'conflict_error', code: 'connection_needs_reauth', message: "The end user's Slack connection lost its access: ask them to connect again.", requestId: 'req_1' } }, { status: 409 }),
    );
    renderDashboard('/apps/app_one/end-users/alice');
    const row = await subscriptionRow();
    expect(within(row).getByText('Reconnect needed')).toBeTruthy();
    expect(within(row).getByText('unauthorized: Slack: token_revoked')).toBeTruthy();
    await userEvent.click(within(row).getByRole('button', { name: 'Resume' }));
    expect((await screen.findByRole('alert')).textContent).toContain('ask them to connect again');
    expect(screen.getByText('No polls or pushes yet.')).toBeTruthy();
  });
});
