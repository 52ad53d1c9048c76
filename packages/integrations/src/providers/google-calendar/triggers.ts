import { z } from 'zod';
import type { ActionContext } from '../../define.js';
import { ActionError } from '../../errors.js';
import { requestJson } from '../../providerHttp.js';
import { definePollingTrigger } from '../../triggers.js';

// https://developers.google.com/calendar/api/v3/reference/events#resource
interface CalendarEvent {
  id: string;
  status: string;
  updated: string;
  summary?: string;
  htmlLink?: string;
  start?: { date?: string; dateTime?: string; timeZone?: string };
  end?: { date?: string; dateTime?: string; timeZone?: string };
  organizer?: { email?: string };
  recurringEventId?: string;
}

interface EventsPage {
  items?: CalendarEvent[];
  nextPageToken?: string;
  nextSyncToken?: string;
}

const maxBaselinePages = 50;
const when = z.object({ date: z.string().optional(), dateTime: z.string().optional(), timeZone: z.string().optional() }).nullable();

const eventsPath = (calendarId: string, query: Record<string, string>) => `calendars/${encodeURIComponent(calendarId)}/events?${new URLSearchParams(query)}`;

/** Walks a full listing to its end, where Google hands out the first sync token. */
async function syncTokenNow(context: ActionContext, calendarId: string): Promise<string> {
  let pageToken: string | undefined;
  for (let page = 0; page < maxBaselinePages; page += 1) {
    const answer = await requestJson<EventsPage>(context, 'Google Calendar', eventsPath(calendarId, { maxResults: '2500', ...(pageToken ? { pageToken } : {}) }));
    if (answer.nextSyncToken) return answer.nextSyncToken;
    if (!answer.nextPageToken) break;
    pageToken = answer.nextPageToken;
  }
  throw new ActionError({ code: 'provider_error', message: 'Google Calendar: no sync token after listing the calendar.' });
}

// Incremental synchronization: https://developers.google.com/calendar/api/guides/sync
export const eventChanged = definePollingTrigger({
  id: 'event_changed',
  name: 'Event created, changed or cancelled',
  description: 'An event of a calendar is created, updated or cancelled (deleted events come with status cancelled).',
  kind: 'polling',
  pollIntervalSeconds: 60,
  config: z.object({ calendarId: z.string().min(1).max(500).default('primary') }),
  payload: z.object({
    id: z.string(),
    status: z.string().describe('confirmed, tentative or cancelled.'),
    summary: z.string().nullable(),
    htmlLink: z.string().nullable(),
    start: when,
    end: when,
    updated: z.string(),
    organizer: z.string().nullable(),
    recurringEventId: z.string().nullable(),
  }),
  // A page token is kept while a sync spans several pages; the sync token it started from stays.
  cursor: z.object({ syncToken: z.string(), pageToken: z.string().optional() }),
  async poll(config, cursor, context) {
    if (!cursor) return { items: [], cursor: { syncToken: await syncTokenNow(context, config.calendarId) } };
    let answer: EventsPage;
    try {
      answer = await requestJson<EventsPage>(
        context,
        'Google Calendar',
        eventsPath(config.calendarId, { syncToken: cursor.syncToken, maxResults: '250', ...(cursor.pageToken ? { pageToken: cursor.pageToken } : {}) }),
      );
    } catch (error) {
      // 410 Gone: the sync token expired; Google asks for a full sync. Start again from now.
      if (error instanceof ActionError && error.providerStatus === 410) return { items: [], cursor: { syncToken: await syncTokenNow(context, config.calendarId) } };
      throw error;
    }
    const items = (answer.items ?? []).map((event) => ({
      id: `${event.id}@${event.updated}`,
      payload: {
        id: event.id,
        status: event.status,
        summary: event.summary ?? null,
        htmlLink: event.htmlLink ?? null,
        start: event.start ?? null,
        end: event.end ?? null,
        updated: event.updated,
        organizer: event.organizer?.email ?? null,
        recurringEventId: event.recurringEventId ?? null,
      },
    }));
    if (answer.nextPageToken) return { items, cursor: { syncToken: cursor.syncToken, pageToken: answer.nextPageToken }, more: true };
    if (!answer.nextSyncToken) throw new ActionError({ code: 'provider_error', message: 'Google Calendar: the last page carried no nextSyncToken.' });
    return { items, cursor: { syncToken: answer.nextSyncToken } };
  },
});
