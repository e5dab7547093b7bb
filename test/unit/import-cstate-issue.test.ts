import { describe, expect, it } from 'vitest';
import { createComponentDirectory } from '../../src/lib/import/component-directory.ts';
import { siteSettingsFromCstate } from '../../src/lib/import/cstate-config.ts';
import { mapCstateIssue } from '../../src/lib/import/cstate-issue.ts';

const FILE = 'content/issues/x.md';
const NOW = new Date('2024-06-01T00:00:00Z');

/** Maps an issue with these front matter lines and body against a site with API and Website. */
function issue(frontMatter: string, body = '', zone = 'Etc/UTC') {
  const directory = createComponentDirectory([
    { id: 'api', name: 'API' },
    { id: 'website', name: 'Website' },
  ]);
  const result = mapCstateIssue(FILE, `---\nsection: issue\n${frontMatter}\n---\n${body}`, { zone, zoneReason: 'the time zone of content/site.yaml', now: NOW, components: directory });
  const warnings = result.warnings.map((w) => `${w.field}: ${w.message}`);
  return { ...result, fields: result.incident?.fields, warnings, added: directory.added() };
}

describe('mapping a cState issue', () => {
  it('maps severity to impact and component status', () => {
    const base = 'title: T\ndate: 2020-01-01T10:00:00Z\nresolved: true\nresolvedWhen: 2020-01-01T11:00:00Z\naffected: [API]';
    expect(issue(`${base}\nseverity: down`).fields).toMatchObject({ kind: 'incident', impact: 'critical', components: { api: 'major_outage' } });
    expect(issue(`${base}\nseverity: disrupted`).fields).toMatchObject({ kind: 'incident', impact: 'major', components: { api: 'partial_outage' } });
    expect(issue(`${base}\nseverity: notice`).fields).toMatchObject({ kind: 'notice', components: { api: null } });
  });

  it('reads misspelt and unknown severities, and says how', () => {
    const base = 'title: T\ndate: 2020-01-01T10:00:00Z\nresolvedWhen: 2020-01-01T11:00:00Z';
    const misspelt = issue(`${base}\nseverity: Disrupterd`);
    expect(misspelt.fields?.impact).toBe('major');
    expect(misspelt.warnings).toContain('severity: "disrupterd" is not a cState severity; read as "disrupted"');
    const unknown = issue(`${base}\nseverity: purple`);
    expect(unknown.fields?.impact).toBe('major');
    expect(unknown.warnings).toContain('severity: "purple" is not a cState severity (down, disrupted, notice); imported as "disrupted"');
  });

  it('reads cState 2 issues: TOML, affectedsystems and Statuspage-like severities', () => {
    const directory = createComponentDirectory([{ id: 'web-api', name: 'web api' }]);
    const text = '+++\ntitle = "503s"\ndate = 2018-02-08T08:07:57\nseverity = "major-outage"\naffectedsystems = ["web api"]\nresolved = true\n+++\nCrashing.\n';
    const result = mapCstateIssue(FILE, text, { zone: 'America/Chicago', zoneReason: 'test', now: NOW, components: directory });
    expect(result.incident?.fields).toMatchObject({ started: '2018-02-08T14:07:57.000Z', impact: 'critical', components: { 'web-api': 'major_outage' } });
    expect(result.warnings.map((w) => w.message)).toContain('"major-outage" is not a cState severity; read as "down"');
  });

  it('takes resolvedWhen as the end of a resolved issue, and an issue with resolved false as ongoing', () => {
    const resolved = issue('title: T\ndate: 2020-01-01T10:00:00Z\nresolved: "yes"\nresolvedWhen: 2020-01-01T11:00:00Z\nseverity: down');
    expect(resolved.fields).toMatchObject({ started: '2020-01-01T10:00:00.000Z', resolved: '2020-01-01T11:00:00.000Z' });
    const ongoing = issue('title: T\ndate: 2020-01-01T10:00:00Z\nresolved: False\nseverity: down');
    expect(ongoing.fields?.resolved).toBeUndefined();
    expect(ongoing.warnings).toContain('resolved: is false: imported as ongoing, so it shows as a current incident');
  });

  it('takes an issue left unresolved whose resolvedWhen has passed as resolved then, and says so', () => {
    const result = issue('title: T\ndate: 2021-10-01T00:00:00Z\nresolved: false\nresolvedWhen: 2021-10-04T09:55:00Z\nseverity: down');
    expect(result.fields?.resolved).toBe('2021-10-04T09:55:00.000Z');
    expect(result.warnings).toContain('resolved: is false, but resolvedWhen (2021-10-04T09:55:00.000Z) has passed: imported as resolved then');
    expect(issue('title: T\ndate: 2024-05-30T00:00:00Z\nresolved: false\nresolvedWhen: 2024-06-04T09:55:00Z\nseverity: down').fields?.resolved).toBeUndefined();
  });

  it('ends a resolved issue without resolvedWhen at its last update, and says so', () => {
    const result = issue('title: T\ndate: 2020-01-01T10:00:00Z\nresolved: true\nseverity: down', '*Resolved* - ok {{< track "2020-01-01T12:00:00Z" >}}');
    expect(result.fields?.resolved).toBe('2020-01-01T12:00:00.000Z');
    expect(result.warnings.some((w) => w.startsWith('resolvedWhen: is missing'))).toBe(true);
  });

  it('reads dates without a zone in the given zone, with one warning naming the fields', () => {
    const result = issue('title: T\ndate: 2020-07-01 10:00:00\nresolvedWhen: 2020-07-01 11:00\nseverity: down', '', 'Europe/Berlin');
    expect(result.fields).toMatchObject({ started: '2020-07-01T08:00:00.000Z', resolved: '2020-07-01T09:00:00.000Z' });
    expect(result.warnings).toContain('date, resolvedWhen: no time zone; read as Europe/Berlin, the time zone of content/site.yaml');
  });

  it('makes informational posts notices that ended when posted, and pinned ones current notices', () => {
    expect(issue('title: T\ndate: 2020-01-01T10:00:00Z\ninformational: true').fields)
      .toMatchObject({ kind: 'notice', started: '2020-01-01T10:00:00.000Z', resolved: '2020-01-01T10:00:00.000Z' });
    const pinned = issue('title: T\ndate: 2020-01-01T10:00:00Z\ninformational: yes\npin: true').fields;
    expect(pinned).toMatchObject({ kind: 'notice' });
    expect(pinned?.resolved).toBeUndefined();
  });

  it('makes a maintenance of an issue titled like one, with its window from date to resolvedWhen', () => {
    const result = issue('title: Scheduled maintenance\ndate: 2020-01-01T10:00:00Z\nresolvedWhen: 2020-01-01T12:00:00Z\nresolved: false\nseverity: disrupted\naffected: [API]');
    expect(result.fields).toMatchObject({
      kind: 'maintenance', scheduled_for: '2020-01-01T10:00:00.000Z', scheduled_until: '2020-01-01T12:00:00.000Z', components: { api: null },
    });
  });

  it('keeps an outage whose title only mentions a plan an incident', () => {
    expect(issue('title: Scheduled jobs fail\ndate: 2020-01-01T10:00:00Z\nresolvedWhen: 2020-01-01T12:00:00Z\nseverity: down').fields?.kind).toBe('incident');
    expect(issue('title: Planned upgrade\ndate: 2020-01-01T10:00:00Z\nresolvedWhen: 2020-01-01T12:00:00Z\nseverity: disrupted').fields?.kind).toBe('maintenance');
  });

  it('keeps a maintenance-like issue without an end as what its severity says, and says why', () => {
    const result = issue('title: Maintenance announcement\ndate: 2020-01-01T10:00:00Z\ninformational: true');
    expect(result.fields?.kind).toBe('notice');
    expect(result.warnings.some((w) => w.startsWith('resolvedWhen: "Maintenance announcement" reads as a maintenance'))).toBe(true);
  });

  it('matches affected systems named differently, and adds ones the config lacks', () => {
    const result = issue('title: T\ndate: 2020-01-01T10:00:00Z\nresolvedWhen: 2020-01-01T11:00:00Z\nseverity: down\naffected: "api, Websit, Billing"');
    expect(Object.keys(result.fields!.components as object)).toEqual(['api', 'website', 'billing']);
    expect(result.added).toEqual([{ id: 'billing', name: 'Billing' }]);
    expect(result.warnings).toContain('affected: "Websit" is not a system in the config; taken as the closest name, component "website"');
    expect(result.warnings).toContain('affected: "Billing" is not a system in the config; added as component "billing"');
  });

  it('takes a name that is the first words of one component\'s name as that component', () => {
    const directory = createComponentDirectory([{ id: 'ldap-jenkins-io', name: 'ldap.jenkins.io' }, { id: 'ci', name: 'ci.jenkins.io' }]);
    expect(directory.find('LDAP')).toEqual({ id: 'ldap-jenkins-io', how: 'guessed' });
    expect(directory.find('jenkins')).toBeUndefined();
  });

  it('never gives an added component the id of the page-wide badge', () => {
    expect(createComponentDirectory([]).findOrAdd('Status')).toEqual({ id: 'status-2', how: 'added' });
  });

  it('imports a draft as withdrawn', () => {
    expect(issue('title: T\ndate: 2020-01-01T10:00:00Z\nseverity: down\ndraft: true').fields?.withdrawn).toBe(true);
  });

  it('fills a missing title from the file name and a missing date from the earliest update', () => {
    const result = issue('title: ""\ndate:\nseverity: down', '*Investigating* - x {{< track "2020-01-01T09:00:00Z" >}}');
    expect(result.fields).toMatchObject({ title: 'x', started: '2020-01-01T09:00:00.000Z' });
    expect(result.warnings).toContain('title: is missing; the title "x" is made from the file name');
  });

  it('skips an issue with no date anywhere, and says why', () => {
    expect(issue('title: T\nseverity: down').skip).toContain('has no readable date');
  });

  it('names every field it does not import', () => {
    expect(issue('title: T\ndate: 2020-01-01T10:00:00Z\nseverity: down\ntags: [x]').warnings).toContain('tags: not imported: Sitrep has no such field');
  });

  it('reads front matter YAML cannot parse line by line, and TOML front matter', () => {
    const yaml = issue('title: API: errors\ndate: 2020-01-01T10:00:00Z\nseverity: down\naffected:\n  - API');
    expect(yaml.fields).toMatchObject({ title: 'API: errors', components: { api: 'major_outage' } });
    expect(yaml.warnings.some((w) => w.includes('read line by line'))).toBe(true);
    const directory = createComponentDirectory([]);
    const toml = mapCstateIssue(FILE, '+++\ntitle = "T"\ndate = "2020-01-01T10:00:00Z"\nseverity = "down"\nsection = "issue"\n+++\n', { zone: 'Etc/UTC', zoneReason: 'test', now: NOW, components: directory });
    expect(toml.incident?.fields).toMatchObject({ title: 'T', impact: 'critical' });
  });
});

describe('site settings from a cState config', () => {
  it('takes the name, public URL, description and zone', () => {
    const { text, problems } = siteSettingsFromCstate(
      { title: 'Jenkins Status', baseURL: 'https://status.jenkins.io/', timeZone: 'Europe/Paris', params: { description: 'We watch.' } },
      'config.yml', 'content/site.yaml',
    );
    expect(text).toContain('name: Jenkins Status\nurl: https://status.jenkins.io\ndescription: We watch.\ntimezone: Europe/Paris\n');
    expect(problems).toEqual([]);
  });

  it('says when the base URL is no public URL', () => {
    const { problems } = siteSettingsFromCstate({ title: 'S', baseURL: '/' }, 'config.yml', 'content/site.yaml');
    expect(problems).toEqual([{ file: 'config.yml', field: 'baseURL', message: '"/" is not a public URL; set url in content/site.yaml' }]);
  });
});
