import { z } from 'zod';
import { defineAction } from '../../../define.js';
import { callSlack } from '../api.js';

// https://api.slack.com/methods/users.lookupByEmail
export const findUserByEmail = defineAction({
  id: 'find_user_by_email',
  name: 'Find user by email',
  description: 'The workspace member with this email address.',
  effect: 'read',
  input: z.object({ email: z.email() }),
  output: z.object({ id: z.string(), name: z.string(), realName: z.string().nullable(), teamId: z.string().nullable() }),
  scopes: ['users:read.email'],
  async execute(input, _credentials, context) {
    const answer = await callSlack(context, 'users.lookupByEmail', { email: input.email }, 'GET');
    const user = answer.user as { id: string; name: string; real_name?: string; team_id?: string };
    return { id: user.id, name: user.name, realName: user.real_name ?? null, teamId: user.team_id ?? null };
  },
});
