import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration, formatUptime } from '../../src/lib/format.ts';
import { markdownToText, renderInlineMarkdown, renderMarkdown } from '../../src/lib/markdown.ts';
import { absoluteUrl, withBase } from '../../src/lib/urls.ts';

describe('formatting for people', () => {
  it.each([
    [0.99996, '99.99%'], [1, '100%'], [0.5, '50.00%'], [null, 'no data'],
  ])('uptime %s reads %s, never rounded up', (fraction, text) => {
    expect(formatUptime(fraction)).toBe(text);
  });

  it.each([[9_300_000, '2 h 35 min'], [0, '0 min'], [90_000_000, '1 d 1 h']])('%i ms lasts "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('shows a time in the site zone with its abbreviation', () => {
    expect(formatDateTime(new Date('2026-11-19T09:12:00Z'), 'Europe/Amsterdam')).toBe('19 Nov 2026, 10:12 CET');
  });
});

describe('the Markdown renderer', () => {
  it('keeps formatting and links', () => {
    expect(renderMarkdown('Use **v1**, see [docs](https://docs.example.com).')).toBe(
      '<p>Use <strong>v1</strong>, see <a href="https://docs.example.com" rel="nofollow noopener">docs</a>.</p>\n',
    );
  });

  it.each([
    ['a script', '<script>alert(1)</script>ok', 'script'],
    ['an event handler', '<img src=x onerror=alert(1)>', 'onerror'],
    ['a javascript: link', '[x](javascript:alert(1))', 'javascript:'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', 'iframe'],
    ['a form', '<form action="https://evil.example"><input name=p></form>', 'form'],
    ['a style that could cover the page', '<div style="position:fixed;inset:0">x</div>', 'style'],
  ])('removes %s', (_, markdown, banned) => {
    expect(renderMarkdown(markdown).toLowerCase()).not.toContain(banned);
  });

  it('demotes a level-one heading below the page title', () => {
    expect(renderMarkdown('# Postmortem')).toBe('<h3>Postmortem</h3>\n');
  });

  it('renders short fields inline, and gives plain text where HTML cannot go', () => {
    expect(renderInlineMarkdown('Use `v1`')).toBe('Use <code>v1</code>');
    expect(markdownToText('Fixed **now** & <b>then</b>')).toBe('Fixed now & then');
  });
});

describe('URLs under a base path', () => {
  it('keep the base for links and absolute URLs', () => {
    expect(withBase('/status', 'incidents/a/')).toBe('/status/incidents/a/');
    expect(withBase('/', 'rss.xml')).toBe('/rss.xml');
    expect(absoluteUrl('https://octo.github.io/status', 'rss.xml')).toBe('https://octo.github.io/status/rss.xml');
  });
});
