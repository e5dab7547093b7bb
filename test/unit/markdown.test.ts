import { describe, expect, it } from 'vitest';
import { markdownToText, renderInlineMarkdown, renderMarkdown } from '../../src/lib/markdown.ts';

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
