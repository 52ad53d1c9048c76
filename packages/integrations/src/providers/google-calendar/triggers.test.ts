import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { poll, providerServer, respond } from '../../../test/harness.js';
import { googleCalendar } from './index.js';

const server = providerServer();
const events = 'https://www.googleapis.com/calendar/v3/calendars/primary/events';

// https://developers.google.com/calendar/api/v3/reference/events#resource (trimmed)
const event = (id: string, status: string, updated: string) => ({
  kind: 'calendar#event',
  id,
  status,
  htmlLink: `https://www.google.com/calendar/event?eid=${id}`,
  updated,
  summary: 'Standup',
  start: { dateTime: '2024-05-01T09:00:00+02:00', timeZone: 'Europe/Berlin' },
  end: { dateTime: '2024-05-01T09:15:00+02:00', timeZone: 'Europe/Berlin' },
  organizer: { email: 'ada@example.com' },
});

describe('google calendar event_changed (sync tokens)', () => {
  it('the baseline pages to the first nextSyncToken; changes then come page by page from it', async () => {
    // https://developers.google.com/calendar/api/guides/sync#initial_full_sync
    const pages: Record<string, object> = {
      '': { items: [event('a1', 'confirmed', '2024-04-01T00:00:00.000Z')], nextPageToken: 'page-2' },
      'page-2': { items: [], nextSyncToken: 'sync-1' },
    };
    const seen: URL[] = [];
    server.use(
      http.get(events, ({ request }) => {
        const url = new URL(request.url);
        seen.push(url);
        return HttpResponse.json(pages[url.searchParams.get('pageToken') ?? '']);
      }),
    );
    const first = await poll(googleCalendar, 'event_changed', {});
    expect(first).toEqual({ items: [], cursor: { syncToken: 'sync-1' } });
    expect(seen.map((url) => url.searchParams.get('maxResults'))).toEqual(['2500', '2500']);

    respond(server, 'get', events, { items: [event('a1', 'cancelled', '2024-04-02T08:00:00.000Z')], nextPageToken: 'changes-2' });
    const second = await poll(googleCalendar, 'event_changed', {}, first.cursor);
    expect(second).toMatchObject({ cursor: { syncToken: 'sync-1', pageToken: 'changes-2' }, more: true });
    expect(second.items).toEqual([
      {
        id: 'a1@2024-04-02T08:00:00.000Z',
        payload: {
          id: 'a1',
          status: 'cancelled',
          summary: 'Standup',
          htmlLink: 'https://www.google.com/calendar/event?eid=a1',
          start: { dateTime: '2024-05-01T09:00:00+02:00', timeZone: 'Europe/Berlin' },
          end: { dateTime: '2024-05-01T09:15:00+02:00', timeZone: 'Europe/Berlin' },
          updated: '2024-04-02T08:00:00.000Z',
          organizer: 'ada@example.com',
          recurringEventId: null,
        },
      },
    ]);
    const last = respond(server, 'get', events, { items: [event('b2', 'confirmed', '2024-04-02T09:00:00.000Z')], nextSyncToken: 'sync-2' });
    const third = await poll(googleCalendar, 'event_changed', {}, second.cursor);
    expect(Object.fromEntries(last[0]!.url.searchParams)).toEqual({ syncToken: 'sync-1', maxResults: '250', pageToken: 'changes-2' });
    expect(third.cursor).toEqual({ syncToken: 'sync-2' });
  });

  it('410 Gone (expired sync token) starts over from a new token', async () => {
    // https://developers.google.com/calendar/api/guides/sync#full_sync_required_by_server
    server.use(
      http.get(events, ({ request }) =>
        new URL(request.url).searchParams.has('syncToken')
          ? HttpResponse.json({ error: { code: 410, message: 'Sync token is no longer valid, a full sync is required.', errors: [{ reason: 'fullSyncRequired' }] } }, { status: 410 })
          : HttpResponse.json({ items: [], nextSyncToken: 'fresh' }),
      ),
    );
    expect(await poll(googleCalendar, 'event_changed', {}, { syncToken: 'stale' })).toEqual({ items: [], cursor: { syncToken: 'fresh' } });
  });
});
