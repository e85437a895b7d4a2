import { describe, expect, it } from 'vitest';
import { comparisonTable, formatDifferences, groupNotes, LABELS, ON_AVERAGE_NOTE, outcomeTable, SIGNED_ZERO_NOTE, verdict } from '../../bin/format';
import { METRICS, type MetricName } from '../../models/metrics';
import type { PolicyOutcome } from '../../models/ensemble';
import { decimalsShowingSmall, GROUP_OUTSIDE_RANGE_NOTE, PAIRED_OUTSIDE_RANGE_NOTE } from '../../viz/report/differences';
import { COST_PARTS } from '../../models/costParts';
import { formatValue } from '../../viz/report/metricFormat';

describe('differences in the comparison table', () => {
  it('shares are in percentage points, not percent', () => {
    expect(formatDifferences('turnoverPerYear', { mean: -0.043, p05: -0.075, p95: -0.018 })).toEqual({ mean: '−4.3 pp', p05: '−7.5 pp', p95: '−1.8 pp' });
  });

  it('a clear difference too small for the usual decimals gets enough of them to show it is not zero', () => {
    const d = { mean: 0.000167, p05: 0.000032, p95: 0.000272 };
    expect(verdict('absenceRate', d)).toBe('clearly worse (higher)');
    expect(formatDifferences('absenceRate', d)).toEqual({ mean: '+0.017 pp', p05: '+0.003 pp', p95: '+0.027 pp' });
    expect(formatDifferences('careQuality', { mean: -0.0004, p05: -0.0006, p95: -0.0002 })).toEqual({ mean: '−0.00040', p05: '−0.00060', p95: '−0.00020' });
  });

  it('the mean sets the precision; a range end near zero gets digits of its own instead of stretching the mean to them', () => {
    // The end near zero needs five decimals; the mean gets two significant figures, not five, and the other end as many as the mean.
    expect(formatDifferences('proqolCS', { mean: -0.92632, p05: -2.15018, p95: -0.00053 })).toEqual({ mean: '−0.93', p05: '−2.15', p95: '−0.00053' });
    // A mean as long as the end's own: it and the other end are not shown rounded to one decimal beside it ("+0.1 pp (+0.047 pp to +0.1 pp)").
    expect(formatDifferences('lowCSShare', { mean: 0.00088, p05: 0.00047, p95: 0.00148 })).toEqual({ mean: '+0.088 pp', p05: '+0.047 pp', p95: '+0.148 pp' });
    // A mean with two figures at the usual decimals keeps them: only the end near zero is longer.
    expect(formatDifferences('proqolSTS', { mean: -5.5, p05: -11, p95: -0.017 })).toEqual({ mean: '−5.5', p05: '−11.0', p95: '−0.017' });
    // Where no end needs more than the mean's decimals, nothing changes.
    expect(formatDifferences('proqolSTS', { mean: -0.12, p05: -0.3, p95: -0.06 })).toEqual({ mean: '−0.1', p05: '−0.3', p95: '−0.1' });
  });

  it('a difference within noise keeps the usual decimals, and what rounds to zero has no sign', () => {
    const d = { mean: 0.00004, p05: 0, p95: 0.001 };
    expect(verdict('vacancyRate', d)).toBe('within noise');
    expect(formatDifferences('vacancyRate', d)).toEqual({ mean: '0.0 pp', p05: '0.0 pp', p95: '+0.1 pp' });
  });

  it('within noise, the mean and its range ends keep one precision, and an end that is not zero but would show as zero keeps its sign, so a range crossing zero does not look as if it touched it', () => {
    const crossing = { mean: 0.2, p05: -0.046, p95: 0.5 };
    expect(verdict('proqolSTS', crossing)).toBe('within noise');
    expect(formatDifferences('proqolSTS', crossing)).toEqual({ mean: '+0.2', p05: '−0.0', p95: '+0.5' });
    expect(formatDifferences('highSTSShare', { mean: -0.018, p05: -0.048, p95: 0.000008 })).toEqual({ mean: '−1.8 pp', p05: '−4.8 pp', p95: '+0.0 pp' });
    // As reported: "−5.4 pp (−13.6 pp to +0.0077 pp)" and "0.0 pp (−0.025 pp to +0.3 pp)".
    expect(formatDifferences('turnoverPerYear', { mean: -0.054, p05: -0.136, p95: 0.000077 })).toEqual({ mean: '−5.4 pp', p05: '−13.6 pp', p95: '+0.0 pp' });
    expect(formatDifferences('turnoverPerYear', { mean: 0.0002, p05: -0.00025, p95: 0.003 })).toEqual({ mean: '0.0 pp', p05: '−0.0 pp', p95: '+0.3 pp' });
    expect(formatDifferences('costPerWorkerYear', { mean: 4.2, p05: -0.43, p95: 9 })).toEqual({ mean: '+$4', p05: '−$0', p95: '+$9' });
    // An end that is zero has no sign.
    expect(formatDifferences('turnoverPerYear', { mean: -0.054, p05: -0.145, p95: 0 }).p95).toBe('0.0 pp');
  });

  it('a clear difference takes its direction from its range, even when the mean lies outside it', () => {
    const skewed = { mean: -0.01, p05: 0.001, p95: 0.02 };
    expect(verdict('turnoverPerYear', skewed)).toBe('clearly worse (higher)');
    expect(verdict('costPerWorkerYear', { mean: 5, p05: -30, p95: -1 })).toBe('clearly costs less');
  });

  it('a clear difference is small against a baseline only below 5% of its level, whatever its direction; against 0 nothing is small', () => {
    expect(verdict('costPerWorkerYear', { mean: -390, p05: -450, p95: -300 }, 8000)).toBe('clearly costs less but small');
    expect(verdict('costPerWorkerYear', { mean: 410, p05: 300, p95: 450 }, 8000)).toBe('clearly costs more');
    expect(verdict('proqolBO', { mean: -0.9, p05: -1.2, p95: -0.6 }, -20)).toBe('clearly better (lower) but small');
    expect(verdict('supportUptake', { mean: 0.001, p05: 0.0005, p95: 0.002 }, 0)).toBe('clearly higher');
    expect(verdict('proqolBO', { mean: -0.1, p05: -0.2, p95: 0.1 }, 20)).toBe('within noise');
  });

  it('from fewer than 20 replications a verdict that would be clear is indicative, small or not, in every kind of metric', () => {
    expect(verdict('costPerWorkerYear', { mean: -390, p05: -450, p95: -300 }, 8000, 2)).toBe('indicative: costs less but small');
    expect(verdict('supportUptake', { mean: 0.3, p05: 0.2, p95: 0.4 }, 0.1, 19)).toBe('indicative: higher');
    expect(verdict('proqolSTS', { mean: -2, p05: -3, p95: -1 }, 27, 2)).toBe('indicative: better (lower)');
    expect(verdict('proqolSTS', { mean: -2, p05: -3, p95: -1 }, 27, 20)).toBe('clearly better (lower)');
    expect(verdict('proqolSTS', { mean: -2, p05: -3, p95: 1 }, 27, 2)).toBe('within noise');
  });

  it('a difference that is not clear but never goes the other way says how many futures it went one way in, not "within noise"', () => {
    // mandatory-debrief's turnover: 32 futures with more leavers, 68 identical, none with fewer.
    expect(verdict('turnoverPerYear', { mean: 0.005, p05: 0, p95: 0.019, positive: 32, zero: 68, negative: 0 }, 0.25, 100)).toBe('worse (higher) in 32 of 100 futures, the same in the other 68');
    expect(verdict('proqolCS', { mean: -0.1, p05: -0.3, p95: 0, positive: 0, zero: 10, negative: 40 }, 37, 50)).toBe('worse (lower) in 40 of 50 futures, the same in the other 10');
    expect(verdict('costPerWorkerYear', { mean: -12, p05: -40, p95: 0, positive: 0, zero: 20, negative: 30 }, 8000, 50)).toBe('costs less in 30 of 50 futures, the same in the other 20');
    expect(verdict('leaveDaysPerWorkerYear', { mean: 0.3, p05: 0, p95: 1, positive: 5, zero: 45, negative: 0 }, 20, 50)).toBe('higher in 5 of 50 futures, the same in the other 45');
    expect(verdict('turnoverPerYear', { mean: 0, p05: 0, p95: 0, positive: 0, zero: 50, negative: 0 }, 0.25, 50)).toBe('the same in every future');
    // Both ways: within noise, with how many futures went each way (the larger first), so 84 against 1 is not read as no effect,
    // and how many did not differ, so 32 against 8 is not read as the whole of 100.
    expect(verdict('turnoverPerYear', { mean: 0.005, p05: -0.01, p95: 0.019, positive: 32, zero: 60, negative: 8 }, 0.25, 100)).toBe('within noise: worse (higher) in 32 of 100 futures, better (lower) in 8, the same in 60');
    expect(verdict('turnoverPerYear', { mean: -0.128, p05: -0.302, p95: 0, positive: 1, zero: 15, negative: 84 }, 0.35, 100)).toBe('within noise: better (lower) in 84 of 100 futures, worse (higher) in 1, the same in 15');
    expect(verdict('costPerWorkerYear', { mean: 3, p05: -20, p95: 30, positive: 50, zero: 0, negative: 50 }, 8000, 100)).toBe('within noise: costs less in 50 of 100 futures, costs more in 50');
    // Results written without the counts: within noise alone.

    expect(verdict('turnoverPerYear', { mean: 0.005, p05: 0, p95: 0.019 }, 0.25, 100)).toBe('within noise');
    // A clear difference is still clear, counts or not.
    expect(verdict('turnoverPerYear', { mean: 0.02, p05: 0.01, p95: 0.03, positive: 100, zero: 0, negative: 0 }, 0.25, 100)).toBe('clearly worse (higher)');
  });

  it('a difference that goes both ways but whose mean is clear reads "on average", with the futures each way; not without se or below 20 futures', () => {
    // A planner's run: a package raised the share of staff at high STS by 4.9 points, 8.8 se from zero, in 70 of 100 futures.
    const d = { mean: 0.049, se: 0.0056, p05: -0.02, p95: 0.12, positive: 70, zero: 10, negative: 20 };
    expect(verdict('highSTSShare', d, 0.093, 100)).toBe('on average worse (higher), not in every future: worse (higher) in 70 of 100 futures, better (lower) in 20, the same in 10');
    expect(verdict('costPerWorkerYear', { mean: -148, se: 40, p05: -438, p95: 122, positive: 13, zero: 0, negative: 47 }, 5818, 60)).toBe('on average costs less but small, not in every future: costs less in 47 of 60 futures, costs more in 13');
    expect(verdict('highSTSShare', { ...d, se: 0.03 }, 0.093, 100)).toMatch(/^within noise: worse \(higher\) in 70 of 100 futures/);
    expect(verdict('highSTSShare', { ...d, se: undefined }, 0.093, 100)).toMatch(/^within noise/);
    // t from the futures paired with one fewer degree of freedom, not the normal 1.645: from 20, t(19) = 1.7291 (t(20) = 1.7247),
    // so 1.754 se is clear on average and 1.727 se is not.
    const twenty = { mean: 0.01, p05: -0.01, p95: 0.03, positive: 15, zero: 0, negative: 5 };
    expect(verdict('highSTSShare', { ...twenty, se: 0.0057 }, 0.093, 20)).toMatch(/^on average worse/);
    expect(verdict('highSTSShare', { ...twenty, se: 0.01 / 1.727 }, 0.093, 20)).toMatch(/^within noise/);
    // A mean under 5% of the baseline's level is "but small".
    expect(verdict('proqolSTS', { mean: 1, se: 0.1, p05: -1, p95: 3, positive: 80, zero: 0, negative: 20 }, 27, 100)).toMatch(/^on average worse \(higher\) but small, not in every future/);
    // Below 20 futures verdicts are indicative at most: no "on average".
    expect(verdict('highSTSShare', { ...twenty, positive: 14, se: 0.001 }, 0.093, 19)).toMatch(/^within noise/);
  });

  it('a mean clear on average shows the digits that keep it from reading as zero, as a clear one does', () => {
    // A reviewer's run: client deaths −0.031 a worker-year, 2.9 se from zero, shown as "0.0" beside "on average lower".
    const d = { mean: -0.031, se: 0.0106, p05: -0.2, p95: 0.1, positive: 20, zero: 5, negative: 35 };
    expect(formatDifferences('clientDeathsPerWorkerYear', d).mean).toBe('−0.031');
    expect(formatDifferences('clientDeathsPerWorkerYear', { ...d, se: 0.05 }).mean).toBe('0.0');
  });

  it('money keeps its sign before the currency and thousands separators', () => {
    expect(formatDifferences('costPerWorkerYear', { mean: 5136.4, p05: 4516, p95: 5693 })).toEqual({ mean: '+$5,136', p05: '+$4,516', p95: '+$5,693' });
  });

  it('each part of the cost reads as money, and its verdict as the cost\'s', () => {
    for (const part of COST_PARTS) {
      expect(formatDifferences(part.metric, { mean: -1250.4, p05: -1400, p95: -1100 }), part.metric).toEqual({ mean: '−$1,250', p05: '−$1,400', p95: '−$1,100' });
      expect(formatValue(part.metric, 2400.2), part.metric).toBe('$2,400');
      expect(verdict(part.metric, { mean: 30, p05: 10, p95: 50 }), part.metric).toBe('clearly costs more');
      expect(verdict(part.metric, { mean: -30, p05: -50, p95: -10 }), part.metric).toBe('clearly costs less');
    }
  });
});

