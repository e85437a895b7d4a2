import { lstatSync, readdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { removeFilesDurably, syncFolder } from './outputFiles';

/** Where `cfsim report --format svg|png` puts the figures by default. */
export const FIGURES_FOLDER = 'figures';

/** The formats of exported figures, as their files end. */
const FIGURE_FORMATS = ['svg', 'png'] as const;

/**
 * The file an exported figure is written to: `figure-`, its number in the report (the number its
 * caption there gives: Figure 1 is the report's first chart, drawn or not), zero-padded to the
 * width of the report's count of charts so that the files sort in the report's order (`05` of
 * 13), then the chart's id and the format: `figure-05-differences.svg`.
 */
export function figureFileName(number: number, count: number, id: string, format: string): string {
  return `figure-${String(number).padStart(String(count).length, '0')}-${id}.${format}`;
}

/**
 * The names CFSim before 0.23.0 gave the report's exported figures (less `.svg` or `.png`): each
 * chart's number, unpadded, and id, so that they sorted 1, 10, 11, 12, 13, 2, ... A sweep's
 * figures were named by their chart ids alone (`sobol-indices.svg`).
 */
export const EARLIER_REPORT_FIGURES: readonly string[] = [
  '1-proqol-over-time',
  '2-risk-bands-over-time',
  '3-staffing-over-time',
  '4-score-distributions',
  '5-differences',
  '6-cost-effectiveness',
  '7-by-role-and-lived-experience',
  '8-support-uptake',
  '9-why-staff-leave',
  '10-what-the-cost-is-made-of',
  '11-who-leaves',
  '12-worth-its-cost',
  '13-best-in-futures',
];

/** Whether a file name (less `.svg` or `.png`) is one CFSim before 0.23.0 exported a report's figure under. */
export function isEarlierReportFigure(name: string): boolean {
  return EARLIER_REPORT_FIGURES.includes(name);
}

/**
 * What an exported figure's file name says: its format and chart id, and its number where it has
 * one (`figure-05-differences.svg`, since 0.23.0); a name without a number (`sobol-indices.svg`,
 * `5-differences.png`) gives the name before the format as the id. Undefined for a file that is
 * not an SVG or PNG.
 */
export function exportedFigureName(fileName: string): { readonly id: string; readonly format: string; readonly number?: number } | undefined {
  const file = /^(.+)\.(svg|png)$/.exec(fileName);
  if (!file) return undefined;
  const numbered = /^figure-(\d+)-(.+)$/.exec(file[1]);
  return numbered ? { id: numbered[2], format: file[2], number: Number(numbered[1]) } : { id: file[1], format: file[2] };
}

/**
 * Removes from `folder` the figure files of `formats` that `cfsim report --format svg|png`
 * exported: a numbered one (`figure-05-differences.svg`) whose chart id `isChart` accepts,
 * whatever its number, and one without a number that `wasChart` accepts as the name an earlier
 * version gave a figure (by default `isChart`: a sweep's figures were named by their ids alone).
 * Any other file, and anything that is not a plain file, stays. A folder that does not exist is
 * nothing to remove. The removals are durable when this returns (the folder fsynced).
 */
export function removeFigureFiles(
  folder: string,
  formats: readonly string[],
  isChart: (id: string) => boolean,
  wasChart: (name: string) => boolean = isChart,
): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const figure = exportedFigureName(entry.name);
    if (!figure || !entry.isFile() || !formats.includes(figure.format)) continue;
    if (figure.number !== undefined ? isChart(figure.id) : wasChart(figure.id)) removed.push(join(folder, entry.name));
  }
  removeFilesDurably(removed);
}

/**
 * Removes the figures `cfsim report --format svg|png` exported into `dir/figures` from an earlier
 * result: the SVG and PNG files named after a chart `isChart` accepts, numbered as since 0.23.0,
 * or without a number as earlier versions named them, which `wasChart` accepts (by default
 * `isChart`; see removeFigureFiles). Any other file there stays, the folder goes once that empties
 * it, and a `figures` that is not a plain folder (a file, a symbolic link) is left alone, as is
 * anything in it that is not a plain file. Durable when this returns: a crash soon after cannot
 * bring an earlier result's figures back beside what is written next.
 */
export function removeExportedFigures(dir: string, isChart: (id: string) => boolean, wasChart: (name: string) => boolean = isChart): void {
  const figures = join(dir, FIGURES_FOLDER);
  let stat;
  try {
    stat = lstatSync(figures);
  } catch {
    return; // no figures folder
  }
  if (!stat.isDirectory()) return;
  removeFigureFiles(figures, FIGURE_FORMATS, isChart, wasChart);
  if (readdirSync(figures).length > 0) return;
  rmdirSync(figures);
  syncFolder(dir);
}
