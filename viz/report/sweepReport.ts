import { failedRunsLeftOut, shardName, analysisWarning, type SweepAnalysis } from '../../scenarios/sweepAnalysis';
import type { ReportChart } from '../specs';
import { heatmapSpec, morrisSpec, responseSpec, sobolIndicesSpec } from '../specs/sweep';
import { escapeHtml } from './escape';
import { figuresHtml, htmlPage } from './html';
import type { VegaLibraries } from './libraries';

/** Whether a chart id is one of a sweep's (the file names of its exported figures). */
export function isSweepChartId(id: string): boolean {
  return id === 'sobol-indices' || id === 'morris-effects' || id.startsWith('heatmap-') || id.startsWith('response-');
}

/** The charts of a sweep analysis. */
export function sweepCharts(analysis: SweepAnalysis, parameters: readonly string[], metrics: readonly string[], orders: Readonly<Record<string, readonly unknown[]>> = {}): ReportChart[] {
  if (analysis.sobol) return [{ id: 'sobol-indices', caption: 'Sobol first-order and total indices with bootstrap intervals.', spec: sobolIndicesSpec(analysis.sobol) }];
  if (analysis.morris) return [{ id: 'morris-effects', caption: 'Morris screening: influence (μ*) against non-linearity and interactions (σ).', spec: morrisSpec(analysis.morris) }];
  if (parameters.length === 0) return [];
  if (parameters.length === 1) {
    return metrics.map((m) => ({ id: `response-${m}`, caption: `${m} over ${parameters[0]}: each point's mean and the 90% range of its replications.`, spec: responseSpec(analysis.points ?? [], parameters[0], m) }));
  }
  return metrics.map((m) => ({
    id: `heatmap-${m}`,
    caption: `${m} over ${parameters[0]} and ${parameters[1]}${parameters.length > 2 ? `, averaged over ${parameters.slice(2).join(', ')} where points share a cell` : ''}.`,
    spec: heatmapSpec(analysis.points ?? [], parameters[0], parameters[1], m, analysis.design === 'grid', orders),
  }));
}

/** A self-contained HTML page for the sweep in `dir`: a warning if it is unfinished, its charts, the analysis tables and the plan. */
export function sweepReportHtml(analysis: SweepAnalysis, dir: string, plan: Record<string, unknown>, charts: readonly ReportChart[], tableText: string, libraries: VegaLibraries, drawnBy: string): string {
  const title = `CFSim sweep: ${analysis.plan}${analysis.shard ? ` (${shardName(analysis.shard)})` : ''}`;
  const warning = analysisWarning(analysis, dir);
  // Which version made the runs, and which drew the report: the numbers are the runs' version's.
  const madeBy = analysis.cfsim;
  const versions =
    madeBy === undefined
      ? `Runs made by a CFSim version sweep.json does not record; report drawn by CFSim ${drawnBy}.`
      : madeBy === drawnBy
        ? `Runs made and report drawn by CFSim ${madeBy}.`
        : `Runs made by CFSim ${madeBy}, report drawn by CFSim ${drawnBy}.`;
  const otherVersion =
    madeBy !== undefined && madeBy !== drawnBy
      ? `<p class="warning"><strong>Another version:</strong> ${escapeHtml(`these runs were made by CFSim ${madeBy}, and this report was drawn by CFSim ${drawnBy} from them: the numbers are ${madeBy}'s; run the plan again with ${drawnBy} to compare with its results.`)}</p>\n`
      : '';
  const body = `<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(analysis.design)} design${analysis.shard ? ` · ${escapeHtml(shardName(analysis.shard))} only, not the whole study` : ''}${analysis.failures ? ` · ${failedRunsLeftOut(analysis.failures)}` : ''}</p>
<p class="meta">${escapeHtml(versions)}</p>
${otherVersion}${warning ? `<p class="warning"><strong>Warning:</strong> ${escapeHtml(warning)}</p>\n` : ''}<h2>Charts</h2>
${charts.length > 0 ? figuresHtml(charts) : '<p class="note">This analysis has no charts; its tables follow.</p>'}
<h2>Analysis</h2>
<pre>${escapeHtml(tableText)}</pre>
<h2>Plan</h2>
<pre>${escapeHtml(JSON.stringify(plan, null, 2))}</pre>`;
  return htmlPage(title, body, charts.map((c) => c.spec ?? null), libraries);
}