describe('decimalsShowingSmall', () => {
  it('keeps the usual decimals unless a number that is not zero would show as zero, then gives it two significant digits', () => {
    expect(decimalsShowingSmall([1.23, -0.5], 1)).toBe(1);
    expect(decimalsShowingSmall([0.0032, 0.2], 1)).toBe(4);
    expect(decimalsShowingSmall([0, 0], 1)).toBe(1);
    expect(decimalsShowingSmall([4e-7], 1)).toBe(8);
    expect(decimalsShowingSmall([1e-14], 1), 'capped').toBe(10);
  });
});

describe('outcome table', () => {
  const outcome = (policy: string, highBO: { mean: number; p05: number; p95: number }): PolicyOutcome =>
    ({
      policy,
      metrics: Object.fromEntries(METRICS.map((m) => [m.name, m.name === 'highBOShare' ? { ...highBO, sd: 0 } : { mean: 1, sd: 0, p05: 0.5, p95: 1.5 }])) as Record<MetricName, never>,
    }) as unknown as PolicyOutcome;

  it('marks a mean outside its own 90% range and explains the mark under the table', () => {
    const table = outcomeTable([outcome('a', { mean: 0.001, p05: 0, p95: 0 })], 20, 365);
    expect(table).toContain('0.1% (0.0%–0.0%)*');
    expect(table).toContain('* The mean lies outside the range holding 90% of replications');
  });

  it('says under the table that its costs are beyond the funded salaries, not the team\'s total cost, and in US dollars unless the scenario prices them', () => {
    const lines = outcomeTable([outcome('a', { mean: 0.01, p05: 0, p95: 0.02 })], 20, 365).split('\n');
    const last = lines.findIndex((l) => l.startsWith(LABELS.clientDeathsPerWorkerYear));
    expect(lines[last + 1]).toBe("Costs are beyond the funded seats' salaries at full staffing: support programmes and sessions, added and float staff, pay raises, replacing leavers and paid absence, less the salary of vacant seats. Not the team's total cost. Amounts are in the currency of the scenario's prices (its costs fields): the built-in prices are US dollars from US sources, whatever the population, so a scenario for another country shows US-dollar costs until its prices are set.");
  });

  it("explains a group's turnover marked outside its range by the pooling, not by a few large values", () => {
    const flat = { mean: 0.01, p05: 0, p95: 0.02 };
    const o = { ...outcome('a', flat), groups: [{ by: 'role', group: 'police', label: 'Police officer', reps: 20, turnoverPerYear: { mean: 0.3, sd: 0, p05: 0.4, p95: 0.6 } }] } as unknown as PolicyOutcome;
    const table = outcomeTable([o], 20, 365);
    expect(table).toContain('30.0% (40.0%–60.0%)*');
    expect(table).toContain(GROUP_OUTSIDE_RANGE_NOTE);
    expect(table).not.toContain('* The mean lies outside the range holding 90% of replications');
  });

  it('has no mark and no footnote when every mean is inside its range, or shows as one of its ends', () => {
    expect(outcomeTable([outcome('a', { mean: 0.01, p05: 0, p95: 0.02 })], 20, 365)).not.toContain('*');
    expect(outcomeTable([outcome('a', { mean: 0.0004, p05: 0, p95: 0 })], 20, 365), '0.0% (0.0%–0.0%)').not.toContain('*');
  });

  it('shows only the value from one replication: a range of one value would look like certainty', () => {
    const table = outcomeTable([outcome('a', { mean: 0.25, p05: 0.25, p95: 0.25 })], 1, 365);
    expect(table).toMatch(/Staff with high burnout \(≥42\) +25\.0%$/m);
    expect(table).not.toContain('–');
  });
});

