import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { baseUrl, fakePatchbay, fakePopup, goodKey, postFromPopup } from '../../test/fakePatchbay.js';
import { PatchbayProvider } from '../context.js';
import { ConnectButton } from './ConnectButton.js';
import { IntegrationCatalog } from './IntegrationCatalog.js';

const patchbay = fakePatchbay();
beforeAll(() => patchbay.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => patchbay.server.close());
beforeEach(() => {
  patchbay.state.connections = [];
  patchbay.state.deleted = [];
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
  });

  it('connects an OAuth integration through the popup and shows it connected', async () => {
    const popup = fakePopup();
    vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    const { onSuccess } = renderCatalog();
    await userEvent.click(await screen.findByRole('button', { name: 'Connect Slack' }));
    await waitFor(() => expect(popup.location.href).not.toBe(''));
    patchbay.state.connections.push(patchbay.connection('slack'));
    postFromPopup({ type: 'patchbay:connection', status: 'success', connectionId: 'conn_slack', integration: 'slack' });
    await waitFor(() => expect(within(item('Slack')).getByText('Connected')).toBeTruthy());
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith({ integration: 'slack', connectionId: 'conn_slack' });
    expect(screen.getByRole('status').textContent).toBe('Slack is connected.');
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
    expect(onEvent).toHaveBeenCalledWith({ name: 'credentials_submitted', integration: 'airtable', connectionId: 'conn_airtable' });
    await waitFor(() => expect(within(item('Airtable')).getByText('Connected')).toBeTruthy());
  });

  it('keeps focus inside the credentials dialog, closes it on Escape and returns focus', async () => {
    const user = userEvent.setup();
    renderCatalog();
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
  });

  it('disconnects a connection', async () => {
    patchbay.state.connections.push(patchbay.connection('slack'));
    const { onEvent } = renderCatalog();
    await userEvent.click(await screen.findByRole('button', { name: 'Disconnect Slack' }));
    await waitFor(() => expect(within(item('Slack')).getByText('Not connected')).toBeTruthy());
    expect(patchbay.state.deleted).toEqual(['conn_slack']);
    expect(onEvent).toHaveBeenCalledWith({ name: 'disconnected', integration: 'slack' });
    expect(screen.getByRole('status').textContent).toBe('Slack was disconnected.');
  });

  it('says so when the session has expired', async () => {
    patchbay.state.tokens = new Set();
    renderCatalog();
    expect((await screen.findByRole('alert')).textContent).toContain('This session has expired.');
  });

  it('takes its texts and options from a provider, with class names for theming', async () => {
    render(
      <PatchbayProvider baseUrl={baseUrl} sessionToken="cs_valid" texts={{ connect: 'Verbinden', connectLabel: '{name} verbinden' }}>
        <IntegrationCatalog classNames={{ item: 'my-item' }} />
        <ConnectButton integration="slack" className="my-button" />
      </PatchbayProvider>,
    );
    const button = await screen.findByRole('button', { name: 'Slack verbinden' });
    expect(button.textContent).toBe('Verbinden');
    expect(item('Slack').className).toBe('pb-item my-item');
    const standalone = screen.getByRole('button', { name: 'Verbinden' });
    expect(standalone.className).toBe('pb-button my-button');
  });
});

describe('ConnectButton', () => {
  it('reports a failed connection through onExit', async () => {
    const popup = fakePopup();
    vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    const onExit = vi.fn();
    render(<ConnectButton integration="slack" baseUrl={baseUrl} sessionToken="cs_valid" onExit={onExit} />);
    const button = screen.getByRole('button', { name: 'Connect' });
    await userEvent.click(button);
    await waitFor(() => expect(popup.location.href).not.toBe(''));
    expect(button.getAttribute('aria-busy')).toBe('true');
    postFromPopup({ type: 'patchbay:connection', status: 'error', error: 'token_exchange_failed', errorDescription: 'Slack refused the code.', integration: 'slack' });
    await waitFor(() => expect(onExit).toHaveBeenCalledOnce());
    expect(onExit.mock.calls[0]![0]).toMatchObject({ reason: 'connection_failed', error: { code: 'token_exchange_failed' } });
    await waitFor(() => expect(button.hasAttribute('aria-busy')).toBe(false));
  });
});
