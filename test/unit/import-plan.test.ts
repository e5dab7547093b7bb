import { describe, expect, it } from 'vitest';
import { planImport, type ImportedIncident } from '../../src/lib/import/import-plan.ts';

const incident = (source: string, idHint: string, fields: Partial<ImportedIncident['fields']> = {}): ImportedIncident => ({
  source, idHint, description: '', fields: { title: 'T', started: '2020-01-01T00:00:00Z', components: {}, ...fields },
});
const plan = (incidents: ImportedIncident[]) =>
  planImport({ componentsText: '- id: api\n  name: API\n', existing: [{ id: 'api', name: 'API' }], added: [], incidents, warnings: [], skipped: [] });

describe('planning an import', () => {
  it('gives names that differ only in case or punctuation different ids, in source order', () => {
    const files = plan([incident('a/Foo Bar!.md', 'Foo Bar!'), incident('a/foo-bar.md', 'foo-bar'), incident('a/中文.md', '中文')]).files;
    expect(files.map((f) => f.id)).toEqual(['foo-bar', 'foo-bar-2', 'incident']);
  });

  it('skips, with the reason, what the check would reject instead of writing it', () => {
    const result = plan([incident('x.md', 'x', { components: { cache: null } })]);
    expect(result.files).toEqual([]);
    expect(result.skipped).toEqual([{ file: 'x.md', field: 'components.cache', message: 'not imported: unknown component "cache"; known ids: api' }]);
  });

  it('leaves the components file as it is when nothing is added', () => {
    expect(plan([]).componentsText).toBe('- id: api\n  name: API\n');
  });
});
