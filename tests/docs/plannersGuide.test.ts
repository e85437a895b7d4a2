import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { resolveScenario } from '../../scenarios/resolve';
import { resolvePlan } from '../../scenarios/plan';
import { pointScenario } from '../../scenarios/planDesign';
import { addedSeats } from '../../scenarios/fundedSeats';

// docs/PLANNERS-GUIDE.md walks one team through CFSim with figures the CLI printed: its files must
// be valid and mean what the guide says, and its figures must be what this version prints.

const guide = readFileSync('docs/PLANNERS-GUIDE.md', 'utf8');
/** The fenced yaml block whose first line is `# NAME` (the guide names each file so). */
const yamlBlock = (name: string) => {
  const block = guide.split('```yaml\n').find((b) => b.startsWith(`# ${name}`));
  if (!block) throw new Error(`no yaml block headed # ${name}`);
  return block.split('```')[0];
};
/** A line of the guide after `marker`, for the figures quoted in prose. */
const sentenceAfter = (marker: string) => guide.split(marker)[1].split('\n\n')[0];

const team = parseYaml(yamlBlock('team.yaml')) as Record<string, unknown>;
const MATCHED_DEMAND = Number(guide.match(/matching range: `community: \{ demandPerSeat: ([\d.]+) \}`/)![1]);
/** team.yaml with the caseload section 2 matches, named as section 4's files are. */
const matched = (name: string, policy?: unknown) => ({ ...team, name, community: { demandPerSeat: MATCHED_DEMAND }, ...(policy ? { policy } : {}) });
const policyOf = (name: string) => (parseYaml(yamlBlock(name)) as { policy: unknown }).policy;

