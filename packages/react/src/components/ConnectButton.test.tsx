import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { baseUrl, fakePatchbay, fakePopup, postFromPopup } from '../../test/fakePatchbay.js';
import { PatchbayProvider } from '../context.js';
import { ConnectButton } from './ConnectButton.js';
import { IntegrationCatalog } from './IntegrationCatalog.js';

const patchbay = fakePatchbay();
beforeAll(() => patchbay.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => patchbay.server.close());
beforeEach(() => {
  patchbay.state.connections = [];
  patchbay.state.refuseOrigin = false;
  patchbay.state.tokens = new Set(['cs_valid']);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function stubPopup() {
  const popup = fakePopup();
  vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
  return popup;
}

describe('ConnectButton', () => {
  it('is named after its integration and reports a failed connection through onExit, keeping the focus', async () => {
    const popup = stubPopup();
    const onExit = vi.fn();
    render(<ConnectButton integration="slack" baseUrl={baseUrl} sessionToken="cs_valid" onExit={onExit} />);
    const button = await screen.findByRole('button', { name: 'Connect Slack' });
    await userEvent.click(button);
    await waitFor(() => expect(popup.location.href).not.toBe(''));
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(document.activeElement).toBe(button);
    postFromPopup({ type: 'patchbay:connection', status: 'error', error: 'token_exchange_failed', errorDescription: 'Slack refused the code.', integration: 'slack' });
    await waitFor(() => expect(onExit).toHaveBeenCalledOnce());
    expect(onExit.mock.calls[0]![0]).toMatchObject({ reason: 'connection_failed', error: { code: 'token_exchange_failed' } });
    await waitFor(() => expect(button.hasAttribute('aria-busy')).toBe(false));
    expect(document.activeElement).toBe(button);
  });

  it('shares the connection state with everything under its provider: a catalog updates without a reload', async () => {
    const popup = stubPopup();
    const getSessionToken = vi.fn(async () => 'cs_valid');
    const onSuccess = vi.fn();
    render(
      <PatchbayProvider baseUrl={baseUrl} getSessionToken={getSessionToken} onSuccess={onSuccess}>
        <ConnectButton integration="slack" />
        <IntegrationCatalog />
      </PatchbayProvider>,
    );
    const slack = await screen.findByRole('listitem', { name: 'Slack' });
    expect(within(slack).getByText('Not connected')).toBeTruthy();
    // The standalone button, not the catalog's own.
    const button = screen.getAllByRole('button', { name: 'Connect Slack' }).find((element) => !element.closest('li'))!;

    await userEvent.click(button);
    await waitFor(() => expect(popup.location.href).not.toBe(''));
    patchbay.state.connections.push(patchbay.connection('slack'));
    postFromPopup({ type: 'patchbay:connection', status: 'success', connectionId: 'conn_slack', integration: 'slack' });

    await waitFor(() => expect(button.textContent).toBe('Slack connected'));
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    expect(within(slack).getByText('Connected')).toBeTruthy();
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith({ integration: 'slack', connectionId: 'conn_slack' });
    // One session for both: one token fetch.
    expect(getSessionToken).toHaveBeenCalledOnce();

    // Clicking a connected button starts nothing.
    await userEvent.click(button);
    expect(window.open).toHaveBeenCalledOnce();
  });

  it('shows an existing connection from the start, and renders your own label', async () => {
    patchbay.state.connections.push(patchbay.connection('slack'));
    render(
      <PatchbayProvider baseUrl={baseUrl} sessionToken="cs_valid">
        <ConnectButton integration="slack">{({ status, name }) => (status === 'active' ? `${name} ✓` : `Add ${name}`)}</ConnectButton>
      </PatchbayProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Slack ✓' })).toBeTruthy();
  });

  it('reports not_allowed with the message that says what to configure, and tells the console once', async () => {
    const popup = stubPopup();
    patchbay.state.refuseOrigin = true;
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    const onExit = vi.fn();
    render(<ConnectButton integration="slack" baseUrl={baseUrl} sessionToken="cs_valid" onExit={onExit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Connect Slack' }));
    await waitFor(() => expect(onExit).toHaveBeenCalledOnce());
    expect(onExit.mock.calls[0]![0]).toEqual({
      integration: 'slack',
      reason: 'not_allowed',
      error: { code: 'origin_not_allowed', message: 'This page (http://localhost:3000) may not use this connect session. Add it to allowedOrigins.' },
    });
    expect(popup.closed).toBe(true);
    // Refused twice (the integrations, then the popup's authorization): told once.
    expect(console.mock.calls.filter(([line]) => String(line).includes('may not use this connect session'))).toHaveLength(1);
  });
});
