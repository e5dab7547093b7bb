import { describe, expect, it } from 'vitest';
import { warnInto, type Problem } from '../../src/lib/problems.ts';

describe('warnInto', () => {
  it('records each warning in the given file, with or without a field', () => {
    const problems: Problem[] = [];
    const warn = warnInto(problems, 'octo/status#12');
    warn('impact', 'is not an impact');
    warn(undefined, 'cannot be read');
    expect(problems).toEqual([
      { file: 'octo/status#12', field: 'impact', message: 'is not an impact' },
      { file: 'octo/status#12', message: 'cannot be read' },
    ]);
  });
});
