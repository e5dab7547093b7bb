// The floor a Sitrep build is measured against: the plainest Astro site over the same Markdown
// files, one page per file (its front matter's title and its rendered body) and an index that
// links them all. It is what Astro itself costs for that content, so a ratio to it says how much
// Sitrep adds, on any machine, however loaded.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes the floor site into `dir`, reading every `*.md` under `incidentsDir`. */
export async function writeFloorSite(dir: string, incidentsDir: string): Promise<void> {
  const files: Record<string, string> = {
    'astro.config.mjs': "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n",
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      '',
      'export const collections = {',
      `  entries: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(incidentsDir)} }), schema: z.looseObject({ title: z.string() }) }),`,
      '};',
      '',
    ].join('\n'),
    'src/pages/index.astro': [
      '---',
      "import { getCollection } from 'astro:content';",
      "const entries = await getCollection('entries');",
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>Entries</title></head>',
      '<body><ul>{entries.map((e) => <li><a href={`/entries/${e.id}/`}>{e.data.title}</a></li>)}</ul></body></html>',
      '',
    ].join('\n'),
    'src/pages/entries/[id].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      '<body><h1>{entry.data.title}</h1><Content /></body></html>',
      '',
    ].join('\n'),
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
}