describe('leave row', () => {
  it('says it counts calendar days of paid time off and grief leave, so 15 workdays of PTO reading about 21 is not misread', () => {
    expect(LABELS.leaveDaysPerWorkerYear).toBe('Leave per worker-year (calendar days: PTO, grief)');
  });
});

describe('cost rows', () => {
  it('the parts of the cost are labelled as parts of its row, right under it', () => {
    const names = METRICS.map((m) => m.name as string);
    const cost = names.indexOf('costPerWorkerYear');
    expect(COST_PARTS.map((p) => LABELS[p.metric])).toEqual(['  of which pay and benefits', '  of which programmes and training', '  of which support sessions', '  of which added and float staff', '  of which replacing leavers', '  of which paid absence', '  of which vacant seats']);
    expect(names.slice(cost + 1, cost + 1 + COST_PARTS.length)).toEqual(COST_PARTS.map((p) => p.metric));
  });
});

describe('comparison table', () => {
  const flat = { mean: 0.1, sd: 0, p05: 0.1, p95: 0.1 };
  const outcome = (policy: string): PolicyOutcome => ({ policy, metrics: Object.fromEntries(METRICS.map((m) => [m.name, flat])) }) as unknown as PolicyOutcome;
  const differences = (lowCS: { mean: number; p05: number; p95: number; se?: number; positive?: number; zero?: number; negative?: number }) =>
    Object.fromEntries(METRICS.map((m) => [m.name, m.name === 'lowCSShare' ? lowCS : { mean: 0, p05: 0, p95: 0 }])) as Record<MetricName, { mean: number; p05: number; p95: number }>;

  it('marks a difference whose mean shows outside its own 90% range, and explains the mark', () => {
    // Most paired futures differ by nothing, a few by a lot: the mean (+0.05 pp) is above the 95th percentile.
    const table = comparisonTable(outcome('a'), outcome('b'), differences({ mean: 0.0005, p05: 0, p95: 0 }), 50);
    expect(table).toMatch(/Staff with low satisfaction \(≤22\)\s.*\+0\.1 pp \(0\.0 pp to 0\.0 pp\)\*\s+within noise/);
    expect(table).toContain('* The mean lies outside the range holding 90% of the paired differences');
  });

  it("explains a group's marked mean by its pooling over worker-days, not by a few large values", () => {
    const group = { by: 'role', group: 'police', label: 'Police officer' };
    const withGroup = (policy: string) => ({ ...outcome(policy), groups: [{ ...group, reps: 50, turnoverPerYear: flat }] }) as unknown as PolicyOutcome;
    const table = comparisonTable(withGroup('a'), withGroup('b'), differences({ mean: 0, p05: 0, p95: 0 }), 50, [{ ...group, reps: 50, turnoverPerYear: { mean: 0.02, p05: -0.2, p95: -0.05 } }] as never);
    expect(table).toMatch(/\+2\.0 pp \(−20\.0 pp to −5\.0 pp\)\*/);
    expect(table).toContain(GROUP_OUTSIDE_RANGE_NOTE);
    expect(table).not.toContain(PAIRED_OUTSIDE_RANGE_NOTE);
    expect(comparisonTable(outcome('a'), outcome('b'), differences({ mean: 0.0005, p05: 0, p95: 0 }), 50)).not.toContain(GROUP_OUTSIDE_RANGE_NOTE);
  });

  it('explains a range end shown as zero with a sign under the table, and only then', () => {
    const table = comparisonTable(outcome('a'), outcome('b'), differences({ mean: -0.054, p05: -0.136, p95: 0.000077 }), 50);
    expect(table).toMatch(/Staff with low satisfaction \(≤22\)\s.*−5\.4 pp \(−13\.6 pp to \+0\.0 pp\)\s+within noise/);
    expect(table).toContain(SIGNED_ZERO_NOTE);
    expect(comparisonTable(outcome('a'), outcome('b'), differences({ mean: -0.054, p05: -0.136, p95: 0 }), 50)).not.toContain(SIGNED_ZERO_NOTE);
  });

  it('explains "on average" under a table with such a verdict, and only then', () => {
    const average = { mean: 0.01, se: 0.001, p05: -0.01, p95: 0.03, positive: 40, zero: 0, negative: 10 };
    const table = comparisonTable(outcome('a'), outcome('b'), differences(average), 50);
    expect(table).toMatch(/Staff with low satisfaction \(≤22\)\s.*on average worse \(higher\), not in every future: worse \(higher\) in 40 of 50 futures, better \(lower\) in 10/);
    expect(table).toContain(ON_AVERAGE_NOTE);
    expect(comparisonTable(outcome('a'), outcome('b'), differences({ ...average, se: 0.01 }), 50)).not.toContain(ON_AVERAGE_NOTE);
  });

  it('calls a clear difference under 5% of the baseline\'s level small, and says what small means; a larger one or one within noise is not', () => {
    // The baseline's share is 0.1 (10%): 0.004 is 4% of it, 0.006 is 6%.
    const small = comparisonTable(outcome('a'), outcome('b'), differences({ mean: 0.004, p05: 0.003, p95: 0.005 }), 50);
    expect(small).toMatch(/Staff with low satisfaction \(≤22\)\s.*clearly worse \(higher\) but small/);
    expect(small).toContain('"Small": a clear difference under 5% of a\'s own level');
    // The examples are the baseline's own levels (every metric of outcome('a') is 0.1): 5% of them.
    expect(small).toContain('(under 0.01 points on a\'s ProQOL secondary traumatic stress of 0.1, say, or 0.50 percentage points on its turnover of 10.0%)');
    const notSmall = comparisonTable(outcome('a'), outcome('b'), differences({ mean: 0.006, p05: 0.005, p95: 0.007 }), 50);
    expect(notSmall).toMatch(/Staff with low satisfaction \(≤22\)\s.*clearly worse \(higher\)$/m);
    expect(notSmall).not.toContain('small');
    expect(comparisonTable(outcome('a'), outcome('b'), differences({ mean: 0.004, p05: -0.001, p95: 0.005 }), 50)).not.toContain('small');
    // From fewer than 20 replications nothing is clear: "small" is said of an indicative difference.
    const fewSmall = comparisonTable(outcome('a'), outcome('b'), differences({ mean: 0.004, p05: 0.003, p95: 0.005 }), 8);
    expect(fewSmall).toMatch(/indicative: worse \(higher\) but small/);
    expect(fewSmall).toContain('"Small": an indicative difference under 5% of a\'s own level');
    expect(fewSmall).toContain('all 8 futures agree in its sign');
    expect(fewSmall).not.toContain('clear difference');
  });

  it('from fewer than 20 replications calls a difference whose range excludes zero indicative, not clear, heads the range as all of them, and says how many would do', () => {
    const few = comparisonTable(outcome('a'), outcome('b'), differences({ mean: 0.02, p05: 0.01, p95: 0.03 }), 19);
    expect(few).toMatch(/Staff with low satisfaction \(≤22\)\s.*\+2\.0 pp \(\+1\.0 pp to \+3\.0 pp\)\s+indicative: worse \(higher\)$/m);
    expect(few).not.toContain('clearly');
    expect(few).toContain('difference (range of all 19)');
    expect(few).toContain('With 19 replications (fewer than 20) each range runs from the smallest to the largest paired difference');
    expect(few).toContain('Run 20 or more replications (--reps 20');
    const enough = comparisonTable(outcome('a'), outcome('b'), differences({ mean: 0.02, p05: 0.01, p95: 0.03 }), 20);
    expect(enough).toMatch(/Staff with low satisfaction \(≤22\)\s.*clearly worse \(higher\)$/m);
    expect(enough).toContain('difference (90% range)');
    expect(enough).not.toContain('indicative');
  });

  it('a difference that pairs fewer replications (a metric with nothing to measure in some) is named under the table; under 20 pairs its range is of all of them and the note says so', () => {
    // lowCSShare paired in 12 of 50 replications: its range is of all 12, its verdict indicative.
    const lowCS = { mean: 0.02, p05: 0.01, p95: 0.03, positive: 12, zero: 0, negative: 0 };
    const table = comparisonTable(outcome('a'), outcome('b'), { ...differences(lowCS), lowCSShare: lowCS }, 50);
    expect(table).toContain('difference (90% range)');
    expect(table).toMatch(/Staff with low satisfaction \(≤22\)\s.*indicative: worse \(higher\)$/m);
    expect(table).toContain('Some differences pair fewer than the 50 replications: only those in which both packages had a value (Staff with low satisfaction (≤22): 12). From fewer than 20 pairs a range runs from the smallest to the largest difference and a verdict is at most indicative.');
    // 30 pairs: a 90% range like the others', and no such sentence.
    const thirty = { ...lowCS, positive: 30 };
    expect(comparisonTable(outcome('a'), outcome('b'), { ...differences(thirty), lowCSShare: thirty }, 50)).not.toContain('From fewer than 20 pairs');
    // A table of few replications heads the ranges as all pairs, not all 5, when some pair fewer.
    const two = { ...lowCS, positive: 2 };
    const few = comparisonTable(outcome('a'), outcome('b'), { ...differences(two), lowCSShare: two }, 5);
    expect(few).toContain('difference (range of all pairs)');
    expect(few).not.toContain('range of all 5');
    expect(few).not.toContain('From fewer than 20 pairs');
  });

  it('has no mark when the mean shows inside its range or as one of its ends', () => {
    expect(comparisonTable(outcome('a'), outcome('b'), differences({ mean: 0.0002, p05: 0, p95: 0.003 }), 50)).not.toContain('*');
    expect(comparisonTable(outcome('a'), outcome('b'), differences({ mean: 0.0004, p05: 0, p95: 0 }), 50), '0.0 pp (0.0 pp to 0.0 pp)').not.toContain('*');
  });
});

