import { describe, expect, it } from 'vitest';
import { CALIBRATED_TURNOVER, uncalibratedSentence, uncalibratedStatusQuo } from '../../models/calibrationBands';

const arm = (policy: string, mean: number, sd: number | null) => ({ policy, metrics: { turnoverPerYear: { mean, sd } } });

describe('the status quo outside the calibrated turnover range (MODEL.md §8)', () => {
  it('spans both of §8\'s turnover targets, 20–36% a year', () => {
    expect(CALIBRATED_TURNOVER).toEqual({ lo: 0.2, hi: 0.36 });
  });

  it('flags a status quo clearly above or below the range, and says which side', () => {
    const flagged = uncalibratedStatusQuo([arm('status-quo', 0.61, 0.05)], 10);
    expect(flagged).toEqual([{ policy: 'status-quo', turnoverPerYear: 0.61 }]);
    expect(uncalibratedSentence(flagged[0])).toContain("status-quo's turnover (61.0% a year) lies above 20–36%");
    const low = uncalibratedStatusQuo([arm('status-quo', 0.1, 0.03)], 10);
    expect(uncalibratedSentence(low[0])).toContain('lies below 20–36%');
  });

  it('judges neither a mean within two standard errors of the range, nor one replication, nor another package', () => {
    // 0.37 is 1 pp above; two standard errors are 2 × 0.1 / √4 = 10 pp.
    expect(uncalibratedStatusQuo([arm('status-quo', 0.37, 0.1)], 4)).toEqual([]);
    expect(uncalibratedStatusQuo([arm('status-quo', 0.25, 0.05)], 100)).toEqual([]);
    expect(uncalibratedStatusQuo([arm('status-quo', 0.9, null)], 1)).toEqual([]);
    expect(uncalibratedStatusQuo([arm('multi-level', 0.61, 0.05), arm('status-quo', 0.3, 0.05)], 10)).toEqual([]);
  });
});
