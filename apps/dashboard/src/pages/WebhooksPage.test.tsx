import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client.js';
import { useFakeApi } from '../test/fakeApi.js';
import { renderDashboard } from '../test/renderDashboard.js';

const api = useFakeApi();

const endpoint: Schemas['WebhookEndpoint'] = {
  id: 'we_1',
  url: 'https://api.company-x.com/hooks',
  events: [],
  enabled: true,
  disabledReason: null,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
};
const event: Schemas['WebhookEventSummary'] = { id: 'evt_1', type: 'execution.failed', createdAt: new Date().toISOString(), status: 'failed', payload: { type: 'execution.failed' } };

describe('Webhooks', () => {
  it('adds an endpoint with an event filter and shows its secret once', async () => {
    const endpoints: Schemas['WebhookEndpoint'][] = [];
    api.answer('GET /webhook-endpoints', () => ({ endpoints }));
    api.answer('GET /events', () => ({ events: [], nextCursor: null }));
    api.answer('POST /webhook-endpoints', (request) => {
      const created = { ...endpoint, ...(request.body as object) };
      endpoints.push(created);
      return Response.json({ ...created, secret: 'whsec_shown_once' }, { status: 201 });
    });
    renderDashboard('/apps/app_one/webhooks');
    await screen.findByRole('heading', { name: 'No endpoints yet' });
    await screen.findByRole('heading', { name: 'No events' });
    await userEvent.click(screen.getByRole('button', { name: 'Add endpoint' }));
    const dialog = screen.getByRole('dialog', { name: 'Add endpoint' });
    await userEvent.type(within(dialog).getByLabelText('Endpoint URL'), 'https://api.company-x.com/hooks');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /execution\.failed/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
    expect(((await screen.findByLabelText('Signing secret')) as HTMLInputElement).value).toBe('whsec_shown_once');
    expect(api.calls('POST', '/api/v1/webhook-endpoints')[0]!.body).toEqual({ url: 'https://api.company-x.com/hooks', events: ['execution.failed'] });
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText('execution.failed', { selector: '.endpoint .cell-note' });
  });

  it('reveals the secret, sends a test event, and shows delivery attempts with a re-send', async () => {
    api.answer('GET /webhook-endpoints', () => ({ endpoints: [{ ...endpoint, enabled: false, disabledReason: 'Every delivery failed for 5 days.' }] }));
    api.answer('GET /webhook-endpoints/:id/secret', () => ({ secret: 'whsec_current', previousSecretExpiresAt: null }));
    api.answer('GET /events', () => ({ events: [event], nextCursor: null }));
    api.answer('GET /events/:id/deliveries', () => ({
      deliveries: [
        { id: 'del_1', endpointId: 'we_1', attempt: 1, status: 'failed', responseStatus: 500, responseBody: 'receiver is down', error: null, durationMs: 12, createdAt: event.createdAt, nextAttemptAt: null },
      ],
    }));
    api.answer('POST /events/:id/resend', () => Response.json({ queued: 1 }, { status: 202 }));
    api.answer('PATCH /webhook-endpoints/:id', (request) => ({ ...endpoint, ...(request.body as object) }));
    renderDashboard('/apps/app_one/webhooks?eventStatus=failed');
    expect((await screen.findByText(/Every delivery failed for 5 days/)).textContent).toContain('enable it again');
    expect((screen.getByRole('button', { name: 'Send test event' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Enable' }));
    await waitFor(() => expect(api.calls('PATCH', '/api/v1/webhook-endpoints/we_1')[0]?.body).toEqual({ enabled: true }));
    await userEvent.click(screen.getByRole('button', { name: 'Reveal secret' }));
    expect(((await screen.findByLabelText('Signing secret')) as HTMLInputElement).value).toBe('whsec_current');

    expect(api.calls('GET', '/api/v1/events')[0]!.query.get('status')).toBe('failed');
    await userEvent.click(screen.getByRole('button', { name: 'Attempts' }));
    await screen.findByText('receiver is down');
    expect(screen.getByText(/Attempt 1 · HTTP 500/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Re-send' }));
    await screen.findByRole('button', { name: 'Re-sent' });
  });
});