const dir = mkdtempSync(join(tmpdir(), 'cfsim-guide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: unknown) => writeFileSync(join(dir, name), JSON.stringify(content));
/** Runs the CLI in the test's folder; `analyze` takes no --threads. */
const cfsim = (...args: string[]) => {
  const threads = args[0] === 'analyze' ? [] : ['--threads', '2'];
  const r = spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args, ...threads], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};
/** The means of an outcome row of a readable table, one per arm ("34.9% (17.4%–52.5%)" → "34.9%"). */
const rowMeans = (printed: string, label: string) => {
  const line = printed.split('\n').find((l) => l.startsWith(`${label}  `));
  if (!line) throw new Error(`no row ${label}`);
  return [...line.slice(label.length).matchAll(/(\S+) \(/g)].map((m) => m[1]);
};

describe('docs/PLANNERS-GUIDE.md', () => {
  it("gives a team file that resolves to the team it describes, on top of the practice it names", () => {
    const scenario = resolveScenario({ file: team });
    expect(scenario.population.seats).toBe(12);
    expect(scenario.policy.supervision).toMatchObject({ mode: 'opt-in', intervalDays: 28 });
    expect(scenario.policy.compensation.ptoDaysPerYear).toBe(20);
    expect(scenario.costs.salary).toBe(48000);
  });

  it("tells a team whose roles are paid differently how to set each role's salary, with a factor the team file takes", () => {
    const advice = sentenceAfter('- `costs.salary` is one worker');
    const factors = advice.match(/`(\{ [^`]+ \})`/)![1];
    const scenario = resolveScenario({ file: { ...team, costs: { ...(team.costs as object), roleSalaryFactor: parseYaml(factors) } } });
    expect(scenario.costs.roleSalaryFactor['peer-navigator']).toBe(0.8);
    expect(advice).toContain('`roleSalaryFactor` under `costs`');
    expect(sentenceAfter('the team\'s strain costs:')).toContain("`costs.replacementCostFraction` of the leaver's salary");
  });

  it('gives a matching plan that builds on the team file: each point is the team at its caseload', () => {
    const plan = resolvePlan({ ...(parseYaml(yamlBlock('match.yaml')) as object), base: { file: 'team.yaml', scenario: team } });
    expect(pointScenario(plan, [MATCHED_DEMAND])).toEqual(resolveScenario({ file: matched('riverside') }));
  });

  it("prints the status quo's turnover before matching, and the sweep's rows, as the guide quotes them", () => {
    writeFileSync(join(dir, 'team.yaml'), yamlBlock('team.yaml'));
    const before = Number(sentenceAfter("Riverside's file as written gives").match(/about (\d+)% a year/)![1]);
    const turnover = rowMeans(cfsim('run', 'team.yaml', '--reps', '100'), 'Turnover per year')[0];
    expect(Math.round(Number(turnover.replace('%', '')))).toBe(before);
    writeFileSync(join(dir, 'match.yaml'), yamlBlock('match.yaml'));
    cfsim('sweep', 'match.yaml', '--out', 'match');
    const analysed = cfsim('analyze', 'match');
    const [quotedHeader, ...shown] = ('community.demandPerSeat' + guide.split('```text\ncommunity.demandPerSeat')[1].split('```')[0]).split('\n').filter(Boolean);
    const columns = quotedHeader.trim().split(/\s+/).slice(1);
    // The guide's columns by name in analyze's table (point, the value, runs, then each metric's columns).
    const header = analysed.split('\n').find((l) => l.startsWith('point\t'))!.split('\t');
    const at = columns.map((c) => header.indexOf(c));
    expect(at.every((i) => i > 0), `${columns.join(', ')} in ${header.join(', ')}`).toBe(true);
    for (const row of shown) {
      const [demand, ...means] = row.trim().split(/\s+/);
      const line = analysed.split('\n').find((l) => l.split('\t')[1] === demand);
      expect(line, `a row for demandPerSeat ${demand}`).toBeDefined();
      const cells = line!.split('\t');
      expect(at.map((i) => cells[i])).toEqual(means);
    }
  });

  it("prints what section 2's calibrate prints, and takes a caseload within the values it says match", () => {
    writeFileSync(join(dir, 'team.yaml'), yamlBlock('team.yaml'));
    const command = guide.match(/npx cfsim (calibrate team\.yaml [^\n]*)/)![1].split(' ');
    const r = spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...command], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
    expect(r.status, r.stderr).toBe(0);
    const quoted = guide.split('```text\nturnoverPerYear 0.35 is met')[1].split(' ...\n```')[0];
    expect(r.stderr).toContain(`turnoverPerYear 0.35 is met${quoted}`);
    const [low, high] = quoted.match(/Values from ([\d.]+) to ([\d.]+)/)!.slice(1).map(Number);
    expect(MATCHED_DEMAND).toBeGreaterThan(low);
    expect(MATCHED_DEMAND).toBeLessThan(high);
    expect(r.stdout).toContain(`demandPerSeat: ${quoted.match(/demandPerSeat ([\d.]+):/)![1]}`);
  });

  it("prints section 4's comparison of the team's own options as its table gives it", () => {
    write('current.json', matched('current'));
    write('prebooked.json', matched('prebooked', policyOf('prebooked.yaml')));
    write('hire-one.json', matched('hire-one', policyOf('hire-one.yaml')));
    expect(addedSeats(resolveScenario({ file: matched('hire-one', policyOf('hire-one.yaml')) }))).toBe(1);
    const printed = cfsim('compare', '--scenarios', 'current.json,prebooked.json,hire-one.json', '--reps', '200');
    const table = guide.split('| | current | prebooked | hire-one |')[1].split('\n\n')[0].trim().split('\n').slice(1);
    for (const row of table) {
      const [label, ...cells] = row.split('|').map((c) => c.trim()).filter(Boolean);
      expect(rowMeans(printed, label), label).toEqual(cells);
    }
    expect(printed).toContain('−9.5 pp (−21.8 pp to 0.0 pp)  better (lower) in 185 of 200 futures, the same in the other 15');
    expect(printed).toContain('+$15,636 (');
    expect(printed).toContain('$15,600 per departure avoided');
    expect(printed).toContain('hire-one adds 1 by policy.staffing.extraSeatShare 0.0834 (the same clients)');
    // What the guide says of the hire: few departures avoided, at a high price, spread over more staff in post.
    const hire = guide.match(/Its\s+turnover also falls partly[^]*?\n\n/)![0];
    const [hireStaff, currentStaff] = hire.match(/\(([\d.]+)\s+against ([\d.]+);/)!.slice(1);
    expect(printed.split('\n').find((l) => l.startsWith('Staff in post (mean)'))!.trim().split(/\s+/).slice(-3)).toEqual([currentStaff, expect.any(String), hireStaff]);
    expect(printed).toContain(`and ${hire.match(/avoids only ([\d.]+)\s+departures/)![1]} fewer staff leave a year: ${hire.match(/at (\$[\d,]+)\s+per\s+departure/)![1]} per departure avoided`);
    expect(printed).toContain('Never best on average: hire-one');
    // Section 2's matched team, still warned of its STS.
    const [sts, band] = guide.match(/Riverside's STS still sits just above the calibration band, ([\d.]+) against ([\d–]+),/)!.slice(1);
    expect(printed).toContain(`Warning: current's ProQOL secondary traumatic stress (${sts}) lies above ${band},`);
    expect(printed).toContain(guide.match(/\(`(hire-one adds staff, [^`]*)`\)/)![1]);
  });

  it("names section 8's report sections and figures as section 3's report does (20 replications: names and figures do not depend on how many)", () => {
    writeFileSync(join(dir, 'team.yaml'), JSON.stringify(matched('riverside')));
    const command = guide.match(/npx cfsim (compare team\.yaml --policies [^\n]*)\\\n\s*([^\n]*)/)!;
    const args = `${command[1]} ${command[2]}`.trim().split(/\s+/).map((a) => (a === '200' ? '20' : a));
    cfsim(...args);
    const html = readFileSync(join(dir, 'riverside', 'report.html'), 'utf8');
    const headings = [...html.matchAll(/<h[23][^>]*>([^<]*)<\/h[23]>/g)].map((m) => m[1].replace(/&#39;/g, "'"));
    const paragraph = guide.split('`riverside/report.html` is one offline file')[1].split('\n\n')[0].replace(/\s+/g, ' ');
    const named = [...paragraph.matchAll(/"([^"]+)"/g)].map((m) => m[1]).filter((n) => n !== 'Results folder');
    expect(named.length).toBeGreaterThan(4);
    for (const name of named) expect(headings, name).toContain(name);
    const last = Number(paragraph.match(/Figures 1–(\d+)/)![1]);
    expect(html).toContain(`Figure ${last}. `);
    expect(html).not.toContain(`Figure ${last + 1}. `);
    const figures = [...paragraph.matchAll(/Figures (\d+) and (\d+) value for money/g)][0].slice(1).map(Number);
    for (const n of figures) expect(html).toMatch(new RegExp(`Figure ${n}\\. Value for money`));
  });

  it("prints section 5's lever-by-lever figures and section 6's values at which each option is best", () => {
    write('riverside.json', matched('riverside'));
    const printed = cfsim('compare', 'riverside.json', '--policies', 'status-quo,opt-out-support', '--levers', '--reps', '100', '--value-per-departure', '30000');
    const claim = sentenceAfter('For Riverside pre-booked supervision alone');
    const [alone, whole] = [...claim.matchAll(/(−[\d.]+ pp)/g)].map((m) => m[1]);
    const [aloneCost, wholeCost] = [...claim.matchAll(/(\$[\d,]+)/g)].map((m) => m[1]);
    /** The difference table of one arm against the status quo. */
    const against = (arm: string) => printed.split(`\n${arm} vs status-quo:`)[1].split(' vs status-quo:')[0];
    const difference = (arm: string, label: string) => against(arm).split('\n').find((l) => l.startsWith(`${label}  `))!;
    expect(difference('opt-out-support:supervision', 'Turnover per year')).toContain(`  ${alone} (`);
    expect(difference('opt-out-support', 'Turnover per year')).toContain(`  ${whole} (`);
    expect(difference('opt-out-support:supervision', 'Cost per year, whole team')).toContain(`  +${aloneCost} (`);
    expect(difference('opt-out-support', 'Cost per year, whole team')).toContain(`  +${wholeCost} (`);
    const best = guide.match(/\(`(status-quo below [^`]*); \.\.\.`\)/)![1];
    expect(printed).toContain(best);
  });

  it('lists as left out nothing that section 6 shows a command doing: a budget and year-by-year costs are there', () => {
    const leftOut = guide.split('## 10. What the model leaves out')[1];
    // Section 6 gives --budget and the spending and net cost year by year; section 10 once listed both as missing.
    expect(guide).toContain('`--budget 25000`');
    expect(guide).toContain('Year by year');
    expect(leftOut).not.toMatch(/budget cap|same-budget comparison|per-year totals/);
    expect(leftOut).toContain('`--budget`, section 6');
    expect(leftOut).toContain('year by year, section 6');
  });

  it('lists salaries by role as left out no more (0.34.0 has costs.roleSalaryFactor), and names the field where the team file sets its prices', () => {
    const leftOut = guide.split('## 10. What the model leaves out')[1];
    expect(leftOut).not.toMatch(/salaries that differ by role/);
    const where = guide.split('## 2.')[0];
    expect(where).toContain('`costs.roleSalaryFactor`');
    // The example's factor is one the scenario takes, for a role the team file has.
    const factor = guide.match(/`\{ (peer-navigator): ([\d.]+) \}`/)!;
    expect(resolveScenario({ file: { ...team, costs: { ...(team.costs as object), roleSalaryFactor: { [factor[1]]: Number(factor[2]) } } } }).costs.roleSalaryFactor).toMatchObject({ [factor[1]]: Number(factor[2]) });
  });
});
