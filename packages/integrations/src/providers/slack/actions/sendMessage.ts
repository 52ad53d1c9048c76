import { z } from 'zod';
import { defineAction } from '../../../define.js';
import { callSlack } from '../api.js';

// https://api.slack.com/methods/chat.postMessage
export const sendMessage = defineAction({
  id: 'send_message',
  name: 'Send Message',
  description: 'Post a message to a channel the user can see.',
  effect: 'write',
  input: z.object({
    channel: z.string().min(1).max(200).describe('A channel id (C…) or name (#general).').meta({ examples: ['#general'] }),
    text: z.string().min(1).max(40_000).meta({ examples: ['Hello from Company X!'] }),
    threadTs: z.string().regex(/^\d+\.\d+$/).optional().describe('Reply in this thread.'),
  }),
  output: z.object({
    ok: z.literal(true),
    channel: z.string().meta({ examples: ['C0123456789'] }),
    ts: z.string().meta({ examples: ['1712345678.123456'] }),
  }),
  scopes: ['chat:write'],
  async execute(input, _credentials, context) {
    const answer = await callSlack(context, 'chat.postMessage', {
      channel: input.channel,
      text: input.text,
      ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
    });
    return { ok: true as const, channel: String(answer.channel), ts: String(answer.ts) };
  },
});
