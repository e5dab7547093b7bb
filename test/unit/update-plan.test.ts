import { describe, expect, it } from 'vitest';
import { findBase, gitBlobId, planUpdate, type Tree } from '../../src/lib/template/update-plan.ts';
import type { Ownership } from '../../src/lib/template/ownership.ts';

const ownership: Ownership = {
  yours: ['content/', '.github/ISSUE_TEMPLATE/'], sitrep: ['src/', '.github/', 'README.md'], merged: ['package.json', 'package-lock.json'], example: 'test/fixtures/example/',
};
const tree = (files: Record<string, string>): Tree => new Map(Object.entries(files).map(([path, blob]) => [path, { blob, mode: '100644' }]));

describe('the id git gives a file', () => {
  it('is git\'s blob id', () => {
    expect(gitBlobId(Buffer.from(''))).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
    expect(gitBlobId(Buffer.from('hello\n'))).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });
});

describe('finding the Sitrep version a copy was made from', () => {
  const v1 = { commit: 'v1', tree: tree({ 'src/a.ts': 'a1', 'src/b.ts': 'b1', 'content/site.yaml': 'x' }) };
  const v2 = { commit: 'v2', tree: tree({ 'src/a.ts': 'a2', 'src/b.ts': 'b1', 'content/site.yaml': 'y' }) };
  const v3 = { commit: 'v3', tree: tree({ 'src/a.ts': 'a2', 'src/b.ts': 'b1', 'content/site.yaml': 'z' }) };

  it('is the commit whose Sitrep files match the copy\'s most, the oldest of equals; the user\'s files count for nothing', () => {
    expect(findBase([v3, v2, v1], new Map([['src/a.ts', 'a1'], ['src/b.ts', 'b1'], ['content/site.yaml', 'y']]), ownership)?.commit).toBe('v1');
    expect(findBase([v3, v2, v1], new Map([['src/a.ts', 'a2'], ['src/b.ts', 'b1'], ['content/site.yaml', 'x']]), ownership)?.commit).toBe('v2');
    // The user changed a.ts, the one file v1 and v2 differ in: v1, so that Sitrep's change to it is merged, not skipped.
    expect(findBase([v2, v1], new Map([['src/a.ts', 'mine'], ['src/b.ts', 'b1']]), ownership)?.commit).toBe('v1');
    expect(findBase([v3, v2, v1], new Map([['src/a.ts', 'mine'], ['src/b.ts', 'mine']]), ownership)).toBeUndefined();
  });
});

describe('the plan of an update', () => {
  const base = tree({ 'src/same.ts': 's', 'src/changed.ts': 'c1', 'src/gone.ts': 'g', 'src/both.ts': 'b1', 'src/yours.ts': 'y1', 'content/site.yaml': 'ex1', 'README.md': 'r1', '.github/workflows/deploy.yml': 'w1' });
  const next = tree({ 'src/same.ts': 's', 'src/changed.ts': 'c2', 'src/new.ts': 'n', 'src/both.ts': 'b2', 'src/yours.ts': 'y1', 'content/site.yaml': 'ex2', 'README.md': 'r2', '.github/workflows/deploy.yml': 'w2', 'src/added-twice.ts': 'sitrep' });
  const local = new Map(Object.entries({ 'src/same.ts': 's', 'src/changed.ts': 'c1', 'src/gone.ts': 'g', 'src/both.ts': 'b-mine', 'src/yours.ts': 'y-mine', 'content/site.yaml': 'ours', 'README.md': 'r2', '.github/workflows/deploy.yml': 'w1', 'src/added-twice.ts': 'mine' }));

  it('replaces what the user left alone, merges what both changed, keeps what only the user changed, never plans a user\'s file', () => {
    expect(planUpdate({ base, next, local, ownership, skip: ['.github/workflows/'] })).toEqual([
      { path: '.github/workflows/deploy.yml', kind: 'skipped' },
      { path: 'src/added-twice.ts', kind: 'conflict', reason: 'you and Sitrep both added it: your file is kept' },
      { path: 'src/both.ts', kind: 'merge', base: { blob: 'b1', mode: '100644' }, file: { blob: 'b2', mode: '100644' } },
      { path: 'src/changed.ts', kind: 'update', file: { blob: 'c2', mode: '100644' } },
      { path: 'src/gone.ts', kind: 'delete' },
      { path: 'src/new.ts', kind: 'add', file: { blob: 'n', mode: '100644' } },
      { path: 'src/yours.ts', kind: 'yours' },
    ]);
  });

  it('keeps a file Sitrep removed when the user had changed it, and does not bring back one the user removed', () => {
    const plan = planUpdate({
      base: tree({ 'src/x.ts': 'x1', 'src/y.ts': 'y1' }), next: tree({ 'src/y.ts': 'y2' }), local: new Map([['src/x.ts', 'x-mine']]), ownership,
    });
    expect(plan).toEqual([
      { path: 'src/x.ts', kind: 'conflict', reason: 'Sitrep removed it, and you had changed it: your file is kept' },
      { path: 'src/y.ts', kind: 'conflict', reason: 'you removed it, and Sitrep changed it: it stays removed' },
    ]);
  });

  it('treats every differing file as the user\'s change when the copy\'s version is unknown', () => {
    expect(planUpdate({ next: tree({ 'src/a.ts': 'a2', 'src/b.ts': 'b' }), local: new Map([['src/a.ts', 'a1']]), ownership })).toEqual([
      { path: 'src/a.ts', kind: 'conflict', reason: 'you and Sitrep both added it: your file is kept' },
      { path: 'src/b.ts', kind: 'add', file: { blob: 'b', mode: '100644' } },
    ]);
  });
});
