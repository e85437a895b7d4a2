import { describe, expect, it } from 'vitest';
import { unusedBootstrapWarning } from '../../bin/unusedBootstrap';

describe('unusedBootstrapWarning', () => {
  it('warns that --bootstrap does nothing on a grid, random or LHS sweep, whose table has no intervals', () => {
    for (const design of ['grid', 'random', 'lhs'] as const) {
      expect(unusedBootstrapWarning(design, 200)).toContain(`--bootstrap 200 has no effect on ${design === 'lhs' ? 'an' : 'a'} ${design} sweep`);
    }
    expect(unusedBootstrapWarning('grid', 0)).toContain('--bootstrap 0 has no effect');
  });

  it('says nothing where the flag is used (Sobol, Morris) or was not given', () => {
    expect(unusedBootstrapWarning('sobol', 200)).toBeUndefined();
    expect(unusedBootstrapWarning('morris', 200)).toBeUndefined();
    expect(unusedBootstrapWarning('grid', undefined)).toBeUndefined();
  });
});
