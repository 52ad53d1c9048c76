import { storableJson } from '../db/storableText.js';

// What the execution log keeps of inputs and outputs: no secret-looking field, nothing huge, and
// nothing PostgreSQL cannot store (a provider may answer NUL or lone surrogates: see storableText).
const secretKey = /pass(word)?|secret|token|api[-_]?key|authori[sz]ation|credential|private[-_]?key|cookie/i;
export const maxStoredChars = 16 * 1024;

function redactValue(value: unknown, depth: number): unknown {
  if (depth > 20) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, secretKey.test(key) ? '[redacted]' : redactValue(item, depth + 1)]));
  }
  return value;
}

/** The value with secret-looking fields replaced, cut to a preview when its JSON is too large. */
export function forExecutionLog(value: unknown): unknown {
  if (value === undefined) return null;
  const redacted = storableJson(redactValue(value, 0));
  const json = JSON.stringify(redacted);
  if (json.length <= maxStoredChars) return redacted;
  return { truncated: true, size: json.length, preview: json.slice(0, 2048) };
}
