import { expect, it } from 'vitest';
import { concurrencyLimit } from './concurrencyLimit.js';

it('runs at most the limit at once, in order, and settles each call with its own outcome', async () => {
  const limit = concurrencyLimit(2);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const results = await Promise.allSettled(
    [0, 1, 2, 3, 4].map((index) =>
      limit(async () => {
        started.push(index);
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        if (index === 2) throw new Error('two');
        return index;
      }),
    ),
  );
  expect(most).toBe(2);
  expect(started).toEqual([0, 1, 2, 3, 4]);
  expect(results.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error).message))).toEqual([0, 1, 'two', 3, 4]);
});
