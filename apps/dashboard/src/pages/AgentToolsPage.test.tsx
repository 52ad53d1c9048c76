import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { integration, useFakeApi } from '../test/fakeApi.js';
import { renderDashboard } from '../test/renderDashboard.js';

const api = useFakeApi();

const slack = {
  ...integration('slack', 'Slack'),
  actions: [
    { id: 'send_message', name: 'Send Message', description: 'Post a message.', effect: 'write' as const },
    { id: 'list_channels', name: 'List Channels', description: 'Channels of the workspace.', effect: 'read' as const },
  ],
};
const calendar = { ...integration('google-calendar', 'Google Calendar'), actions: [{ id: 'delete_event', name: 'Delete Event', description: 'Remove an event.', effect: 'delete' as const }] };

describe('Agent tools', () => {
  it('narrows the exposed tools from every action to a chosen few', async () => {
    let allowedTools: string[] | null = null;
    api.answer('GET /integrations', () => ({ integrations: [slack, calendar, { ...integration('airtable', 'Airtable', 'api_key'), enabled: false }] }));
    api.answer('GET /tools/settings', () => ({ allowedTools }));
    api.answer('PUT /tools/settings', (request) => {
      allowedTools = (request.body as { allowedTools: string[] | null }).allowedTools;
      return { allowedTools };
    });
    renderDashboard('/apps/app_one/agent-tools');

    expect(await screen.findByText(`${window.location.origin}/mcp`)).toBeTruthy();
    const every = (await screen.findByRole('radio', { name: 'Every action of the integrations you enable' })) as HTMLInputElement;
    expect(every.checked).toBe(true);
    const slackGroup = screen.getByRole('group', { name: 'Slack' });
    expect((within(slackGroup).getByRole('checkbox', { name: /Send Message/ }) as HTMLInputElement).disabled).toBe(true);
    expect(within(screen.getByRole('group', { name: 'Google Calendar' })).getByText('Deletes')).toBeTruthy();
    expect(screen.getByText('Disabled integrations offer no tools: Airtable.')).toBeTruthy();

    await userEvent.click(screen.getByRole('radio', { name: 'Only the actions selected below' }));
    await userEvent.click(within(slackGroup).getByRole('checkbox', { name: /List Channels/ }));
    await userEvent.click(within(screen.getByRole('group', { name: 'Google Calendar' })).getByRole('checkbox', { name: /All Google Calendar actions/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save tools' }));
    await waitFor(() => expect(api.calls('PUT', '/api/v1/tools/settings')[0]?.body).toEqual({ allowedTools: ['slack.list_channels', 'google-calendar'] }));

    // Saved and read back: the selection stays.
    await waitFor(() => expect((screen.getByRole('checkbox', { name: /List Channels/ }) as HTMLInputElement).checked).toBe(true));
    expect((screen.getByRole('checkbox', { name: /Send Message/ }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: /Delete Event/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('says why the settings could not be saved', async () => {
    api.answer('GET /tools/settings', () => ({ allowedTools: ['slack'] }));
    api.answer('PUT /tools/settings', () => api.errorBody(400, 'invalid_request', 'body/allowedTools/0: "slack" is not an integration or action of the catalog'));
    renderDashboard('/apps/app_one/agent-tools');
    const all = (await screen.findByRole('checkbox', { name: /All Slack actions/ })) as HTMLInputElement;
    expect(all.checked).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Save tools' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not an integration or action/);
  });
});
