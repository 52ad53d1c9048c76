// Durations counted into the buckets of patchbay_duration_bucket (migration 0015): exact below
// 50 ms, then each bucket 4 % wider than the one before.
const exactBelowMs = 50;
const growth = 1.04;

/** The duration a bucket stands for: its geometric middle, within 2 % of every duration in it. */
export function bucketDuration(bucket: number): number {
  return bucket < exactBelowMs ? bucket : exactBelowMs * growth ** (bucket - exactBelowMs + 0.5);
}

/** Bucket number → how many durations fell in it. */
export type DurationHistogram = Map<number, number>;

export function addToHistogram(histogram: DurationHistogram, bucket: number, count: number): void {
  histogram.set(bucket, (histogram.get(bucket) ?? 0) + count);
}

/**
 * The percentile as PostgreSQL's percentile_cont takes it (interpolating between the two nearest
 * ranks), read from the histogram: each rank's duration is its bucket's, so the answer is within
 * 2 % of the exact one. Rounded to the millisecond; null when there is nothing to measure.
 */
export function histogramPercentile(histogram: DurationHistogram, fraction: number): number | null {
  const buckets = [...histogram.entries()].filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  const total = buckets.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const rank = fraction * (total - 1);
  const durationAtRank = (wanted: number) => {
    let seen = 0;
    for (const [bucket, count] of buckets) {
      seen += count;
      if (wanted < seen) return bucketDuration(bucket);
    }
    return bucketDuration(buckets.at(-1)![0]);
  };
  const lower = durationAtRank(Math.floor(rank));
  const upper = durationAtRank(Math.ceil(rank));
  return Math.round(lower + (upper - lower) * (rank - Math.floor(rank)));
}
