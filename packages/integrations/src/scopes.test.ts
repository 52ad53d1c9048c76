import { describe, expect, it } from 'vitest';
import { missingScopes } from './scopes.js';

describe('missingScopes', () => {
  it('names each requirement that is not met, the first alternative for a list', () => {
    expect(missingScopes(['chat:write', ['channels:read', 'groups:read']], ['chat:write', 'groups:read'])).toEqual([]);
    expect(missingScopes(['chat:write', ['channels:read', 'groups:read']], ['users:read'])).toEqual(['chat:write', 'channels:read']);
    expect(missingScopes(undefined, [])).toEqual([]);
    expect(missingScopes(['a', 'a'], [])).toEqual(['a']);
  });
});
