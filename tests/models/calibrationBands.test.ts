import { describe, expect, it } from 'vitest';
import { CALIBRATED_TURNOVER, OUTREACH_PROQOL, TURNOVER_JUDGED_FROM_DAYS, uncalibratedSentence, uncalibratedStatusQuo } from '../../models/calibrationBands';

const arm = (policy: string, mean: number, sd: number | null) => ({ policy, metrics: { turnoverPerYear: { mean, sd } } });
/** A status quo with turnover inside the range and the given ProQOL means (sd 2 each). */
const scores = (cs: number, bo: number, sts: number) => ({
  policy: 'status-quo',
  metrics: { turnoverPerYear: { mean: 0.25, sd: 0.05 }, proqolCS: { mean: cs, sd: 2 }, proqolBO: { mean: bo, sd: 2 }, proqolSTS: { mean: sts, sd: 2 } },
});

describe('the status quo outside the calibrated ranges (MODEL.md §8)', () => {
  it("spans both of §8's turnover targets, 20–36% a year, and the outreach ProQOL bands", () => {
    expect(CALIBRATED_TURNOVER).toEqual({ lo: 0.2, hi: 0.36 });
    expect(OUTREACH_PROQOL).toEqual({ proqolCS: { lo: 35, hi: 42 }, proqolBO: { lo: 20, hi: 27 }, proqolSTS: { lo: 22, hi: 28 } });
  });

  it('flags a status quo clearly above or below the turnover range, and says which side', () => {
    const flagged = uncalibratedStatusQuo([arm('status-quo', 0.61, 0.05)], 10);
    expect(flagged).toEqual([{ policy: 'status-quo', outside: [{ metric: 'turnoverPerYear', mean: 0.61, lo: 0.2, hi: 0.36 }] }]);
    expect(uncalibratedSentence(flagged[0])).toMatch(/^status-quo's turnover \(61\.0% a year\) lies above 20–36%, the range every preset's status quo was calibrated to .*: this scenario runs the model beyond/);
    const low = uncalibratedStatusQuo([arm('status-quo', 0.1, 0.03)], 10);
    expect(uncalibratedSentence(low[0])).toContain('lies below 20–36%');
  });

  it('judges turnover only over a year or more: a shorter run counts few leavers, a one-day run none', () => {
    const none = { policy: 'status-quo', metrics: { turnoverPerYear: { mean: 0, sd: 0 } } };
    expect(TURNOVER_JUDGED_FROM_DAYS).toBe(365);
    expect(uncalibratedStatusQuo([none], 3, [], undefined, 1)).toEqual([]);
    expect(uncalibratedStatusQuo([arm('status-quo', 0.61, 0.05)], 10, [], undefined, 364)).toEqual([]);
    expect(uncalibratedStatusQuo([arm('status-quo', 0.61, 0.05)], 10, [], undefined, 365)).toHaveLength(1);
    // ProQOL scores, measured over the last 90 days of a settled team, are judged at any horizon.
    const scored = uncalibratedStatusQuo([{ policy: 'status-quo', metrics: { turnoverPerYear: { mean: 0, sd: 0 }, proqolSTS: { mean: 31.2, sd: 1 } } }], 20, [], undefined, 30);
    expect(scored[0].outside.map((o) => o.metric)).toEqual(['proqolSTS']);
  });

  it('judges neither a mean within two standard errors of the range, nor one replication, nor another package', () => {
    // 0.37 is 1 pp above; two standard errors are 2 × 0.1 / √4 = 10 pp.
    expect(uncalibratedStatusQuo([arm('status-quo', 0.37, 0.1)], 4)).toEqual([]);
    expect(uncalibratedStatusQuo([arm('status-quo', 0.25, 0.05)], 100)).toEqual([]);
    expect(uncalibratedStatusQuo([arm('status-quo', 0.9, null)], 1)).toEqual([]);
    expect(uncalibratedStatusQuo([arm('multi-level', 0.61, 0.05), arm('status-quo', 0.3, 0.05)], 10)).toEqual([]);
    // compare --scenarios labels arms by file: the caller says which run the status quo, and the warning names the arm by its label.
    const byLevers = uncalibratedStatusQuo([arm('current', 0.61, 0.05), arm('c-hire-2', 0.61, 0.05)], 10, [], (k) => k === 0);
    expect(byLevers.map((a) => a.policy)).toEqual(['current']);
    expect(uncalibratedSentence(byLevers[0])).toMatch(/^current's turnover \(61\.0% a year\) lies above 20–36%/);
  });

  it('flags each ProQOL score clearly outside its outreach band, naming the scale, its mean and the band', () => {
    expect(uncalibratedStatusQuo([scores(37, 24, 25)], 20)).toEqual([]);
    const [flagged] = uncalibratedStatusQuo([scores(33, 24, 31.2)], 20);
    expect(flagged.outside.map((o) => o.metric)).toEqual(['proqolCS', 'proqolSTS']);
    expect(uncalibratedSentence(flagged)).toMatch(
      /^status-quo's ProQOL compassion satisfaction \(33\.0\) lies below 35–42, and its ProQOL secondary traumatic stress \(31\.2\) lies above 22–28, the bands the outreach and harm-reduction presets' status quo was calibrated to/,
    );
    // STS above its band: what moves it besides caseload, and where the README matches it to a team.
    expect(uncalibratedSentence(flagged)).toMatch(/move them most \(cfsim calibrate matches one of them to your figure: --target turnoverPerYear=YOUR_SHARE --vary community\.demandPerSeat\); STS is also moved by the client deaths and crises staff meet \(community\.fatality and community\.overdoseBurden; the README's "Your team's client deaths" matches them to your team's\), the place to look when the turnover already matches your team's \(a caseload matched to it is not to be moved again for STS\)\.$/);
    // Within two standard errors (2 × 2 / √4 = 2 points) of the band: not judged.
    expect(uncalibratedStatusQuo([scores(37, 24, 29.5)], 4)).toEqual([]);
    // Turnover and a score together: one warning naming both.
    const both = uncalibratedStatusQuo([{ ...scores(37, 29, 25), metrics: { ...scores(37, 29, 25).metrics, turnoverPerYear: { mean: 0.5, sd: 0.05 } } }], 20);
    expect(uncalibratedSentence(both[0])).toMatch(/^status-quo's turnover \(50\.0% a year\) lies above 20–36%, .*; its ProQOL burnout \(29\.0\) lies above 20–27, the band /);
    // Turnover outside too: STS's other movers, without the word on a matched turnover.
    const stsAndTurnover = uncalibratedStatusQuo([{ ...scores(37, 24, 31.2), metrics: { ...scores(37, 24, 31.2).metrics, turnoverPerYear: { mean: 0.5, sd: 0.05 } } }], 20);
    expect(uncalibratedSentence(stsAndTurnover[0])).toMatch(/matches them to your team's\)\.$/);
    // No STS above its band: no word of deaths.
    expect(uncalibratedSentence(both[0])).toMatch(/pay and staffing move them most \(cfsim calibrate matches one of them to your figure: --target turnoverPerYear=YOUR_SHARE --vary community\.demandPerSeat\)\.$/);
  });

  it("does not judge ProQOL scores in a scenario of a preset calibrated to turnover only (canada-first-responders), but does its turnover", () => {
    const acute = scores(34.3, 20.2, 30.7);
    expect(uncalibratedStatusQuo([acute], 20, ['canada-first-responders'])).toEqual([]);
    // A scenario of your own is judged: STS 30.7 is clearly above 22–28 (compassion satisfaction 34.3 lies within two standard errors of 35).
    expect(uncalibratedStatusQuo([acute], 20, ['our-team'])[0].outside.map((o) => o.metric)).toEqual(['proqolSTS']);
    expect(uncalibratedStatusQuo([{ ...acute, metrics: { ...acute.metrics, turnoverPerYear: { mean: 0.6, sd: 0.05 } } }], 20, ['canada-first-responders'])[0].outside.map((o) => o.metric)).toEqual(['turnoverPerYear']);
  });
});
