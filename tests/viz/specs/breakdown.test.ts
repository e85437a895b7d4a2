import { describe, expect, it } from 'vitest';
import { breakdownSpec } from '../../../viz/specs/breakdown';
import type { GroupOutcome } from '../../../viz/report/reportData';
import { renderedSvg } from './renderedSvg';
import { renderedTitleAndScopesEnd } from './renderedTitle';

const SCALES = ['Secondary traumatic stress', 'Burnout', 'Compassion satisfaction'];
const groups: GroupOutcome[] = SCALES.flatMap((scale) => [
  { policy: 'status-quo', breakdown: 'Role', group: 'Clergy', scale, mean: 30, workers: 10 },
  { policy: 'opt-out-support', breakdown: 'Role', group: 'Clergy', scale, mean: 20, workers: 10 },
  { policy: 'status-quo', breakdown: 'Lived experience', group: 'without', scale, mean: 10, workers: 10 },
]);

describe('breakdownSpec (who carries the strain)', () => {
  // A planner: bars drawn from 0 on an axis that starts at 10 (a ProQOL scale's lowest score) ran a quarter of the plot
  // past its left edge, so no bar's length could be read off the axis and each carried 10 points no one can score.
  it('draws each bar from 10, the axis start and the lowest ProQOL score, its length the points above it', async () => {
    const svg = await renderedSvg(breakdownSpec(groups, ['status-quo', 'opt-out-support']));
    const bars = [...svg.matchAll(/aria-label="Mean ProQOL score: ([\d.]+);[^"]*" role="graphics-symbol" aria-roledescription="bar" d="M([-\d.e]+),[-\d.e]+h([-\d.e]+)/g)].map((m) => ({ mean: Number(m[1]), x: Number(m[2]), width: Number(m[3]) }));
    expect(bars).toHaveLength(groups.length);
    // The plot is 200 px over 10-50: 5 px a point above 10.
    for (const bar of bars) {
      expect(bar.x).toBeCloseTo(0, 6);
      expect(bar.width).toBeCloseTo((bar.mean - 10) * 5, 6);
    }
  });

  it('says where the bars start', () => {
    const spec = breakdownSpec(groups, ['status-quo']) as unknown as { title: { subtitle: string[] } };
    expect(spec.title.subtitle.join(' ')).toContain('bars start at 10, the lowest score a scale gives');
  });

  it('breaks its subtitle so that no line runs past the panels, with short and long group names (it ran about 250 px past them)', async () => {
    for (const group of ['Clergy', 'Peer navigator / community health worker']) {
      const named = groups.map((g) => (g.breakdown === 'Role' ? { ...g, group } : g));
      const { title, plot } = await renderedTitleAndScopesEnd(breakdownSpec(named, ['status-quo', 'opt-out-support']));
      expect(title, `${group}: plot ${plot}`).toBeLessThanOrEqual(plot);
    }
    const words = (breakdownSpec(groups, ['status-quo']) as unknown as { title: { subtitle: string[] } }).title.subtitle.join(' ');
    expect(words).toContain('Staff who left before the end are not in it, so a package under which strained staff stay can look worse here than one they leave');
  });
});
