// PostgreSQL refuses two things JavaScript strings can hold: the NUL character (text columns
// cannot contain it, jsonb rejects the `\u0000` escape) and lone UTF-16 surrogates (jsonb rejects
// `\ud800` without its pair; text columns get them silently replaced by the pg driver).
// Requests holding them are refused at the HTTP boundary (http/requestText.ts); what a provider
// or a webhook receiver answers is made storable with U+FFFD instead, so a record is never lost.

// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for.
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorableAll = new RegExp(unstorable.source, 'g');

/** Why a string cannot be stored, or undefined when it can. */
export function unstorableTextProblem(value: string): string | undefined {
  const found = unstorable.exec(value)?.[0];
  if (found === undefined) return undefined;
  return found === '\u0000' ? 'must not contain the NUL character (\\u0000)' : 'must not contain a lone UTF-16 surrogate';
}

export interface TextProblem {
  path: string;
  message: string;
}

/**
 * The first place in a parsed JSON value (keys included) holding text that cannot be stored, or
 * nesting deeper than `depthLimit`. Walks without recursion, so no depth can overflow the stack.
 */
export function findUnstorableText(root: unknown, rootPath: string, depthLimit: number): TextProblem | undefined {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: root, path: rootPath, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path, depth } = next;
    const problem = typeof value === 'string' ? unstorableTextProblem(value) : undefined;
    if (problem) return { path, message: problem };
    if (value === null || typeof value !== 'object') continue;
    if (depth >= depthLimit) return { path: rootPath, message: `must not nest deeper than ${depthLimit} levels` };
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = unstorableTextProblem(key);
      if (keyProblem) return { path: `${path}/${key}`, message: keyProblem };
      pending.push({ value: item, path: `${path}/${key}`, depth: depth + 1 });
    }
  }
  return undefined;
}

/** The string with each NUL and lone surrogate replaced by U+FFFD (the replacement character). */
export function storableText(value: string): string {
  return unstorable.test(value) ? value.replace(unstorableAll, '\uFFFD') : value;
}

/** A JSON value with storableText applied to every string in it, keys included. */
export function storableJson(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  // What JSON.stringify would write for it (a Date becomes its ISO string).
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return storableJson((value as { toJSON(): unknown }).toJSON());
  }
  if (Array.isArray(value)) return value.map(storableJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), storableJson(item)]));
  }
  return value;
}
