/** The value below which a share `q` (0–1) of the sorted samples fall. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

/** Min, median and max of the runs of one figure. */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? Number.NaN, median: percentile(sorted, 0.5), max: sorted.at(-1) ?? Number.NaN };
}

/** `min / median / max`, each with `digits` decimals. */
export function formatSpread(values: readonly number[], digits = 0): string {
  const { min, median, max } = spread(values);
  return [min, median, max].map((value) => value.toFixed(digits)).join(' / ');
}
