/** One target of the table at the top of results.md, judged from this run's figures. */
export interface Target {
  name: string;
  goal: string;
  measured: string;
  pass: boolean;
}

/** What a scenario adds to results.md: its section and the targets it judges. */
export interface ScenarioResult {
  markdown: string;
  targets: Target[];
}

export interface BenchOptions {
  /** A short smoke run: fewer rows, events and seconds. */
  quick: boolean;
  /** Runs of each figure (min / median / max are reported). */
  runs: number;
}

/** A markdown table from a header row and body rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
