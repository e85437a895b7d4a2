import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TURNOVER_ASSUMPTION_NOTE, turnoverAssumptionNote } from '../../bin/simulate';
import { resolveScenario } from '../../scenarios/resolve';
import { tempFolder } from '../tempFolder';

// A clear turnover effect rests mostly on an assumed coefficient (coefficients.separationCf):
// the comparison says so under its tables, and the report in its terms.

const work = tempFolder('cfsim-turnover-note-');
const cfsim = (...args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 180_000 });

describe('the note on what turnover effects rest on', () => {
  it('follows a comparison whose package changes turnover clearly, and the report names the coefficient', () => {
    const out = join(work, 'multi');
    const r = cfsim('compare', '--policies', 'status-quo,multi-level', '--reps', '20', '--days', '365', '--threads', '2', '--out', out, '--report', join(out, 'report.html'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\nTurnover per year +[\d.]+% +[\d.]+% .* clearly better \(lower\)\n/);
    expect(r.stdout).toContain(`\n${TURNOVER_ASSUMPTION_NOTE}\n`);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    // (The report escapes the apostrophe in "compassion fatigue's".)
    expect(html.includes('rest mostly on one assumed size: compassion fatigue') && html.includes('weight in the separation hazard (coefficients.separationCf'), 'the report\'s terms name the coefficient').toBe(true);
  });

  it('is absent when no package changes turnover clearly, and from too few replications for clear verdicts', () => {
    const same = cfsim('compare', '--policies', 'status-quo,mandatory-debrief', '--reps', '20', '--days', '365', '--threads', '2');
    expect(same.status, same.stderr).toBe(0);
    expect(same.stdout).not.toMatch(/\nTurnover per year .* clearly /);
    expect(same.stdout).not.toContain('coefficients.separationCf');
    const few = cfsim('compare', '--policies', 'status-quo,multi-level', '--reps', '4', '--days', '365', '--threads', '2');
    expect(few.stdout).toMatch(/\nTurnover per year .* indicative: better \(lower\)\n/);
    expect(few.stdout).not.toContain('coefficients.separationCf');
  });

  it('says what the run already draws where every arm draws coefficients.separationCf, instead of pointing to a sweep', () => {
    const drawn = resolveScenario({ file: { uncertainty: { 'coefficients.separationCf': { min: 0.7, max: 1.6 } } } });
    expect(turnoverAssumptionNote([drawn, drawn])).toContain('This run draws it in every replication, so the ranges and verdicts above carry that uncertainty; uncertainty.csv');
    expect(turnoverAssumptionNote([drawn, resolveScenario()])).toBe(TURNOVER_ASSUMPTION_NOTE);
  });
});
