import { describe, expect, it } from 'vitest';
import { sharedPerSync } from '../../src/loaders/shared-per-sync.ts';

describe('a result shared by the loaders of one sync', () => {
  it('is loaded once for all consumers, and afresh for the next sync', async () => {
    let loads = 0;
    const take = sharedPerSync(['a', 'b'], async (n: number) => `${n}:${++loads}`);
    expect(await take('a', 1)).toBe('1:1');
    expect(await take('b', 2)).toBe('1:1');
    expect(await take('b', 3)).toBe('3:2');
  });

  it('starts afresh when one consumer asks twice, as a dev server refreshing one collection does', async () => {
    let loads = 0;
    const take = sharedPerSync(['a', 'b'], async () => ++loads);
    await take('a');
    expect(await take('a')).toBe(2);
  });
});
