import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseComponents, parseSiteSettings } from '../../src/lib/content/parse.ts';
import {
  answerProblems, componentsFromNames, githubRepoFromRemote, newSiteFiles, splitNames, withSiteOverrides, type SiteAnswers,
} from '../../src/lib/template/new-site.ts';

const answers: SiteAnswers = {
  name: 'Acme', url: 'https://status.acme.example/', timezone: 'Europe/Paris', language: 'fr', components: ['Web app', 'Platform: Public API'], github: 'acme/status',
};

describe('components from display names (npm run init --components)', () => {
  it('derives ids as npm run new does, reads "Group: Name", and keeps ids unique and off the page badge', () => {
    expect(splitNames(' Web app, Platform: Public API,, ')).toEqual(['Web app', 'Platform: Public API']);
    expect(componentsFromNames(['Web app', 'Platform: Public API', 'Média Proxy (EU)', 'Status', 'status', '日本'])).toEqual([
      { id: 'web-app', name: 'Web app' },
      { id: 'public-api', name: 'Public API', group: 'Platform' },
      { id: 'media-proxy-eu', name: 'Média Proxy (EU)' },
      { id: 'status-2', name: 'Status' },
      { id: 'status-3', name: 'status' },
      { id: 'component', name: '日本' },
    ]);
  });
});

describe('the files of a new site', () => {
  it('are valid content with the answers, the public URL without a trailing slash', () => {
    expect(answerProblems(answers)).toEqual([]);
    const files = newSiteFiles(answers);
    expect(files.site.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/site.schema.json');
    expect(parseSiteSettings(files.site, 'content/site.yaml').value).toMatchObject({
      name: 'Acme', url: 'https://status.acme.example', timezone: 'Europe/Paris', language: 'fr', github: { repo: 'acme/status', label: 'incident' },
    });
    expect(parseComponents(files.components, 'content/components.yaml').value).toEqual([
      { id: 'web-app', name: 'Web app' }, { id: 'public-api', name: 'Public API', group: 'Platform' },
    ]);
    expect(parse(newSiteFiles({ ...answers, github: undefined }).site)).not.toHaveProperty('github');
  });

  it('are refused with every wrong answer located by its flag', () => {
    expect(answerProblems({ name: ' ', url: 'ftp://x.example', timezone: 'Mars/Base', language: 'en', components: [], github: 'nope' })).toEqual([
      { file: '--name', message: 'is required' },
      { file: '--url', message: 'must be an absolute http(s) URL' },
      { file: '--timezone', message: 'must be an IANA time zone such as Etc/UTC or Europe/Berlin' },
      { file: '--github', message: 'must be owner/name' },
      { file: '--components', message: 'name at least one component, e.g. --components "Website, Public API"' },
    ]);
  });

  it('leave out what an import brings, but still check what was given', () => {
    expect(answerProblems({ name: '', url: '', timezone: 'Etc/UTC', language: 'en', components: [] }, { imported: true })).toEqual([]);
    expect(answerProblems({ name: '', url: 'nope', timezone: 'Etc/UTC', language: 'en', components: [] }, { imported: true }))
      .toEqual([{ file: '--url', message: 'must be an absolute http(s) URL' }]);
  });

  it('set the answers given over an imported site.yaml, keeping its other settings and comments', () => {
    const imported = '# yaml-language-server: $schema=../schemas/site.schema.json\nname: Old\nurl: https://old.example\ndescription: Kept\ngithub:\n  repo: old/status\n';
    const updated = withSiteOverrides(imported, { url: 'https://status.new.example/', language: 'de', github: 'new/status' });
    expect(updated.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/site.schema.json');
    expect(parse(updated)).toEqual({
      name: 'Old', url: 'https://status.new.example', description: 'Kept', language: 'de',
      github: { repo: 'new/status', label: 'incident', trusted: ['OWNER', 'MEMBER', 'COLLABORATOR'] },
    });
    expect(parse(withSiteOverrides(imported, { github: null }))).not.toHaveProperty('github');
  });
});

describe('the GitHub repository of a git remote', () => {
  it.each([
    ['git@github.com:acme/status.git', 'acme/status'],
    ['https://github.com/acme/status', 'acme/status'],
    ['https://token@github.com/acme/status.page.git', 'acme/status.page'],
    ['ssh://git@github.com/acme/status.git', 'acme/status'],
    ['https://gitlab.com/acme/status.git', undefined],
    ['', undefined],
  ])('%s → %s', (remote, repo) => {
    expect(githubRepoFromRemote(remote)).toBe(repo);
  });
});
