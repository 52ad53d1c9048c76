// Summarises a V8 CPU profile (.cpuprofile) as text: the top functions by self and by inclusive
// time, and self time by package or file, for results.md in place of a flame graph. Frames of the
// bundled server are traced back to their source files through dist's source maps.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileRow {
  name: string;
  where: string;
  ms: number;
  share: number;
}

const sourceMaps = new Map<string, SourceMap | undefined>();

function sourceMapOf(url: string): SourceMap | undefined {
  if (!sourceMaps.has(url)) {
    let map: SourceMap | undefined;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    sourceMaps.set(url, map);
  }
  return sourceMaps.get(url);
}

/** Where a frame's code comes from: a source file of ours (through the source map) or its URL. */
function sourceOf(frame: ProfileNode['callFrame']): { file: string; line: number } {
  const map = frame.url.includes('/dist/') && !frame.url.includes('node_modules') ? sourceMapOf(frame.url) : undefined;
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && 'originalSource' in entry) return { file: new URL(entry.originalSource, frame.url).href, line: entry.originalLine + 1 };
  return { file: frame.url, line: frame.lineNumber + 1 };
}

/** node_modules/<package>, a file of ours, node's built-ins, or V8's own entries. */
export function packageOf(file: string): string {
  if (!file) return '(V8/native)';
  if (file.startsWith('node:')) return 'node (built-in)';
  const path = file.replace(/^file:\/\//, '');
  const modules = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (modules) return modules[1]!;
  const ours = /.*\/((?:apps|packages)\/.*)$/.exec(path);
  return ours ? ours[1]! : path;
}

function functionKey(node: ProfileNode): string {
  const { file, line } = sourceOf(node.callFrame);
  return `${node.callFrame.functionName || '(anonymous)'}\u0000${file ? `${packageOf(file)}:${line}` : '(V8/native)'}`;
}

export function summariseProfile(profile: CpuProfile, top = 15): { totalMs: number; bySelf: ProfileRow[]; byInclusive: ProfileRow[]; byPackage: ProfileRow[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const packages = new Map<string, number>();
  const keys = new Map<number, string>();
  const keyOf = (node: ProfileNode) => keys.get(node.id) ?? keys.set(node.id, functionKey(node)).get(node.id)!;
  let totalUs = 0;
  profile.samples.forEach((sampleId, index) => {
    const us = profile.timeDeltas[index + 1] ?? 0;
    const node = byId.get(sampleId)!;
    if (node.callFrame.functionName === '(idle)') return;
    totalUs += us;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + us);
    const where = packageOf(sourceOf(node.callFrame).file);
    packages.set(where, (packages.get(where) ?? 0) + us);
    // Each function once per sample, however deep its recursion.
    const seen = new Set<string>();
    for (let id: number | undefined = sampleId; id !== undefined; id = parent.get(id)) {
      const key = keyOf(byId.get(id)!);
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + us);
      seen.add(key);
    }
  });
  const rows = (times: Map<string, number>) =>
    [...times]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => {
        const [name, where] = key.split('\u0000');
        return { name: name!, where: where ?? '', ms: us / 1000, share: us / totalUs };
      });
  // Node's and V8's own frames (the event loop, microtasks, sockets) sit under everything: the
  // inclusive table lists the code that is ours or a dependency's.
  for (const key of [...inclusive.keys()]) {
    const where = key.split('\u0000')[1] ?? '';
    if (where.startsWith('node (built-in)') || where === '(V8/native)') inclusive.delete(key);
  }
  return { totalMs: totalUs / 1000, bySelf: rows(self), byInclusive: rows(inclusive), byPackage: rows(packages) };
}
