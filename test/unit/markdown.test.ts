import sanitizeHtml from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import {
  inlineMarkdownToHtml, markdownToHtml, markdownToText, renderInlineMarkdown, renderMarkdown, SANITIZE, stripHtml,
} from '../../src/lib/markdown.ts';

/** Random Markdown from pieces that exercise every rule the renderer's shortcut relies on. */
function randomMarkdown(next: () => number): string {
  const pieces = [
    'alpha', 'Beta', 'v1.2', '42', 'é', '漢字', '😀', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u0000', '"', "'", '&', '&amp;',
    '&copy;', '&#39;', '&#x27;', '&lt;', '&gt;', '&quot;', '&nbsp;', '>', '*', '**', '_', '__', '~', '~~', '`', '```\n', '# ', '## ',
    '###### ', '- ', '* ', '1. ', '3. ', '> ', '\n---\n', '\\', '[x](https://a.example "t")', '[y](javascript:alert(1))',
    '![i](https://img.example/a.png)', 'https://auto.example/p?q=1&r=2', 'www.example.com', 'user@example.com', '|a|b|\n|-|:-:|\n|c|d|\n',
    '- [ ] task', '- [x] done', '    indented code', '(', ')', '[', ']', '!', '{', '}', '<b>', '</b>', '<p>', '<', '<script>x</script>',
  ];
  let text = '';
  for (let n = 1 + Math.floor(next() * 25); n > 0; n--) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

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

  it('gives the same output for Markdown it has rendered before, and its own for each text', () => {
    const bodies = ['We are **on it**.', 'Fixed <em>now</em>.', 'We are **on it**.'];
    const first = bodies.map((b) => [renderMarkdown(b), markdownToText(b)]);
    expect(bodies.map((b) => [renderMarkdown(b), markdownToText(b)])).toEqual(first);
    expect(first[0]).toEqual(['<p>We are <strong>on it</strong>.</p>\n', 'We are on it.']);
    expect(first[1]).toEqual(['<p>Fixed <em>now</em>.</p>\n', 'Fixed now.']);
  });

  it('renders short fields inline, and gives plain text where HTML cannot go', () => {
    expect(renderInlineMarkdown('Use `v1`')).toBe('Use <code>v1</code>');
    expect(markdownToText('Fixed **now** & <b>then</b>')).toBe('Fixed now & then');
  });

  it('renders and strips exactly as the sanitiser does, shortcut or not (20,000 generated texts)', () => {
    let seed = 13;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const differences: string[] = [];
    for (let i = 0; i < 20_000 && differences.length < 5; i++) {
      const markdown = randomMarkdown(next);
      if (renderMarkdown(markdown) !== sanitizeHtml(markdownToHtml(markdown), SANITIZE)) differences.push(`block: ${JSON.stringify(markdown)}`);
      if (renderInlineMarkdown(markdown) !== sanitizeHtml(inlineMarkdownToHtml(markdown), SANITIZE)) differences.push(`inline: ${JSON.stringify(markdown)}`);
      const text = stripHtml(markdownToHtml(markdown).replace(/<\/(p|li|h\d|pre|blockquote|tr)>/g, '$&\n')).replace(/\n{3,}/g, '\n\n');
      if (markdownToText(markdown) !== text) differences.push(`text: ${JSON.stringify(markdown)}`);
    }
    expect(differences).toEqual([]);
  });
});
