import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importStatuspageExport, siteSettingsFromStatuspage, type StatuspageExport } from '../../src/lib/import/statuspage-export.ts';
import type { ImportPlan } from '../../src/lib/import/import-plan.ts';
import { parse } from 'yaml';

const dir = path.join(import.meta.dirname, '../fixtures/statuspage-export');
const json = async (file: string) => ({ file, data: JSON.parse(await readFile(path.join(dir, file), 'utf8')) });
const frontMatter = (plan: ImportPlan, id: string) => parse(plan.files.find((f) => f.id === id)!.text.split('---')[1]!);

describe('importing a Statuspage export', () => {
  let exported: StatuspageExport;
  let plan: ImportPlan;
  beforeAll(async () => {
    exported = {
      components: await json('components.json'),
      incidents: await json('incidents.json'),
      maintenances: await json('scheduled-maintenances.json'),
    };
    plan = importStatuspageExport(exported, { componentsText: '# ours\n- id: web\n  name: Website\n', components: [{ id: 'web', name: 'Website' }] });
  });

  it('adds components in position order, group components becoming groups, and matches existing ones by name', () => {
    expect(plan.componentsText).toBe([
      '# ours', '- id: web', '  name: Website',
      '- id: deposit', '  name: Deposit', '  group: Trading',
      '- id: market-data', '  name: Market data', '  description: Prices and order books', '  group: Trading',
      '- id: withdrawals', '  name: Withdrawals', '',
    ].join('\n'));
  });

  it('keeps the updates and the worst status each affected component reached', () => {
    expect(frontMatter(plan, 'rclfxz2g21ly')).toMatchObject({
      title: 'Market data is delayed', impact: 'minor', components: { 'market-data': 'degraded_performance' },
      started: '2020-02-11T03:15:01.906Z', resolved: '2020-02-11T04:00:00.000Z',
      updates: [
        { at: '2020-02-11T03:15:02.000Z', status: 'investigating', body: 'Market data is <b>delayed</b>.' },
        { at: '2020-02-11T04:00:00.000Z', status: 'resolved', body: 'Market data is on time again.' },
      ],
    });
  });

  it('puts the postmortem in the description and reads unknown update statuses as the one before', () => {
    const file = plan.files.find((f) => f.id === 'abcdabcdabcd')!;
    expect(file.text.trim().endsWith('A certificate expired.')).toBe(true);
    expect(frontMatter(plan, 'abcdabcdabcd').updates[1]).toMatchObject({ status: 'investigating', body: 'Renewing the certificate.' });
    expect(plan.warnings).toContainEqual({
      file: 'incidents.json: incidents.1 (abcdabcdabcd)', field: 'incident_updates.1.status', message: '"fixing" is not an incident status; read as "investigating"',
    });
  });

  it('imports a maintenance once, with its window, from scheduled-maintenances.json', () => {
    expect(plan.files.filter((f) => f.id === 'k7g299zl765l')).toHaveLength(1);
    expect(frontMatter(plan, 'k7g299zl765l')).toMatchObject({
      kind: 'maintenance', scheduled_for: '2020-02-15T00:00:00.000Z', scheduled_until: '2020-02-15T01:00:00.000Z', components: { web: null },
    });
  });

  it('lists what it cannot import, with the reason', () => {
    expect(plan.skipped).toEqual([{ file: 'incidents.json: incidents.2 (nonamenoname)', message: 'has no name' }]);
  });

  it('gives every item the same id when imported again', () => {
    const again = importStatuspageExport(exported, { componentsText: plan.componentsText, components: [] });
    expect(again.files.map((f) => f.id)).toEqual(plan.files.map((f) => f.id));
  });
});

describe('site settings from a Statuspage export', () => {
  const exported = (page: unknown): StatuspageExport => ({
    components: { file: 'components.json', data: { page, components: [] } },
    incidents: { file: 'incidents.json', data: { incidents: [] } },
  });

  it('takes the name, public URL and time zone of the export\'s page', () => {
    const { text, problems } = siteSettingsFromStatuspage(exported({ name: 'Acme', url: 'https://status.acme.example/', time_zone: 'America/New_York' }), 'content/site.yaml');
    expect(problems).toEqual([]);
    expect(parse(text)).toEqual({ name: 'Acme', url: 'https://status.acme.example', timezone: 'America/New_York' });
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/site.schema.json');
  });

  it('says what it had to guess when the page is missing or unusable', () => {
    const { text, problems } = siteSettingsFromStatuspage(exported({ url: 'http://localhost:4000', time_zone: 'Pacific Standard Time' }), 'content/site.yaml');
    expect(parse(text)).toEqual({ name: 'Status', url: 'https://status.example.com' });
    expect(problems).toEqual([
      { file: 'components.json', field: 'page.name', message: 'is missing; content/site.yaml says "Status"' },
      { file: 'components.json', field: 'page.url', message: '"http://localhost:4000" is not a public URL; set url in content/site.yaml' },
      { file: 'components.json', field: 'page.time_zone', message: '"Pacific Standard Time" is not an IANA time zone; content/site.yaml uses Etc/UTC' },
    ]);
  });
});
