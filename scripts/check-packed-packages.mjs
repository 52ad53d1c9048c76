// The published packages as a customer gets them. Packs @patchbay/node and @patchbay/react the way
// a release does (`pnpm pack`: publishConfig applied, workspace: ranges rewritten), checks the
// packed package.json, installs the tarballs with npm into a fresh project outside the workspace,
// then imports every value export the types declare (ESM and CJS), runs a script against them
// (an SDK call, server rendering of the widget) and typechecks a customer's code with tsc
// (node16 and bundler resolution, the packages' .d.ts checked too). Run after `pnpm build`
// (`pnpm check-packages` builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'node_modules', '.bin');
const packages = [
  { name: '@patchbay/node', dir: 'packages/node', entries: ['@patchbay/node'], attwArgs: [] },
  { name: '@patchbay/react', dir: 'packages/react', entries: ['@patchbay/react', '@patchbay/react/core'], attwArgs: ['--exclude-entrypoints', './styles.css'] },
];
const problems = [];
const started = Date.now();
const step = (label) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${label}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, PATH: [bin, process.env.PATH].join(path.delimiter) }, ...options });
  if (result.status !== 0) {
    console.error(`\n$ ${command} ${args.join(' ')}\n${result.error?.message ?? ''}${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`${command} ${args[0]} failed`);
  }
  return result.stdout;
}

/** Pack, check the manifests, install, import, run and typecheck; exits 1 listing every problem. */
async function check() {
  const work = mkdtempSync(path.join(tmpdir(), 'patchbay-packed-'));
  try {
    // 1. Pack like a release.
    const tarballs = {};
    const manifests = {};
    for (const pkg of packages) {
      const dir = path.join(root, pkg.dir);
      if (!existsSync(path.join(dir, 'dist'))) throw new Error(`${pkg.dir}/dist is missing: run \`pnpm build\` first.`);
      const packed = JSON.parse(run('pnpm', ['pack', '--json', '--pack-destination', work], { cwd: dir }));
      tarballs[pkg.name] = packed.filename;
      const files = new Set(packed.files.map((file) => file.path));
      const manifest = JSON.parse(run('tar', ['-xzOf', packed.filename, 'package/package.json']));
      manifests[pkg.name] = manifest;
      const text = JSON.stringify(manifest);
      if (text.includes('@patchbay/source')) problems.push(`${pkg.name}: the packed package.json still has the @patchbay/source condition (it points at src/, which is not shipped)`);
      if (text.includes('workspace:')) problems.push(`${pkg.name}: the packed package.json still has workspace: ranges`);
      for (const target of [...exportTargets(manifest.exports), manifest.main, manifest.module, manifest.types].filter(Boolean)) {
        const file = target.replace(/^\.\//, '');
        if (!files.has(file) && file !== 'package.json') problems.push(`${pkg.name}: "${target}" is declared but not in the tarball`);
      }
    }
    const versions = new Set(Object.values(manifests).map((manifest) => manifest.version));
    if (versions.size !== 1) problems.push(`the packages' versions differ: ${Object.values(manifests).map((m) => `${m.name}@${m.version}`).join(', ')}`);
    step(`packed ${Object.values(tarballs).map((file) => path.basename(file)).join(', ')}`);

    // 2. The types as the resolution modes see them (arethetypeswrong).
    for (const pkg of packages) run(path.join(root, pkg.dir, 'node_modules/.bin/attw'), [tarballs[pkg.name], '--profile', 'node16', '--format', 'table-flipped', ...pkg.attwArgs]);
    step('attw: types resolve under node10, node16 (ESM and CJS) and bundler');

    // 3. A customer's project, outside the workspace, installed with npm.
    const project = path.join(work, 'customer');
    mkdirSync(project);
    const reactVersion = JSON.parse(readFileSync(path.join(root, 'packages/react/package.json'), 'utf8')).devDependencies.react;
    const typesVersions = JSON.parse(readFileSync(path.join(root, 'packages/react/package.json'), 'utf8')).devDependencies;
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'customer', private: true, type: 'module' }, null, 2));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...Object.values(tarballs),
      `react@${reactVersion}`, `react-dom@${reactVersion}`, `@types/react@${typesVersions['@types/react']}`, `@types/node@${typesVersions['@types/node']}`], { cwd: project });
    step('installed the tarballs with npm into a fresh project');

    // 4. Every value export the types declare, as TypeScript sees it from the installed packages.
    const declared = declaredExports(project, packages.flatMap((pkg) => pkg.entries));
    for (const [entry, { values }] of Object.entries(declared)) if (values.length === 0) problems.push(`${entry}: its types declare no value export`);
    for (const format of ['esm', 'cjs']) {
      const missing = JSON.parse(run('node', ['--input-type=module', '-e', missingExportsScript(declared, format)], { cwd: project }));
      for (const [entry, names] of Object.entries(missing)) {
        if (names.length > 0) problems.push(`${entry} (${format.toUpperCase()}): the types declare ${names.join(', ')}, the JavaScript does not export ${names.length === 1 ? 'it' : 'them'}`);
      }
    }
    const counts = Object.entries(declared).map(([entry, { values, types }]) => `${entry} ${values.length} values + ${types.length} types`);
    step(`imported every declared value export, ESM and CJS: ${counts.join('; ')}`);

    // 5. A script a customer would run: the SDK's error names the URL; the widget renders on a server.
    writeFileSync(path.join(project, 'script.mjs'), customerScript);
    const said = run('node', ['script.mjs'], { cwd: project }).trim();
    if (said !== 'ok') problems.push(`the customer script said: ${said}`);
    step('ran a script: SDK ConnectionError, widget renderToString');

    // 6. A customer's TypeScript, ESM and CJS, node16 and bundler resolution, .d.ts files included.
    writeFileSync(path.join(project, 'app.tsx'), typedUsage(declared, 'esm'));
    writeFileSync(path.join(project, 'server.cts'), typedUsage(declared, 'cjs'));
    // The packages' own .d.ts are checked under node16 (skipLibCheck off); checking them, and
    // React's and Node's types, a second time under bundler resolution would only cost time.
    const compilerOptions = { strict: true, noEmit: true, jsx: 'react-jsx', target: 'es2022', types: ['node'] };
    const configs = [
      ['tsconfig.node16.json', { module: 'node16', moduleResolution: 'node16', skipLibCheck: false }, ['app.tsx', 'server.cts']],
      ['tsconfig.bundler.json', { module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true }, ['app.tsx']],
    ];
    for (const [name, options, files] of configs) {
      writeFileSync(path.join(project, name), JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files }));
      const result = spawnSync(path.join(bin, 'tsc'), ['-p', name], { cwd: project, encoding: 'utf8' });
      if (result.status !== 0) problems.push(`tsc -p ${name} failed:\n${result.stdout}${result.stderr}`);
    }
    step('tsc: a customer project typechecks (node16 ESM + CJS, bundler)');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  if (problems.length > 0) {
    console.error(`\nThe packed packages are not what their types and docs promise:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`The packed packages work as installed from npm (${((Date.now() - started) / 1000).toFixed(1)} s).`);
}

/** Every file an `exports` map points at (its string leaves). */
function exportTargets(exports) {
  if (typeof exports === 'string') return [exports];
  return Object.values(exports ?? {}).flatMap(exportTargets);
}

/** Per entry point: the names its types export as values (classes, functions, consts) and as types only. */
function declaredExports(project, entries) {
  const probe = path.join(project, 'probe.mts');
  writeFileSync(probe, entries.map((entry, index) => `import * as m${index} from '${entry}';\nvoid m${index};`).join('\n'));
  const program = ts.createProgram([probe], { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, strict: true, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const result = {};
  const imports = program.getSourceFile(probe).statements.filter(ts.isImportDeclaration);
  imports.forEach((declaration, index) => {
    const moduleSymbol = checker.getSymbolAtLocation(declaration.moduleSpecifier);
    if (!moduleSymbol) throw new Error(`TypeScript cannot resolve ${entries[index]} from the installed package.`);
    const values = [];
    const types = [];
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const typeOnly = symbol.declarations?.some((d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly));
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      (!typeOnly && target.flags & ts.SymbolFlags.Value ? values : types).push(symbol.name);
    }
    result[entries[index]] = { values: values.sort(), types: types.sort() };
  });
  rmSync(probe);
  return result;
}

/** A script printing, per entry, the declared value exports the runtime module lacks. */
function missingExportsScript(declared, format) {
  return `
    import { createRequire } from 'node:module';
    const require = createRequire(process.cwd() + '/');
    const declared = ${JSON.stringify(Object.fromEntries(Object.entries(declared).map(([entry, { values }]) => [entry, values])))};
    const missing = {};
    for (const [entry, names] of Object.entries(declared)) {
      const module = ${format === 'esm' ? 'await import(entry)' : 'require(entry)'};
      missing[entry] = names.filter((name) => module[name] === undefined);
    }
    console.log(JSON.stringify(missing));`;
}

/** Imports every export by name (values used as values) plus a little real use of the packages. */
function typedUsage(declared, format) {
  const lines = [];
  Object.entries(declared).forEach(([entry, { values, types }], index) => {
    // Aliased per entry: @patchbay/react re-exports @patchbay/react/core.
    const alias = (name) => `${name} as e${index}_${name}`;
    lines.push(`import { ${values.map(alias).join(', ')} } from '${entry}';`);
    if (types.length > 0) lines.push(`import type { ${types.map(alias).join(', ')} } from '${entry}';`);
    lines.push(`export const values${index} = [${values.map((name) => `e${index}_${name}`).join(', ')}];`);
  });
  lines.push(format === 'esm' ? esmUsage : cjsUsage);
  return lines.join('\n');
}

const cjsUsage = `
import { Patchbay as Client } from '@patchbay/node';
export async function sendHello(client: InstanceType<typeof Client>): Promise<string> {
  const { data } = await client.actions.run('slack', 'send_message', { endUserId: 'u', input: { channel: '#general', text: 'hi' } });
  return data.ts;
}`;

const esmUsage = `
import { Patchbay as Client, ConnectionError as NetworkError, ExecutionPage as Executions } from '@patchbay/node';
import { ConnectButton as Button, IntegrationCatalog as Catalog, PatchbayProvider as Provider, type ConnectEvent as Event } from '@patchbay/react';
export async function failedExecutions(client: InstanceType<typeof Client>): Promise<string[]> {
  try {
    const page: InstanceType<typeof Executions> = await client.executions.list({ status: 'failed' });
    return page.data.map((execution) => execution.id);
  } catch (error) {
    if (error instanceof NetworkError) return [error.message];
    throw error;
  }
}
export function Integrations({ token }: { token: string }) {
  const onEvent = (event: Event) => console.log(event.name);
  return (
    <Provider baseUrl="https://patchbay.example.com" sessionToken={token} onEvent={onEvent}>
      <Button integration="slack" />
      <Catalog />
    </Provider>
  );
}`;

const customerScript = `
import { ConnectionError, Patchbay } from '@patchbay/node';
import { IntegrationCatalog, PatchbayProvider } from '@patchbay/react';
import { createServer } from 'node:net';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const problems = [];
// A port that was free a moment ago: nothing answers there.
const closed = createServer();
await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
const baseUrl = 'http://127.0.0.1:' + closed.address().port;
await new Promise((resolve) => closed.close(resolve));
const unreachable = new Patchbay({ apiKey: 'app_x_y', baseUrl, maxRetries: 0 });
const error = await unreachable.app.get().catch((thrown) => thrown);
if (!(error instanceof ConnectionError) || !error.message.includes(baseUrl + '/api/v1/app')) problems.push('ConnectionError: ' + error);
if (typeof window !== 'undefined') problems.push('window exists in Node');
const html = renderToString(createElement(PatchbayProvider, { baseUrl: 'https://patchbay.example.com', sessionToken: 'cs_x' }, createElement(IntegrationCatalog)));
if (!html.includes('pb-catalog')) problems.push('renderToString gave ' + html);
console.log(problems.length ? problems.join('; ') : 'ok');
`;

await check();
