import { describe, expectTypeOf, it } from 'vitest';
import { isTriggerEvent, Patchbay, type ActionOutput, type TriggerPayload, type WebhookEvent } from '../src/index.js';

const patchbay = new Patchbay({ apiKey: 'k' });

describe('per-action types', () => {
  it('input and data are typed from the catalog', () => {
    expectTypeOf(patchbay.actions.run<'slack', 'send_message'>).parameter(2).toEqualTypeOf<{ endUserId: string; input: { channel: string; text: string; threadTs?: string } }>();
    expectTypeOf<ActionOutput<'slack', 'send_message'>>().toEqualTypeOf<{ ok: true; channel: string; ts: string }>();
  });

  it('a wrong input, action or integration does not compile', () => {
    // @ts-expect-error text is required
    void patchbay.actions.run('slack', 'send_message', { endUserId: 'u', input: { channel: '#general' } });
    // @ts-expect-error channel must be a string
    void patchbay.actions.run('slack', 'send_message', { endUserId: 'u', input: { channel: 42, text: 'x' } });
    // @ts-expect-error no such action
    void patchbay.actions.run('slack', 'delete_workspace', { endUserId: 'u', input: {} });
    // @ts-expect-error no such integration
    void patchbay.actions.run('myspace', 'post', { endUserId: 'u', input: {} });
  });
});

describe('per-trigger types', () => {
  it('config is typed per trigger, required when the trigger needs some', () => {
    void patchbay.triggers.subscribe('github', 'issues', { endUserId: 'u', config: { owner: 'octocat', repo: 'Hello-World' } });
    void patchbay.triggers.subscribe('slack', 'message', { endUserId: 'u' });
    // @ts-expect-error a repository is required
    void patchbay.triggers.subscribe('github', 'issues', { endUserId: 'u' });
    // @ts-expect-error not an issue action
    void patchbay.triggers.subscribe('github', 'issues', { endUserId: 'u', config: { owner: 'o', repo: 'r', actions: ['exploded'] } });
    // @ts-expect-error no such trigger
    void patchbay.triggers.subscribe('github', 'stars', { endUserId: 'u' });
    // @ts-expect-error Asana has no triggers
    void patchbay.triggers.subscribe('asana', 'task', { endUserId: 'u' });
  });

  it('a narrowed trigger.fired event carries the trigger’s payload type', () => {
    const event = {} as WebhookEvent;
    if (isTriggerEvent(event, 'google-sheets', 'new_row')) {
      expectTypeOf(event.data.payload).toExtend<TriggerPayload<'google-sheets', 'new_row'>>();
      expectTypeOf(event.data.payload.rowNumber).toBeNumber();
      expectTypeOf(event.data.payload.values).toEqualTypeOf<string[]>();
      // @ts-expect-error not a field of the payload
      void event.data.payload.columns.length;
    }
  });
});

describe('connection health and execution attempts', () => {
  it('are typed from the spec', () => {
    type Connection = Awaited<ReturnType<typeof patchbay.connections.get>>;
    expectTypeOf<Connection['health']['status']>().toEqualTypeOf<'healthy' | 'degraded' | 'needs_reauth'>();
    expectTypeOf<Connection['scopes']>().toEqualTypeOf<string[] | null>();
    type Attempt = Awaited<ReturnType<typeof patchbay.executions.get>>['attempts'][number];
    expectTypeOf<Attempt['providerStatus']>().toEqualTypeOf<number | null>();
    expectTypeOf<Attempt['delayBeforeNext']>().toEqualTypeOf<number | null>();
    expectTypeOf<Awaited<ReturnType<typeof patchbay.connections.repairLink>>['url']>().toEqualTypeOf<string>();
    // @ts-expect-error not a health status
    void patchbay.connections.list({ health: 'sick' });
  });
});
