import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas } from '../../src/lib/schema/json-schema.ts';
import { projectRoot } from '../support/build-site.ts';

describe('JSON Schemas for editors', () => {
  it('are committed in schemas/ exactly as `npm run schemas` writes them', async () => {
    for (const [name, schema] of Object.entries(contentJsonSchemas())) {
      const committed = await readFile(path.join(projectRoot, `schemas/${name}.schema.json`), 'utf8');
      expect(JSON.parse(committed), `schemas/${name}.schema.json is stale: run npm run schemas`).toEqual(schema);
    }
  });

  it('accept a plain list of component ids and require a zone on times', () => {
    const { incident } = contentJsonSchemas();
    const props = incident.properties!;
    expect(props.components!.anyOf).toHaveLength(2);
    expect(incident.required).toEqual(['title']);
    const pattern = new RegExp(props.started!.pattern as string);
    expect(pattern.test('2026-11-20T14:02:00Z')).toBe(true);
    expect(pattern.test('2026-11-20T14:02:00')).toBe(false);
  });
});
