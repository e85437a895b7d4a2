import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// A broken plan file was headed "invalid scenario file:" by validate and "invalid input:" by sweep:
// both now head it as what it is, a sweep plan, naming the file.

const { work, cfsim, file } = cliScratch('plan-errors');
const BASE = 'name: x\nbase: { population: ct-harm-reduction, policy: status-quo }\nset: { days: 30 }\n';

describe('a broken plan file', () => {
  it('is headed "invalid sweep plan FILE" by validate and by sweep alike, whether it cannot be parsed or holds a bad field', () => {
    const files = [
      // A field given twice, and YAML that cannot be parsed: both read as a scenario file before.
      file('twice.yaml', `${BASE}parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\n  community.stigma: { min: 0.2, max: 0.3 }\ndesign: grid\nreps: 1\n`),
      file('unclosed.yaml', `${BASE}parameters: { community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\n`),
      file('unclosed.json', '{"name": "x", "parameters": {"community.stigma": {"min": 0.1, "max": 0.9}},}'),
      // A plan that parses but has a bad design: validate named the file, sweep said "invalid input".
      file('grd.yaml', `${BASE}parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grd\nreps: 1\n`),
    ];
    for (const [i, path] of files.entries()) {
      const heading = `cfsim: invalid sweep plan ${path}:\n`;
      const checked = cfsim('validate', path);
      expect(checked.status, checked.stderr).toBe(2);
      expect(checked.stderr.startsWith(heading), checked.stderr).toBe(true);
      const swept = cfsim('sweep', path, '--out', `${work}/out-${i}`);
      expect(swept.status, swept.stderr).toBe(2);
      // The same heading and the same problems, word for word.
      expect(swept.stderr).toBe(checked.stderr);
    }
  });

  it('names the plan beside the command line when sweep is also given a bad flag', () => {
    const path = file('grd2.yaml', `${BASE}parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grd\nreps: 1\n`);
    const swept = cfsim('sweep', path, '--out', `${work}/out-flag`, '--shard', '9/2');
    expect(swept.status, swept.stderr).toBe(2);
    expect(swept.stderr).toMatch(new RegExp(`^cfsim: invalid command line and sweep plan ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\n`));
    expect(swept.stderr).toContain('--shard: "9/2"');
    expect(swept.stderr).toContain('design: "grd"');
  });

  it('leaves a broken scenario file headed as a scenario file', () => {
    const path = file('tabs.yaml', 'population:\n\tseats: 3\n');
    expect(cfsim('validate', path).stderr).toMatch(/^cfsim: invalid scenario file:\n/);
  });

  it('names every varied days value too short for a scheduled change, each with the days it allows, not the first alone', () => {
    const plan = file('short-days.yaml', `${BASE.replace('set: { days: 30 }', 'set: { changes: [{ day: 100, set: { policy.supervision.mode: opt-out } }] }')}parameters:\n  days: { values: [50, 80, 200] }\ndesign: grid\nreps: 1\nmetrics: [proqolSTS]\n`);
    const r = cfsim('validate', plan);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('point 0 (days 50) cannot run: changes[0].day: 100 is out of range; expected a day from 1 to 49');
    expect(r.stderr).toContain('; point 1 (days 80) cannot run: changes[0].day: 100 is out of range; expected a day from 1 to 79');
    expect(r.stderr).toContain("(2 of the plan's 3 points cannot run); change the parameters' ranges or the plan's set so that every point can run");
    expect(r.stderr).not.toContain('point 2');
    // Why a change's last day is days − 1 is said once, before the points, not again at each.
    expect(r.stderr).toContain("parameters: a scheduled change's day must be from 1 to the point's days − 1 (each point's run has as many days as its days value, numbered from 0, and a change takes effect at the start of one of them): point 0 (days 50) cannot run: changes[0].day: 100 is out of range; expected a day from 1 to 49; point 1");
    expect(r.stderr.match(/numbered from 0/g)).toHaveLength(1);
    // A continuous days range gives every point its own problem: the first three are named, and how many others.
    const range = file('days-range.yaml', `${BASE.replace('set: { days: 30 }', 'set: { changes: [{ day: 100, set: { policy.supervision.mode: opt-out } }] }')}parameters:\n  days: { min: 10, max: 90 }\ndesign: lhs\npoints: 6\nreps: 1\nmetrics: [proqolSTS]\n`);
    const many = cfsim('validate', range);
    expect(many.status, many.stderr).toBe(2);
    expect(many.stderr.match(/cannot run: /g)).toHaveLength(3);
    expect(many.stderr.match(/numbered from 0/g)).toHaveLength(1);
    expect(many.stderr).toContain("; and 3 other problems at later points (6 of the plan's 6 points cannot run); change the parameters' ranges");
  });
});
