import { describe, expect, it } from 'vitest';
import { netBenefitAtValue, type NetBenefitAtValue } from '../../../models/netBenefit';
import { netBenefitHeader, netBenefitLead, netBenefitReading, netBenefitRows, valuePerDepartureWords } from '../../../viz/report/netBenefitWords';
import { decimalText } from '../../../viz/report/metricFormat';

/** Arms given by their leavers and costs in each future, the first the baseline. */
function atValue(value: number, arms: Record<string, [number[], number[]]>): NetBenefitAtValue {
  const nb = netBenefitAtValue(value, Object.entries(arms).map(([policy, [leavers, cost]]) => ({ policy, leavers, cost })));
  if (!nb) throw new Error('nothing');
  return nb;
}

const n = 24;
const repeat = (f: (r: number) => number) => Array.from({ length: n }, (_, r) => f(r));
// 10 leavers a year at $100,000.
const BASE: [number[], number[]] = [repeat(() => 10), repeat(() => 100000)];
// Keeps 2 more staff a year at $60,000 more, give or take $1,000.
const KEEPS: [number[], number[]] = [repeat(() => 8), repeat((r) => 160000 + (r % 2 === 0 ? 1000 : -1000))];
// Keeps 1 more at $10,000 more, give or take $40,000.
const NOISY: [number[], number[]] = [repeat(() => 9), repeat((r) => 110000 + (r % 2 === 0 ? 40000 : -40000))];
const first = (arm: [number[], number[]], k: number): [number[], number[]] => [arm[0].slice(0, k), arm[1].slice(0, k)];

