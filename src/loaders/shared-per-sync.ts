/**
 * One result per content sync, shared by a known set of loaders. Each consumer takes the current
 * result once; when all have, the next call starts afresh. A consumer asking twice (a dev server
 * refreshing one collection) also starts afresh. Not a timer: under load, loaders of one sync may
 * start far apart, and a second read or fetch would double the work.
 * @example const take = sharedPerSync(['a', 'b'], load); await take('a'); await take('b'); // one load()
 */
export function sharedPerSync<T, C extends string, A extends unknown[] = []>(
  consumers: readonly C[],
  load: (...args: A) => Promise<T>,
): (consumer: C, ...args: A) => Promise<T> {
  let current: { value: Promise<T>; waiting: Set<C> } | undefined;
  return (consumer, ...args) => {
    // The first consumer of a sync starts the load, with its own arguments.
    if (!current?.waiting.has(consumer)) current = { value: load(...args), waiting: new Set(consumers) };
    const { value, waiting } = current;
    waiting.delete(consumer);
    if (waiting.size === 0) current = undefined;
    return value;
  };
}
