import { describe, expect, it } from 'vitest';
import { storeEntries } from '../../src/loaders/store-entries.ts';

/**
 * A loader's context over one collection, recording what was written to it. Its store behaves as
 * Astro's does: setting an entry whose digest is unchanged writes nothing (and Astro then has no
 * reason to rewrite its content store).
 */
function collection() {
  const entries = new Map<string, { data: unknown; digest?: string }>();
  const log = { written: [] as string[], cleared: 0 };
  const store = {
    keys: () => [...entries.keys()],
    set: ({ id, data, digest }: { id: string; data: unknown; digest?: string }) => {
      if (digest !== undefined && entries.get(id)?.digest === digest) return false;
      entries.set(id, { data, digest });
      log.written.push(id);
      return true;
    },
    clear: () => {
      log.cleared++;
      entries.clear();
    },
  };
  const context = { store, generateDigest: (value: Record<string, unknown> | string) => JSON.stringify(value) };
  return { context: context as unknown as Parameters<typeof storeEntries>[0], log, ids: store.keys };
}

const entry = (id: string, text = id) => ({ id, data: { text } });

describe('storeEntries', () => {
  it('leaves unchanged entries alone and writes only the one that changed', () => {
    const { context, log, ids } = collection();
    storeEntries(context, [entry('a'), entry('b'), entry('c')]);
    log.written = [];
    log.cleared = 0;
    storeEntries(context, [entry('a'), entry('b'), entry('c')]);
    expect(log).toEqual({ written: [], cleared: 0 });
    storeEntries(context, [entry('a'), entry('b', 'edited'), entry('c')]);
    expect(log).toEqual({ written: ['b'], cleared: 0 });
    expect(ids()).toEqual(['a', 'b', 'c']);
  });

  it('refills the collection in the given order when an entry is added, removed or moved', () => {
    const { context, log, ids } = collection();
    storeEntries(context, [entry('a'), entry('c')]);
    storeEntries(context, [entry('a'), entry('b'), entry('c')]);
    expect(ids()).toEqual(['a', 'b', 'c']);
    storeEntries(context, [entry('c'), entry('a')]);
    expect(ids()).toEqual(['c', 'a']);
    expect(log.cleared).toBe(3);
  });

  it('compares an entry by the digest it comes with, when it has one, instead of its data', () => {
    const { context, log } = collection();
    storeEntries(context, [{ ...entry('a'), digest: 'file-1' }]);
    log.written = [];
    storeEntries(context, [{ ...entry('a', 'other data'), digest: 'file-1' }]);
    expect(log.written).toEqual([]);
    storeEntries(context, [{ ...entry('a'), digest: 'file-2' }]);
    expect(log.written).toEqual(['a']);
  });
});
