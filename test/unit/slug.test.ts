import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('makes ids from any name', () => {
    expect(slugify('Gateway Outage (ÄPI) #2!')).toBe('gateway-outage-api-2');
    expect(slugify('  Media_Proxy  ')).toBe('media-proxy');
  });

  it('leaves nothing when a name has no letters or digits', () => {
    expect(slugify('—!?')).toBe('');
  });
});
