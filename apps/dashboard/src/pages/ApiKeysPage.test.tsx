import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client.js';
import { useFakeApi } from '../test/fakeApi.js';
import { renderDashboard } from '../test/renderDashboard.js';

const api = useFakeApi();

const key = (overrides: Partial<Schemas['ApiKey']>): Schemas['ApiKey'] => ({
  id: 'key_1',
  name: 'Default',
  prefix: 'app_one_abc',
  createdAt: '2026-11-01T00:00:00Z',
  lastUsedAt: null,
  revokedAt: null,
  ...overrides,
});

describe('API keys', () => {
  it('creates a key, shows it once, and lists it', async () => {
    const keys = [key({ lastUsedAt: new Date(Date.now() - 5 * 60_000).toISOString() })];
    api.answer('GET /dashboard/apps/:appId/api-keys', () => ({ apiKeys: keys }));
    api.answer('POST /dashboard/apps/:appId/api-keys', (request) => {
      const created = key({ id: 'key_2', name: (request.body as { name: string }).name, prefix: 'app_one_new', createdAt: new Date().toISOString() });
      keys.push(created);
      return Response.json({ ...created, key: 'app_one_new_secretpart' }, { status: 201 });
    });
    renderDashboard('/apps/app_one/api-keys');
    expect((await screen.findByRole('row', { name: /Default/ })).textContent).toContain('5 minutes ago');
    await userEvent.click(screen.getByRole('button', { name: 'Create API key' }));
    await userEvent.type(screen.getByLabelText('Name'), 'Worker');
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect(((await screen.findByLabelText('Worker')) as HTMLInputElement).value).toBe('app_one_new_secretpart');
    const [create] = api.calls('POST', '/api/v1/dashboard/apps/app_one/api-keys');
    expect(create!.body).toEqual({ name: 'Worker' });
    expect(create!.headers.get('x-csrf-token')).toBe('csrf-token-1');
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    const row = await screen.findByRole('row', { name: /Worker/ });
    expect(row.textContent).not.toContain('secretpart');
  });

  it('revokes only after confirmation', async () => {
    let revoked = false;
    api.answer('GET /dashboard/apps/:appId/api-keys', () => ({ apiKeys: [key(revoked ? { revokedAt: new Date().toISOString() } : {})] }));
    api.answer('DELETE /dashboard/apps/:appId/api-keys/:keyId', () => {
      revoked = true;
      return new Response(null, { status: 204 });
    });
    renderDashboard('/apps/app_one/api-keys');
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke “Default”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.calls('DELETE', '/api/v1/dashboard/apps/app_one/api-keys/key_1')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    await userEvent.click(screen.getByRole('button', { name: 'Revoke key' }));
    await waitFor(() => expect(screen.getByRole('row', { name: /Default/ }).textContent).toContain('revoked'));
    expect(screen.queryByRole('button', { name: 'Revoke' })).toBeNull();
  });
});
