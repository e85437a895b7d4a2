import { describe, expect, it } from 'vitest';
import { progressCount } from '../../bin/experiment';

// The progress line of a resumed run (run/compare --resume) counts the replications it runs.

describe('progressCount', () => {
  it('a run from the first replication counts them all, as before', () => {
    expect(progressCount(1, 200, 0)).toEqual({ total: 200, label: 'replications' });
    expect(progressCount(3, 200, 0)).toEqual({ total: 600, label: 'replications (3 × 200)' });
  });

  it('a resume counts those left, and says after how many it resumed', () => {
    expect(progressCount(1, 2000, 412)).toEqual({ total: 1588, label: 'replications (resumed after 412)' });
    expect(progressCount(3, 2000, 412)).toEqual({ total: 4764, label: 'replications (3 × 1588, resumed after 412)' });
  });
});
