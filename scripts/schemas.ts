// `npm run schemas`: writes the JSON Schemas of the content formats to schemas/, for editors.
import { mkdir, writeFile } from 'node:fs/promises';
import { contentJsonSchemas } from '../src/lib/schema/json-schema.ts';

await mkdir('schemas', { recursive: true });
for (const [name, schema] of Object.entries(contentJsonSchemas())) {
  await writeFile(`schemas/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${name}.schema.json`);
}
