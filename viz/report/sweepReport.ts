import { failedRunsLeftOut, shardName, analysisWarning, type MergedShard, type SweepAnalysis, type SweepSession } from '../../scenarios/sweepAnalysis';
import { killedWords, wasKilled } from './killedWords';
import type { ReportChart } from '../specs';
import { heatmapPanel, heatmapSpec, morrisSpec, prccSpec, responseSpec, sobolIndicesSpec } from '../specs/sweep';
import { pointDifferencesSpec } from '../specs/pointDifferences';
import { escapeHtml } from './escape';
import { expressionSafeSpec } from '../specs/expressionSafeStrings';
import { figuresHtml, htmlPage } from './html';
import type { VegaLibraries } from './libraries';

/** Whether a chart id is one of a sweep's (the file names of its exported figures). */
export function isSweepChartId(id: string): boolean {
  return id === 'sobol-indices' || id === 'morris-effects' || id === 'prcc' || id.startsWith('heatmap-') || id.startsWith('response-') || id.startsWith('differences-');
}

/**
 * The charts of a sweep analysis, their strings made safe for Vega's expressions (expressionSafeSpec): a parameter, a
 * metric or a parameter's value named like an object property ("constructor") is drawn as it is named.
 */
export function sweepCharts(
  analysis: SweepAnalysis,
  parameters: readonly string[],
  metrics: readonly string[],
  orders: Readonly<Record<string, readonly unknown[]>> = {},
  ranges: Readonly<Record<string, readonly [number, number]>> = {},
): ReportChart[] {
  return chartsOf(analysis, parameters, metrics, orders, ranges).map((chart) => (chart.spec ? { ...chart, spec: expressionSafeSpec(chart.spec) } : chart));
}

/** sweepCharts' charts before their strings are made safe for Vega's expressions. */
function chartsOf(
  analysis: SweepAnalysis,
  parameters: readonly string[],
  metrics: readonly string[],
  orders: Readonly<Record<string, readonly unknown[]>> = {},
  ranges: Readonly<Record<string, readonly [number, number]>> = {},
): ReportChart[] {
  if (analysis.sobol) return [{ id: 'sobol-indices', caption: 'Sobol first-order and total indices with bootstrap intervals.', spec: sobolIndicesSpec(analysis.sobol, analysis.unmeasured, analysis.noIndices) }];
  if (analysis.morris) return [{ id: 'morris-effects', caption: 'Morris screening: influence (μ*) against non-linearity and interactions (σ).', spec: morrisSpec(analysis.morris, analysis.unmeasured) }];
  if (parameters.length === 0) return [];
  // A Latin hypercube or random sweep's PRCC, where any parameter has one, before the points' charts.
  const prcc = analysis.prcc && Object.values(analysis.prcc).some((rows) => rows.some((r) => r.prcc !== null)) ? [{ id: 'prcc', caption: "Partial rank correlations: how consistently each metric rises or falls with each parameter across the points, the other parameters' effects removed, with 95% intervals (Fisher's z).", spec: prccSpec(analysis.prcc, orders) }] : [];
  return [...prcc, ...pointCharts(analysis, parameters, metrics, orders, ranges), ...differenceCharts(analysis, parameters, metrics)];
}

/** A grid's paired differences from point 0 (common random numbers), after its points' charts: one per metric. */
function differenceCharts(analysis: SweepAnalysis, parameters: readonly string[], metrics: readonly string[]): ReportChart[] {
  return metrics.flatMap((m) => {
    const spec = pointDifferencesSpec(analysis, parameters, m);
    return spec ? [{ id: `differences-${m}`, caption: `${m}: each point's paired difference from point ${analysis.differences!.vs}, replication by replication, with the 90% range of the paired differences (from fewer than 20 pairs, all of them).`, spec }] : [];
  });
}

/** A grid, random or Latin hypercube sweep's points: a metric over its one parameter, or heatmaps over the first two. */
function pointCharts(analysis: SweepAnalysis, parameters: readonly string[], metrics: readonly string[], orders: Readonly<Record<string, readonly unknown[]>>, ranges: Readonly<Record<string, readonly [number, number]>>): ReportChart[] {
  if (parameters.length === 1) {
    return metrics.map((m) => ({ id: `response-${m}`, caption: `${m} over ${parameters[0]}: each point's mean and the 90% range of its replications.`, spec: responseSpec(analysis.points ?? [], parameters[0], m) }));
  }
  const grid = analysis.design === 'grid';
  const panel = heatmapPanel(analysis.points ?? [], parameters, grid, orders);
  const averaged = parameters.slice(2).filter((p) => p !== panel);
  return metrics.map((m) => ({
    id: `heatmap-${m}`,
    caption: `${m} over ${parameters[0]} and ${parameters[1]}${panel === undefined ? '' : `, one panel per ${panel}`}${averaged.length > 0 ? `, averaged over ${averaged.join(', ')} where points share a cell` : ''}.`,
    spec: heatmapSpec(analysis.points ?? [], parameters[0], parameters[1], m, grid, orders, panel, { ranges, others: averaged }),
  }));
}

