import { describe, expect, it } from 'vitest';
import { whoLeavesSpec, type GroupTurnoverPoint } from '../../../viz/specs/whoLeaves';
import { compileSpec } from '../../../viz/report/export';
import { renderedTitleAndScopesEnd } from './renderedTitle';

const point = (policy: string): GroupTurnoverPoint => ({ policy, breakdown: 'Role', group: 'Outreach (≈14 in post)', mean: 0.3, p05: 0.1, p95: 0.5, workerYears: 42, staffInPost: 14, few: false, reps: 20 });

describe('who leaves (report chart 11)', () => {
  it('calls the arms what the run calls them: packages, or the scenarios of compare --scenarios', () => {
    const subtitle = (armTitle: 'Package' | 'Scenario') => (whoLeavesSpec([point('a'), point('b')], ['a', 'b'], armTitle) as unknown as { title: { subtitle: string[] } }).title.subtitle.join(' ');
    expect(subtitle('Package')).toContain('packages run on the same futures');
    expect(subtitle('Scenario')).toContain('scenarios run on the same futures');
    expect(subtitle('Scenario')).not.toMatch(/package/);
    expect(compileSpec(whoLeavesSpec([point('a'), point('b')], ['a', 'b'], 'Scenario')).warnings).toEqual([]);
  });

  it('breaks its subtitle so that no line runs past the plot (the second line was wider than the chart)', async () => {
    const groups = ['Harm reduction outreach worker (≈5 in post)', 'Program manager / other partner (≈3 in post)', 'With lived experience (≈10 in post)'];
    const points = ['status-quo', 'opt-out-support'].flatMap((p) => groups.map((g) => ({ ...point(p), group: g, breakdown: g.startsWith('With') ? 'Lived experience' : 'Role' })));
    const spec = whoLeavesSpec(points, ['status-quo', 'opt-out-support']);
    // The plots, their x axes' labels included, end at `plot`.
    const { title, plot } = await renderedTitleAndScopesEnd(spec);
    expect(title, `plot ${plot}`).toBeLessThanOrEqual(plot);
    expect((spec as unknown as { title: { subtitle: string[] } }).title.subtitle.join(' ')).toContain("the replications' own rates (line); beside each group, its staff in post");
  });
});