describe('net benefit in words', () => {
  it('says after the lead that costs and departures are discounted, where they are', () => {
    const arms = Object.entries({ 'status-quo': BASE, keeps: KEEPS }).map(([policy, [leavers, cost]]) => ({ policy, leavers, cost }));
    expect(netBenefitLead(netBenefitAtValue(50000, arms, 0.035)!, 'package')).toMatch(/ Costs and departures are discounted at 3\.5% a year \(costs\.discountRate\), as per-year equivalents\.$/);
    expect(netBenefitLead(netBenefitAtValue(50000, arms)!, 'package')).not.toContain('discounted');
  });

  it('leads with the value as the flag gave it, what a net benefit is, and that the futures are paired', () => {
    const nb = atValue(123456, { 'status-quo': BASE, keeps: KEEPS, noisy: NOISY });
    expect(netBenefitLead(nb, 'package')).toBe(
      "At $123,456 per departure avoided (what avoiding one is worth beyond the replacement cost and the vacant seat's saving already in the net cost), each package's net benefit a year compared with status-quo, whole team: V × departures avoided − net cost, in each of the 24 paired futures (every package run on the same seeds). " +
        "The departures avoided and the net cost are each package's means of those two parts, rounded (to 0.01 departures and $100), so V × departures avoided − net cost worked out from the table can differ from the net benefit shown by up to V × 0.005 + $100.",
    );
    expect(valuePerDepartureWords(50000.5)).toBe('$50,000.5');
    expect(valuePerDepartureWords(0)).toBe('$0');
  });

  it('shows a table written by CFSim 0.11.0 (summary.json, without the two parts) with dashes for them, and no sentence about them', () => {
    const nb = atValue(50000, { 'status-quo': BASE, keeps: KEEPS });
    const old = { ...nb, arms: nb.arms.map(({ departuresAvoided: _d, netCost: _c, ...rest }) => rest) } as unknown as NetBenefitAtValue;
    const rows = netBenefitRows(old);
    expect(rows.map((r) => r.slice(1, 3))).toEqual([['–', '–'], ['–', '–']]);
    expect(rows[1][3]).toMatch(/^\+\$40,000 /);
    expect(netBenefitLead(old, 'package')).not.toContain('two parts');
    expect(netBenefitLead(nb, 'package')).toContain('two parts');
  });

  it('gives one row per arm: money to the nearest hundred, signed, and counts of futures', () => {
    const nb = atValue(50000, { 'status-quo': BASE, keeps: KEEPS });
    expect(netBenefitHeader('scenario')).toEqual([
      'scenario',
      'departures avoided a year',
      'net cost a year',
      'net benefit a year (90% interval of the mean)',
      'ahead of the baseline in',
      'best (or tied) in',
    ]);
    const rows = netBenefitRows(nb);
    expect(rows[0]).toEqual(['status-quo', '0.00', '$0', '$0 (the baseline)', '–', '0 of 24 futures']);
    // 2 departures avoided for $60,000 ± 1,000: 2 × 50,000 − 60,000 = +$40,000, with a narrow interval; ahead and best in every future.
    expect(rows[1].slice(0, 3)).toEqual(['keeps', '+2.00', '+$60,000']);
    expect(rows[1][3]).toMatch(/^\+\$40,000 \(\+\$39,\d00 to \+\$40,\d00\)$/);
    expect(rows[1].slice(4)).toEqual(['24 of 24 futures', '24 of 24 futures']);
    const behind = netBenefitRows(atValue(10000, { 'status-quo': BASE, keeps: KEEPS }))[1];
    expect(behind.slice(1, 3)).toEqual(['+2.00', '+$60,000']);
    expect(behind[3]).toMatch(/^−\$40,000 \(−\$40,\d00 to −\$39,\d00\)$/);
    expect(behind.slice(4)).toEqual(['0 of 24 futures', '0 of 24 futures']);
  });

  it('rounds departures avoided as value for money words them: 0.575 is +0.58, as in 0.58 fewer staff leave a year (toFixed gave +0.57)', () => {
    const nb = atValue(50000, { 'status-quo': BASE, keeps: KEEPS, noisy: NOISY });
    const at = (d: number[]) => ({ ...nb, arms: nb.arms.map((a, i) => (i === 0 ? a : { ...a, departuresAvoided: d[i - 1] })) });
    expect(netBenefitRows(at([0.575, -0.575])).map((r) => r[1])).toEqual(['0.00', '+0.58', '−0.58']);
    expect(netBenefitRows(at([0.004, -0.004])).map((r) => r[1])).toEqual(['0.00', '0.00', '0.00']);
    expect(decimalText(0.575, 2)).toBe('0.58');
  });

  it('calls the lead clear only when it holds in at least 95% of the paired futures, and gives its mean with the interval of the mean', () => {
    const clear = netBenefitReading(atValue(50000, { 'status-quo': BASE, keeps: KEEPS }), 'package');
    expect(clear).toMatch(
      /^Highest on average: keeps, clearly ahead of status-quo: in 24 of 24 paired futures, and by \$40,000 a year on average \(90% interval of the mean \+\$39,\d00 to \+\$40,\d00\)\. It is also best \(or tied for best\) in the most futures: 24 of 24\./,
    );
    expect(clear).not.toContain('indicative');
    // NOISY, $500 cheaper than its mean above: it leads KEEPS by $500 on average, and in half the futures.
    const unclear = netBenefitReading(atValue(50000, { 'status-quo': BASE, keeps: KEEPS, noisy: [NOISY[0], NOISY[1].map((c) => c - 500)] }), 'package');
    expect(unclear).toMatch(
      /^Highest on average: noisy, ahead of the next, keeps: in 12 of 24 paired futures, and by \$500 a year on average \(90% interval of the mean −\$\d+,\d00 to \+\$\d+,\d00\): on average the replications do not tell the two apart\./,
    );
    expect(unclear).toContain('Best (or tied for best) in the most futures: keeps and noisy (12 of 24 each).');
  });

  it('says a lead under $50 is level, and calls nothing clear from fewer than 20 futures, whose counts are indicative', () => {
    const level = netBenefitReading(atValue(50000, { 'status-quo': BASE, keeps: KEEPS, noisy: [NOISY[0], NOISY[1].map((c) => c - 20)] }), 'package');
    expect(level).toMatch(/^Highest on average: noisy, level on average with the next, keeps\./);
    const few = netBenefitReading(atValue(50000, { 'status-quo': first(BASE, 5), keeps: first(KEEPS, 5) }), 'package');
    expect(few).toMatch(/^Highest on average: keeps, ahead of status-quo: in 5 of 5 paired futures/);
    expect(few).toContain('from 5 futures they are indicative only (at least 20 are needed before such counts can be relied on)');
  });

  it('names the one arm beside the baseline, with no "each", "every" or "the next" that speaks of several', () => {
    const nb = atValue(50000, { 'status-quo': BASE, keeps: KEEPS });
    const lead = netBenefitLead(nb, 'package');
    expect(lead).toContain("per departure avoided (what avoiding one is worth beyond the replacement cost and the vacant seat's saving already in the net cost), keeps's net benefit a year compared with status-quo, whole team: V × departures avoided − net cost, in each of the 24 paired futures (both run on the same seeds). ");
    expect(lead).toContain("The departures avoided and the net cost are keeps's means of those two parts");
    const reading = netBenefitReading(nb, 'package');
    expect(reading).toMatch(/^Highest on average: keeps, clearly ahead of status-quo: in 24 of 24 paired futures/);
    expect(reading).toContain('The counts are of the paired futures (both run on the same seeds)');
    expect(reading).toContain('Only departures are valued: what else keeps changes (ProQOL scores, absence, care quality, unmet demand) is not in it.');
    const level = netBenefitReading(atValue(50000, { 'status-quo': BASE, level: [BASE[0], BASE[1].map((c, r) => c + (r % 2 === 0 ? 20 : 0))] }), 'scenario');
    expect(level).toMatch(/^Highest on average: status-quo, level on average with level\. /);
    for (const text of [lead, reading, level]) expect(text).not.toMatch(/each package|every package|every scenario|the next|the packages|the scenarios/);
    // With two arms beside the baseline, the lead still speaks of each.
    expect(netBenefitReading(atValue(50000, { 'status-quo': BASE, keeps: KEEPS, noisy: NOISY }), 'package')).toContain('(every package run on the same seeds)');
  });

  it('names arms with the same net benefit in every future together, and their lead over the next', () => {
    const reading = netBenefitReading(atValue(50000, { 'status-quo': BASE, keeps: KEEPS, copy: KEEPS }), 'scenario');
    expect(reading).toMatch(/^Highest on average: keeps and copy, tied in every future, clearly ahead of the next, status-quo: in 24 of 24 paired futures/);
    expect(reading).toContain('They are also best (or tied for best) in the most futures: 24 of 24 each.');
    expect(reading).toContain('every scenario run on the same seeds');
    // Every arm the same: no lead to give.
    expect(netBenefitReading(atValue(50000, { 'status-quo': BASE, copy: BASE }), 'package')).toMatch(/^Highest on average: status-quo and copy, tied on average\. They are also/);
  });
});
