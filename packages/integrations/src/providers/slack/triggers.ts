import { z } from 'zod';
import { defineWebhookTrigger, type InboundEvent } from '../../triggers.js';

const channelId = z.string().regex(/^[CGD][A-Z0-9]{2,20}$/).describe('Only events in this channel (its id, C…).');
const ts = z.string().describe('Slack message timestamp, the message id within its channel.');

/** The `event` of an event_callback envelope. https://api.slack.com/apis/events-api#callback-field */
interface SlackEvent {
  type: string;
  subtype?: string;
  channel?: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  event_ts?: string;
  reaction?: string;
  item_user?: string;
  item?: { type?: string; channel?: string; ts?: string };
}

const eventOf = (inbound: InboundEvent) => (inbound.body as { event: SlackEvent }).event;
const teamOf = (inbound: InboundEvent) => inbound.routingKey ?? '';

// Subtypes that are still someone posting a message; edits, deletions, joins and the like are not.
// https://api.slack.com/events/message#subtypes
const postedSubtypes = new Set(['thread_broadcast', 'file_share', 'me_message']);

const messagePayload = z.object({
  team: z.string(),
  channel: z.string(),
  channelType: z.string().nullable(),
  user: z.string().nullable().describe('The author; null for bot messages without a user.'),
  botId: z.string().nullable(),
  text: z.string(),
  ts,
  threadTs: z.string().nullable().describe('Set on replies: the ts of the thread’s parent.'),
});

// https://api.slack.com/events/message.channels (scope channels:history)
export const messagePosted = defineWebhookTrigger({
  id: 'message',
  name: 'New message',
  description: 'A message is posted in a public channel the app is in.',
  kind: 'webhook',
  events: ['message'],
  config: z.object({ channel: channelId.optional(), includeBotMessages: z.boolean().default(false).describe('Also deliver messages posted by bots.') }),
  payload: messagePayload,
  itemsFrom(inbound, config) {
    const event = eventOf(inbound);
    const posted = event.subtype === undefined || postedSubtypes.has(event.subtype) || (event.subtype === 'bot_message' && config.includeBotMessages);
    const fromBot = event.bot_id !== undefined || event.subtype === 'bot_message';
    if (!posted || (fromBot && !config.includeBotMessages) || !event.channel || !event.ts) return [];
    if (config.channel && event.channel !== config.channel) return [];
    return [
      {
        id: `${event.channel}:${event.ts}`,
        payload: {
          team: teamOf(inbound),
          channel: event.channel,
          channelType: event.channel_type ?? null,
          user: event.user ?? null,
          botId: event.bot_id ?? null,
          text: event.text ?? '',
          ts: event.ts,
          threadTs: event.thread_ts ?? null,
        },
      },
    ];
  },
});

// https://api.slack.com/events/app_mention (scope app_mentions:read)
export const appMention = defineWebhookTrigger({
  id: 'app_mention',
  name: 'App mentioned',
  description: 'Someone mentions the app (@Patchbay) in a channel.',
  kind: 'webhook',
  events: ['app_mention'],
  config: z.object({ channel: channelId.optional() }),
  payload: messagePayload.omit({ botId: true, channelType: true }),
  itemsFrom(inbound, config) {
    const event = eventOf(inbound);
    if (!event.channel || !event.ts || (config.channel && event.channel !== config.channel)) return [];
    return [
      {
        id: `${event.channel}:${event.ts}`,
        payload: { team: teamOf(inbound), channel: event.channel, user: event.user ?? null, text: event.text ?? '', ts: event.ts, threadTs: event.thread_ts ?? null },
      },
    ];
  },
});

// https://api.slack.com/events/reaction_added (scope reactions:read)
export const reactionAdded = defineWebhookTrigger({
  id: 'reaction_added',
  name: 'Reaction added',
  description: 'Someone adds an emoji reaction to a message.',
  kind: 'webhook',
  events: ['reaction_added'],
  config: z.object({
    channel: channelId.optional(),
    reaction: z.string().regex(/^[a-z0-9_+'-]{1,100}$/).optional().describe('Only this emoji, by name without colons (thumbsup).'),
  }),
  payload: z.object({
    team: z.string(),
    user: z.string().describe('Who reacted.'),
    reaction: z.string(),
    itemUser: z.string().nullable().describe('The author of the message reacted to.'),
    item: z.object({ type: z.string(), channel: z.string().nullable(), ts: z.string().nullable() }),
    eventTs: z.string(),
  }),
  itemsFrom(inbound, config) {
    const event = eventOf(inbound);
    const item = event.item ?? {};
    if (!event.user || !event.reaction || (config.channel && item.channel !== config.channel) || (config.reaction && event.reaction !== config.reaction)) return [];
    return [
      {
        // A reaction has no id of its own; the delivery's event_id is stable across Slack's retries.
        id: inbound.deliveryId,
        payload: {
          team: teamOf(inbound),
          user: event.user,
          reaction: event.reaction,
          itemUser: event.item_user ?? null,
          item: { type: item.type ?? 'message', channel: item.channel ?? null, ts: item.ts ?? null },
          eventTs: event.event_ts ?? '',
        },
      },
    ];
  },
});