describe('money', () => {
  it('a negative amount (the vacancy part, a saving) reads with its sign before the currency, as differences do', async () => {
    const { formatValue } = await import('../../viz/report/metricFormat');
    expect(formatValue('vacancyCostPerWorkerYear', -2759.4)).toBe('−$2,759');
    expect(formatValue('costPerWorkerYear', 5669)).toBe('$5,669');
    expect(formatValue('vacancyCostPerWorkerYear', -0.3)).toBe('$0');
  });
});

describe('one rounding rule', () => {
  it('a value reads the same in the outcome table, the differences and value for money: 4.35 is 4.4 in each (toFixed gave 4.3)', () => {
    expect(formatValue('leaversPerYear', 4.35)).toBe('4.4');
    expect(formatDifferences('leaversPerYear', { mean: -4.35, p05: -7, p95: -1.5 }).mean).toBe('−4.4');
    expect(formatValue('proqolBO', 20.25)).toBe('20.3');
    expect(formatValue('highSTSShare', 0.0285)).toBe('2.9%');
    expect(formatValue('leaversPerYear', 1234.56)).toBe('1234.6');
    // Zero has no sign, and money rounds as the differences do (−2.5 is −$3 in both; Math.round gave −$2).
    expect([formatValue('leaversPerYear', -0.04), formatValue('proqolBO', -0), formatValue('cf', -0.0001)]).toEqual(['0.0', '0.0', '0.000']);
    expect(formatValue('vacancyCostPerWorkerYear', -2.5)).toBe('−$3');
    expect(formatValue('costPerWorkerYear', 1234567.5)).toBe('$1,234,568');
  });
});

