import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFakeApi } from '../test/fakeApi.js';
import { renderDashboard } from '../test/renderDashboard.js';

const api = useFakeApi();

describe('signing in', () => {
  it('sends a signed-out visitor to sign-in, shows a wrong password, then returns to the page asked for', async () => {
    api.signOut();
    api.answer('GET /dashboard/apps/:appId/api-keys', () => ({ apiKeys: [] }));
    renderDashboard('/apps/app_one/api-keys');
    await screen.findByRole('heading', { name: 'Sign in' });
    await userEvent.type(screen.getByLabelText('Email'), 'owner@company-x.com');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong email or password.');
    await userEvent.clear(screen.getByLabelText('Password'));
    await userEvent.type(screen.getByLabelText('Password'), 'right password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'API keys' });
    expect(api.calls('POST', '/api/v1/dashboard/sign-in').at(-1)?.body).toEqual({ email: 'owner@company-x.com', password: 'right password' });
  });

  it('signs out from the sidebar', async () => {
    api.answer('GET /stats/executions', () => ({ granularity: 'day', from: '', to: '', buckets: [], totals: { total: 0, success: 0, failed: 0, successRate: null, p95: null, activeEndUsers: 0, apiCalls: 0 } }));
    renderDashboard('/apps/app_one/overview');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { name: 'Sign in' });
    const signOut = api.calls('POST', '/api/v1/dashboard/sign-out')[0];
    expect(signOut?.headers.get('x-csrf-token')).toBe('csrf-token-1');
  });

  it('an unknown app in the URL says so, and the switcher moves between apps', async () => {
    api.answer('GET /stats/executions', () => ({ granularity: 'day', from: '', to: '', buckets: [], totals: { total: 0, success: 0, failed: 0, successRate: null, p95: null, activeEndUsers: 0, apiCalls: 0 } }));
    renderDashboard('/apps/app_nope/overview');
    await screen.findByRole('heading', { name: 'App not found' });
    await userEvent.selectOptions(screen.getByLabelText('App'), 'app_two');
    await screen.findByRole('heading', { name: 'Overview' });
    await waitFor(() => expect(api.calls('GET', '/api/v1/stats/executions').at(-1)?.headers.get('x-patchbay-app')).toBe('app_two'));
  });
});
