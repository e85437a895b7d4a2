import { describe, expect, it } from 'vitest';
import { coefficientsField } from '../../models/coefficients';
import { defaultsOf } from '../../sim/params/fields';
import { SEPARATION_COLUMNS } from '../../models/outputs';
import { mainReason, SEPARATION_REASONS, SEPARATION_REFERENCE, separationShares } from '../../models/separationAttribution';
import { newHireFactor, separationHazard } from '../../models/turnover';

const c = { separationBase: 0.001, separationBurnout: 1.5, separationCf: 1.5, separationSatisfaction: 1.5, separationPay: 0.3 };
const R = SEPARATION_REFERENCE;

/** A leaver's shares by reason name. */
function shares(burnout: number, cf: number, satisfaction: number, pay: number, hireFactor = 1): Record<string, number> {
  const out = new Float64Array(SEPARATION_REASONS.length);
  separationShares(burnout, cf, satisfaction, pay, hireFactor, c, out);
  return Object.fromEntries(SEPARATION_REASONS.map((r, k) => [r, out[k]]));
}

const sum = (s: Record<string, number>) => Object.values(s).reduce((a, b) => a + b, 0);

describe('separation attribution', () => {
  it('a leaver at the reference levels left for baseline reasons only', () => {
    expect(shares(R.burnout, R.cf, R.satisfaction, R.payAdequacy, R.hireFactor)).toEqual({ baseline: 1, burnout: 0, 'compassion-fatigue': 0, 'low-satisfaction': 0, 'low-pay': 0, 'new-hire': 0 });
  });

  it('a leaver with only high burnout: the baseline is the reference hazard over theirs, the rest burnout', () => {
    const s = shares(0.8, R.cf, R.satisfaction, R.payAdequacy);
    const h = separationHazard(0.8, R.cf, R.satisfaction, R.payAdequacy, 1, c);
    const hRef = separationHazard(R.burnout, R.cf, R.satisfaction, R.payAdequacy, 1, c);
    expect(s.baseline).toBeCloseTo(hRef / h, 12);
    expect(s.burnout).toBeCloseTo(1 - hRef / h, 12);
    expect(s.burnout).toBeGreaterThan(0.5);
    expect(s['compassion-fatigue'] + s['low-satisfaction'] + s['low-pay'] + s['new-hire']).toBe(0);
  });

  it('low satisfaction, inadequate pay and the first months each take a share in proportion to their log-hazard terms', () => {
    const hire = newHireFactor(10, 1.5, 180, 0);
    const s = shares(R.burnout, 0.4, 0.5, 0.2, hire);
    const terms = { 'compassion-fatigue': 1.5 * 0.4, 'low-satisfaction': 1.5 * (1 - 0.5), 'low-pay': 0.3 * (1 - 0.2), 'new-hire': Math.log(hire) };
    const total = Object.values(terms).reduce((a, b) => a + b, 0);
    expect(s.baseline).toBeCloseTo(Math.exp(-total), 12);
    for (const [reason, term] of Object.entries(terms)) expect(s[reason], reason).toBeCloseTo(((1 - s.baseline) * term) / total, 12);
    expect(s.burnout).toBe(0);
    expect(sum(s)).toBeCloseTo(1, 12);
  });

  it('a term below the reference gets no share and the shares still sum to 1', () => {
    const out = new Float64Array(SEPARATION_REASONS.length);
    // Coefficients whose reference is not the least hazard: burnout under the reference lowers it.
    separationShares(-0.2, 0.5, 1, 1, 1, c, out);
    expect(out[1]).toBe(0);
    expect(out[2]).toBeGreaterThan(0);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // A hazard at or below the reference's is all baseline.
    separationShares(-0.5, 0.2, 1, 1, 1, c, out);
    expect(Array.from(out)).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('shares sum to 1 over a spread of leavers, with the default coefficients', () => {
    const d = defaultsOf(coefficientsField);
    const out = new Float64Array(SEPARATION_REASONS.length);
    for (const b of [0, 0.3, 0.9]) for (const f of [0, 0.5, 1]) for (const sat of [0, 0.6, 1]) for (const pay of [0, 0.5, 1]) for (const hire of [1, 1.8]) {
      separationShares(b, f, sat, pay, hire, d, out);
      expect(out.reduce((a, x) => a + x, 0), `${b} ${f} ${sat} ${pay} ${hire}`).toBeCloseTo(1, 12);
      expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
    }
  });

  it('the main driver is the largest share', () => {
    expect(SEPARATION_REASONS[mainReason([0.2, 0.1, 0.5, 0.1, 0.05, 0.05])]).toBe('compassion-fatigue');
    expect(SEPARATION_REASONS[mainReason([0.6, 0.1, 0.1, 0.1, 0.05, 0.05])]).toBe('baseline');
    expect(SEPARATION_REASONS[mainReason([0.1, 0.1, 0.1, 0.1, 0.1, 0.5])]).toBe('new-hire');
  });

  it('separations.csv has one share column per reason, in the reasons\' order, after the reason', () => {
    const camel = (r: string) => `share${r.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase())}`;
    const at = SEPARATION_COLUMNS.indexOf('reason');
    expect(SEPARATION_COLUMNS.slice(at + 1)).toEqual(SEPARATION_REASONS.map(camel));
  });
});
