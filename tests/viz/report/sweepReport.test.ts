import { describe, expect, it } from 'vitest';
import { sweepReportHtml } from '../../../viz/report/sweepReport';
import type { SweepAnalysis } from '../../../scenarios/sweepAnalysis';
import type { ReportChart } from '../../../viz/specs';

const libraries = { vega: '', vegaLite: '', vegaEmbed: '' };
const analysis = (more: Partial<SweepAnalysis>): SweepAnalysis => ({ plan: 'p', design: 'lhs', status: 'complete', runs: 8, completedRuns: 8, planRuns: 8, failures: 0, points: [], ...more });
const chart: ReportChart = { id: 'heatmap-proqolSTS', caption: 'a chart', spec: { data: { values: [] }, mark: 'rect' } };

describe('sweepReportHtml', () => {
  it('puts the warning of an unfinished sweep at the top, before the charts, as the run report does', () => {
    const html = sweepReportHtml(analysis({ status: 'interrupted', completedRuns: 3 }), 'study', {}, [chart], 'the tables', libraries, '0.4.0');
    const warning = html.indexOf('<p class="warning"><strong>Warning:</strong> the sweep is interrupted (3 of 8 runs in runs.csv)');
    expect(warning).toBeGreaterThan(html.indexOf('<h1>'));
    expect(warning).toBeLessThan(html.indexOf('<h2>Charts</h2>'));
    expect(html.match(/the sweep is interrupted/g)).toHaveLength(1);
    expect(html).toContain('resume it with cfsim sweep PLAN --out study --resume');
  });

  it('has no warning for a complete sweep, and counts failed runs in the right number', () => {
    expect(sweepReportHtml(analysis({}), 'study', {}, [chart], 'the tables', libraries, '0.4.0')).not.toContain('class="warning"');
    expect(sweepReportHtml(analysis({ failures: 1 }), 'study', {}, [chart], '', libraries, '0.4.0')).toContain('lhs design · 1 failed run left out</p>');
    expect(sweepReportHtml(analysis({ failures: 2 }), 'study', {}, [chart], '', libraries, '0.4.0')).toContain('lhs design · 2 failed runs left out</p>');
  });

  it('heads the report of a shard with its name and the warning that it is not the whole study', () => {
    const html = sweepReportHtml(analysis({ status: 'shard', runs: 3, completedRuns: 3, planRuns: 8, shard: { index: 0, count: 3, status: 'complete' } }), 'study', {}, [chart], '', libraries, '0.4.0');
    expect(html).toContain('<h1>CFSim sweep: p (shard 0/3)</h1>');
    expect(html).toContain('lhs design · shard 0/3 only, not the whole study</p>');
    const warning = html.indexOf('<p class="warning"><strong>Warning:</strong> this folder holds shard 0/3 of the plan&#39;s runs (3 of its 8 runs; the shard is complete), not the whole study');
    expect(warning).toBeGreaterThan(0);
    expect(warning).toBeLessThan(html.indexOf('<h2>Charts</h2>'));
  });

  it('states the CFSim version that made the runs and the one that drew the report, with a warning where they differ, as the run report does', () => {
    const same = sweepReportHtml(analysis({ cfsim: '0.4.0' }), 'study', {}, [chart], '', libraries, '0.4.0');
    expect(same).toContain('<p class="meta">Runs made and report drawn by CFSim 0.4.0.</p>');
    expect(same).not.toContain('class="warning"');
    const older = sweepReportHtml(analysis({ cfsim: '0.3.0' }), 'study', {}, [chart], '', libraries, '0.4.0');
    expect(older).toContain('<p class="meta">Runs made by CFSim 0.3.0, report drawn by CFSim 0.4.0.</p>');
    const warning = older.indexOf('<p class="warning"><strong>Another version:</strong> these runs were made by CFSim 0.3.0, and this report was drawn by CFSim 0.4.0 from them: the numbers are 0.3.0&#39;s');
    expect(warning).toBeGreaterThan(older.indexOf('<h1>'));
    expect(warning).toBeLessThan(older.indexOf('<h2>Charts</h2>'));
    expect(sweepReportHtml(analysis({}), 'study', {}, [chart], '', libraries, '0.4.0')).toContain('<p class="meta">Runs made by a CFSim version sweep.json does not record; report drawn by CFSim 0.4.0.</p>');
  });

  it('says so when there are no charts rather than leaving the heading empty', () => {
    expect(sweepReportHtml(analysis({}), 'study', {}, [], 'the tables', libraries, '0.4.0')).toContain('<h2>Charts</h2>\n<p class="note">This analysis has no charts; its tables follow.</p>');
  });

  it('lists the commands that wrote the runs (and those of each shard of a merge), with where and when they ran, escaped, with dashes for fields sweep.json lacks', () => {
    const environment = { cwd: '/home/r', node: '20.20.2', platform: 'linux-x64' };
    const sweep = { cfsim: '0.4.0', command: 'cfsim sweep plan.yaml --out s0 --shard 0/2', environment, threads: 4, startedAt: '2026-12-03T05:00:00.000Z', endedAt: null, status: 'running', completed: 10 };
    const merge = { cfsim: '0.4.0', command: "cfsim merge m s0 's <1>'", environment, startedAt: '2026-12-03T07:00:00.000Z', endedAt: '2026-12-03T07:00:01.000Z', status: 'complete', completed: 24 };
    const html = sweepReportHtml(analysis({}), 'study', {}, [chart], '', libraries, '0.4.0', {
      sessions: [merge],
      mergedShards: [
        { folder: 's0', shard: { index: 0, count: 2 }, sessions: [sweep, { ...sweep, command: 'cfsim sweep plan.yaml --out s0 --shard 0/2 --resume', endedAt: '2026-12-03T06:00:00.000Z', status: 'complete', completed: 12 }] },
        { folder: 's <1>', shard: { index: 1, count: 2 }, sessions: [{ command: 'cfsim sweep plan.yaml --out s1' } as never] },
      ],
    });
    const section = html.slice(html.indexOf('<h2>Commands that wrote these runs</h2>'));
    expect(section).toContain("<td style=\"text-align:left\"><code>cfsim merge m s0 &#39;s &lt;1&gt;&#39;</code></td><td style=\"text-align:left\">2026-12-03T07:00:00.000Z – 2026-12-03T07:00:01.000Z</td><td style=\"text-align:left\">complete</td><td style=\"text-align:left\">24</td><td style=\"text-align:left\">–</td><td style=\"text-align:left\">Node 20.20.2, linux-x64, in /home/r</td>");
    expect(section).toContain('<h3>shard 0/2: s0</h3>');
    // A session a later one followed while it said "running" was killed (0.41.0 recorded it so; since 0.42.0, "killed").
    expect(section).toContain('2026-12-03T05:00:00.000Z – killed (when is not known)</td><td style="text-align:left">killed</td><td style="text-align:left">10</td><td style="text-align:left">4</td>');
    const killed = sweepReportHtml(analysis({}), 'study', {}, [chart], '', libraries, '0.4.0', { sessions: [{ ...sweep, status: 'killed' }, { ...sweep, command: 'cfsim sweep plan.yaml --out s0 --resume' }] });
    expect(killed).toContain('2026-12-03T05:00:00.000Z – killed (when is not known)</td><td style="text-align:left">killed</td>');
    // The last says what sweep.json says: a sweep still running.
    expect(killed).toContain('2026-12-03T05:00:00.000Z – unfinished</td><td style="text-align:left">running</td>');
    expect(section).toContain('--resume</code>');
    expect(section).toContain('<h3>shard 1/2: s &lt;1&gt;</h3>');
    expect(section).toContain('<code>cfsim sweep plan.yaml --out s1</code></td><td style="text-align:left">– – –</td><td style="text-align:left">–</td>');
    expect(sweepReportHtml(analysis({}), 'study', {}, [chart], '', libraries, '0.4.0')).toContain('<h2>Commands that wrote these runs</h2>\n<p class="note">sweep.json records no commands: it was written before CFSim 0.13.0.</p>');
    // A resume's runs before it and after; runs there before the first command recorded are said to be unaccounted for.
    const resumed = sweepReportHtml(analysis({}), 'study', {}, [chart], '', libraries, '0.4.0', { sessions: [{ ...sweep, command: 'cfsim sweep plan.yaml --out s0 --resume', endedAt: '2026-12-03T06:00:00.000Z', status: 'complete', runsBefore: 1, completed: 12 }] });
    expect(resumed).toContain('<td style="text-align:left">1 → 12</td>');
    expect(resumed).toContain('<p class="note">1 run was in runs.csv before the first command listed; sweep.json does not record the command that wrote it (written before CFSim 0.13.0, or sweep.json was replaced).</p>');
    expect(section).not.toContain('before the first command listed');
  });
});
