import { describe, expect, it } from 'vitest';
import { needsAttention, updateReport, type UpdateResult } from '../../src/lib/template/update-report.ts';

describe('the update report', () => {
  const result: UpdateResult = {
    from: 'https://example.invalid/sitrep.git', ref: 'v2', next: 'b'.repeat(40), base: 'a'.repeat(40),
    commits: [{ hash: 'b'.repeat(40), subject: 'A clearer title' }], commitCount: 3,
    files: [
      { path: 'src/a.ts', kind: 'updated' }, { path: 'src/w.ts', kind: 'conflict', reason: 'you and Sitrep changed the same lines', markers: true },
      { path: '.github/workflows/deploy.yml', kind: 'skipped' },
    ],
    packageNotes: [], lockfileError: 'npm error network',
  };

  it('leads with Sitrep\'s changes, then what needs a person, then what was applied', () => {
    const report = updateReport(result);
    expect(report).toMatch(/^Sitrep aaaaaaa → bbbbbbb \(v2\), from https:\/\/example.invalid\/sitrep.git\.\n\n### Changes in Sitrep \(3 commits\)\n\n- A clearer title \(bbbbbbb\)\n- … and 2 earlier\n\n### To resolve before merging/);
    expect(report).toContain('- `src/w.ts`: you and Sitrep changed the same lines — resolve the `<<<<<<<` conflict markers in it');
    expect(report).toContain('- `package-lock.json`: could not be regenerated (npm error network); run `npm install`');
    expect(report).toMatch(/### Not applied: skipped on request \(`--skip`\)\n\n- `.github\/workflows\/deploy.yml`/);
    expect(report).toMatch(/### Updated\n\n- `src\/a.ts`/);
    expect(needsAttention(result)).toBe(true);
    expect(needsAttention({ ...result, files: [], lockfileError: undefined })).toBe(false);
    expect(updateReport({ ...result, base: result.next })).toBe('Already up to date with Sitrep bbbbbbb (v2) from https://example.invalid/sitrep.git.');
  });
});
