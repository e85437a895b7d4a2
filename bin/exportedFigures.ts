import { lstatSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Where `cfsim report --format svg|png` puts the figures by default. */
export const FIGURES_FOLDER = 'figures';

/**
 * Removes the figures `cfsim report --format svg|png` exported into `dir/figures` from an earlier
 * result: the SVG and PNG files whose chart id `isChart` accepts. Any other file there stays, the
 * folder goes once that empties it, and a `figures` that is not a plain folder (a file, a
 * symbolic link) is left alone, as is anything in it that is not a plain file.
 */
export function removeExportedFigures(dir: string, isChart: (id: string) => boolean): void {
  const figures = join(dir, FIGURES_FOLDER);
  let stat;
  try {
    stat = lstatSync(figures);
  } catch {
    return; // no figures folder
  }
  if (!stat.isDirectory()) return;
  for (const entry of readdirSync(figures, { withFileTypes: true })) {
    const match = /^(.+)\.(svg|png)$/.exec(entry.name);
    if (match && entry.isFile() && isChart(match[1])) rmSync(join(figures, entry.name), { force: true });
  }
  if (readdirSync(figures).length === 0) rmdirSync(figures);
}
