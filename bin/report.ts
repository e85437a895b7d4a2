import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chartSvg, svgToPng } from '../viz/report/export';
import { reportHtml } from '../viz/report/html';
import { vegaLibraries } from '../viz/report/libraries';
import { loadResults } from '../viz/report/load';
import { reportCharts } from '../viz/specs';

export const REPORT_FORMATS = ['html', 'svg', 'png'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

function writeAtomically(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.partial`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/**
 * Builds the report of a results folder: one self-contained HTML file, or one SVG/PNG file per
 * chart (for papers). Returns the paths written.
 */
export async function writeReport(resultsDir: string, format: ReportFormat, out?: string): Promise<string[]> {
  const data = await loadResults(resultsDir);
  const charts = reportCharts(data);
  if (format === 'html') {
    const path = out ?? join(resultsDir, 'report.html');
    writeAtomically(path, reportHtml(data, charts, vegaLibraries()));
    return [path];
  }
  const dir = out ?? join(resultsDir, 'figures');
  const written: string[] = [];
  for (const chart of charts) {
    if (!chart.spec) continue;
    const svg = await chartSvg(chart.spec);
    const path = join(dir, `${chart.id}.${format}`);
    writeAtomically(path, format === 'svg' ? svg : svgToPng(svg));
    written.push(path);
  }
  return written;
}
