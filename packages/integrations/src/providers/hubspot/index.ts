import { z } from 'zod';
import { bearerToken, defineAction, defineIntegration } from '../../define.js';
import { monogramIcon, requestJson } from '../../providerHttp.js';
import { contactCreated, contactUpdated } from './triggers.js';
import { hubspotRateLimit } from './rateLimit.js';

const contact = z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullable()), createdAt: z.string(), updatedAt: z.string() });
type Contact = z.infer<typeof contact>;
const pick = ({ id, properties, createdAt, updatedAt }: Contact): Contact => ({ id, properties, createdAt, updatedAt });
const defaultProperties = ['email', 'firstname', 'lastname', 'company', 'phone'];

// https://developers.hubspot.com/docs/api/crm/contacts
const createContact = defineAction({
  id: 'create_contact',
  name: 'Create contact',
  description: 'A new CRM contact.',
  effect: 'write',
  input: z.object({ email: z.email(), firstname: z.string().max(200).optional(), lastname: z.string().max(200).optional(), company: z.string().max(200).optional(), phone: z.string().max(50).optional() }),
  output: contact,
  scopes: ['crm.objects.contacts.write'],
  async execute(input, _credentials, context) {
    return pick(await requestJson<Contact>(context, 'HubSpot', 'crm/v3/objects/contacts', { method: 'POST', json: { properties: input } }));
  },
});

const searchContacts = defineAction({
  id: 'search_contacts',
  name: 'Search contacts',
  description: 'Contacts matching a text query (name, email, company…).',
  effect: 'read',
  input: z.object({ query: z.string().min(1).max(3000), limit: z.number().int().min(1).max(100).default(10), after: z.string().optional() }),
  output: z.object({ total: z.number(), results: z.array(contact), nextAfter: z.string().nullable() }),
  scopes: ['crm.objects.contacts.read'],
  async execute(input, _credentials, context) {
    const answer = await requestJson<{ total: number; results: Contact[]; paging?: { next?: { after: string } } }>(context, 'HubSpot', 'crm/v3/objects/contacts/search', {
      method: 'POST',
      json: { query: input.query, limit: input.limit, after: input.after, properties: defaultProperties },
    });
    return { total: answer.total, results: answer.results.map(pick), nextAfter: answer.paging?.next?.after ?? null };
  },
});

const getContact = defineAction({
  id: 'get_contact',
  name: 'Get contact',
  description: 'One contact by id or email.',
  effect: 'read',
  input: z.union([z.object({ id: z.string().regex(/^\d+$/) }), z.object({ email: z.email() })]),
  output: contact,
  scopes: ['crm.objects.contacts.read'],
  async execute(input, _credentials, context) {
    const properties = `properties=${defaultProperties.join(',')}`;
    const path = 'id' in input ? `crm/v3/objects/contacts/${input.id}?${properties}` : `crm/v3/objects/contacts/${encodeURIComponent(input.email)}?idProperty=email&${properties}`;
    return pick(await requestJson<Contact>(context, 'HubSpot', path));
  },
});

// https://developers.hubspot.com/docs/api/oauth-quickstart-guide
export const hubspot = defineIntegration({
  metadata: { id: 'int_hubspot', slug: 'hubspot', name: 'HubSpot', description: 'CRM platform', category: 'crm', icon: monogramIcon('HubSpot', 'H', '#FF7A59'), version: '1.0.0', authType: 'oauth2' },
  auth: {
    type: 'oauth2',
    authorizationUrl: 'https://app.hubspot.com/oauth/authorize',
    tokenUrl: 'https://api.hubapi.com/oauth/v1/token',
    scopes: ['crm.objects.contacts.read', 'crm.objects.contacts.write'],
    scopeSeparator: ' ',
    pkce: false,
    tokenEndpointAuthMethod: 'client_secret_post',
    refreshable: true,
  },
  apiBaseUrl: 'https://api.hubapi.com/',
  authorizeRequest: bearerToken,
  // https://developers.hubspot.com/docs/api/settings/account-information-api: needs only the
  // `oauth` scope every app has. The granted scopes come with the token answer instead.
  healthCheck: async (_credentials, context) => {
    await requestJson(context, 'HubSpot', 'account-info/v3/details');
    return {};
  },
  readRateLimit: hubspotRateLimit,
  actions: [createContact, searchContacts, getContact],
  triggers: [contactCreated, contactUpdated],
});
