import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listOperations, openapi } from './openapi.js';
import { operationSamples } from './samples.js';

/**
 * openapi.yaml plus `x-codeSamples` on every operation, for starlight-openapi to render. Written
 * into the docs app's git-ignored `.generated/` at every build: an artifact, not a copy.
 */
export function writeReferenceSpec(): string {
  const document = structuredClone(openapi);
  for (const operation of listOperations(document)) {
    operation.raw['x-codeSamples'] = operationSamples(operation).map(({ lang, label, source }) => ({ lang, label, source }));
  }
  const file = fileURLToPath(new URL('../../.generated/openapi.json', import.meta.url));
  mkdirSync(fileURLToPath(new URL('.', `file://${file}`)), { recursive: true });
  writeFileSync(file, JSON.stringify(document, null, 2));
  return file;
}
