import { z } from 'zod';
import { defineAction } from '../../../define.js';
import { callSlack } from '../api.js';

// https://api.slack.com/methods/reactions.add
export const addReaction = defineAction({
  id: 'add_reaction',
  name: 'Add reaction',
  description: 'React to a message with an emoji.',
  effect: 'write',
  input: z.object({
    channel: z.string().min(1).meta({ examples: ['C0123456789'] }),
    timestamp: z.string().regex(/^\d+\.\d+$/).describe('The message ts.').meta({ examples: ['1712345678.123456'] }),
    name: z.string().regex(/^[a-z0-9_+'-]+$/).describe('Emoji name without colons, e.g. thumbsup.').meta({ examples: ['thumbsup'] }),
  }),
  output: z.object({ ok: z.literal(true) }),
  scopes: ['reactions:write'],
  async execute(input, _credentials, context) {
    await callSlack(context, 'reactions.add', { channel: input.channel, timestamp: input.timestamp, name: input.name });
    return { ok: true as const };
  },
});
