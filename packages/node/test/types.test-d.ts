import { describe, expectTypeOf, it } from 'vitest';
import { Patchbay, type ActionOutput } from '../src/index.js';

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
