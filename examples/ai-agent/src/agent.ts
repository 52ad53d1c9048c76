import type { Patchbay } from '@patchbay/node';
import type OpenAI from 'openai';

type Message = OpenAI.Chat.Completions.ChatCompletionMessageParam;

export interface AgentOptions {
  patchbay: Patchbay;
  openai: OpenAI;
  model: string;
  /** Your id for the user the agent acts for: it only ever sees and uses this user's accounts. */
  endUserId: string;
  /** Model calls per turn before the agent gives up, so a confused model cannot loop forever. */
  maxSteps?: number;
}

export interface ToolCallReport {
  name: string;
  status: string;
  executionId?: string | undefined;
}

export interface AgentTurn {
  reply: string;
  toolCalls: ToolCallReport[];
}

const system =
  'You act for the user in the accounts they connected (Slack, Notion, GitHub…) through the tools you have. ' +
  'When a tool answers that an account must be connected, give the user the link and stop. Keep answers short.';

/**
 * A chat with tools: each `send` runs the model until it answers in text, executing every tool
 * call it makes through Patchbay as this end user and handing the results back. The conversation
 * is kept between turns, so the user can connect an account and say "done".
 */
export class Agent {
  private readonly messages: Message[] = [{ role: 'system', content: system }];

  constructor(private readonly options: AgentOptions) {}

  async send(userMessage: string): Promise<AgentTurn> {
    const { patchbay, openai, model, endUserId } = this.options;
    this.messages.push({ role: 'user', content: userMessage });
    // Every tool the app exposes, connected or not: the model can then offer to connect one.
    const tools = await patchbay.tools.list({ endUserId, format: 'openai', include: 'all' });
    const toolCalls: ToolCallReport[] = [];
    for (let step = 0; step < (this.options.maxSteps ?? 8); step += 1) {
      const completion = await openai.chat.completions.create({ model, messages: this.messages, tools });
      const message = completion.choices[0]?.message;
      if (!message) throw new Error('The model answered with no message.');
      this.messages.push(message);
      const calls = (message.tool_calls ?? []).filter((call) => call.type === 'function');
      if (calls.length === 0) return { reply: message.content ?? '', toolCalls };
      for (const call of calls) {
        // The call goes to Patchbay as the model made it; mistakes come back as text the model can act on.
        const result = await patchbay.tools.execute({ endUserId, ...call.function });
        toolCalls.push({ name: call.function.name, status: result.status, executionId: result.executionId });
        this.messages.push({ role: 'tool', tool_call_id: call.id, content: result.text });
      }
    }
    throw new Error(`The model did not answer within ${this.options.maxSteps ?? 8} steps.`);
  }
}
