import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseComponents, parseSiteSettings } from '../../src/lib/content/parse.ts';
import { ownerOf, parseOwnership } from '../../src/lib/template/ownership.ts';

describe('sitrep-files.yaml, the one declaration of whose files are whose', () => {
  const root = path.resolve(import.meta.dirname, '../..');

  it('gives content, incidents, issue forms and anything added to the user, the generator to Sitrep', async () => {
    const ownership = parseOwnership(await readFile(path.join(root, 'sitrep-files.yaml'), 'utf8')).value!;
    const owners = Object.fromEntries([
      'content/site.yaml', 'incidents/a.md', '.github/ISSUE_TEMPLATE/outage.yml', 'public/favicon.svg', 'notes/our-runbook.md', 'src-extra.ts',
      'src/lib/slug.ts', 'scripts/init.ts', 'schemas/site.schema.json', '.github/workflows/deploy.yml', 'README.md', 'test/fixtures/example/content/site.yaml',
      'package.json', 'package-lock.json',
    ].map((p) => [p, ownerOf(p, ownership)]));
    expect(owners).toEqual({
      'content/site.yaml': 'yours', 'incidents/a.md': 'yours', '.github/ISSUE_TEMPLATE/outage.yml': 'yours', 'public/favicon.svg': 'yours',
      'notes/our-runbook.md': 'yours', 'src-extra.ts': 'yours',
      'src/lib/slug.ts': 'sitrep', 'scripts/init.ts': 'sitrep', 'schemas/site.schema.json': 'sitrep', '.github/workflows/deploy.yml': 'sitrep',
      'README.md': 'sitrep', 'test/fixtures/example/content/site.yaml': 'sitrep',
      'package.json': 'merged', 'package-lock.json': 'merged',
    });
  });

  it('names an example folder that holds a whole site', async () => {
    const ownership = parseOwnership(await readFile(path.join(root, 'sitrep-files.yaml'), 'utf8')).value!;
    const example = path.join(root, ownership.example);
    expect(parseSiteSettings(await readFile(path.join(example, 'content/site.yaml'), 'utf8'), 'content/site.yaml').problems).toEqual([]);
    expect(parseComponents(await readFile(path.join(example, 'content/components.yaml'), 'utf8'), 'content/components.yaml').problems).toEqual([]);
  });

  it('is refused, with the line, when an entry could reach outside the repository or a merged file is unknown', () => {
    expect(parseOwnership('yours: [content/]\nsitrep: [../elsewhere/]\nmerged: [yarn.lock]\nexample: test/fixtures/example/\n').problems).toEqual([
      { file: 'sitrep-files.yaml', field: 'sitrep.0', line: 2, message: 'must be a path relative to the repository root, without "." or ".." parts' },
      { file: 'sitrep-files.yaml', field: 'merged.0', line: 3, message: 'must be one of package.json, package-lock.json; got "yarn.lock"' },
    ]);
  });
});
