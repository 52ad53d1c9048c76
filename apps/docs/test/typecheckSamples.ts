import ts from 'typescript';
import type { TypeScriptSample } from '../src/lib/codeSamples.js';
import { repoRoot } from '../src/lib/paths.js';

// What a reader's project would plausibly use: strict, ESM, Node types; the workspace's packages
// resolve to their TypeScript source (the `@patchbay/source` condition), so no build is needed.
const options: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  jsx: ts.JsxEmit.ReactJSX,
  types: ['node'],
  esModuleInterop: true,
  resolveJsonModule: true,
  customConditions: ['@patchbay/source'],
};

export interface SampleError {
  origin: string;
  message: string;
}

/** Compiles every sample as a file at its path in the repository, in one program. */
export function typecheckSamples(samples: TypeScriptSample[]): SampleError[] {
  const virtual = new Map<string, TypeScriptSample>();
  // What a reader's bundler (Vite, Next…) declares: stylesheets can be imported for their effect.
  virtual.set(`${repoRoot}apps/docs/.samples/bundler.d.ts`, { origin: 'bundler declarations', path: 'apps/docs/.samples/bundler.d', tsx: false, source: "declare module '*.css';\n" });
  for (const sample of samples) virtual.set(`${repoRoot}${sample.path}.${sample.tsx ? 'tsx' : 'ts'}`, sample);
  // A block without import or export would be a script sharing one global scope with the others.
  const text = (sample: TypeScriptSample) =>
    /^\s*(import|export)\s/m.test(sample.source) || sample.path.endsWith('.d') ? sample.source : `${sample.source}\nexport {};\n`;
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile, directoryExists } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  // Module resolution skips folders that do not exist; a sample may live in one (a new provider's).
  host.directoryExists = (directory) => [...virtual.keys()].some((file) => file.startsWith(`${directory.replace(/\/$/, '')}/`)) || (directoryExists?.call(host, directory) ?? true);
  host.readFile = (file) => (virtual.has(file) ? text(virtual.get(file)!) : readFile.call(host, file));
  host.getSourceFile = (file, language, onError, create) => {
    const sample = virtual.get(file);
    return sample ? ts.createSourceFile(file, text(sample), language) : getSourceFile.call(host, file, language, onError, create);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && virtual.has(diagnostic.file.fileName))
    .map((diagnostic) => {
      const sample = virtual.get(diagnostic.file!.fileName)!;
      const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      return { origin: sample.origin, message: `line ${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}\n    ${sample.source.split('\n')[line]}` };
    });
}
