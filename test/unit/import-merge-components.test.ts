import { describe, expect, it } from 'vitest';
import { appendComponents } from '../../src/lib/import/merge-components.ts';

describe('adding imported components to content/components.yaml', () => {
  it('keeps the comments, order and layout of the file', () => {
    const text = '# yaml-language-server: $schema=x\n- id: api # the public one\n  name: API\n\n- id: web\n  name: Web\n';
    expect(appendComponents(text, [{ id: 'cdn', name: 'CDN', group: 'Edge' }]))
      .toBe(`${text}- id: cdn\n  name: CDN\n  group: Edge\n`);
  });

  it('starts a file, with the schema line, when there is none', () => {
    expect(appendComponents(undefined, [{ id: 'api', name: 'API' }]))
      .toBe('# yaml-language-server: $schema=../schemas/components.schema.json\n- id: api\n  name: API\n');
  });

  it('turns an empty flow list into a block list', () => {
    expect(appendComponents('[]\n', [{ id: 'api', name: 'API' }])).toBe('- id: api\n  name: API\n');
  });
});
