import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlReportIssues, reportExtensionIssue, runReportFile } from '../../bin/reportFile';
import { tempFolder } from '../tempFolder';

const work = tempFolder('cfsim-report-file-');

const figures = (format: string) => `use ${format}`;

describe('reportExtensionIssue', () => {
  it.each(['r.html', 'r.HTML', 'r.htm', 'dir.d/R.Htm'])('takes %s', (file) => {
    expect(reportExtensionIssue('--report', file, file, figures)).toBeUndefined();
  });

  it.each([
    ['r.pdf', '--format svg (or png)', true],
    ['r.png', '--format png', false],
    ['r.SVG', '--format svg', false],
    ['r.html.txt', '--format svg (or png)', false],
    ['r.xhtml', '--format svg (or png)', false],
  ])('refuses %s, advising %s', (file, format, pdf) => {
    const issue = reportExtensionIssue('-o', file, file, figures);
    expect(issue?.path).toBe('-o');
    expect(issue?.message).toMatch(new RegExp(`^"${file.replace(/\./g, '\\.')}" ends in \\.\\w+, but the report is an HTML page`));
    expect(issue?.message.endsWith(`; use ${format}`)).toBe(true);
    expect(issue?.message.includes('print it')).toBe(pdf);
  });

  it.each(['report', 'out/report', 'report.'])('refuses %s, which has no extension', (file) => {
    expect(reportExtensionIssue('--report', file, file, figures)?.message).toMatch(/^".*" has no extension, but the report is an HTML page; name a file ending in \.html or \.htm/);
  });
});

describe('runReportFile', () => {
  it('is report.html in an existing folder, a folder spelled with a trailing separator, or the --out folder yet to be made', () => {
    const existing = join(work, 'existing');
    mkdirSync(existing);
    expect(runReportFile(existing, undefined)).toBe(join(existing, 'report.html'));
    expect(runReportFile(`${join(work, 'new')}/`, undefined)).toBe(join(work, 'new', 'report.html'));
    expect(runReportFile(join(work, 'out'), join(work, 'out'))).toBe(join(work, 'out', 'report.html'));
    expect(runReportFile(join(work, 'out.html'), join(work, 'out'))).toBe(join(work, 'out.html'));
    expect(runReportFile(join(work, 'out'), undefined)).toBe(join(work, 'out'));
  });
});

describe('htmlReportIssues', () => {
  it('names a results data file only by its name, not by its extension too', () => {
    const issues = htmlReportIssues('-o', 'summary.json', join(work, 'summary.json'), undefined, figures);
    expect(issues.map((i) => i.message)).toEqual(['summary.json is the name of a results data file; the report would replace it; name the report another file (e.g. report.html)']);
  });

  it('an empty path only as empty', () => {
    expect(htmlReportIssues('--report', '', '', undefined, figures).map((i) => i.message)).toEqual(['an empty path is not allowed; expected a file to write']);
  });
});
