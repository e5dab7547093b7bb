import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unbundledSource } from '../../src/io/unbundled-source.mjs';

const src = path.resolve('/project/src');
const plugin = unbundledSource(src);
const resolve = (source: string, importer?: string) => plugin.resolveId(source, importer);

describe('the prerender bundle without the pure core', () => {
  it('imports src/lib and src/io by file URL from wherever in src they are imported', () => {
    expect(resolve('../lib/markdown.ts', `${src}/components/IncidentCard.astro`))
      .toEqual({ id: pathToFileURL(`${src}/lib/markdown.ts`).href, external: true });
    expect(resolve('./io/clock.ts', `${src}/data.ts`)).toEqual({ id: pathToFileURL(`${src}/io/clock.ts`).href, external: true });
    // Vite's ids of .astro parts carry a query.
    expect(resolve('../../lib/urls.ts', `${src}/pages/incidents/[id].astro?astro&type=script`))
      .toEqual({ id: pathToFileURL(`${src}/lib/urls.ts`).href, external: true });
  });

  it('bundles everything else: components, packages, and imports from outside src', () => {
    expect(resolve('../components/Layout.astro', `${src}/views/Incident.astro`)).toBeNull();
    expect(resolve('./language-routes.ts', `${src}/pages/rss.xml.ts`)).toBeNull();
    expect(resolve('zod', `${src}/data.ts`)).toBeNull();
    expect(resolve('../src/lib/markdown.ts', path.resolve('/project/test/x.ts'))).toBeNull();
    expect(resolve('./lib/markdown.ts')).toBeNull();
  });

  it('applies to the prerender alone: a browser could not load a source file', () => {
    expect(plugin.applyToEnvironment({ name: 'prerender' })).toBe(true);
    expect(plugin.applyToEnvironment({ name: 'client' })).toBe(false);
    expect(plugin.applyToEnvironment({ name: 'ssr' })).toBe(false);
  });
});
