import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/lib/content/front-matter.ts';

describe('splitFrontMatter', () => {
  it('gives the block as text, unparsed, and the content after it', () => {
    expect(splitFrontMatter('---\nstarted: 2026-11-20T14:02\n---\nBody')).toEqual({ matter: 'started: 2026-11-20T14:02', content: 'Body' });
  });

  it('gives an empty block when the text has none', () => {
    expect(splitFrontMatter('Just text')).toEqual({ matter: '', content: 'Just text' });
  });
});
