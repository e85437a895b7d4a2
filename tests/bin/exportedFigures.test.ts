import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EARLIER_REPORT_FIGURES, exportedFigureName, figureFileName, isEarlierReportFigure, removeExportedFigures, removeFigureFiles } from '../../bin/exportedFigures';
import { isReportChartId, REPORT_CHART_IDS } from '../../viz/specs';
import { isSweepChartId } from '../../viz/report/sweepReport';
import { tempFolder } from '../tempFolder';

const work = tempFolder('cfsim-figures-');

let folders = 0;
/** A results folder whose figures folder holds `names`. */
function figuresOf(names: readonly string[]): string {
  const dir = join(work, `r${folders++}`);
  mkdirSync(join(dir, 'figures'), { recursive: true });
  for (const name of names) writeFileSync(join(dir, 'figures', name), 'x');
  return dir;
}

describe('exported figure names', () => {
  it('carry the figure number, zero-padded to the width of the count, so that the files sort in the report\'s order', () => {
    const names = REPORT_CHART_IDS.map((id, i) => figureFileName(i + 1, REPORT_CHART_IDS.length, id, 'svg'));
    expect(names[0]).toBe('figure-01-proqol-over-time.svg');
    expect(names[4]).toBe('figure-05-differences.svg');
    expect(names[12]).toBe('figure-13-best-in-futures.svg');
    expect([...names].sort()).toEqual(names);
    expect(figureFileName(1, 9, 'sobol-indices', 'png')).toBe('figure-1-sobol-indices.png');
    expect(figureFileName(7, 100, 'heatmap-proqolSTS', 'svg')).toBe('figure-007-heatmap-proqolSTS.svg');
  });

  it('are read back to the chart id and number; an un-numbered name gives the name as the id', () => {
    expect(exportedFigureName('figure-05-differences.svg')).toEqual({ id: 'differences', format: 'svg', number: 5 });
    expect(exportedFigureName('figure-1-heatmap-proqolSTS.png')).toEqual({ id: 'heatmap-proqolSTS', format: 'png', number: 1 });
    expect(exportedFigureName('5-differences.svg')).toEqual({ id: '5-differences', format: 'svg' });
    expect(exportedFigureName('notes.txt')).toBeUndefined();
  });

  it('earlier versions\' names were each chart\'s number, unpadded, and id', () => {
    expect(EARLIER_REPORT_FIGURES).toEqual(REPORT_CHART_IDS.map((id, i) => `${i + 1}-${id}`));
  });
});

describe('removeExportedFigures', () => {
  it('removes a report\'s figures named as now and as before 0.23.0, and leaves every other file', () => {
    const dir = figuresOf([
      'figure-01-proqol-over-time.svg',
      'figure-13-best-in-futures.png',
      'figure-5-differences.svg', // numbered otherwise: still this chart's
      '1-proqol-over-time.svg',
      '12-worth-its-cost.png',
      'notes.txt',
      'proqol-over-time.svg', // a chart id without a number was never a file name of the report's
      '01-proqol-over-time.svg',
      'figure-01-sobol-indices.svg', // a sweep's
      'figure-01-proqol-over-time.pdf',
    ]);
    removeExportedFigures(dir, isReportChartId, isEarlierReportFigure);
    expect(readdirSync(join(dir, 'figures')).sort()).toEqual(['01-proqol-over-time.svg', 'figure-01-proqol-over-time.pdf', 'figure-01-sobol-indices.svg', 'notes.txt', 'proqol-over-time.svg']);
  });

  it('removes a sweep\'s figures, numbered or named by chart id alone, and the folder once that empties it', () => {
    const dir = figuresOf(['figure-1-sobol-indices.svg', 'sobol-indices.png', 'figure-02-heatmap-proqolSTS.svg', 'heatmap-turnoverPerYear.svg']);
    removeExportedFigures(dir, isSweepChartId);
    expect(existsSync(join(dir, 'figures'))).toBe(false);
  });

  it('a report\'s removal leaves a sweep\'s figures, and a sweep\'s a report\'s', () => {
    const dir = figuresOf(['figure-01-proqol-over-time.svg', '1-proqol-over-time.svg', 'figure-1-morris-effects.svg', 'morris-effects.svg']);
    removeExportedFigures(dir, isSweepChartId);
    expect(readdirSync(join(dir, 'figures')).sort()).toEqual(['1-proqol-over-time.svg', 'figure-01-proqol-over-time.svg']);
    const other = figuresOf(['figure-01-proqol-over-time.svg', '1-proqol-over-time.svg', 'figure-1-morris-effects.svg', 'morris-effects.svg']);
    removeExportedFigures(other, isReportChartId, isEarlierReportFigure);
    expect(readdirSync(join(other, 'figures')).sort()).toEqual(['figure-1-morris-effects.svg', 'morris-effects.svg']);
  });
});

describe('removeFigureFiles', () => {
  it('removes only the formats asked for, leaves anything not a plain file, and takes a missing folder as nothing to remove', () => {
    const dir = figuresOf(['figure-01-proqol-over-time.svg', 'figure-01-proqol-over-time.png', '5-differences.svg', '5-differences.png']);
    mkdirSync(join(dir, 'figures', 'figure-02-risk-bands-over-time.svg'));
    removeFigureFiles(join(dir, 'figures'), ['svg'], isReportChartId, isEarlierReportFigure);
    expect(readdirSync(join(dir, 'figures')).sort()).toEqual(['5-differences.png', 'figure-01-proqol-over-time.png', 'figure-02-risk-bands-over-time.svg']);
    expect(() => removeFigureFiles(join(work, 'absent'), ['svg'], isReportChartId)).not.toThrow();
  });
});
