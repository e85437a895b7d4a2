import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { chartSvg, svgToPng } from '../viz/report/export';
import { reportHtml } from '../viz/report/html';
import { vegaLibraries } from '../viz/report/libraries';
import { loadResults } from '../viz/report/load';
import { reportNetBenefit } from '../viz/report/valueForMoneyData';
import { budgetFitOfReplications, replicationSpending } from '../viz/report/budgetData';
import { isReportChartId, reportCharts, type ReportChart } from '../viz/specs';
import { isSweepChartId, sweepCharts, sweepReportHtml } from '../viz/report/sweepReport';
import { analysisTables, analyzeSweep, DEFAULT_BOOTSTRAP } from './analyze';
import { recordedBootstrap, recordedBootstrapNote } from './recordedBootstrap';
import { recordedBaseline } from './recordedBaseline';
import { readSweepStatus } from './sweep';
import { unusedBootstrapWarning } from './unusedBootstrap';
import { analysisSource } from '../scenarios/analysisSource';
import { resumePlanWord } from './recordedSweepPlan';
import { analysisWarning, writerHold, type SweepAnalysis, type SweepWriter } from '../scenarios/sweepAnalysis';
import { InputError } from '../sim/params/issues';
import { reportFilePath, writeFileAtomically } from './outputFiles';
import { figureFileName, FIGURES_FOLDER, isEarlierReportFigure, removeFigureFiles } from './exportedFigures';
import { isSweepFolder } from './resultsMarker';
import { reportFlagRefusals } from './reportFlagRefusals';
import { unfinishedRunIssue } from './unfinishedRun';
import { VERSION } from './version';

