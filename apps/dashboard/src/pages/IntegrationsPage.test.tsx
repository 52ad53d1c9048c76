import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFakeApi, integration } from '../test/fakeApi.js';
import { renderDashboard } from '../test/renderDashboard.js';

const api = useFakeApi();
beforeEach(() => {
  api.answer('GET /app', () => ({ appId: 'app_one', name: 'CRM', plan: 'basic', redirectUris: ['https://crm.example/done'], allowedOrigins: [], createdAt: '2026-11-01T00:00:00Z' }));
});

describe('Integrations', () => {
  it('switches an integration off for the app', async () => {
    let enabled = true;
    api.answer('GET /integrations', () => ({ integrations: [{ ...integration('slack', 'Slack'), enabled }] }));
    api.answer('PATCH /integrations/:slug', (request) => {
      enabled = (request.body as { enabled: boolean }).enabled;
      return { ...integration('slack', 'Slack'), enabled };
    });
    renderDashboard('/apps/app_one/integrations');
    const toggle = (await screen.findByRole('switch', { name: 'Offer Slack to end users' })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await userEvent.click(toggle);
    await waitFor(() => expect((screen.getByRole('switch', { name: 'Offer Slack to end users' }) as HTMLInputElement).checked).toBe(false));
    expect(api.calls('PATCH', '/api/v1/integrations/slack')[0]!.body).toEqual({ enabled: false });
  });

  it('saves the allowlists one entry per line', async () => {
    api.answer('PATCH /app', (request) => ({ appId: 'app_one', name: 'CRM', plan: 'basic', createdAt: '2026-11-01T00:00:00Z', ...(request.body as object) }));
    renderDashboard('/apps/app_one/integrations');
    const origins = await screen.findByLabelText('Allowed origins');
    expect((screen.getByLabelText('Redirect URIs') as HTMLTextAreaElement).value).toBe('https://crm.example/done');
    await userEvent.type(origins, 'https://app.crm.example{Enter}  {Enter}https://admin.crm.example');
    await userEvent.click(screen.getByRole('button', { name: 'Save allowlists' }));
    await waitFor(() =>
      expect(api.calls('PATCH', '/api/v1/app')[0]?.body).toEqual({ redirectUris: ['https://crm.example/done'], allowedOrigins: ['https://app.crm.example', 'https://admin.crm.example'] }),
    );
  });

  it('sets the app’s own OAuth client; API-key integrations have none', async () => {
    api.answer('PUT /integrations/:slug/oauth-client', () => ({ integration: 'slack', clientId: 'crm-slack', scopes: ['chat:write'] }));
    renderDashboard('/apps/app_one/integrations');
    const airtable = await screen.findByRole('listitem', { name: 'Airtable' });
    expect(within(airtable).queryByRole('button')).toBeNull();
    await userEvent.click(within(screen.getByRole('listitem', { name: 'Slack' })).getByRole('button', { name: 'Use your own OAuth app' }));
    const dialog = screen.getByRole('dialog', { name: 'Slack OAuth app' });
    await userEvent.type(within(dialog).getByLabelText('Client id'), 'crm-slack');
    await userEvent.type(within(dialog).getByLabelText('Client secret'), 'shh');
    await userEvent.type(within(dialog).getByLabelText('Scopes (optional)'), 'chat:write');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.calls('PUT', '/api/v1/integrations/slack/oauth-client')[0]!.body).toEqual({ clientId: 'crm-slack', clientSecret: 'shh', scopes: ['chat:write'] });
    expect(screen.getAllByRole('button', { name: 'Use your own OAuth app' })).toHaveLength(1);
  });
});