/** What sweep.json records of the commands that wrote a sweep folder (absent in folders written before 0.13.0). */
export interface SweepProvenance {
  readonly sessions?: readonly SweepSession[];
  readonly mergedShards?: readonly MergedShard[];
}

/** A self-contained HTML page for the sweep in `dir`: a warning if it is unfinished, its charts, the analysis tables, the plan and the commands that wrote it. */
export function sweepReportHtml(analysis: SweepAnalysis, dir: string, plan: Record<string, unknown>, charts: readonly ReportChart[], tableText: string, libraries: VegaLibraries, drawnBy: string, provenance: SweepProvenance = {}): string {
  const title = `CFSim sweep: ${analysis.plan}${analysis.shard ? ` (${shardName(analysis.shard)})` : ''}`;
  // A page is read later: a lock's heartbeat is said by its time, not by an age that would stay frozen.
  const warning = analysisWarning(analysis, dir, undefined, true);
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
<pre>${escapeHtml(JSON.stringify(plan, null, 2))}</pre>
${provenanceHtml(provenance)}`;
  return htmlPage(title, body, charts.map((c) => c.spec ?? null), libraries);
}

/** The commands that wrote the folder's runs.csv (and, for a merge, each shard's), as sweep.json records them. */
function provenanceHtml({ sessions, mergedShards }: SweepProvenance): string {
  const heading = '<h2>Commands that wrote these runs</h2>';
  if (sessions === undefined || sessions.length === 0) return `${heading}\n<p class="note">sweep.json records no commands: it was written before CFSim 0.13.0.</p>`;
  const head = '<tr><th>Command</th><th>Ran</th><th>Status</th><th>Runs in runs.csv</th><th>Threads</th><th>Where</th></tr>';
  const table = (rows: readonly SweepSession[]) => `<div class="table-scroll"><table><thead>${head}</thead><tbody>${rows.map((row, k) => sessionRow(row, k < rows.length - 1)).join('')}</tbody></table></div>`;
  const shards = (mergedShards ?? []).map((m) => `<h3>${escapeHtml(`${m.shard ? `${shardName(m.shard)}: ` : ''}${m.folder}`)}</h3>\n${m.sessions.length > 0 ? table(m.sessions) : '<p class="note">Its sweep.json records no commands.</p>'}`);
  return `${heading}\n${table(sessions)}${earlierRunsNote(sessions[0])}${shards.length > 0 ? `\n<p class="note">The merge took its runs from these shard folders, whose commands follow.</p>\n${shards.join('\n')}` : ''}`;
}

/**
 * One session's row (`followed`: a later session follows it). sweep.json is read as written, so a field it lacks shows as a
 * dash; a session a later one followed while it said "running" was killed (recorded so before 0.42.0; since, "killed").
 */
function sessionRow(session: SweepSession, followed: boolean): string {
  const text = (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? String(x) : '–');
  const environment = (session.environment ?? {}) as Partial<SweepSession['environment']>;
  const killed = wasKilled(session.status, followed);
  const cells = [
    `<code>${escapeHtml(text(session.command))}</code>`,
    escapeHtml(`${text(session.startedAt)} – ${killed ? killedWords(session.lastHeartbeatAt) : session.endedAt === null ? 'unfinished' : text(session.endedAt)}`),
    escapeHtml(killed ? 'killed' : text(session.status)),
    escapeHtml(typeof session.runsBefore === 'number' && session.runsBefore > 0 ? `${text(session.runsBefore)} → ${text(session.completed)}` : text(session.completed)),
    escapeHtml(text(session.threads)),
    escapeHtml(`Node ${text(environment.node)}, ${text(environment.platform)}, in ${text(environment.cwd)}`),
  ];
  return `<tr>${cells.map((c) => `<td style="text-align:left">${c}</td>`).join('')}</tr>`;
}

/** Said where the first command recorded found runs already there: commands that wrote them are not recorded (written before 0.13.0, or sweep.json replaced). */
function earlierRunsNote(first: SweepSession): string {
  const before = first.runsBefore;
  if (typeof before !== 'number' || before <= 0) return '';
  return `\n<p class="note">${escapeHtml(`${before} run${before === 1 ? ' was' : 's were'} in runs.csv before the first command listed; sweep.json does not record the command${before === 1 ? '' : 's'} that wrote ${before === 1 ? 'it' : 'them'} (written before CFSim 0.13.0, or sweep.json was replaced).`)}</p>`;
}