export const REPORT_FORMATS = ['html', 'svg', 'png'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Builds the report of a results folder: one self-contained HTML file, or one SVG/PNG file per
 * chart (for papers), named by its figure number in the report (`figure-05-differences.svg`).
 * `out` is the HTML file (or a folder to hold `report.html`), or the figures' folder. `warn`
 * hears why a sweep's report covers only part of the study (an unfinished sweep, one shard).
 * Returns the paths written.
 */
export interface ReportOptions {
  /** Hears why a sweep's report covers only part of the study, or that the results are another version's. */
  readonly warn?: (warning: string) => void;
  /** Hears which point a sweep's paired differences are measured from, when analysis.json or sweep.json records one (analyze --vs). */
  readonly note?: (line: string) => void;
  /** A sweep's bootstrap resamples (`--bootstrap`). */
  readonly bootstrap?: number;
  /** The value per departure avoided of the net-benefit table (`--value-per-departure`); by default the one the comparison was run with, if any. */
  readonly valuePerDeparture?: number;
  /** The yearly budget the arms are judged against (`--budget`), from replications.csv; by default the one the comparison was run with, if any. */
  readonly budget?: number;
}

export async function writeReport(resultsDir: string, format: ReportFormat, out?: string, { warn, note, bootstrap, valuePerDeparture, budget }: ReportOptions = {}): Promise<string[]> {
  // A sweep folder (plan.json + runs.csv) gets the sensitivity charts; a run folder the full report.
  const sweep = isSweepFolder(resultsDir);
  // Every flag this kind of folder does not take, at once.
  const refused = reportFlagRefusals(resultsDir, sweep, { bootstrap, valuePerDeparture, budget });
  if (refused.length > 0) throw new InputError(refused, 'command line');
  let charts: ReportChart[];
  let html: () => string;
  if (sweep) {
    // The analysis is made again from runs.csv: with the resamples asked for, else those the
    // folder's analysis.json was made with (so a report never replaces `analyze --bootstrap N`'s
    // intervals with others), else the default; a grid's paired differences from the point its
    // analysis.json measured them from (analyze --vs), or sweep.json kept when a resume or merge
    // removed that analysis, else point 0. sweep.json keeps the resamples likewise (since 0.30.0).
    const recordedCount = bootstrap === undefined ? recordedBootstrap(resultsDir) : undefined;
    const analysis = analyzeSweep(resultsDir, bootstrap ?? recordedCount?.count ?? DEFAULT_BOOTSTRAP, warn, undefined, { recorded: recordedBaseline(resultsDir), note, bootstrapChosen: bootstrap !== undefined || recordedCount?.chosen === true });
    const countNote = recordedCount && analysis.bootstrap !== undefined ? recordedBootstrapNote(recordedCount, resultsDir) : undefined;
    if (countNote !== undefined) note?.(countNote);
    if (analysis.writer) refuseWrittenFolder(resultsDir, format, out, analysis.writer);
    const unused = unusedBootstrapWarning(analysis.design, bootstrap);
    if (unused !== undefined) warn?.(unused);
    const warning = analysisWarning(analysis, resultsDir, resumePlanWord(resultsDir));
    if (warning !== undefined) warn?.(warning);
    const plan = (JSON.parse(readFileSync(join(resultsDir, 'plan.json'), 'utf8')) as { plan: { parameters: Record<string, unknown>; metrics: string[] } }).plan;
    charts = sweepCharts(analysis, Object.keys(plan.parameters), plan.metrics, choiceOrders(plan.parameters), rangeEnds(plan.parameters));
    const statusPath = join(resultsDir, 'sweep.json');
    const { sessions, mergedShards } = existsSync(statusPath) ? readSweepStatus(statusPath) : {};
    html = () => sweepReportHtml(analysis, resultsDir, plan, charts, reportAnalysisText(analysis), vegaLibraries(), VERSION, { sessions, mergedShards });
  } else {
    const unfinished = unfinishedRunIssue(resultsDir);
    if (unfinished) throw new InputError([unfinished], 'results folder');
    const loaded = await loadResults(resultsDir);
    const data = { ...loaded, ...(valuePerDeparture === undefined ? {} : { valuePerDeparture }), ...(budget === undefined ? {} : { budget }), ...(out === undefined ? {} : { output: out }) };
    if (valuePerDeparture !== undefined && !reportNetBenefit(data)) {
      const why =
        loaded.summary.policies.length < 2
          ? 'holds a run of one arm, with no baseline to weigh it against: it needs the results of cfsim compare'
          : loaded.replicationValues === undefined
            ? 'has no replications.csv, whose leavers and costs by replication the table is recomputed from: run the comparison again with --out'
            : 'has no leavers per year and whole-team costs for every arm in replications.csv (results written before CFSim 0.10.0): run the comparison again';
      throw new InputError([{ path: '--value-per-departure', value: valuePerDeparture, message: `${resultsDir} ${why}` }], 'command line');
    }
    if (budget !== undefined && !budgetFitOfReplications(data, budget)) {
      const why =
        loaded.summary.policies.length < 2
          ? 'holds a run of one arm, with no baseline whose spending the budget is set beyond: it needs the results of cfsim compare'
          : loaded.replicationValues === undefined
            ? 'has no replications.csv (results written before CFSim 0.5.0, or the file was removed), whose spending on the package by replication the budget is judged from: run the comparison again with this version (manifest.json holds its command), with --budget B'
            : replicationSpending(data)
              ? `holds no future, of its ${loaded.summary.reps}, in which the spending on the package of every arm can be rebuilt (results written by an older version of CFSim: in each, some arm had nobody in post all run, or a whole-team cost of 0, and what gives its spending then was not kept): run the comparison again with this version (manifest.json holds its command), with --budget B`
              : "lacks, in replications.csv, the spending on the package of every arm (the cost's parts per worker-year and the team's cost, kept by later versions of CFSim): run the comparison again with this version (manifest.json holds its command), with --budget B";
      throw new InputError([{ path: '--budget', value: budget, message: `${resultsDir} ${why}` }], 'command line');
    }
    // The budget is judged in the HTML report's words; no figure shows it.
    if (budget !== undefined && format !== 'html') note?.(`--budget ${budget} changes no figure: the budget is judged in the words of the HTML report (drop --format ${format} to write it)`);
    const warning = versionWarning(data.manifest.cfsim);
    if (warning !== undefined) warn?.(warning);
    charts = reportCharts(data);
    html = () => reportHtml(data, charts, vegaLibraries(), VERSION);
  }
  if (format === 'html') {
    const path = out === undefined ? join(resultsDir, 'report.html') : reportFilePath(out);
    writeFileAtomically(path, html());
    return [path];
  }
  const dir = out ?? join(resultsDir, FIGURES_FOLDER);
  // Every figure is rendered before any is written, so an interrupted export leaves the folder
  // as it was rather than a partial set. Each file carries the number the report's caption gives
  // its chart (a chart these results cannot draw keeps its number, and has no file).
  const figures: [string, string | Uint8Array][] = [];
  for (const [i, chart] of charts.entries()) {
    if (!chart.spec) continue;
    const svg = await chartSvg(chart.spec);
    figures.push([join(dir, figureFileName(i + 1, charts.length, chart.id, format)), format === 'svg' ? svg : svgToPng(svg)]);
  }
  // No older figure of this format stays beside these: not one of a chart this run cannot draw
  // (a difference chart of a single-package run), not one numbered otherwise (another sweep's
  // charts), not one named as before 0.23.0 (5-differences.svg). Other files stay.
  if (sweep) removeFigureFiles(dir, [format], isSweepChartId);
  else removeFigureFiles(dir, [format], isReportChartId, isEarlierReportFigure);
  const written: string[] = [];
  for (const [path, content] of figures) {
    writeFileAtomically(path, content);
    written.push(path);
  }
  return written;
}

/**
 * Why a report of results made by another CFSim version says so, or undefined for this version's:
 * the numbers are that version's (the model may have changed since), only the report is this one's.
 */
export function versionWarning(madeBy: string): string | undefined {
  if (madeBy === VERSION) return undefined;
  return `the results were made by CFSim ${madeBy}, and this report by CFSim ${VERSION}: its numbers are ${madeBy}'s (rerun them with ${VERSION} to compare them with its results); the report says so`;
}

/**
 * Refuses a report into a sweep folder that another process is still writing (or a folder in it):
 * it would describe only the runs finished so far, and stay there once they are all done.
 */
function refuseWrittenFolder(resultsDir: string, format: ReportFormat, out: string | undefined, writer: SweepWriter): void {
  const target = format === 'html' ? dirname(out === undefined ? join(resultsDir, 'report.html') : reportFilePath(out)) : (out ?? join(resultsDir, FIGURES_FOLDER));
  const inside = relative(resultsDir, target);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return;
  throw new InputError(
    [
      {
        path: out === undefined ? 'RESULTS_DIR' : '-o',
        value: out ?? resultsDir,
        message: `${resultsDir} is ${writerHold(writer)}; a report written into it now would cover only the runs finished so far and stay there once they are all done; write it elsewhere with -o, or wait for that process to finish`,
      },
    ],
    'command line',
  );
}

/** Each range parameter's ends, so that a sampled design's axes span its range rather than start at 0. */
function rangeEnds(parameters: Record<string, unknown>): Record<string, readonly [number, number]> {
  const ranges: Record<string, readonly [number, number]> = {};
  for (const [path, spec] of Object.entries(parameters)) {
    const { min, max } = spec as { min?: unknown; max?: unknown };
    if (typeof min === 'number' && typeof max === 'number' && min < max) ranges[path] = [min, max];
  }
  return ranges;
}

/** Each list parameter's values in the plan's order (packages, modes), so that charts draw its choices in that order. */
function choiceOrders(parameters: Record<string, unknown>): Record<string, readonly unknown[]> {
  const orders: Record<string, readonly unknown[]> = {};
  for (const [path, spec] of Object.entries(parameters)) {
    const values = (spec as { values?: unknown }).values;
    if (Array.isArray(values)) orders[path] = values;
  }
  return orders;
}

/** The report's analysis section: what the numbers come from (version, seed, points, reps, resamples), then the tables. */
function reportAnalysisText(analysis: SweepAnalysis): string {
  const source = analysisSource(analysis);
  return source === undefined ? analysisTables(analysis) : `${source}\n\n${analysisTables(analysis)}`;
}
