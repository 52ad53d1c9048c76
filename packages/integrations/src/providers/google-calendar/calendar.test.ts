import { describe, expect, it } from 'vitest';
import { checkHealth, providerServer, respond, run, runError } from '../../../test/harness.js';
import { googleCalendar } from './index.js';

const server = providerServer();
const api = 'https://www.googleapis.com/calendar/v3/calendars/primary/events';
// https://developers.google.com/calendar/api/v3/reference/events#resource (trimmed)
const event = { kind: 'calendar#event', id: 'evt123', status: 'confirmed', htmlLink: 'https://www.google.com/calendar/event?eid=evt123', summary: 'Standup', start: { dateTime: '2026-12-01T09:00:00+01:00' }, end: { dateTime: '2026-12-01T09:15:00+01:00' } };
const mapped = { id: 'evt123', status: 'confirmed', htmlLink: event.htmlLink, summary: 'Standup', start: event.start, end: event.end };

describe('google calendar', () => {
  it('create_event posts attendees as objects and sendUpdates', async () => {
    const seen = respond(server, 'post', api, event);
    expect(await run(googleCalendar, 'create_event', { summary: 'Standup', start: { dateTime: '2026-12-01T09:00:00+01:00' }, end: { dateTime: '2026-12-01T09:15:00+01:00' }, attendees: ['a@example.com'] })).toEqual(mapped);
    expect(seen[0]!.body).toMatchObject({ summary: 'Standup', attendees: [{ email: 'a@example.com' }] });
    expect(seen[0]!.url.searchParams.get('sendUpdates')).toBe('none');
  });

  it('list_events expands recurring events in start order', async () => {
    const seen = respond(server, 'get', api, { kind: 'calendar#events', items: [event], nextPageToken: 'page2' });
    expect(await run(googleCalendar, 'list_events', { timeMin: '2026-12-01T00:00:00Z' })).toEqual({ events: [mapped], nextPageToken: 'page2' });
    expect(Object.fromEntries(seen[0]!.url.searchParams)).toMatchObject({ singleEvents: 'true', orderBy: 'startTime', timeMin: '2026-12-01T00:00:00Z' });
  });

  it('delete_event answers 204; an unknown event is 410/404 not_found-ish', async () => {
    respond(server, 'delete', `${api}/evt123`, null, 204);
    expect(await run(googleCalendar, 'delete_event', { eventId: 'evt123' })).toEqual({ deleted: true });
    respond(server, 'delete', `${api}/gone`, { error: { code: 404, message: 'Not Found', errors: [{ reason: 'notFound' }] } }, 404);
    expect(await runError(googleCalendar, 'delete_event', { eventId: 'gone' })).toMatchObject({ code: 'not_found', providerStatus: 404 });
    expect(googleCalendar.actions.find((a) => a.id === 'create_event')!.input.safeParse({ summary: 'x', start: { dateTime: 'tomorrow' }, end: { dateTime: 'later' } }).success).toBe(false);
  });
});

describe('google calendar health check', () => {
  it('uses the same tokeninfo check as Sheets', async () => {
    respond(server, 'get', 'https://oauth2.googleapis.com/tokeninfo', { aud: 'x.apps.googleusercontent.com', scope: 'https://www.googleapis.com/auth/calendar.events', expires_in: '3599' });
    expect(await checkHealth(googleCalendar)).toEqual({ scopes: ['https://www.googleapis.com/auth/calendar.events'] });
  });
});
