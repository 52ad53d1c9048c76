import { slack } from '@patchbay/integrations';
import { describe, expect, it } from 'vitest';
import { createProviderFetch } from './providerFetch.js';

describe('the fetch actions get', () => {
  const fetchProvider = createProviderFetch(slack, 'https://slack.com/api/', { type: 'oauth2', accessToken: 't' }, new AbortController().signal);

  it.each(['../oauth/v2/authorize', '/../../x', 'https://evil.example/steal', '//evil.example/x', '..'])('refuses %s, which resolves outside the API base', (path) => {
    expect(() => fetchProvider(path)).toThrow(/outside/);
  });
});
