import { z } from 'zod';
import { defineAction } from '../../../define.js';
import { callSlack } from '../api.js';

const channel = z.object({ id: z.string(), name: z.string(), isPrivate: z.boolean(), isMember: z.boolean() });

// https://api.slack.com/methods/conversations.list
export const listChannels = defineAction({
  id: 'list_channels',
  name: 'List channels',
  description: 'Public (and, with the scope, private) channels of the workspace.',
  effect: 'read',
  input: z.object({
    types: z.enum(['public_channel', 'private_channel', 'public_channel,private_channel']).default('public_channel'),
    limit: z.number().int().min(1).max(1000).default(200),
    cursor: z.string().optional(),
    excludeArchived: z.boolean().default(true),
  }),
  output: z.object({ channels: z.array(channel), nextCursor: z.string().nullable() }),
  // Public channels; asking for private ones needs groups:read too, which Slack itself reports.
  scopes: ['channels:read'],
  async execute(input, _credentials, context) {
    const answer = await callSlack(context, 'conversations.list', { types: input.types, limit: input.limit, cursor: input.cursor, exclude_archived: input.excludeArchived }, 'GET');
    const channels = (answer.channels as { id: string; name: string; is_private: boolean; is_member: boolean }[]).map((c) => ({
      id: c.id,
      name: c.name,
      isPrivate: c.is_private,
      isMember: c.is_member,
    }));
    const next = (answer.response_metadata as { next_cursor?: string } | undefined)?.next_cursor;
    return { channels, nextCursor: next ? next : null };
  },
});
