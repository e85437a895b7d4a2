import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportHtml } from '../../../viz/report/html';
import { loadResults } from '../../../viz/report/load';

// The report of compare --scenarios: the arms' differences from the first under Terms, a warning at
// the top for one that differs outside its package, the status-quo arm judged by its levers, and a
// file that changes its package's levers described as that package so changed.

const work = mkdtempSync(join(tmpdir(), 'cfsim-scenario-arms-'));
const dir = join(work, 'out');
let html = '';

beforeAll(async () => {
  const write = (name: string, body: string) => {
    const path = join(work, name);
    writeFileSync(path, body);
    return path;
  };
  const ours = write('ours.yaml', 'name: ours\ndescription: Our team today.\npopulation: { seats: 12 }\ncommunity: { overdoseBurden: 1.5 }\n');
  const drift = write('drift.yaml', 'name: drift\ndescription: Two more staff.\npopulation: { seats: 12 }\ncommunity: { overdoseBurden: 1.2 }\npolicy: { staffing: { extraSeatShare: 0.17 } }\n');
  const own = write('own.yaml', 'name: own\nbase: { policy: opt-out-support }\npopulation: { seats: 12 }\ncommunity: { overdoseBurden: 1.5 }\npolicy: { description: Our own package., grief: { leaveDays: 1 } }\n');
  const r = spawnSync(process.execPath, ['dist/cfsim.js', 'compare', '--scenarios', `${ours},${drift},${own}`, '--reps', '4', '--days', '200', '--threads', '1', '--out', dir], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  html = reportHtml(await loadResults(dir), [], { vega: '', vegaLite: '', vegaEmbed: '' });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the report of a comparison of scenario files', () => {
  it('warns at the top of a scenario that differs outside its package, and judges the status-quo arm under its label', () => {
    const top = html.slice(0, html.indexOf('<h2>At a glance</h2>'));
    expect(top).toContain("<p class=\"warning\"><strong>Not the package's alone:</strong> drift differs from ours outside its package (community.overdoseBurden 1.5 → 1.2): its differences from ours are not its package&#39;s alone");
    expect(top).not.toContain('own differs from ours outside');
    expect(top).toMatch(/<strong>Outside the calibrated range:<\/strong> ours&#39;s /);
  });

  it('lists how each scenario differs from the first under Terms', () => {
    expect(html).toContain('<dt>How the scenarios differ from ours (their resolved scenarios, names and descriptions aside)</dt>');
    expect(html).toContain('<li>drift: community.overdoseBurden: 1.5 → 1.2; policy.staffing.extraSeatShare: 0 → 0.17</li>');
    expect(html).toMatch(/<li>own: policy\.supervision\.mode: opt-in → opt-out; /);
  });

  it('describes a file that changes its package\'s levers as that package so changed, not by the package\'s description alone', () => {
    expect(html).toContain('<dt>Scenario ours</dt><dd>Our team today. Its support package: Opt-in support, little formal structure.</dd>');
    expect(html).toContain(
      '<dt>Scenario drift</dt><dd>Two more staff. Its support package: based on the status-quo package (Opt-in support, little formal structure), with levers changed by the file: staffing.extraSeatShare 0.17 (package: 0).</dd>',
    );
    expect(html).toMatch(/<dt>Scenario own<\/dt><dd>[^<]*Its support package: Our own package\. Based on the opt-out-support package \(/);
    expect(html).toContain('with levers changed by the file: grief.leaveDays 1 (package: 2).</dd>');
  });

  it('describes a file without a description of its own by the preset it is based on and what it changed of it, not as the preset\'s team', () => {
    // A planner's 12-seat team read "38 staff, 11 programs" from the preset's description.
    expect(html).toMatch(
      /<dt>Scenario own<\/dt><dd>Based on the ma-outreach preset \(&quot;Massachusetts post-overdose outreach teams \(seed 003: 38 staff[^)]*\)&quot;\), with its setting changed by the file or --set: population\.seats 12 \(preset: 38\); community\.overdoseBurden 1\.5 \(preset: [\d.]+\)\. Its support package: /,
    );
    expect(html).not.toMatch(/<dt>Scenario ours<\/dt><dd>Based on/);
  });
});

describe('the report terms of a comparison of scenario files', () => {
  it('say which scenarios the calibration warning judges', () => {
    expect(html).toContain('leave the calibrated ranges (here, those of each scenario whose support package has the status quo&#39;s levers, whatever its name).');
  });
});