describe('turnover by role and lived experience', () => {
  const flat = { mean: 0.2, sd: 0, p05: 0.1, p95: 0.3 };
  const group = (by: 'role' | 'livedExperience', name: string, label: string, mean: number, reps = 20) => ({ by, group: name, label, workerYears: 4.25, reps, turnoverPerYear: { mean, sd: 0, p05: mean / 2, p95: mean * 2 } });
  const outcome = (policy: string, recoveryCoaches: number, reps = 20): PolicyOutcome => ({
    policy,
    metrics: Object.fromEntries(METRICS.map((m) => [m.name, flat])) as unknown as PolicyOutcome['metrics'],
    groups: [group('role', 'recovery-coach', 'Recovery coach (peer)', recoveryCoaches, reps), group('livedExperience', 'yes', 'With lived experience', 0.3)],
  });

  it("lists each group's turnover right under the team's, and says what the rows are and how many worker-years they rest on", () => {
    const lines = outcomeTable([outcome('a', 0.36), outcome('b', 0.28)], 20, 365).split('\n');
    const team = lines.findIndex((l) => l.startsWith('Turnover per year'));
    expect(lines[team + 1]).toMatch(/^ {2}role: Recovery coach \(peer\) +36\.0% \(18\.0%–72\.0%\) +28\.0% \(14\.0%–56\.0%\)$/);
    expect(lines[team + 2]).toMatch(/^ {2}with lived experience +30\.0% /);
    // The team's leavers follow the rates, role by role.
    expect(lines[team + 3]).toMatch(/^Leavers per year, whole team/);
    expect(lines[team + 4]).toMatch(/^Seats vacant/);
    expect(lines.join('\n')).toContain('staff in post on an average day (under a, or the first with anyone of the group; one that adds staff has more): Recovery coach (peer) 4.3, With lived experience 4.3.');
    // Over a horizon of two years, 4.25 worker-years a replication are about 2 staff in post.
    expect(outcomeTable([outcome('a', 0.36)], 20, 730)).toContain('staff in post on an average day: Recovery coach (peer) 2.1, With lived experience 2.1.');
    expect(lines.join('\n')).not.toContain('nobody in post');
  });

  it("gives each package's staff in post under the whole team's cost, which per-worker figures divide by", () => {
    const lines = outcomeTable([{ ...outcome('a', 0.36), staffInPost: 36.24 }, { ...outcome('b', 0.28), staffInPost: 42.8 }], 20, 365).split('\n');
    const cost = lines.findIndex((l) => l.startsWith('Cost per year, whole team'));
    expect(lines[cost + 1]).toMatch(/^Staff in post \(mean\) +36\.2 +42\.8$/);
    expect(outcomeTable([outcome('a', 0.36)], 20, 365)).not.toContain('Staff in post');
  });

  it('says, where arms add seats, that their turnover falls with the larger team and that leavers per year count who leaves', () => {
    const note = 'Turnover per year and cost per worker-year are per worker in post: b adds staff, so its turnover falls with the larger team even when as many leave. Leavers per year, whole team, counts who leaves, and Cost per year, whole team, is the yearly cost.';
    expect(outcomeTable([outcome('a', 0.36), outcome('b', 0.28)], 20, 365, ['b'])).toContain(note);
    expect(outcomeTable([outcome('a', 0.36), outcome('b', 0.28), outcome('c', 0.28)], 20, 365, ['b', 'c'])).toContain(': b and c add staff, so their turnover falls');
    expect(outcomeTable([outcome('a', 0.36), outcome('b', 0.28)], 20, 365)).not.toContain('per worker in post');
    // Seats every arm takes alike from one source are that source's, said once.
    expect(outcomeTable([outcome('a', 0.36), outcome('b', 0.28)], 20, 365, { source: '--set policy.staffing.extraSeatShare=0.1', every: 'every package' })).toContain(
      ': --set policy.staffing.extraSeatShare=0.1 adds seats to every package, so turnover falls with the larger team even when as many leave. Leavers per year',
    );
  });

  it('says which groups rest on fewer replications than the run, having had nobody in post in the others', () => {
    expect(outcomeTable([outcome('a', 0.36, 12)], 20, 365)).toContain('Some groups had nobody in post in some replications; their turnover is over the others (Recovery coach (peer) under a: 12 of 20).');
  });

  it("gives each group's paired difference and verdict under the team's, judged as turnover over the replications it pairs", () => {
    const d = Object.fromEntries(METRICS.map((m) => [m.name, { mean: 0, p05: 0, p95: 0 }])) as Record<MetricName, { mean: number; p05: number; p95: number }>;
    const groups = [
      { by: 'role' as const, group: 'recovery-coach', label: 'Recovery coach (peer)', reps: 20, turnoverPerYear: { mean: -0.08, p05: -0.15, p95: -0.02 } },
      { by: 'livedExperience' as const, group: 'yes', label: 'With lived experience', reps: 19, turnoverPerYear: { mean: -0.08, p05: -0.15, p95: -0.02 } },
    ];
    const lines = comparisonTable(outcome('a', 0.36), outcome('b', 0.28), d, 20, groups).split('\n');
    const team = lines.findIndex((l) => l.startsWith('Turnover per year'));
    expect(lines[team + 1]).toMatch(/^ {2}role: Recovery coach \(peer\) +36\.0% +28\.0% +−8\.0 pp \(−15\.0 pp to −2\.0 pp\) +clearly better \(lower\)$/);
    // Paired over 19 replications only: fewer than 20, so indicative.
    expect(lines[team + 2]).toMatch(/^ {2}with lived experience .* indicative: better \(lower\)$/);
    // The team's leavers follow the rates, role by role.
    expect(lines[team + 3]).toMatch(/^Leavers per year, whole team/);
    expect(lines[team + 4]).toMatch(/^Seats vacant/);
    // From few replications the range's header says all pairs, not all 20, when a group pairs fewer.
    expect(comparisonTable(outcome('a', 0.36), outcome('b', 0.28), d, 19, groups.map((g) => ({ ...g, reps: 18 })))).toContain('difference (range of all pairs)');
    expect(comparisonTable(outcome('a', 0.36), outcome('b', 0.28), d, 19, groups.map((g) => ({ ...g, reps: 19 })))).toContain('difference (range of all 19)');
  });

  it('shows a dash for a group nobody of which was in post under a package (scenario files with other role mixes)', () => {
    const none = { ...outcome('b', 0.3), groups: [group('role', 'recovery-coach', 'Recovery coach (peer)', NaN, 0), group('livedExperience', 'yes', 'With lived experience', 0.3)] };
    const lines = outcomeTable([outcome('a', 0.36), none], 20, 365).split('\n');
    expect(lines.find((l) => l.startsWith('  role: Recovery coach'))).toMatch(/36\.0% \(18\.0%–72\.0%\) +–$/);
    expect(lines).toContain('–: nobody of the group was in post in any replication (Recovery coach (peer) under b).');
    expect(lines.join('\n')).not.toContain('0 of 20');
    // A group the first arm lacks takes its size from the first arm that has it.
    expect(outcomeTable([none, outcome('a', 0.36)], 20, 365)).toContain(': Recovery coach (peer) 4.3, With lived experience 4.3.');
  });

  it('results written before turnover by group have no group rows and no note', () => {
    const old = { ...outcome('a', 0.3), groups: undefined };
    const table = outcomeTable([old], 20, 365);
    expect(table).not.toContain('role:');
    expect(table).not.toContain('staff in post on an average day');
  });
});

