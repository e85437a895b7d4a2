import { describe, expect, it } from 'vitest';
import type { RunDocument } from '../../../models/runDocument';
import { teamCostGapNote } from '../../../viz/report/teamCostGap';

const stat = (mean: number) => ({ mean, p05: mean, p50: mean, p95: mean, sd: 0, se: 0 });
const policies = (teamCost?: number) => [{ policy: 'status-quo', metrics: { costPerWorkerYear: stat(5786), ...(teamCost === undefined ? {} : { teamCostPerYear: stat(teamCost) }) } }] as unknown as RunDocument['policies'];
const teams = [{ policy: 'status-quo', staffInPost: 36.1, costPerYear: 208714 }];

describe("why cost per worker-year times staff in post is not the whole team's yearly cost", () => {
  it('works the product out for the first arm beside the mean yearly cost, and says each row is a mean over the futures', () => {
    const note = teamCostGapNote(policies(208714), teams)!;
    expect(note).toContain('(status-quo: $5,786 × 36.1 = $208,875, against $208,714)');
    // Worked from the figures as printed: $5,785.9 × 36.14 would give $209,102, which no reader of the table can find.
    const unrounded = teamCostGapNote(policies(208714).map((p) => ({ ...p, metrics: { ...p.metrics, costPerWorkerYear: stat(5785.9) } })), [{ ...teams[0], staffInPost: 36.14 }])!;
    expect(unrounded).toContain('$5,786 × 36.1 = $208,875,');
    expect(note).toContain("each future's yearly cost is its own cost per worker-year times its own staff in post, and each row is a mean over the futures");
  });

  it('says nothing where the means multiply to the mean yearly cost, whose printed figures differ by their rounding alone', () => {
    // 36.14 staff in post in every future at $5,785.9 each: $209,102 a year, printed $5,786 × 36.1 = $208,875.
    const alike = policies(5785.9 * 36.14).map((p) => ({ ...p, metrics: { ...p.metrics, costPerWorkerYear: stat(5785.9) } }));
    expect(teamCostGapNote(alike, [{ ...teams[0], staffInPost: 36.14 }])).toBeUndefined();
  });

  it('says nothing where nobody was in post (no cost per worker-year)', () => {
    const empty = policies(0).map((p) => ({ ...p, metrics: { ...p.metrics, costPerWorkerYear: stat(NaN) } }));
    expect(teamCostGapNote(empty, [{ ...teams[0], staffInPost: 0, costPerYear: 0 }])).toBeUndefined();
  });

  it('says nothing for results written before the whole-team yearly cost was kept', () => {
    expect(teamCostGapNote(policies(), teams)).toBeUndefined();
  });
});
