import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import type { InputIssue } from '../sim/params/issues';
import { checkOutputPath, reportFilePath } from './outputFiles';
import { dataFileNameIssue, otherResultsIssue } from './resultsMarker';

// The file an HTML report is written to (run and compare --report, report -o): checked before any
// work, so that a wrong name is refused rather than a report written where it does not belong.

/**
 * Where `--report VALUE` goes: the file itself, or report.html in a folder (one that exists, one
 * spelled with a trailing separator, or the `--out` folder, which the command is yet to create).
 */
export function runReportFile(value: string, out: string | undefined): string {
  return out !== undefined && resolve(value) === resolve(out) ? join(value, 'report.html') : reportFilePath(value);
}

/** The extensions of an HTML report's file, compared in lower case. */
export const REPORT_EXTENSIONS = ['.html', '.htm'];

/**
 * The problem with writing the HTML report to `file` (given as `value` for `flag`) when its
 * extension is not .html or .htm: a report.pdf, a figure.png or a file without an extension
 * would hold an HTML page. `figures(format)` says how to get figure files instead, given the
 * `--format` option that fits the extension asked for.
 */
export function reportExtensionIssue(flag: string, value: string, file: string, figures: (format: string) => string): InputIssue | undefined {
  const extension = extname(file);
  if (REPORT_EXTENSIONS.includes(extension.toLowerCase())) return undefined;
  const stem = file.slice(0, file.length - extension.length);
  if (extension === '' || extension === '.') {
    return {
      path: flag,
      value,
      message: `${JSON.stringify(value)} has no extension, but the report is an HTML page; name a file ending in .html or .htm (e.g. ${basename(stem) === '' ? 'report' : basename(stem)}.html), or a folder to hold report.html (one that exists, or written with a trailing ${sep})`,
    };
  }
  const asked = extension.slice(1).toLowerCase();
  const format = asked === 'svg' || asked === 'png' ? `--format ${asked}` : '--format svg (or png)';
  const pdf = asked === 'pdf' ? '; for a PDF, open the report in a browser and print it' : '';
  return {
    path: flag,
    value,
    message: `${JSON.stringify(value)} ends in ${extension}, but the report is an HTML page (one self-contained file for a browser): name a file ending in .html or .htm (e.g. ${basename(stem)}.html)${pdf}; ${figures(format)}`,
  };
}

/**
 * Every problem with writing the HTML report to `file` (given as `value` for `flag`; `own` is
 * the results folder it describes, if known): a path that cannot be written, a results data
 * file's name (which alone is named: its extension is wrong too), another results folder, an
 * extension other than .html or .htm.
 */
export function htmlReportIssues(flag: string, value: string, file: string, own: string | undefined, figures: (format: string) => string): InputIssue[] {
  const issues: InputIssue[] = [];
  checkOutputPath(flag, file, 'file', issues);
  if (file.trim() === '') return issues;
  const named = dataFileNameIssue(flag, value, file, 'report.html');
  if (named) return [...issues, named];
  const other = otherResultsIssue(flag, value, dirname(file), own);
  if (other) issues.push(other);
  const extension = reportExtensionIssue(flag, value, file, figures);
  if (extension) issues.push(extension);
  return issues;
}
