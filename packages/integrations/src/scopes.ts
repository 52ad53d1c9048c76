import type { ScopeRequirement } from './define.js';

/**
 * The scopes to ask for so that `granted` meets every requirement: for each one not met, the
 * scope itself, or the first of its alternatives. Empty when nothing is missing.
 */
export function missingScopes(required: readonly ScopeRequirement[] | undefined, granted: readonly string[]): string[] {
  const have = new Set(granted);
  const missing: string[] = [];
  for (const requirement of required ?? []) {
    const alternatives = typeof requirement === 'string' ? [requirement] : requirement;
    if (!alternatives.some((scope) => have.has(scope))) missing.push(alternatives[0]!);
  }
  return [...new Set(missing)];
}
