import { describe, expect, it } from 'vitest';
import { allTypeScriptSamples, guideSamples, integrationSamples, referenceSamples } from '../src/lib/codeSamples.js';
import { typecheckSamples } from './typecheckSamples.js';

describe('TypeScript samples', () => {
  it('are collected from the guides, the reference and every action', () => {
    expect(guideSamples().length).toBeGreaterThan(0);
    expect(referenceSamples().some((sample) => sample.origin.includes('runAction (@patchbay/node)'))).toBe(true);
    expect(integrationSamples().length).toBeGreaterThan(0);
  });

  it('typecheck against the real packages', () => {
    const errors = typecheckSamples(allTypeScriptSamples());
    expect(errors.map((error) => `${error.origin}: ${error.message}`).join('\n\n')).toBe('');
  });
});
