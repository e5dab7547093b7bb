import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseIncidentFile } from '../../src/lib/content/parse.ts';
import { incidentId, scaffoldFields } from '../../src/lib/content/scaffold.ts';
import { serializeIncidentFile } from '../../src/lib/content/write.ts';
import { projectRoot } from '../support/build-site.ts';

const now = new Date('2026-11-20T14:02:31.456Z');
const components = [{ id: 'api', name: 'API' }, { id: 'db', name: 'Database' }];
const roundTrip = (fields: Parameters<typeof serializeIncidentFile>[0]) =>
  parseIncidentFile(serializeIncidentFile(fields), 'incidents/x.md', 'x', components);

describe('scaffolding a new incident', () => {
  it('names the file after the date and title', () => {
    expect(incidentId(now, 'Élevated API errors (EU)!')).toBe('2026-11-20-elevated-api-errors-eu');
  });

  it('writes an incident that starts now and passes validation as written', () => {
    const { value, problems } = roundTrip(scaffoldFields({ title: 'API errors', components: ['api'], impact: 'major', message: 'Looking.' }, now));
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ title: 'API errors', impact: 'major', started: new Date('2026-11-20T14:02:00Z') });
    expect(value!.updates).toMatchObject([{ status: 'investigating', body: 'Looking.' }]);
  });

  it('gives a maintenance a window from now to an hour later', () => {
    const { value, problems } = roundTrip(scaffoldFields({ title: 'DB upgrade', kind: 'maintenance', components: ['db'] }, now));
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      scheduledFor: new Date('2026-11-20T14:02:00Z'),
      scheduledUntil: new Date('2026-11-20T15:02:00Z'),
      components: [{ id: 'db', status: 'under_maintenance' }],
    });
  });

  it('keeps text that YAML would misread', () => {
    const { value } = roundTrip(scaffoldFields({ title: 'API: down #2', scope: 'yes', alternatives: '- use v1\n- or v0' }, now));
    expect(value).toMatchObject({ title: 'API: down #2', scope: 'yes', alternatives: '- use v1\n- or v0' });
  });
});

describe('npm run new', () => {
  const run = promisify(execFile);
  const node = path.join(projectRoot, 'node_modules/.bin/node');

  it('writes a file that passes the check, and refuses an unknown component', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sitrep-new-'));
    await cp(path.join(projectRoot, 'test/fixtures/basic/content'), path.join(dir, 'content'), { recursive: true });
    const env = { ...process.env, SITREP_CONTENT_DIR: dir };
    const script = path.join(projectRoot, 'scripts/new.ts');
    await expect(run(node, [script, '--title', 'Cache down', '--components', 'cache'], { env })).rejects.toMatchObject({
      stderr: expect.stringContaining('unknown component "cache"'),
    });
    await run(node, [script, '--title', 'API down', '--components', 'api', '--impact', 'critical'], { env });
    const [file] = await readdir(path.join(dir, 'incidents'));
    expect(file).toMatch(/^\d{4}-\d{2}-\d{2}-api-down\.md$/);
    expect(await readFile(path.join(dir, 'incidents', file!), 'utf8')).toContain('impact: critical');
    const check = await run(node, [path.join(projectRoot, 'scripts/check.ts')], { env });
    expect(check.stdout).toContain('Content is valid: 4 components, 1 incidents');
  });
});
