import { describe, expect, it } from 'vitest';
import { burnoutBeyondEvidence, burnoutEvidenceCaveat, CARE_QUALITY_CAVEAT, findings, staffsDifferently, whoLeavesFinding } from '../../../viz/report/words';
import { resolveScenario } from '../../../scenarios/resolve';
import { KEY_METRICS } from '../../../viz/specs/keyMetrics';
import type { SummaryDocument } from '../../../viz/report/reportData';

function summaryWith(metrics: Record<string, { mean: number; p05: number; p95: number }>): SummaryDocument {
  const zero = { mean: 0, p05: -1, p95: 1 };
  return {
    differences: [{ policy: 'b', vs: 'a', metrics: Object.fromEntries(KEY_METRICS.map((k) => [k.metric, metrics[k.metric] ?? zero])) }],
  } as unknown as SummaryDocument;
}

describe('findings in words', () => {
  it('states a clear difference with its 90% range, shares in percentage points', () => {
    const [f] = findings(summaryWith({ turnoverPerYear: { mean: -0.12, p05: -0.19, p95: -0.063 } }));
    expect(f.clear).toEqual(['lowers annual turnover by 12.0 percentage points (90% of futures: 6.3 percentage points to 19.0 percentage points)']);
    expect(f.noise).toContain('burnout');
  });

  it('from fewer than 20 replications a difference whose range excludes zero is indicative, its range of all the futures', () => {
    const few = { ...summaryWith({ turnoverPerYear: { mean: -0.12, p05: -0.19, p95: -0.063 } }), reps: 2 };
    const [f] = findings(few);
    expect(f.indicative).toBe(true);
    expect(f.clear).toEqual(['lowers annual turnover by 12.0 percentage points (all 2 futures: 6.3 percentage points to 19.0 percentage points)']);
    const [g] = findings({ ...few, reps: 20 });
    expect(g.indicative).toBe(false);
    expect(g.clear[0]).toContain('(90% of futures: 6.3 percentage points');
  });

  it('a difference that is not clear but never goes the other way is a finding of how many futures it went one way in, not noise; one that is zero in every future is the same', () => {
    const [f] = findings({
      ...summaryWith({
        turnoverPerYear: { mean: 0.005, p05: 0, p95: 0.019, positive: 32, zero: 68, negative: 0 },
        costPerWorkerYear: { mean: -120, p05: -400, p95: 0, positive: 0, zero: 50, negative: 50 },
        absenceRate: { mean: 0, p05: 0, p95: 0, positive: 0, zero: 100, negative: 0 },
        proqolBO: { mean: 0.1, p05: -0.2, p95: 0.3, positive: 60, zero: 0, negative: 40 },
      } as Record<string, { mean: number; p05: number; p95: number }>),
      reps: 100,
    });
    expect(f.clear).toEqual([]);
    expect(f.oneWay).toEqual([
      'raises annual turnover in 32 of 100 futures and never lowers it (by 0.5 percentage points on average)',
      'costs less per worker-year in 50 of 100 futures and never more ($120 less on average)',
    ]);
    expect(f.same).toEqual(['sickness absence']);
    // Within noise, with how many futures went each way, as the table says them.
    expect(f.noise).toContain('burnout (higher in 60 of 100 futures, lower in 40)');
    expect(f.noise).not.toContain('annual turnover');
    expect(f.noise).not.toContain('sickness absence');
  });

  it('a difference within noise says how many futures went each way, the larger first, and those the same; without counts, the noun alone', () => {
    const [f] = findings({
      ...summaryWith({
        proqolBO: { mean: -0.1, se: 0.2, p05: -0.3, p95: 0.2, positive: 33, zero: 0, negative: 7 },
        proqolSTS: { mean: 0.1, se: 0.2, p05: -0.3, p95: 0.2, positive: 5, zero: 10, negative: 25 },
      } as Record<string, { mean: number; p05: number; p95: number }>),
      reps: 40,
    });
    expect(f.noise).toContain('burnout (higher in 33 of 40 futures, lower in 7)');
    expect(f.noise).toContain('secondary traumatic stress (lower in 25 of 40 futures, higher in 5, the same in 10)');
    // A tie lists lower first, as the table does; a cost says more and less.
    const [g] = findings({
      ...summaryWith({
        proqolBO: { mean: 0, se: 0.2, p05: -0.3, p95: 0.3, positive: 20, zero: 0, negative: 20 },
        costPerWorkerYear: { mean: 10, se: 40, p05: -300, p95: 300, positive: 22, zero: 0, negative: 18 },
      } as Record<string, { mean: number; p05: number; p95: number }>),
      reps: 40,
    });
    expect(g.noise).toContain('burnout (lower in 20 of 40 futures, higher in 20)');
    expect(g.noise.find((n) => n.includes('(more in 22 of 40 futures, less in 18)'))).toBeDefined();
    // summaryWith's other metrics have no counts.
    expect(f.noise).toContain('annual turnover');
  });

  it('a difference that goes both ways but whose mean is clear is a finding "on average", with the mean\'s 90% interval and the futures each way, not noise', () => {
    const [f] = findings({
      ...summaryWith({
        highSTSShare: { mean: 0.049, se: 0.0056, p05: -0.02, p95: 0.12, positive: 70, zero: 10, negative: 20 },
        costPerWorkerYear: { mean: -148, se: 40, p05: -438, p95: 122, positive: 13, zero: 0, negative: 47 },
        proqolBO: { mean: 0.1, se: 0.2, p05: -0.2, p95: 0.3, positive: 60, zero: 0, negative: 40 },
      } as Record<string, { mean: number; p05: number; p95: number }>),
      reps: 100,
    });
    // t(99) = 1.660: 4.9 ± 0.93 points; over 60 futures t(59) = 1.671: $148 ± $67.
    expect(f.onAverage).toEqual([
      'raises the share of staff with high STS by 4.9 percentage points on average (the mean\'s 90% interval: 4.0 percentage points to 5.8 percentage points), though not in every future (higher in 70 of 100 futures, lower in 20, the same in 10)',
      'costs $148 less per worker-year on average (the mean\'s 90% interval: $81 to $215), though not in every future (less in 47 of 60 futures, more in 13)',
    ]);
    expect(f.noise).toContain('burnout (higher in 60 of 100 futures, lower in 40)');
    expect(f.noise).not.toContain('the share of staff with high STS');
    expect(f.clear).toEqual([]);
    // Against a baseline's level: a mean under 5% of it is a small change ($148 of $5,818), one over it is not (4.9 of 9.3 points).
    const withBaseline = {
      ...summaryWith({
        highSTSShare: { mean: 0.049, se: 0.0056, p05: -0.02, p95: 0.12, positive: 70, zero: 10, negative: 20 },
        costPerWorkerYear: { mean: -148, se: 40, p05: -438, p95: 122, positive: 13, zero: 0, negative: 47 },
      } as Record<string, { mean: number; p05: number; p95: number }>),
      reps: 100,
      policies: [{ policy: 'a', metrics: { highSTSShare: { mean: 0.093 }, costPerWorkerYear: { mean: 5818 } } }],
    } as unknown as Parameters<typeof findings>[0];
    const [g] = findings(withBaseline);
    expect(g.onAverage[0]).not.toContain('a small change');
    expect(g.onAverage[1]).toMatch(/\(less in 47 of 60 futures, more in 13\), a small change$/);
  });

  it('gives the whole team\'s yearly cost beside the cost per worker-year, first when the package staffs differently from the baseline', () => {
    const summary = summaryWith({ costPerWorkerYear: { mean: 19711, p05: 18000, p95: 21000 } });
    const metrics = summary.differences![0].metrics as Record<string, unknown>;
    metrics.teamCostPerYear = { mean: 908056, p05: 850000, p95: 960000 };
    const perWorker = 'costs $19,711 more per worker-year (90% of futures: $18,000 to $21,000)';
    const wholeTeam = 'costs $908,056 more a year for the whole team (90% of futures: $850,000 to $960,000)';
    expect(findings(summary, {}, (policy, vs) => policy === 'b' && vs === 'a')[0].clear).toEqual([wholeTeam, perWorker]);
    expect(findings(summary)[0].clear).toEqual([perWorker, wholeTeam]);
    metrics.teamCostPerYear = { mean: -500, p05: -2000, p95: 1000 };
    expect(findings(summary, {}, () => true)[0].noise).toContain("the whole team's yearly cost");
    // Results written before the whole team's cost was kept: the cost per worker-year alone.
    delete metrics.teamCostPerYear;
    expect(findings(summary, {}, () => true)[0].clear).toEqual([perWorker]);
  });

  it('tells packages that staff differently (added seats, float staff) from those that do not', () => {
    const staffs = staffsDifferently(['status-quo', 'opt-out-support', 'multi-level'].map((policy) => resolveScenario({ policy })));
    expect(staffs('opt-out-support', 'status-quo')).toBe(false);
    expect(staffs('multi-level', 'status-quo')).toBe(true);
    const floated = resolveScenario({ policy: 'opt-out-support', overrides: [['policy.staffing.floatPool', 0.1], ['policy.name', 'floated']] });
    expect(staffsDifferently([resolveScenario({ policy: 'opt-out-support' }), floated])('floated', 'opt-out-support')).toBe(true);
  });

  it('a clear but tiny difference shows digits enough not to read as zero', () => {
    const [f] = findings(summaryWith({ unmetDemandShare: { mean: 0.000233, p05: 0.000042, p95: 0.00069 } }));
    expect(f.clear).toEqual(['raises unmet client demand by 0.023 percentage points (90% of futures: 0.004 percentage points to 0.069 percentage points)']);
  });

  it('says care quality is per contact made when it rises while unmet demand clearly rises too, and not otherwise', () => {
    const up = { mean: 0.03, p05: 0.02, p95: 0.04 };
    const [both] = findings(summaryWith({ careQuality: up, unmetDemandShare: { mean: 0.2, p05: 0.15, p95: 0.25 } }));
    expect(both.caveats).toEqual([CARE_QUALITY_CAVEAT]);
    expect(findings(summaryWith({ careQuality: up }))[0].caveats).toEqual([]);
    expect(findings(summaryWith({ careQuality: up, unmetDemandShare: { mean: -0.2, p05: -0.25, p95: -0.15 } }))[0].caveats).toEqual([]);
    expect(findings(summaryWith({ careQuality: { mean: -0.03, p05: -0.04, p95: -0.02 }, unmetDemandShare: { mean: 0.2, p05: 0.15, p95: 0.25 } }))[0].caveats).toEqual([]);
  });

  it('says a burnout effect beyond the trials\' largest (organization-directed SMD, its 95% CI reaching −0.62) rests on the model\'s assumptions, and not a smaller one', () => {
    const sd = { a: 5 };
    const big = findings(summaryWith({ proqolBO: { mean: -6.5, p05: -7.2, p95: -5.8 } }), sd)[0];
    expect(big.caveats).toEqual([burnoutEvidenceCaveat(-1.3)]);
    expect(big.caveats[0]).toContain('−1.30 SD of individual scores, is beyond what trials found');
    expect(big.caveats[0]).toContain('0.45 SD (95% CI 0.28 to 0.62; Panagioti et al. 2017)');
    // −0.5 SD: within the evidence; and without the baseline's spread nothing is said.
    expect(findings(summaryWith({ proqolBO: { mean: -2.5, p05: -3, p95: -2 } }), sd)[0].caveats).toEqual([]);
    expect(findings(summaryWith({ proqolBO: { mean: -6.5, p05: -7.2, p95: -5.8 } }))[0].caveats).toEqual([]);
    // A rise in burnout, or an effect within noise, is not measured against the trials.
    expect(findings(summaryWith({ proqolBO: { mean: 6.5, p05: 5.8, p95: 7.2 } }), sd)[0].caveats).toEqual([]);
    expect(findings(summaryWith({ proqolBO: { mean: -6.5, p05: -13, p95: 0.5 } }), sd)[0].caveats).toEqual([]);
  });

  it('measures a clear burnout fall against the trials in SDs of the baseline\'s individual scores; the caveat names whose effect it is', () => {
    expect(burnoutBeyondEvidence({ mean: -6.5, p05: -7.2, p95: -5.8 }, 5)).toBeCloseTo(-1.3, 12);
    expect(burnoutBeyondEvidence({ mean: -3, p05: -3.5, p95: -2.5 }, 5), '−0.60: within the interval').toBeUndefined();
    expect(burnoutBeyondEvidence({ mean: -3.2, p05: -3.5, p95: -2.5 }, 5), '−0.64: beyond it').toBeCloseTo(-0.64, 12);
    expect(burnoutBeyondEvidence({ mean: -6.5, p05: -7.2, p95: 0.1 }, 5), 'within noise').toBeUndefined();
    expect(burnoutBeyondEvidence({ mean: -6.5, p05: -7.2, p95: -5.8 }, 0), 'no spread').toBeUndefined();
    expect(burnoutBeyondEvidence({ mean: -6.5, p05: -7.2, p95: -5.8 }, undefined)).toBeUndefined();
    expect(burnoutEvidenceCaveat(-1.3, "multi-level's")).toMatch(/^multi-level's burnout effect, −1\.30 SD/);
    expect(burnoutEvidenceCaveat(-1.3)).toMatch(/^Its burnout effect, −1\.30 SD/);
  });

  it('says raises or lowers from the range, not from a mean that lies outside it', () => {
    const [f] = findings(summaryWith({ proqolSTS: { mean: -0.2, p05: 0.1, p95: 0.5 } }));
    expect(f.clear[0]).toMatch(/^raises secondary traumatic stress/);
  });

  it('calls a clear difference under 5% of the baseline\'s level a small change, and only that', () => {
    const withBaseline = (turnover: { mean: number; p05: number; p95: number }) => {
      const summary = summaryWith({ turnoverPerYear: turnover });
      const level = { mean: 0.2, p05: 0.1, p95: 0.3 };
      return { ...summary, policies: [{ policy: 'a', metrics: Object.fromEntries(KEY_METRICS.map((k) => [k.metric, level])) }] } as unknown as SummaryDocument;
    };
    // 5% of a 20% turnover is 1 percentage point.
    const [small] = findings(withBaseline({ mean: -0.009, p05: -0.012, p95: -0.006 }));
    expect(small.clear).toEqual(['lowers annual turnover by 0.9 percentage points (90% of futures: 0.6 percentage points to 1.2 percentage points), a small change']);
    expect(small.anySmall).toBe(true);
    const [large] = findings(withBaseline({ mean: -0.011, p05: -0.014, p95: -0.008 }));
    expect(large.clear[0]).not.toContain('small');
    expect(large.anySmall).toBe(false);
  });

  it('says over how many futures a difference is paired when a metric had no value in some, and names the metrics with no value under both', () => {
    const [f] = findings({
      ...summaryWith({
        turnoverPerYear: { mean: -0.12, p05: -0.19, p95: -0.063, positive: 0, zero: 0, negative: 30 } as { mean: number; p05: number; p95: number },
        proqolBO: { mean: null, p05: null, p95: null, positive: 0, zero: 0, negative: 0 } as unknown as { mean: number; p05: number; p95: number },
      }),
      reps: 40,
    });
    expect(f.clear).toEqual(['lowers annual turnover by 12.0 percentage points (90% of the 30 futures with a value under both: 6.3 percentage points to 19.0 percentage points)']);
    expect(f.unmeasured).toEqual(['burnout']);
    expect(f.noise).not.toContain('burnout');
    const [g] = findings({ ...summaryWith({ turnoverPerYear: { mean: -0.12, p05: -0.12, p95: -0.12, positive: 0, zero: 0, negative: 1 } as { mean: number; p05: number; p95: number } }), reps: 2 });
    expect(g.clear[0]).toContain('(the one future with a value under both: ');
  });

  it('a range touching zero is within noise, however the mean reads', () => {
    const [f] = findings(summaryWith({ turnoverPerYear: { mean: 0.002, p05: 0, p95: 0.02 } }));
    expect(f.clear).toEqual([]);
    expect(f.noise).toContain('annual turnover');
  });
});

describe('who leaves, in words', () => {
  const baseline = [
    { by: 'role' as const, group: 'recovery-coach', label: 'Recovery coach (peer)', workerYears: 22, reps: 50, turnoverPerYear: { mean: 0.38, sd: 0.1, p05: 0.2, p95: 0.6 } },
    { by: 'role' as const, group: 'police', label: 'Police officer', workerYears: 43, reps: 50, turnoverPerYear: { mean: 0.23, sd: 0.1, p05: 0.1, p95: 0.4 } },
  ];
  const labels: Record<string, string> = { 'recovery-coach': 'Recovery coach (peer)', police: 'Police officer', yes: 'With lived experience', no: 'Without lived experience' };
  const group = (by: 'role' | 'livedExperience', name: string, d: { mean: number; p05: number; p95: number }, reps = 50) => ({ by, group: name, label: labels[name], reps, turnoverPerYear: { ...d, positive: 0, zero: 0, negative: reps } });

  it('names each group whose turnover the package changes clearly, lowered first, with its range as the key findings give theirs, and counts the rest', () => {
    const said = findings({
      ...summaryWith({}),
      reps: 50,
      policies: [{ policy: 'a', metrics: {}, groups: baseline }],
      differences: [
        {
          ...summaryWith({}).differences![0],
          groups: [
            group('role', 'recovery-coach', { mean: -0.172, p05: -0.312, p95: -0.044 }),
            group('role', 'police', { mean: -0.06, p05: -0.14, p95: 0 }),
            group('livedExperience', 'yes', { mean: 0.05, p05: 0.01, p95: 0.09 }),
            group('livedExperience', 'no', { mean: -0.01, p05: -0.05, p95: 0.03 }),
          ],
        },
      ],
    } as unknown as SummaryDocument)[0].whoLeaves;
    expect(said).toBe(
      'lowers turnover among Recovery coach (peer) staff by 17.2 percentage points (90% of futures: 4.4 percentage points to 31.2 percentage points); ' +
        'raises turnover among staff with lived experience by 5.0 percentage points (90% of futures: 1.0 percentage points to 9.0 percentage points); ' +
        "the other 2 groups' turnover does not differ clearly (a group's turnover rests on its own staff's leavers, fewer than the team's, so it takes a larger change to be clear; see Figure 11).",
    );
  });

  it('calls a group paired over fewer than 20 replications indicative, and says when no group differs clearly', () => {
    expect(whoLeavesFinding([group('role', 'police', { mean: -0.1, p05: -0.2, p95: -0.05 }, 12)])).toBe(
      'lowers turnover among Police officer staff by 10.0 percentage points (indicative: all 12 futures: 5.0 percentage points to 20.0 percentage points).',
    );
    expect(whoLeavesFinding([group('role', 'police', { mean: -0.1, p05: -0.2, p95: 0 })])).toBe("no group's turnover differs clearly (a group's turnover rests on its own staff's leavers, fewer than the team's, so it takes a larger change to be clear; see Figure 11).");
    expect(whoLeavesFinding([group('role', 'police', { mean: -0.1, p05: -0.2, p95: 0 }, 12)])).toBe("no group's turnover differs even indicatively (a group's turnover rests on its own staff's leavers, fewer than the team's, so it takes a larger change to be clear; see Figure 11).");
  });

  it("does not give a pooled mean's size as the change where its sign disagrees with the futures' range: it says both", () => {
    // Most futures lower it, but the futures with most of the group's worker-days raise it.
    expect(whoLeavesFinding([group('role', 'police', { mean: 0.02, p05: -0.2, p95: -0.05 })])).toBe(
      'lowers turnover among Police officer staff in 90% of futures (5.0 percentage points to 20.0 percentage points), though its rate over all the futures together is 2.0 percentage points higher (futures with more of its worker-days in post weigh more there).',
    );
    expect(whoLeavesFinding([group('role', 'police', { mean: 1e-15, p05: -0.2, p95: -0.05 })])).toContain('though its rate over all the futures together is about the same');
    expect(whoLeavesFinding([group('role', 'police', { mean: 0, p05: 0.01, p95: 0.2 }, 12)])).toBe(
      'raises turnover among Police officer staff in all 12 futures (indicative: 1.0 percentage points to 20.0 percentage points), though its rate over all the futures together is about the same (futures with more of its worker-days in post weigh more there).',
    );
  });

  it('says nothing of groups for results written before they were kept', () => {
    expect(findings(summaryWith({}))[0].whoLeaves).toBeUndefined();
    expect(whoLeavesFinding([])).toBeUndefined();
  });
});
