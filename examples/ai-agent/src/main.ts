// Chat with an agent that acts as one of your end users:
//   PATCHBAY_API_KEY=app_… [OPENAI_API_KEY=sk-… OPENAI_MODEL=…] npm start -- user-123
// Without OPENAI_API_KEY the scripted model answers, so the whole flow runs offline.
import { createInterface } from 'node:readline/promises';
import { Patchbay } from '@patchbay/node';
import OpenAI from 'openai';
import { Agent } from './agent.js';
import { scriptedOpenAI } from './scriptedModel.js';

const apiKey = process.env.PATCHBAY_API_KEY;
if (!apiKey) {
  console.error('Set PATCHBAY_API_KEY (your app key, app_…); PATCHBAY_BASE_URL defaults to http://localhost:3000.');
  process.exit(1);
}
const endUserId = process.argv[2] ?? 'user-123-from-company-x';
const realModel = Boolean(process.env.OPENAI_API_KEY);
const openai = realModel ? new OpenAI() : scriptedOpenAI();
const agent = new Agent({ patchbay: new Patchbay({ apiKey }), openai, model: process.env.OPENAI_MODEL ?? 'gpt-5-mini', endUserId });

console.log(`Agent for end user "${endUserId}" (${realModel ? 'OpenAI' : 'scripted model: try "How many Slack channels do we have? Post it to #general."'}). Ctrl+D to quit.`);
const terminal = createInterface({ input: process.stdin, output: process.stdout });
for await (const line of terminal) {
  if (!line.trim()) continue;
  const turn = await agent.send(line);
  for (const call of turn.toolCalls) console.log(`  · ${call.name} → ${call.status}${call.executionId ? ` (${call.executionId})` : ''}`);
  console.log(turn.reply);
}
