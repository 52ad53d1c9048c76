import { z } from 'zod';
import type { ActionContext } from '../../define.js';
import { pastCursor, timeCursor } from '../../pollCursor.js';
import { requestJson } from '../../providerHttp.js';
import { definePollingTrigger } from '../../triggers.js';

// https://developers.hubspot.com/docs/api/crm/search
interface Contact {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
}

const properties = ['email', 'firstname', 'lastname', 'company', 'phone', 'createdate', 'lastmodifieddate'];
const maxPages = 10;

type DateProperty = 'createdate' | 'lastmodifieddate';

/** Contacts with `property` at or after `sinceMs` (HubSpot filters dates in epoch milliseconds), oldest first. */
async function search(context: ActionContext, property: DateProperty, sinceMs: number, direction: 'ASCENDING' | 'DESCENDING' = 'ASCENDING', pages = maxPages): Promise<{ contacts: Contact[]; more: boolean }> {
  const contacts: Contact[] = [];
  let after: string | undefined;
  for (let page = 0; page < pages; page += 1) {
    const answer = await requestJson<{ results: Contact[]; paging?: { next?: { after: string } } }>(context, 'HubSpot', 'crm/v3/objects/contacts/search', {
      method: 'POST',
      json: {
        filterGroups: [{ filters: [{ propertyName: property, operator: 'GTE', value: String(sinceMs) }] }],
        sorts: [{ propertyName: property, direction }],
        properties,
        limit: 100,
        ...(after ? { after } : {}),
      },
    });
    contacts.push(...answer.results);
    after = answer.paging?.next?.after;
    if (!after) return { contacts, more: false };
  }
  return { contacts, more: true };
}

const payload = z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullable()), createdAt: z.string(), updatedAt: z.string() });

/** Search results lag changes by a few seconds; a minute between polls leaves them time. */
function contactTrigger(id: string, name: string, description: string, property: DateProperty) {
  const timeOf = (contact: Contact) => (property === 'createdate' ? contact.createdAt : contact.updatedAt);
  const keyOf = (contact: Contact) => (property === 'createdate' ? contact.id : `${contact.id}@${contact.updatedAt}`);
  return definePollingTrigger({
    id,
    name,
    description,
    kind: 'polling',
    pollIntervalSeconds: 60,
    config: z.object({}),
    payload,
    cursor: timeCursor,
    async poll(_config, cursor, context) {
      if (!cursor) {
        // Baseline: the newest contact's time, with the contacts at that very time seen.
        const { contacts } = await search(context, property, 0, 'DESCENDING', 1);
        const since = new Date(contacts[0] ? Date.parse(timeOf(contacts[0])) : Date.now()).toISOString();
        return { items: [], cursor: pastCursor({ since, seen: [] }, contacts, keyOf, timeOf).cursor };
      }
      const { contacts, more } = await search(context, property, Date.parse(cursor.since));
      const next = pastCursor(cursor, contacts, keyOf, timeOf);
      return {
        items: next.fresh.map((contact) => ({ id: keyOf(contact), payload: { id: contact.id, properties: contact.properties, createdAt: contact.createdAt, updatedAt: contact.updatedAt } })),
        cursor: next.cursor,
        more,
      };
    },
  });
}

export const contactCreated = contactTrigger('contact_created', 'New contact', 'A contact is created in the CRM.', 'createdate');
export const contactUpdated = contactTrigger('contact_updated', 'Contact updated', 'A contact is created or any of its properties changes.', 'lastmodifieddate');
