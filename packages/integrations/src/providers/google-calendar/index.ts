import { z } from 'zod';
import { bearerToken, defineAction, defineIntegration } from '../../define.js';
import { monogramIcon, requestJson } from '../../providerHttp.js';
import { googleHealthCheck, googleTokenInfoUrl } from '../google-shared/tokenInfo.js';
import { eventChanged } from './triggers.js';

const calendarId = z.string().min(1).max(500).default('primary');
const when = z.object({ dateTime: z.iso.datetime({ offset: true }), timeZone: z.string().optional() });
const event = z.object({ id: z.string(), status: z.string(), htmlLink: z.string(), summary: z.string().optional(), start: z.record(z.string(), z.string()), end: z.record(z.string(), z.string()) });
type CalendarEvent = z.infer<typeof event>;
const pick = ({ id, status, htmlLink, summary, start, end }: CalendarEvent): CalendarEvent => ({ id, status, htmlLink, ...(summary !== undefined ? { summary } : {}), start, end });
const path = (calendar: string) => `calendars/${encodeURIComponent(calendar)}/events`;

// https://developers.google.com/calendar/api/v3/reference/events/insert
const createEvent = defineAction({
  id: 'create_event',
  name: 'Create event',
  description: 'Add an event, optionally inviting attendees.',
  effect: 'write',
  input: z.object({
    calendarId,
    summary: z.string().min(1).max(1000),
    description: z.string().max(8000).optional(),
    start: when,
    end: when,
    attendees: z.array(z.email()).max(100).default([]),
    sendUpdates: z.enum(['all', 'externalOnly', 'none']).default('none'),
  }),
  output: event,
  scopes: [['https://www.googleapis.com/auth/calendar.events', 'https://www.googleapis.com/auth/calendar']],
  async execute(input, _credentials, context) {
    const body = { summary: input.summary, description: input.description, start: input.start, end: input.end, attendees: input.attendees.map((email) => ({ email })) };
    return pick(await requestJson<CalendarEvent>(context, 'Google Calendar', `${path(input.calendarId)}?sendUpdates=${input.sendUpdates}`, { method: 'POST', json: body }));
  },
});

// https://developers.google.com/calendar/api/v3/reference/events/list
const listEvents = defineAction({
  id: 'list_events',
  name: 'List events',
  description: 'Upcoming events in a time window, in start order.',
  effect: 'read',
  input: z.object({ calendarId, timeMin: z.iso.datetime({ offset: true }), timeMax: z.iso.datetime({ offset: true }).optional(), maxResults: z.number().int().min(1).max(2500).default(50), pageToken: z.string().optional() }),
  output: z.object({ events: z.array(event), nextPageToken: z.string().nullable() }),
  scopes: [['https://www.googleapis.com/auth/calendar.events', 'https://www.googleapis.com/auth/calendar', 'https://www.googleapis.com/auth/calendar.events.readonly', 'https://www.googleapis.com/auth/calendar.readonly']],
  async execute(input, _credentials, context) {
    const query = new URLSearchParams({ timeMin: input.timeMin, maxResults: String(input.maxResults), singleEvents: 'true', orderBy: 'startTime' });
    if (input.timeMax) query.set('timeMax', input.timeMax);
    if (input.pageToken) query.set('pageToken', input.pageToken);
    const answer = await requestJson<{ items: CalendarEvent[]; nextPageToken?: string }>(context, 'Google Calendar', `${path(input.calendarId)}?${query}`);
    return { events: answer.items.map(pick), nextPageToken: answer.nextPageToken ?? null };
  },
});

// https://developers.google.com/calendar/api/v3/reference/events/delete
const deleteEvent = defineAction({
  id: 'delete_event',
  name: 'Delete event',
  description: 'Remove an event.',
  effect: 'delete',
  input: z.object({ calendarId, eventId: z.string().min(1).max(1024), sendUpdates: z.enum(['all', 'externalOnly', 'none']).default('none') }),
  output: z.object({ deleted: z.literal(true) }),
  scopes: [['https://www.googleapis.com/auth/calendar.events', 'https://www.googleapis.com/auth/calendar']],
  async execute(input, _credentials, context) {
    await requestJson(context, 'Google Calendar', `${path(input.calendarId)}/${encodeURIComponent(input.eventId)}?sendUpdates=${input.sendUpdates}`, { method: 'DELETE' });
    return { deleted: true as const };
  },
});

export const googleCalendar = defineIntegration({
  metadata: { id: 'int_google_calendar', slug: 'google-calendar', name: 'Google Calendar', description: 'Calendars and events', category: 'productivity', icon: monogramIcon('Google Calendar', 'C', '#4285F4'), version: '1.0.0', authType: 'oauth2' },
  auth: {
    type: 'oauth2',
    authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    scopes: ['https://www.googleapis.com/auth/calendar.events'],
    scopeSeparator: ' ',
    pkce: true,
    tokenEndpointAuthMethod: 'client_secret_post',
    authorizationParams: { access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' },
    refreshable: true,
    tokenInfoUrl: googleTokenInfoUrl,
  },
  apiBaseUrl: 'https://www.googleapis.com/calendar/v3/',
  authorizeRequest: bearerToken,
  healthCheck: googleHealthCheck,
  actions: [createEvent, listEvents, deleteEvent],
  triggers: [eventChanged],
});