describe('the note under the groups\' turnover', () => {
  const outcome = (sizes: Record<string, number>) =>
    ({
      policy: 'status-quo',
      groups: Object.entries(sizes).map(([label, workerYears]) => ({ by: 'role', group: label, label, workerYears, reps: 20, turnoverPerYear: { mean: 0.3, p05: 0.1, p50: 0.3, p95: 0.5 } })),
    }) as unknown as PolicyOutcome;

  it('names the groups of fewer than 3 staff in post as the ones that lose 0 or 1 in most replications, and only them', () => {
    const [note] = groupNotes([outcome({ Firefighter: 2.9, Outreach: 42 })], 20, 1095);
    expect(note).toContain('staff in post on an average day: Firefighter 1.0, Outreach 14.0.');
    expect(note).toContain(' A group of fewer than 3 staff in post (Firefighter) loses 0 or 1 of them in most replications, so its range is wide.');
  });

  it('does not say it of groups that are not small (five peers losing seven a replication do not lose 0 or 1)', () => {
    const [note] = groupNotes([outcome({ Peer: 15, Outreach: 42 })], 20, 1095);
    expect(note).toContain("A group's turnover rests on its own staff's leavers, fewer than the team's, so its range is wider.");
    expect(note).not.toContain('0 or 1');
  });
});
