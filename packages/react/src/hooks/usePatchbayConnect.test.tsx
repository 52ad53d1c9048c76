import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { baseUrl, fakePatchbay, fakePopup, postFromPopup } from '../../test/fakePatchbay.js';
import { usePatchbayConnect, type UsePatchbayConnectOptions } from './usePatchbayConnect.js';

const patchbay = fakePatchbay();
beforeAll(() => patchbay.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => patchbay.server.close());
beforeEach(() => {
  patchbay.state.connections = [];
  patchbay.state.authorizeBodies = [];
  patchbay.state.tokens = new Set(['cs_valid']);
  window.sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const timing = { closedCheckMs: 10, connectionPollMs: 60_000, timeoutMs: 60_000 };

function setup(options: Partial<UsePatchbayConnectOptions> = {}) {
  const callbacks = { onSuccess: vi.fn(), onExit: vi.fn(), onEvent: vi.fn() };
  const hook = renderHook(() => usePatchbayConnect({ baseUrl, sessionToken: 'cs_valid', timing, ...callbacks, ...options }));
  return { ...callbacks, hook };
}

function stubPopup() {
  const popup = fakePopup();
  const open = vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
  return { popup, open };
}

describe('usePatchbayConnect', () => {
  it('opens the provider in a popup and reports the connection the callback page posts', async () => {
    const { popup, open } = stubPopup();
    const { hook, onSuccess, onExit, onEvent } = setup();
    expect(hook.result.current.ready).toBe(true);

    let outcome: Promise<unknown>;
    act(() => {
      outcome = hook.result.current.open('slack');
    });
    // The popup opens synchronously, inside the click, so blockers allow it.
    expect(open).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(popup.location.href).toBe('https://provider.test/authorize?state=st_slack'));
    expect(patchbay.state.authorizeBodies).toEqual([{ slug: 'slack', body: {} }]);

    // Another origin, or another integration, cannot complete the flow.
    postFromPopup({ type: 'patchbay:connection', status: 'success', connectionId: 'conn_evil', integration: 'slack' }, 'https://evil.test');
    postFromPopup({ type: 'patchbay:connection', status: 'success', connectionId: 'conn_other', integration: 'github' });
    postFromPopup({ type: 'something-else', connectionId: 'conn_x' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(onSuccess).not.toHaveBeenCalled();

    await act(async () => {
      postFromPopup({ type: 'patchbay:connection', status: 'success', connectionId: 'conn_123', integration: 'slack' });
      await outcome;
    });
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith({ integration: 'slack', connectionId: 'conn_123' });
    expect(onExit).not.toHaveBeenCalled();
    expect(onEvent.mock.calls.map(([event]) => event.name)).toEqual(['integration_selected', 'oauth_window_opened', 'success']);
    expect(popup.closed).toBe(true);
  });

  it('reports user_closed when the user closes the popup', async () => {
    const { popup } = stubPopup();
    const { hook, onSuccess, onExit, onEvent } = setup();
    let outcome: Promise<unknown>;
    act(() => {
      outcome = hook.result.current.open('slack');
    });
    await waitFor(() => expect(popup.location.href).not.toBe(''));
    await act(async () => {
      popup.closed = true;
      await outcome;
    });
    expect(onExit).toHaveBeenCalledExactlyOnceWith({ integration: 'slack', reason: 'user_closed' });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onEvent.mock.calls.map(([event]) => event)).toEqual([
      { name: 'integration_selected', integration: 'slack' },
      { name: 'oauth_window_opened', integration: 'slack' },
      { name: 'oauth_window_closed', integration: 'slack' },
      { name: 'exit', integration: 'slack', reason: 'user_closed' },
    ]);
  });

  it('falls back to polling the connections when the popup cannot post back', async () => {
    const { popup } = stubPopup();
    const { hook, onSuccess } = setup({ timing: { ...timing, connectionPollMs: 20 } });
    let outcome: Promise<unknown>;
    act(() => {
      outcome = hook.result.current.open('slack');
    });
    await waitFor(() => expect(popup.location.href).not.toBe(''));
    // The callback page lost its opener: no message, but the connection exists.
    patchbay.state.connections.push(patchbay.connection('slack'));
    await act(async () => {
      await outcome;
    });
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith({ integration: 'slack', connectionId: 'conn_slack' });
    expect(popup.closed).toBe(true);
  });

  it('reports the provider error the callback page posts', async () => {
    const { popup } = stubPopup();
    const { hook, onSuccess, onExit, onEvent } = setup();
    let outcome: Promise<unknown>;
    act(() => {
      outcome = hook.result.current.open('slack');
    });
    await waitFor(() => expect(popup.location.href).not.toBe(''));
    await act(async () => {
      postFromPopup({ type: 'patchbay:connection', status: 'error', error: 'access_denied', errorDescription: 'The user declined.', integration: 'slack' });
      await outcome;
    });
    expect(onExit).toHaveBeenCalledExactlyOnceWith({
      integration: 'slack',
      reason: 'access_denied',
      error: { code: 'access_denied', message: 'The user declined.' },
    });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(hook.result.current.error).toEqual({ code: 'access_denied', message: 'The user declined.' });
    expect(onEvent.mock.calls.map(([event]) => event).slice(-2)).toEqual([
      { name: 'error', integration: 'slack', error: { code: 'access_denied', message: 'The user declined.' } },
      { name: 'exit', integration: 'slack', reason: 'access_denied', error: { code: 'access_denied', message: 'The user declined.' } },
    ]);
  });

  it('sends the whole page to the provider when the popup is blocked, and reports the result on return', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const navigate = vi.fn();
    const { hook, onEvent } = setup({ navigate });
    window.history.replaceState(null, '', '/settings/integrations?tab=apps');
    await act(async () => {
      await expect(hook.result.current.open('slack')).resolves.toEqual({ status: 'redirected', integration: 'slack' });
    });
    expect(patchbay.state.authorizeBodies).toEqual([{ slug: 'slack', body: { redirectUri: 'http://localhost:3000/settings/integrations?tab=apps' } }]);
    expect(navigate).toHaveBeenCalledExactlyOnceWith('https://provider.test/authorize?state=st_slack');
    expect(onEvent.mock.calls.map(([event]) => event.name)).toEqual(['integration_selected', 'popup_blocked', 'redirected']);
    hook.unmount();

    // Patchbay sends the browser back with the result; the next mount reports it once.
    window.history.replaceState(null, '', '/settings/integrations?tab=apps&connectionId=conn_9&status=active');
    const back = setup();
    await waitFor(() => expect(back.onSuccess).toHaveBeenCalledExactlyOnceWith({ integration: 'slack', connectionId: 'conn_9' }));
    expect(window.location.search).toBe('?tab=apps');
    const again = setup();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(again.onSuccess).not.toHaveBeenCalled();
  });

  it('reports session_expired when the server refuses the session token', async () => {
    const { popup } = stubPopup();
    patchbay.state.tokens = new Set();
    const { hook, onExit, onSuccess } = setup();
    await act(async () => {
      await hook.result.current.open('slack');
    });
    expect(onExit).toHaveBeenCalledExactlyOnceWith({
      integration: 'slack',
      reason: 'session_expired',
      error: { code: 'unauthorized', message: 'The connect session expired.' },
    });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(popup.closed).toBe(true);
  });

  it('asks getSessionToken for a fresh token once when the session expired', async () => {
    const { popup } = stubPopup();
    const tokens = ['cs_old', 'cs_valid'];
    const getSessionToken = vi.fn(async () => tokens.shift()!);
    const { hook } = setup({ sessionToken: undefined, getSessionToken });
    await waitFor(() => expect(hook.result.current.ready).toBe(true));
    act(() => {
      void hook.result.current.open('slack');
    });
    await waitFor(() => expect(popup.location.href).not.toBe(''));
    expect(getSessionToken).toHaveBeenCalledTimes(2);
  });
});
