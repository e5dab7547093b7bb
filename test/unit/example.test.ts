import { describe, expect, it } from 'vitest';
import { exampleLosses } from '../../src/lib/template/example.ts';

describe('what npm run init would lose', () => {
  it('is every file that is not the example\'s own, unchanged (line endings aside)', () => {
    const example = new Map([['content/site.yaml', 'name: Example\n'], ['incidents/a.md', 'A\n']]);
    expect(exampleLosses(new Map([['content/site.yaml', 'name: Example\r\n'], ['incidents/a.md', 'A\n']]), example)).toEqual([]);
    expect(exampleLosses(new Map([['incidents/b.md', 'B'], ['content/site.yaml', 'name: Ours\n']]), example)).toEqual([
      { path: 'content/site.yaml', reason: 'changed since the example' },
      { path: 'incidents/b.md', reason: 'not part of the example' },
    ]);
  });
});
