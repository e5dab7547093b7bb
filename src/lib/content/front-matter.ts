import matter from 'gray-matter';

/**
 * Splits Markdown into the text of its front-matter block (between `---` lines, or `+++` lines for
 * Hugo's TOML) and the content after it; the block is empty when there is none. Only the block is
 * found here: its YAML is for `parseYamlSource`, which keeps times as text and knows lines, where
 * gray-matter's own engine would read a time without a zone as UTC. The block's text starts on
 * the line after the opening fence, i.e. on line 2 of the file. Throws what gray-matter throws on
 * a broken block.
 * @example splitFrontMatter('---\ntitle: A\n---\nBody') // → { matter: 'title: A', content: 'Body' }
 */
export function splitFrontMatter(text: string, fence: '---' | '+++' = '---'): { matter: string; content: string } {
  const unread = () => ({});
  const file = matter(text, { delimiters: fence, language: fence === '+++' ? 'toml' : 'yaml', engines: { yaml: unread, toml: unread } });
  // gray-matter's block begins with the rest of the opening fence's line.
  return { matter: file.matter.replace(/^[^\n]*\n/, ''), content: file.content };
}
