import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { baseUrl, fakePatchbay, fakePopup, goodKey, postFromPopup } from '../../test/fakePatchbay.js';
import { PatchbayProvider } from '../context.js';
import { IntegrationCatalog } from './IntegrationCatalog.js';

const patchbay = fakePatchbay();
beforeAll(() => patchbay.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => patchbay.server.close());
beforeEach(() => {
  patchbay.state.connections = [];
  patchbay.state.deleted = [];
  patchbay.state.more = [];
  patchbay.state.refuseOrigin = false;
  patchbay.state.tokens = new Set(['cs_valid']);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderCatalog(props: Partial<Parameters<typeof IntegrationCatalog>[0]> = {}) {
  const callbacks = { onSuccess: vi.fn(), onExit: vi.fn(), onEvent: vi.fn() };
  const view = render(<IntegrationCatalog baseUrl={baseUrl} sessionToken="cs_valid" {...callbacks} {...props} />);
  return { ...callbacks, view };
}

const item = (name: string) => screen.getByRole('listitem', { name });
const eventNames = (onEvent: ReturnType<typeof vi.fn>) => onEvent.mock.calls.map(([event]) => event.name);

describe('IntegrationCatalog', () => {
  it("lists the session's integrations with their logo and connection state", async () => {
    patchbay.state.connections.push(patchbay.connection('slack', 'needs_reauth'));
    renderCatalog();
    const slack = await screen.findByRole('listitem', { name: 'Slack' });
    expect(slack.querySelector('img')?.src).toBe(`${baseUrl}/icons/slack.svg`);
    expect(within(slack).getByText('Needs reconnecting')).toBeTruthy();
    expect(within(slack).getByRole('button', { name: 'Reconnect Slack' })).toBeTruthy();
    expect(within(slack).getByRole('button', { name: 'Disconnect Slack' })).toBeTruthy();
    expect(within(item('Airtable')).getByText('Not connected')).toBeTruthy();
    expect(within(item('Airtable')).queryByRole('button', { name: 'Disconnect Airtable' })).toBeNull();
    // Two integrations: no search box; two categories: filters.
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.getByRole('group', { name: 'Categories' })).toBeTruthy();
  });

  it('connects an OAuth integration through the popup, shows it connected and moves focus to its Disconnect button', async () => {
    const popup = fakePopup();
    vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    const { onSuccess, onEvent } = renderCatalog();
    const connect = await screen.findByRole('button', { name: 'Connect Slack' });
    await userEvent.click(connect);
    await waitFor(() => expect(popup.location.href).not.toBe(''));
    expect(document.activeElement).toBe(connect);
    expect(connect.getAttribute('aria-busy')).toBe('true');
    patchbay.state.connections.push(patchbay.connection('slack'));
    postFromPopup({ type: 'patchbay:connection', status: 'success', connectionId: 'conn_slack', integration: 'slack' });
    await waitFor(() => expect(within(item('Slack')).getByText('Connected')).toBeTruthy());
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith({ integration: 'slack', connectionId: 'conn_slack' });
    expect(screen.getByRole('status').textContent).toBe('Slack is connected.');
    await waitFor(() => expect(document.activeElement).toBe(within(item('Slack')).getByRole('button', { name: 'Disconnect Slack' })));
    expect(onEvent.mock.calls.map(([event]) => event)).toEqual([
      { name: 'opened' },
      { name: 'integration_selected', integration: 'slack' },
      { name: 'oauth_window_opened', integration: 'slack' },
      { name: 'success', integration: 'slack', connectionId: 'conn_slack' },
    ]);
  });

  it('connects an API-key integration with an accessible credentials form, announcing a refused key', async () => {
    const user = userEvent.setup();
    const { onSuccess, onEvent } = renderCatalog();
    const trigger = await screen.findByRole('button', { name: 'Connect Airtable' });
    await user.click(trigger);

    const dialog = screen.getByRole('dialog', { name: 'Connect Airtable' });
    const input = within(dialog).getByLabelText('Personal access token');
    expect(input.getAttribute('type')).toBe('password');
    expect(document.activeElement).toBe(input);
    expect(within(dialog).getByText('Create a token at airtable.com/create/tokens.')).toBeTruthy();

    await user.type(input, 'patBAD');
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    const alert = await within(dialog).findByText('Airtable rejected this token.');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    expect(onSuccess).not.toHaveBeenCalled();

    await user.clear(input);
    await user.type(input, goodKey);
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith({ integration: 'airtable', connectionId: 'conn_airtable' });
    await waitFor(() => expect(within(item('Airtable')).getByText('Connected')).toBeTruthy());
    await waitFor(() => expect(document.activeElement).toBe(within(item('Airtable')).getByRole('button', { name: 'Disconnect Airtable' })));
    expect(onEvent.mock.calls.map(([event]) => event)).toEqual([
      { name: 'opened' },
      { name: 'integration_selected', integration: 'airtable' },
      { name: 'credentials_submitted', integration: 'airtable' },
      { name: 'error', integration: 'airtable', error: { code: 'invalid_credentials', message: 'Airtable rejected this token.' } },
      { name: 'credentials_submitted', integration: 'airtable' },
      { name: 'success', integration: 'airtable', connectionId: 'conn_airtable' },
    ]);
  });

  it('keeps focus inside the credentials dialog; Escape closes it, returns focus and ends the flow', async () => {
    const user = userEvent.setup();
    const { onExit, onEvent } = renderCatalog();
    const trigger = await screen.findByRole('button', { name: 'Connect Airtable' });
    await user.click(trigger);
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const input = within(dialog).getByLabelText('Personal access token');
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Connect' }));
    await user.tab();
    expect(document.activeElement).toBe(input);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Connect' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(onExit).toHaveBeenCalledExactlyOnceWith({ integration: 'airtable', reason: 'user_closed' });
    expect(eventNames(onEvent)).toEqual(['opened', 'integration_selected', 'exit']);
  });

  it('disconnects a connection', async () => {
    patchbay.state.connections.push(patchbay.connection('slack'));
    const { onEvent } = renderCatalog();
    await userEvent.click(await screen.findByRole('button', { name: 'Disconnect Slack' }));
    await waitFor(() => expect(within(item('Slack')).getByText('Not connected')).toBeTruthy());
    expect(patchbay.state.deleted).toEqual(['conn_slack']);
    expect(onEvent).toHaveBeenCalledWith({ name: 'disconnected', integration: 'slack', connectionId: 'conn_slack' });
    expect(screen.getByRole('status').textContent).toBe('Slack was disconnected.');
  });

  it('says so when the session has expired', async () => {
    patchbay.state.tokens = new Set();
    renderCatalog();
    expect((await screen.findByRole('alert')).textContent).toContain('This session has expired.');
  });

  it('finds integrations by search and category once the list is long', async () => {
    patchbay.state.more = [
      ['github', 'GitHub', 'developer-tools', 'Repositories and issues.'],
      ['hubspot', 'HubSpot', 'crm', 'Contacts and deals.'],
      ['notion', 'Notion', 'productivity', 'Pages and databases.'],
      ['linear', 'Linear', 'project-management', 'Issue tracking.'],
    ];
    const user = userEvent.setup();
    renderCatalog();
    const search = await screen.findByRole('searchbox', { name: 'Search integrations' });
    expect(screen.getAllByRole('listitem')).toHaveLength(6);

    await user.type(search, 'ISSUE');
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('data-slug'))).toEqual(['github', 'linear']);
    await user.clear(search);
    await user.type(search, 'zzz');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('No integration matches “zzz”.')).toBeTruthy();
    await user.clear(search);

    const categories = screen.getByRole('group', { name: 'Categories' });
    expect(within(categories).getAllByRole('button').map((button) => button.textContent)).toEqual(['All', 'Communication', 'Productivity', 'Developer tools', 'CRM', 'Project management']);
    const productivity = within(categories).getByRole('button', { name: 'Productivity' });
    await user.click(productivity);
    expect(productivity.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('data-slug'))).toEqual(['airtable', 'notion']);
    await user.click(within(categories).getByRole('button', { name: 'All' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
  });

  it('tells the end user and, once, the developer when the page is not allowed', async () => {
    patchbay.state.refuseOrigin = true;
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    const { onEvent } = renderCatalog();
    expect((await screen.findByRole('alert')).textContent).toBe('This page may not connect accounts yet: the browser console says what to configure. ');
    cleanup();
    renderCatalog();
    await screen.findByRole('alert');
    // The same refusal, twice: told once.
    expect(console.mock.calls.filter(([line]) => String(line).includes('may not use this connect session'))).toHaveLength(1);
    expect(eventNames(onEvent)).toEqual([]);
  });

  it('takes its texts, theme and options from a provider, with class names', async () => {
    render(
      <PatchbayProvider baseUrl={baseUrl} sessionToken="cs_valid" theme="dark" texts={{ connect: 'Verbinden', connectLabel: '{name} verbinden', 'category.communication': 'Kommunikation' }}>
        <IntegrationCatalog classNames={{ item: 'my-item' }} texts={{ statusNotConnected: 'Nicht verbunden' }} />
      </PatchbayProvider>,
    );
    const button = await screen.findByRole('button', { name: 'Slack verbinden' });
    expect(button.textContent).toBe('Verbinden');
    expect(within(item('Slack')).getByText('Nicht verbunden')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kommunikation' })).toBeTruthy();
    expect(item('Slack').className).toBe('pb-item my-item');
    expect(screen.getByRole('region', { name: 'Integrations' }).getAttribute('data-pb-theme')).toBe('dark');
  });
});
