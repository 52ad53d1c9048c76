// Every TypeScript sample a reader can copy from the site: the guides' ```ts/```tsx blocks, the
// reference's Node and fetch samples, and each action's SDK sample. `npm test` compiles them
// all against the real packages (test/samples.test.ts).
import { guideSlugs, readGuide } from './guides.js';
import { integrationPages } from './integrationPages.js';
import { listOperations } from './openapi.js';
import { operationSamples } from './samples.js';

export interface TypeScriptSample {
  /** Where a reader sees it, for the failure message. */
  origin: string;
  /** A path in the repository to compile it at (so relative imports resolve), without extension. */
  path: string;
  tsx: boolean;
  source: string;
}

/**
 * A guide's block may start with a `// path/in/repo.ts` comment: it is then compiled as that file
 * (the adding-an-integration guide's provider, for example). Otherwise it is a module of its own
 * in apps/docs, where @patchbay/node, @patchbay/react, express and standardwebhooks resolve.
 */
export function guideSamples(): TypeScriptSample[] {
  return guideSlugs().flatMap((slug) => {
    const { body } = readGuide(slug);
    return [...body.matchAll(/^```(ts|tsx|typescript)\b[^\n]*\n([\s\S]*?)^```/gm)].map(([, lang, source], index) => {
      const located = /^\/\/ ((?:apps|packages|examples)\/[\w./-]+)\.tsx?\s*$/m.exec(source!.split('\n')[0]!);
      return {
        origin: `docs/${slug}.md, TypeScript block ${index + 1}`,
        path: located ? located[1]! : `apps/docs/.samples/guides/${slug}-${index + 1}`,
        tsx: lang === 'tsx',
        source: source!,
      };
    });
  });
}

export function referenceSamples(): TypeScriptSample[] {
  return listOperations().flatMap((operation) =>
    operationSamples(operation)
      .filter((sample) => sample.lang === 'ts')
      .map((sample) => ({
        origin: `reference, ${operation.operationId} (${sample.label})`,
        path: `apps/docs/.samples/reference/${operation.operationId}-${sample.label.replace(/\W+/g, '-')}`,
        tsx: false,
        source: sample.source,
      })),
  );
}

export function integrationSamples(): TypeScriptSample[] {
  return integrationPages().flatMap((page) =>
    page.samples.map((source, index) => ({ origin: `integrations/${page.slug}, sample ${index + 1}`, path: `apps/docs/.samples/integrations/${page.slug}-${index + 1}`, tsx: false, source })),
  );
}

export function allTypeScriptSamples(): TypeScriptSample[] {
  return [...guideSamples(), ...referenceSamples(), ...integrationSamples()];
}
