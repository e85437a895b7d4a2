import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../../models/metrics';
import { DAILY_SERIES } from '../../models/observables';
import { SEPARATION_COLUMNS, WORKER_COLUMNS } from '../../models/outputs';
import { DISCOUNTED_CSV_COLUMNS, TIMESERIES_CSV_COLUMNS } from '../../models/resultsColumns';
import { PACKAGE_IDS } from '../../scenarios/presets/packages';
import { POPULATION_IDS } from '../../scenarios/presets/populations';
import { parse as parseYaml } from 'yaml';
import { FRESH_TEAM_START } from '../../models/hiring';
import { resolveScenario } from '../../scenarios/resolve';
import { resolvePlan } from '../../scenarios/plan';
import { planDesign } from '../../scenarios/planDesign';
import { leverChanges, packageLeversBlock } from '../../scenarios/leverChanges';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it.each(METRIC_NAMES)('documents the metric %s', (metric) => {
    expect(readme).toContain(`| \`${metric}\` |`);
  });

  it.each([...POPULATION_IDS, ...PACKAGE_IDS])('names the preset %s', (id) => {
    expect(readme).toContain(`\`${id}\``);
  });

  it.each(['run', 'compare', 'report', 'app', 'list', 'show', 'validate', 'schema', 'starting-levels', 'calibrate', 'validation-report'])('documents the command %s', (command) => {
    expect(readme).toContain(`### \`cfsim ${command}`);
  });

  it.each(DAILY_SERIES.map((d) => d.name).filter((n) => !n.endsWith('Sd')))('lists the daily series %s', (name) => {
    expect(readme).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it.each([...WORKER_COLUMNS, ...SEPARATION_COLUMNS, ...DISCOUNTED_CSV_COLUMNS])('documents the results column %s', (column) => {
    expect(readme).toMatch(new RegExp(`\`${column}\``));
  });

  // A reader who loads workers.csv or separations.csv by position trusts the tables' order.
  it.each([
    ['workers.csv', WORKER_COLUMNS],
    ['separations.csv', SEPARATION_COLUMNS],
  ] as const)('lists the columns of %s in the order the file has them', (file, columns) => {
    const table = readme.split(`- \`${file}\`: one row per`)[1].split('\n\n')[1];
    const documented = table
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...line.split(' | ')[0].matchAll(/`(\w+)`/g)].map((m) => m[1]));
    expect(documented).toEqual(['policy', 'rep', ...columns]);
  });

  // A reader who filters timeseries.csv by metric goes by this list: every series, in the file's order.
  it("gives timeseries.csv's header and names its series in the order the file has them", () => {
    const section = readme.split('- `timeseries.csv`: one row per')[1].split('\n- `workers.csv`')[0];
    expect(section).toContain(`\`${TIMESERIES_CSV_COLUMNS.join(',')}\``);
    const list = section.split('The series (`metric`) are')[1].split('(what each counts')[0].replace('the seven parts of cost that add up to it', '');
    const names = new Set<string>(DAILY_SERIES.map((d) => d.name));
    const documented = [...list.matchAll(/\b[a-z][A-Za-z]*\b/g)].map((m) => m[0]).filter((word) => names.has(word));
    expect(documented).toEqual(DAILY_SERIES.map((d) => d.name).filter((n) => !n.endsWith('Sd')));
  });

  it('gives the scenario of a programme just launched as the model defines it (FRESH_TEAM_START)', () => {
    const block = readme.split('**A programme just launched.**')[1].split('```yaml\n')[1].split('```')[0];
    const population = resolveScenario({ file: parseYaml(block) }).population;
    expect(population.initialTenureMeanDays).toBe(FRESH_TEAM_START.initialTenureMeanDays);
    expect(population.startingLevels).toEqual(FRESH_TEAM_START.startingLevels);
    expect(population.warmUpDays).toBe(FRESH_TEAM_START.warmUpDays);
  });

  it('shows one lever at a time as the CLI prints it, and a file that sets opt-out-support\'s supervision alone', () => {
    const section = readme.split('**One lever at a time (`--levers`).**')[1];
    const printed = section.split('```text\n')[1].split('```')[0];
    const arms = ['status-quo', 'opt-out-support', 'mandatory-debrief'].map((policy) => resolveScenario({ policy }));
    expect(`\n${printed}`).toBe(packageLeversBlock(arms));
    const prebooked = resolveScenario({ file: parseYaml(section.split('```yaml\n')[1].split('```')[0]) });
    const supervision = leverChanges(arms[0], arms[1]).filter((c) => c.lever === 'supervision');
    expect(leverChanges(arms[0], prebooked)).toEqual(supervision);
  });

  it('gives a current practice that every package is added to, as it says: a lever the package sets replaces the practice\'s', () => {
    const block = readme.split('**Your current practice.**')[1].split('```yaml\n')[1].split('```')[0];
    const file = parseYaml(block);
    const statusQuo = resolveScenario({ file, policy: 'status-quo' }).policy;
    const optOut = resolveScenario({ file, policy: 'opt-out-support' }).policy;
    for (const policy of [statusQuo, optOut]) {
      expect(policy.compensation.ptoDaysPerYear).toBe(25);
      expect(policy.staffing.workdaysPerWeek).toBe(4);
    }
    expect(statusQuo.supervision).toMatchObject({ mode: 'opt-in', intervalDays: 21 });
    expect(optOut.supervision).toMatchObject({ mode: 'opt-out', intervalDays: 14 });
    expect(readme).toContain('opt-out-support books supervision every 14 days whatever the practice\'s interval');
  });

  it('shows what the CLI prints: the --json examples of run and compare have the default run\'s numbers, to the decimal shown', () => {
    const cfsim = (...args: string[]) => {
      const r = spawnSync(process.execPath, ['dist/cfsim.js', ...args, '--json', '--threads', '2'], { encoding: 'utf8', timeout: 300_000 });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout);
    };
    const shown = (json: string) => JSON.parse(json) as Record<string, number>;
    const oneDecimal = (summary: Record<string, number>) => Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, Number(v.toFixed(1))]));
    const runExample = shown(readme.match(/"proqolCS": (\{[^}]*\})/)![1]);
    expect(oneDecimal(cfsim('run').policies[0].metrics.proqolCS)).toEqual(runExample);
    const differenceExample = shown(readme.match(/"vs": "status-quo", "metrics": \{ "proqolSTS": (\{[^}]*\})/)![1]);
    const compared = cfsim('compare', '--policies', 'status-quo,opt-out-support');
    expect(oneDecimal(compared.differences[0].metrics.proqolSTS)).toEqual(differenceExample);
    // Turnover by group: worker-years to one decimal, turnover (a share) to two, counts exactly.
    const rounded = (summary: Record<string, number>, places: number) => Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, Number(v.toFixed(places))]));
    const groupExample = readme.match(/"group": "recovery-coach", "label": "Recovery coach \(peer\)", "workerYears": ([\d.]+), "reps": (\d+), "turnoverPerYear": (\{[^}]*\})/)!;
    const coaches = compared.policies[0].groups.find((g: { group: string }) => g.group === 'recovery-coach');
    expect([Number(coaches.workerYears.toFixed(1)), coaches.reps, rounded(coaches.turnoverPerYear, 2)]).toEqual([Number(groupExample[1]), Number(groupExample[2]), shown(groupExample[3])]);
    const groupDifference = readme.match(/"groups": \[\{ "by": "role", "group": "police", "label": "Police officer", "reps": (\d+), "turnoverPerYear": (\{[^}]*\})/)!;
    const police = compared.differences[0].groups.find((g: { group: string }) => g.group === 'police');
    expect([police.reps, rounded(police.turnoverPerYear, 2)]).toEqual([Number(groupDifference[1]), shown(groupDifference[2])]);
    // Value for money's halves of the horizon, from the comparison the README's example is of.
    const byHalfExample = shown(readme.match(/"byHalf": (\{[^}]*\})/)![1]);
    const example = cfsim('compare', 'ct-harm-reduction', '--policies', 'status-quo,opt-out-support', '--reps', '40');
    expect(rounded(example.differences[0].valueForMoney.byHalf, 3)).toEqual(byHalfExample);
    expect(example.differences[0].valueForMoney.costPerDepartureAvoided.toFixed(1)).toBe(readme.match(/"costPerDepartureAvoided": ([\d.]+)/)![1]);
  });

  it('shows what compare --value-per-departure prints, verbatim, and its JSON to the decimal shown', () => {
    const section = readme.split('**At your value of a departure avoided')[1].split('\n### ')[0];
    const command = section.match(/`cfsim (compare\s+ct-harm-reduction\s+--policies\s+status-quo[^`]*)`/)![1].split(/\s+/);
    const printed = section.split('```text\n')[1].split('```')[0];
    const text = spawnSync(process.execPath, ['dist/cfsim.js', ...command, '--threads', '2'], { encoding: 'utf8', timeout: 300_000 });
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(printed);
    const json = spawnSync(process.execPath, ['dist/cfsim.js', ...command, '--threads', '2', '--json'], { encoding: 'utf8', timeout: 300_000 });
    const nb = JSON.parse(json.stdout).netBenefit as { arms: Record<string, unknown>[]; lead: Record<string, unknown> };
    // Dollars to one decimal, shares and departures avoided to three.
    const oneDecimal = (o: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toFixed(Math.abs(v) <= 1 || k === 'departuresAvoided' ? 3 : 1)) : v]));
    const shown = JSON.parse(`{${section.split('```json\n')[1].split('```')[0].trim()}}`).netBenefit as typeof nb;
    expect(nb.arms.map(oneDecimal)).toEqual(shown.arms);
    expect(oneDecimal(nb.lead)).toEqual(shown.lead);
  });

  it('shows what compare --value-per-departure prints of the value of learning a drawn value (EVPPI), verbatim, and JSON that rounds to it', () => {
    const section = readme.split('**What learning a drawn value is worth: EVPPI**')[1].split('**Within a budget')[0];
    const folder = mkdtempSync(join(tmpdir(), 'cfsim-readme-evppi-'));
    try {
      writeFileSync(join(folder, 'team.yaml'), section.split('```yaml\n')[1].split('```')[0]);
      const command = section.match(/`cfsim (compare team\.yaml [^`]*)`/)![1].split(/\s+/).map((word) => (word === 'team.yaml' ? join(folder, word) : word));
      const printed = section.split('```text\n')[1].split('```')[0];
      const text = spawnSync(process.execPath, ['dist/cfsim.js', ...command, '--threads', '2'], { encoding: 'utf8', timeout: 300_000 });
      expect(text.status, text.stderr).toBe(0);
      expect(text.stdout).toContain(printed);
      // The JSON shown is the same run's: its dollars, to the decimal shown, round to the table's.
      const shown = JSON.parse(`{${section.split('```json\n')[1].split('```')[0].trim()}}`).valueOfInformation as { fields: { field: string; evppi: number; noiseFloor: number }[] };
      const dollars = (x: number) => `$${(Math.round(x / 100) * 100).toLocaleString('en-US')}`;
      for (const f of shown.fields) expect(printed).toContain(`${f.field}  `.padEnd(27) + `${dollars(f.evppi)}`.padEnd(14) + `${dollars(f.noiseFloor)}`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('shows what compare --budget prints, verbatim, the years it prints, and its JSON to the decimal shown', () => {
    const section = readme.split('**Within a budget: `--budget B`**')[1].split('**One lever at a time')[0];
    const command = section.match(/`cfsim (compare\s+ct-harm-reduction\s+--policies\s+status-quo[^`]*--budget \d+)`/)![1].split(/\s+/);
    const [budgetLine, years] = section.split('```text\n').slice(1, 3).map((block) => block.split('```')[0]);
    const text = spawnSync(process.execPath, ['dist/cfsim.js', ...command, '--threads', '2'], { encoding: 'utf8', timeout: 300_000 });
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(budgetLine);
    expect(text.stdout).toContain(years);
    const json = spawnSync(process.execPath, ['dist/cfsim.js', ...command, '--threads', '2', '--json'], { encoding: 'utf8', timeout: 300_000 });
    const oneDecimal = (value: unknown): unknown =>
      typeof value === 'number' ? Number(value.toFixed(1)) : Array.isArray(value) ? value.map(oneDecimal) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, oneDecimal(v)])) : value;
    const shown = JSON.parse(`{${section.split('```json\n')[1].split('```')[0].trim()}}`).budget as unknown;
    expect(oneDecimal(JSON.parse(json.stdout).budget)).toEqual(shown);
  });

  it('gives a sweep over the support package that is a valid plan: a grid of every burden under each package listed', () => {
    const block = readme.split('**Varying the support package.**')[1].split('```yaml\n')[1].split('```')[0];
    const plan = resolvePlan(parseYaml(block));
    expect(plan.policy, 'no package fixed').toBeUndefined();
    expect(plan.parameters.find((p) => p.path === 'policy')).toEqual({ path: 'policy', kind: 'values', values: ['status-quo', 'opt-out-support'] });
    expect(planDesign(plan).values).toHaveLength(8);
  });

  it("shows what analyze prints of a grid's paired differences for its example plan", () => {
    const section = readme.split("**A grid's paired differences**")[1].split('\n**')[0];
    const yaml = section.split('```yaml\n')[1].split('```')[0];
    const printed = section.split('```text\n')[1].split('```')[0];
    const dir = mkdtempSync(join(tmpdir(), 'cfsim-readme-'));
    try {
      writeFileSync(join(dir, 'points.yaml'), yaml);
      const cfsim = (...args: string[]) => spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
      const swept = cfsim('sweep', 'points.yaml', '--out', 'points', '--threads', '2');
      expect(swept.status, swept.stderr).toBe(0);
      const r = cfsim('analyze', 'points');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(printed);
      // --vs: the same differences from point 1, named by its number or by its values as the README writes them.
      const fromOne = section.split('```text\n')[2].split('```')[0];
      const byValues = section.match(/`--vs (policy=[^`]+)`/)![1];
      for (const vs of ['1', byValues]) {
        const other = cfsim('analyze', 'points', '--vs', vs);
        expect(other.status, other.stderr).toBe(0);
        expect(other.stdout).toContain(fromOne);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("shows what analyze --value-per-departure prints of a grid's value for money for its example plan", () => {
    const section = readme.split("**A grid's value for money**")[1].split('\n**')[0];
    const yaml = section.split('```yaml\n')[1].split('```')[0];
    const printed = section.split('```text\n')[1].split('```')[0];
    const command = section.match(/`cfsim sweep value\.yaml --out value && cfsim analyze (value --value-per-departure \d+)`/)![1].split(' ');
    const dir = mkdtempSync(join(tmpdir(), 'cfsim-readme-'));
    try {
      writeFileSync(join(dir, 'value.yaml'), yaml);
      const cfsim = (...args: string[]) => spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
      const swept = cfsim('sweep', 'value.yaml', '--out', 'value', '--threads', '2');
      expect(swept.status, swept.stderr).toBe(0);
      const r = cfsim('analyze', ...command);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(printed);
      // The prose's break-even: the best point's mean net cost over its mean departures avoided.
      const best = (JSON.parse(cfsim('analyze', ...command, '--json').stdout) as { valueForMoney: { best: { points: number[] }; points: { point: number; departuresAvoided: { mean: number }; netCost: { mean: number } }[] } }).valueForMoney;
      const point = best.points.find((p) => p.point === best.best.points[0])!;
      const breakEven = Number(section.match(/pay for themselves on average from about \$([\d,]+)/)![1].replace(/,/g, ''));
      expect(Math.abs(point.netCost.mean / point.departuresAvoided.mean - breakEven)).toBeLessThan(1000);
      expect(section).toContain(`avoid about ${point.departuresAvoided.mean.toFixed(1)} departures a year`);
      // Ongoing team processing: little more (at most 0.2 a year) beside sessions every 28, 14 or 7 days (points 1, 3, 5 against 0, 2, 4).
      const avoided = (p: number) => (p === 0 ? 0 : best.points.find((x) => x.point === p)!.departuresAvoided.mean);
      expect(section).toContain('ongoing team processing avoids little more over one year (at most 0.2 a year)');
      for (const p of [0, 2, 4]) expect(Math.abs(avoided(p + 1) - avoided(p))).toBeLessThanOrEqual(0.2 + 1e-9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows what cfsim validate prints for its example file, with the warnings of its slips', () => {
    const section = readme.split('### `cfsim validate FILE`')[1].split('\n### ')[0];
    const yaml = section.split('```yaml\n')[1].split('```')[0];
    const printed = section.split('```text\n')[1].split('```')[0];
    const dir = mkdtempSync(join(tmpdir(), 'cfsim-readme-'));
    try {
      writeFileSync(join(dir, 'my-team.yaml'), yaml);
      const r = spawnSync(process.execPath, [resolve('dist/cfsim.js'), 'validate', 'my-team.yaml'], { cwd: dir, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(printed);
      expect(printed).toMatch(/^Warning: policy\.compensation\.payRaise 1 /m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts paid time off in workdays, as policy.compensation.ptoDaysPerYear does, never in days ("15 days of paid time off")', () => {
    const inDays = /(?:paid time off|PTO) \(?\d+(?:\.\d+)? days\b|\b\d+(?:\.\d+)? (?:PTO )?days (?:a year )?(?:of paid time off|of PTO|allowed)/g;
    expect([...readme.matchAll(inDays)].map((m) => m[0])).toEqual([]);
  });

  it('gives the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
  });
});
