import { describe, expect, it } from 'vitest';
import { netBenefitAtValue, type NetBenefitAtValue } from '../../../models/netBenefit';
import { netBenefitHeader, netBenefitLead, netBenefitReading, netBenefitRows } from '../../../viz/report/netBenefitWords';

/** n futures of a baseline at 10 leavers and $100,000, and arms given by their leavers and costs in each future. */
function atValue(value: number, arms: Record<string, [number[], number[]]>): NetBenefitAtValue {
  const nb = netBenefitAtValue(value, Object.entries(arms).map(([policy, [leavers, cost]]) => ({ policy, leavers, cost })));
  if (!nb) throw new Error('nothing');
  return nb;
}

const n = 24;
const repeat = (f: (r: number) => number) => Array.from({ length: n }, (_, r) => f(r));
const BASE: [number[], number[]] = [repeat(() => 10), repeat(() => 100000)];
// Keeps 2 more staff a year at $60,000 more, give or take $1,000.
const KEEPS: [number[], number[]] = [repeat(() => 8), repeat((r) => 160000 + (r % 2 === 0 ? 1000 : -1000))];
// Keeps 1 more at $10,000 more, give or take $40,000.
const NOISY: [number[], number[]] = [repeat(() => 9), repeat((r) => 110000 + (r % 2 === 0 ? 40000 : -40000))];

describe('net benefit in words', () => {
  it('leads with the value, given as the flag gave it, and what a net benefit is', () => {
    const nb = atValue(123456, { 'status-quo': BASE, keeps: KEEPS });
    expect(netBenefitLead(nb)).toBe(
      "At $123,456 per departure avoided (what avoiding one is worth beyond what the budget already counts for it), each one's net benefit a year against status-quo, whole team: V × departures avoided − net cost, in each of the 24 futures.",
    );
  });

  it('gives one row per arm, money to three significant figures, signed, and shares of futures', () => {
    const nb = atValue(50000, { 'status-quo': BASE, keeps: KEEPS });
    expect(netBenefitHeader('package')[0]).toBe('package');
    const rows = netBenefitRows(nb);
    expect(rows[0]).toEqual(['status-quo', '$0 (the baseline)', '–', '0% of futures']);
    // 2 × 50,000 − 60,000 ± 1,000: +$40,000, with a narrow interval; ahead and best in every future.
    expect(rows[1][0]).toBe('keeps');
    expect(rows[1][1]).toMatch(/^\+\$40,000 \(\+\$39,\d00 to \+\$40,\d00\)$/);
    expect(rows[1].slice(2)).toEqual(['100% of futures', '100% of futures']);
    const behind = netBenefitRows(atValue(10000, { 'status-quo': BASE, keeps: KEEPS }))[1];
    expect(behind[1]).toMatch(/^−\$40,000 \(−\$40,\d00 to −\$39,\d00\)$/);
    expect(behind.slice(2)).toEqual(['0% of futures', '0% of futures']);
  });

  it('says the highest mean leads clearly when its interval over the next is above zero, and that the replications do not tell them apart when not', () => {
    const clear = netBenefitReading(atValue(50000, { 'status-quo': BASE, keeps: KEEPS }));
    expect(clear).toMatch(/^Highest on average: keeps, clearly ahead of status-quo, the next, by \$40,000 a year \(90% interval \+\$39,\d00 to \+\$40,\d00\)\. It is also best in the most futures \(100%\)\./);
    expect(clear).not.toContain('indicative');
    // At 50,000 NOISY's net benefit is 40,000 ± 40,000 and KEEPS's 40,000 ± 1,000; $500 cheaper, NOISY leads by $500 a year, well within the noise.
    const unclear = netBenefitReading(atValue(50000, { 'status-quo': BASE, keeps: KEEPS, noisy: [NOISY[0], NOISY[1].map((c) => c - 500)] }));
    expect(unclear).toMatch(/^Highest on average: noisy, ahead of keeps, the next, by \$500 a year \(90% interval −\$\d+,\d00 to \+\$\d+,\d00\), but the replications do not tell the two apart on average\./);
    // NOISY wins the futures in which it costs 30,000 less than its mean, KEEPS the others.
    expect(unclear).toContain('Best in the most futures: keeps and noisy (50% each).');
  });

  it('says the shares are indicative from fewer than 20 futures', () => {
    const few = atValue(50000, { 'status-quo': [BASE[0].slice(0, 5), BASE[1].slice(0, 5)], keeps: [KEEPS[0].slice(0, 5), KEEPS[1].slice(0, 5)] });
    expect(netBenefitReading(few)).toContain('from 5 futures they are indicative only');
  });

  it('names arms with the same mean together and gives no lead', () => {
    const reading = netBenefitReading(atValue(50000, { 'status-quo': BASE, copy: BASE }));
    expect(reading).toMatch(/^Highest on average: status-quo and copy \(the same mean\)\. They are also best in the most futures \(50% each\)\./);
  });
});
