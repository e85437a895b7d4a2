import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFlagRefusals, withFolderRefusals } from '../../bin/reportFlagRefusals';
import { tempFolder } from '../tempFolder';

/** Removed after the file's tests. */
const scratch = tempFolder('cfsim-report-flags-');

describe("report's flags a kind of results folder does not take", () => {
  it('names every one at once: --value-per-departure and --budget for a sweep folder, --bootstrap for any other', () => {
    const sweep = reportFlagRefusals('s', true, { bootstrap: 500, valuePerDeparture: 50000, budget: 60000 });
    expect(sweep.map((i) => i.path)).toEqual(['--value-per-departure', '--budget']);
    expect(sweep[0].message).toContain('drop --value-per-departure (a grid\'s value for money per point: cfsim analyze s --value-per-departure 50000)');
    const comparison = reportFlagRefusals('c', false, { bootstrap: 500, valuePerDeparture: 50000, budget: 60000 });
    expect(comparison.map((i) => i.path)).toEqual(['--bootstrap']);
    expect(reportFlagRefusals('s', true, {})).toEqual([]);
  });

  it('does not repeat a value that was itself refused in its advice', () => {
    const [refusal] = reportFlagRefusals('s', true, { valuePerDeparture: '50k' });
    expect(refusal.value).toBe('50k');
    expect(refusal.message).toContain('cfsim analyze s --value-per-departure V, with V in full, e.g. 50000)');
    expect(refusal.message).not.toContain('50k');
  });

  it("puts the folder's refusals after those of the command line, naming a flag the folder refuses once", () => {
    const read = [
      { path: '--bootstrap', value: '5', message: 'bootstrap refused' },
      { path: '--value-per-departure', value: '50k', message: 'value refused' },
    ];
    const folder = [{ path: '--value-per-departure', value: '50k', message: 'drop it' }];
    expect(withFolderRefusals(read, folder).map((i) => i.message)).toEqual(['bootstrap refused', 'drop it']);
  });

  it("refuses a --bootstrap value taken nowhere for a grid, random or lhs sweep saying no value has any effect there, as analyze does", () => {
    const work = mkdtempSync(join(scratch, 'report-flags-'));
    const folder = (name: string, design: string) => {
      const dir = join(work, name);
      mkdirSync(dir);
      writeFileSync(join(dir, 'plan.json'), JSON.stringify({ plan: { design }, points: [] }));
      return dir;
    };
    const lhs = folder('lhs', 'lhs');
    const [refusal] = reportFlagRefusals(lhs, true, { bootstrap: '5' });
    expect(refusal).toEqual({
      path: '--bootstrap',
      value: '5',
      message: `"5" is not allowed (--bootstrap takes 0 or a whole number from 100 to 1000000, the resamples behind Sobol and Morris intervals), and ${lhs} holds an lhs sweep, whose analysis draws no resamples, so no value has any effect here: drop --bootstrap`,
    });
    // Named once, in place of the value's own refusal.
    expect(withFolderRefusals([{ path: '--bootstrap', value: '5', message: 'bootstrap refused' }], [refusal]).map((i) => i.message)).toEqual([refusal.message]);
    // A valid value is taken (and warned of later); a Sobol or Morris sweep, or a plan.json not read, leaves the value's own refusal.
    expect(reportFlagRefusals(folder('grid', 'grid'), true, { bootstrap: 500 })).toEqual([]);
    expect(reportFlagRefusals(folder('sobol', 'sobol'), true, { bootstrap: '5' })).toEqual([]);
    expect(reportFlagRefusals(join(work, 'nowhere'), true, { bootstrap: '5' })).toEqual([]);
  });
});
