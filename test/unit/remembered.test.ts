import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/lib/remembered.ts';

describe('remembered', () => {
  it('computes a key once, and empties the memo once it holds `limit` values', () => {
    const memo = new Map<number, string>();
    let computed = 0;
    const text = (n: number) => remembered(memo, n, () => `#${n}-${++computed}`, 2);
    expect([text(1), text(1), text(2)]).toEqual(['#1-1', '#1-1', '#2-2']);
    expect(text(3)).toBe('#3-3');
    expect([...memo.keys()]).toEqual([3]);
    expect(text(1)).toBe('#1-4');
  });
});
