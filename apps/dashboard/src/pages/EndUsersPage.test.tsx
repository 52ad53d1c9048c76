import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client.js';
import { useFakeApi } from '../test/fakeApi.js';
import { renderDashboard } from '../test/renderDashboard.js';

const api = useFakeApi();

const alice: Schemas['EndUser'] = {
  id: 'alice',
  email: 'alice@example.com',
  name: 'Alice',
  metadata: {},
  createdAt: '2026-11-01T00:00:00Z',
  connections: [{ id: 'conn_1', integration: 'slack', status: 'needs_reauth', health: 'needs_reauth' }],
};
const bob: Schemas['EndUser'] = { ...alice, id: 'bob', email: null, name: null, connections: [{ id: 'conn_2', integration: 'airtable', status: 'active', health: 'degraded' }] };

describe('End users', () => {
  it('tells a new app how end users arrive', async () => {
    api.answer('GET /end-users', () => ({ endUsers: [], nextCursor: null }));
    api.answer('GET /connections', () => ({ connections: [], nextCursor: null }));
    renderDashboard('/apps/app_one/end-users');
    await screen.findByRole('heading', { name: 'No end users yet' });
  });

  it('flags connections that need reconnecting and makes a repair link for that connection', async () => {
    api.answer('GET /end-users', () => ({ endUsers: [alice], nextCursor: null }));
    api.answer('GET /connections', () => ({ connections: [{ id: 'conn_1' }], nextCursor: null }));
    api.answer('POST /connections/:id/repair-link', () =>
      Response.json(
        { url: 'https://patchbay.company-x.com/connect?session=cs_repair', token: 'cs_repair', expiresAt: '2026-11-26T12:00:00Z', connectionId: 'conn_1', integration: 'slack', scopes: ['chat:write'] },
        { status: 201 },
      ),
    );
    renderDashboard('/apps/app_one/end-users');
    expect((await screen.findByText(/1 connection\(s\) need reconnecting/)).textContent).toBeTruthy();
    const row = screen.getByRole('row', { name: /alice/ });
    expect(within(row).getByText('Reconnect needed')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: 'Check Slack now' })).toBeNull();
    await userEvent.click(within(row).getByRole('button', { name: 'Reconnect link' }));
    const link = (await screen.findByLabelText('Link for alice')) as HTMLInputElement;
    expect(link.value).toBe('https://patchbay.company-x.com/connect?session=cs_repair');
    expect(api.calls('POST', '/api/v1/connections/conn_1/repair-link')).toHaveLength(1);
  });

  it('filters end users by the health of their connections, shows degraded ones, and checks one now', async () => {
    api.answer('GET /end-users', (request) => ({ endUsers: request.query.get('health') === 'degraded' ? [bob] : [alice, bob], nextCursor: null }));
    api.answer('GET /connections', () => ({ connections: [], nextCursor: null }));
    api.answer('POST /connections/:id/health-check', () => ({ id: 'conn_2' }));
    renderDashboard('/apps/app_one/end-users');
    await screen.findByRole('row', { name: /alice/ });
    await userEvent.selectOptions(screen.getByLabelText('Connections'), 'Degraded');
    await waitFor(() => expect(screen.queryByRole('row', { name: /alice/ })).toBeNull());
    expect(api.calls('GET', '/api/v1/end-users').at(-1)!.query.get('health')).toBe('degraded');
    const row = screen.getByRole('row', { name: /bob/ });
    expect(within(row).getByText('degraded')).toBeTruthy();
    await userEvent.click(within(row).getByRole('button', { name: 'Check Airtable now' }));
    await waitFor(() => expect(api.calls('POST', '/api/v1/connections/conn_2/health-check')).toHaveLength(1));
  });

  it('searches by id, email or name, keeping the text in the URL', async () => {
    api.answer('GET /end-users', (request) => ({ endUsers: request.query.get('search') === 'nobody' ? [] : [alice], nextCursor: null }));
    api.answer('GET /connections', () => ({ connections: [], nextCursor: null }));
    renderDashboard('/apps/app_one/end-users?search=ali');
    await screen.findByRole('row', { name: /alice/ });
    expect(api.calls('GET', '/api/v1/end-users')[0]!.query.get('search')).toBe('ali');
    const box = screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement;
    expect(box.value).toBe('ali');
    await userEvent.clear(box);
    await userEvent.type(box, 'nobody{Enter}');
    await screen.findByRole('heading', { name: 'No end user matches “nobody”' });
  });

  it('deletes an end user after confirmation', async () => {
    let endUsers = [alice];
    api.answer('GET /end-users', () => ({ endUsers, nextCursor: null }));
    api.answer('GET /connections', () => ({ connections: [], nextCursor: null }));
    api.answer('DELETE /end-users/:id', () => {
      endUsers = [];
      return new Response(null, { status: 204 });
    });
    renderDashboard('/apps/app_one/end-users');
    await userEvent.click(within(await screen.findByRole('row', { name: /alice/ })).getByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete end user' }));
    await screen.findByRole('heading', { name: 'No end users yet' });
    await waitFor(() => expect(api.calls('DELETE', '/api/v1/end-users/alice')).toHaveLength(1));
  });
});
