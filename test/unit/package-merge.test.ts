import { describe, expect, it } from 'vitest';
import { mergePackageJson } from '../../src/lib/template/package-merge.ts';

describe('merging package.json', () => {
  const base = { name: 'sitrep', version: '1.0.0', scripts: { build: 'astro build', test: 'vitest' }, dependencies: { astro: '^7.0.0', zod: '^4.0.0' }, devDependencies: { vitest: '^5.0.0' } };

  it('keeps the user\'s added dependencies and scripts and takes Sitrep\'s changes', () => {
    const yours = { ...base, name: 'acme-status', scripts: { ...base.scripts, 'deploy:preview': 'npm run build' }, dependencies: { ...base.dependencies, 'left-pad': '^1.3.0' } };
    const next = { ...base, version: '1.1.0', scripts: { ...base.scripts, lint: 'eslint .' }, dependencies: { astro: '^7.2.0', zod: '^4.0.0', yaml: '^2.0.0' }, devDependencies: {} };
    expect(mergePackageJson(base, yours, next)).toEqual({
      value: {
        name: 'acme-status', version: '1.1.0',
        scripts: { build: 'astro build', test: 'vitest', lint: 'eslint .', 'deploy:preview': 'npm run build' },
        dependencies: { astro: '^7.2.0', zod: '^4.0.0', yaml: '^2.0.0', 'left-pad': '^1.3.0' },
        devDependencies: {},
      },
      notes: [],
    });
  });

  it('takes the higher version of a dependency both changed, keeps the user\'s value of anything else, and notes each', () => {
    const yours = { ...base, scripts: { ...base.scripts, test: 'vitest run --coverage' }, dependencies: { astro: '^7.4.0', zod: 'github:colinhacks/zod' } };
    const next = { ...base, scripts: { ...base.scripts, test: 'npm run typecheck && vitest run' }, dependencies: { astro: '^7.3.0', zod: '^4.1.0' } };
    const { value, notes } = mergePackageJson(base, yours, next);
    expect(value).toMatchObject({ scripts: { test: 'vitest run --coverage' }, dependencies: { astro: '^7.4.0', zod: '^4.1.0' } });
    expect(notes).toEqual([
      'scripts.test: yours is "vitest run --coverage", Sitrep\'s is "npm run typecheck && vitest run"; kept yours',
      'dependencies.astro: yours is "^7.4.0", Sitrep\'s is "^7.3.0"; kept yours',
      'dependencies.zod: yours is "github:colinhacks/zod", Sitrep\'s is "^4.1.0"; kept Sitrep\'s',
    ]);
  });
});
