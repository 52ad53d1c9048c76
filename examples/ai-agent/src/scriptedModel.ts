import OpenAI from 'openai';

type Request = OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming;
type Message = OpenAI.Chat.Completions.ChatCompletionMessageParam;
type Decision = { text: string } | { call: string; arguments: Record<string, unknown> };

const connectLink = /https?:\/\/\S+\/connect\?session=cs_[a-z0-9]+/;

/**
 * A stand-in for a chat model, OpenAI-compatible, that needs no network and no key: it reads
 * only what a real model reads (the messages and the tools offered) and follows one script —
 * count the Slack channels and post the count to #general. `scriptedOpenAI` puts it in a client.
 */
export function scriptedModel(): { fetch: typeof globalThis.fetch; requests: Request[] } {
  const requests: Request[] = [];
  let calls = 0;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!url.pathname.endsWith('/chat/completions')) return Response.json({ error: { message: `No ${url.pathname} here` } }, { status: 404 });
    const body = JSON.parse(String(init?.body ?? (input instanceof Request ? await input.text() : '{}'))) as Request;
    requests.push(body);
    const decision = decide(body);
    if ('call' in decision && !body.tools?.some((tool) => tool.type === 'function' && tool.function.name === decision.call)) {
      return Response.json({ error: { message: `The script needs the tool ${decision.call}, which was not offered.` } }, { status: 400 });
    }
    calls += 1;
    const message =
      'call' in decision
        ? { role: 'assistant', content: null, refusal: null, tool_calls: [{ id: `call_${calls}`, type: 'function', function: { name: decision.call, arguments: JSON.stringify(decision.arguments) } }] }
        : { role: 'assistant', content: decision.text, refusal: null };
    return Response.json({
      id: `chatcmpl-scripted-${calls}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, message, finish_reason: 'call' in decision ? 'tool_calls' : 'stop', logprobs: null }],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    });
  };
  return { fetch, requests };
}

/** What the script does next, from the tool results since the user's last message. */
function decide(request: Request): Decision {
  const lastUser = request.messages.findLastIndex((message) => message.role === 'user');
  const results = request.messages.slice(lastUser + 1).flatMap((message) => (message.role === 'tool' ? [toolResult(request.messages, message)] : []));
  const last = results.at(-1);
  if (!last) return { call: 'slack_list_channels', arguments: {} };
  const link = connectLink.exec(last.content)?.[0];
  if (link) return { text: `I need access to your Slack first. Please connect it here: ${link} — then tell me when you are done.` };
  if (last.name === 'slack_list_channels') {
    const { channels } = JSON.parse(last.content) as { channels: { name: string }[] };
    const names = channels.map((channel) => `#${channel.name}`).join(', ');
    return { call: 'slack_send_message', arguments: { channel: '#general', text: `This workspace has ${channels.length} channels: ${names}.` } };
  }
  if (last.name === 'slack_send_message') {
    const sent = JSON.parse(last.content) as { ok?: boolean; ts?: string };
    return { text: sent.ok ? `Done: I posted the channel count to #general (message ${sent.ts}).` : `Slack did not post it: ${last.content}` };
  }
  return { text: `I could not do that: ${last.content}` };
}

function toolResult(messages: Message[], message: Message & { role: 'tool' }): { name: string; content: string } {
  const call = messages
    .flatMap((candidate) => (candidate.role === 'assistant' ? (candidate.tool_calls ?? []) : []))
    .find((toolCall) => toolCall.id === message.tool_call_id);
  return { name: call?.type === 'function' ? call.function.name : 'unknown', content: typeof message.content === 'string' ? message.content : JSON.stringify(message.content) };
}

/** An OpenAI client whose model is the script (no network, no key). */
export function scriptedOpenAI(model = scriptedModel()): OpenAI {
  return new OpenAI({ apiKey: 'scripted', baseURL: 'http://scripted-model.invalid/v1', fetch: model.fetch, maxRetries: 0 });
}
