import matter from 'gray-matter';

/**
 * Splits Markdown into the text of its `---` front-matter block and the content after it; the
 * block is empty when there is none. Only the block is found here: its YAML is for
 * `parseYamlSource`, which keeps times as text and knows lines, where gray-matter's own engine
 * would read a time without a zone as UTC. Throws what gray-matter throws on a broken block.
 * @example splitFrontMatter('---\ntitle: A\n---\nBody') // → { matter: '\ntitle: A', content: 'Body' }
 */
export function splitFrontMatter(text: string): { matter: string; content: string } {
  const file = matter(text, { engines: { yaml: () => ({}) } });
  return { matter: file.matter, content: file.content };
}
