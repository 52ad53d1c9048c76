import { expect, it } from 'vitest';
import { groupCommit } from './groupCommit.js';

it('items arriving during a write are written together by the next one', async () => {
  const writes: number[][] = [];
  const add = groupCommit<number>(async (items) => {
    writes.push(items);
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
  await Promise.all([1, 2, 3, 4].map(add));
  expect(writes).toEqual([[1], [2, 3, 4]]);
});

it('a failed group is retried item by item: only the bad item fails its caller', async () => {
  const written: number[] = [];
  const add = groupCommit<number>(async (items) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (items.includes(3)) throw new Error('bad item 3');
    written.push(...items);
  });
  const results = await Promise.allSettled([1, 2, 3, 4].map(add));
  expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
  expect(written.sort()).toEqual([1, 2, 4]);
});
