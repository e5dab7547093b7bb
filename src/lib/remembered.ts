/**
 * The value for `key` in `memo`, computed by `compute` the first time it is asked for. Formatting
 * and parsing that pages repeat thousands of times per build are done once this way. With a
 * `limit`, the memo is emptied once it holds that many values, so that a long-running `astro dev`
 * does not grow it without end.
 * @example remembered(lengths, 'abc', (s) => s.length) // → 3, and 3 from `lengths` next time
 */
export function remembered<K, V>(memo: Map<K, V>, key: K, compute: (key: K) => V, limit = Infinity): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
  }
  return value;
}
