import { describe, expect, it } from 'vitest';
import type { AppChanges } from '../apps/appChanges.js';
import type { AuthenticatedApp } from '../apps/authenticatedApp.js';
import { createVerifiedKeys, verifiedKeyLifetimeMs } from './verifiedKeys.js';

function fakeChanges() {
  let onChange: (appId: string | undefined) => void = () => {};
  const changes = {
    listening: true,
    live: () => changes.listening,
    subscribe: (listener: (appId: string | undefined) => void) => {
      onChange = listener;
    },
    subscribeToEndUsers: () => {},
    close: async () => {},
    changedHere: (appId: string) => onChange(appId),
    announce: (appId: string | undefined) => onChange(appId),
  };
  return changes satisfies AppChanges;
}

const appOf = (id: string): AuthenticatedApp => ({ id, accountId: 'acc_1', name: id, apiKeyId: `key_${id}`, redirectUris: [], allowedOrigins: [] });

describe('verified API keys', () => {
  it('serves a remembered key until its app changes, then not', () => {
    const changes = fakeChanges();
    const keys = createVerifiedKeys(changes);
    keys.remember('hash-a', appOf('app_a'), keys.version());
    keys.remember('hash-b', appOf('app_b'), keys.version());
    expect(keys.lookup('hash-a')?.id).toBe('app_a');
    changes.announce('app_a');
    expect(keys.lookup('hash-a')).toBeUndefined();
    expect(keys.lookup('hash-b')?.id).toBe('app_b');
  });

  it('refuses a row read before a change announced meanwhile (a revoke racing the lookup)', () => {
    const changes = fakeChanges();
    const keys = createVerifiedKeys(changes);
    const readAt = keys.version();
    changes.announce('app_a');
    keys.remember('hash-a', appOf('app_a'), readAt);
    expect(keys.lookup('hash-a')).toBeUndefined();
  });

  it('serves nothing while the listener is down, and forgets everything on reconnect', () => {
    const changes = fakeChanges();
    const keys = createVerifiedKeys(changes);
    keys.remember('hash-a', appOf('app_a'), keys.version());
    changes.listening = false;
    expect(keys.lookup('hash-a')).toBeUndefined();
    keys.remember('hash-b', appOf('app_b'), keys.version());
    changes.announce(undefined);
    changes.listening = true;
    expect(keys.lookup('hash-a')).toBeUndefined();
    expect(keys.lookup('hash-b')).toBeUndefined();
  });

  it('keeps an entry at most its lifetime, announced change or not', () => {
    let now = 1_000_000;
    const keys = createVerifiedKeys(fakeChanges(), () => now);
    keys.remember('hash-a', appOf('app_a'), keys.version());
    now += verifiedKeyLifetimeMs - 1;
    expect(keys.lookup('hash-a')?.id).toBe('app_a');
    now += 1;
    expect(keys.lookup('hash-a')).toBeUndefined();
  });

  it('asks for a last-used write at most once a minute per key', () => {
    let now = 1_000_000;
    const keys = createVerifiedKeys(fakeChanges(), () => now);
    expect(keys.dueForTouch('key_1')).toBe(true);
    expect(keys.dueForTouch('key_1')).toBe(false);
    expect(keys.dueForTouch('key_2')).toBe(true);
    now += 60_000;
    expect(keys.dueForTouch('key_1')).toBe(true);
  });
});
