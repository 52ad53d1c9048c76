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

it('each caller gets what the write answered for its item, alone or in a group', async () => {
  const double = groupCommit<number, number>(async (items) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (items.includes(3) && items.length > 1) throw new Error('3 fails only in a group');
    return items.map((item) => item * 2);
  });
  expect(await Promise.all([1, 2, 3, 4].map(double))).toEqual([2, 4, 6, 8]);
});

it('a burst is written in groups of at most 100', async () => {
  const sizes: number[] = [];
  const add = groupCommit<number>(async (items) => {
    sizes.push(items.length);
    await new Promise((resolve) => setTimeout(resolve, 1));
  });
  await Promise.all(Array.from({ length: 250 }, (_, index) => add(index)));
  expect(sizes).toEqual([1, 100, 100, 49]);
});
