import { describe, expect, it } from 'vitest';
import { absoluteUrl, withBase } from '../../src/lib/urls.ts';

describe('URLs under a base path', () => {
  it('keep the base for links and absolute URLs', () => {
    expect(withBase('/status', 'incidents/a/')).toBe('/status/incidents/a/');
    expect(withBase('/', 'rss.xml')).toBe('/rss.xml');
    expect(absoluteUrl('https://octo.github.io/status', 'rss.xml')).toBe('https://octo.github.io/status/rss.xml');
  });
});
