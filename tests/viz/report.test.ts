import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSpec } from '../../viz/report/export';
import { SHRUNK_AS_GIVEN } from '../../viz/report/chartFit';
import { loadResults } from '../../viz/report/load';
import { reportHtml } from '../../viz/report/html';
import { formatValue } from '../../viz/report/metricFormat';
import { escapeHtml } from '../../viz/report/escape';
import { fewRepsNote, OUTSIDE_RANGE_NOTE, smallNote, smallOnAverageNote } from '../../viz/report/differences';
import { reportCharts } from '../../viz/specs';
import { CARE_QUALITY_CAVEAT } from '../../viz/report/words';
import { COST_PARTS } from '../../models/costParts';
import { launchBrowser, openOffline } from './browser';
import { teamMakeup } from '../../scenarios/teamMakeup';

const work = mkdtempSync(join(tmpdir(), 'cfsim-report-'));
const compared = join(work, 'compared');
const single = join(work, 'single');
const INJECTION = '</script><img src=x onerror=alert(1)>';

function cfsim(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`cfsim ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r;
}

/** The report (without charts) of status-quo and opt-out-support compared on a scenario file named `name` holding `yaml`. */
async function fileComparisonReport(name: string, yaml: string): Promise<string> {
  const file = join(work, `${name}.yaml`);
  writeFileSync(file, yaml);
  const dir = join(work, name);
  cfsim('compare', file, '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '30', '--out', dir);
  return reportHtml(await loadResults(dir), [], { vega: '', vegaLite: '', vegaEmbed: '' });
}

let browser: Browser;

beforeAll(async () => {
  cfsim('compare', '--policies', 'status-quo,opt-out-support,multi-level', '--reps', '4', '--days', '120', '--out', compared, '--set', `name=${INJECTION}`);
  cfsim('run', '--reps', '3', '--days', '90', '--out', single);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});


/** A package's findings under "At a glance": its item, nested lists and all, up to the next package's (the list is one line). */
function packageFindings(html: string, policy: string): string {
  const start = html.indexOf(`<li><strong>${policy}</strong> against`);
  const next = html.indexOf('<li><strong>', start + 1);
  const line = html.indexOf('\n', start);
  return html.slice(start, next >= 0 && next < line ? next : line);
}

describe('chart specs', () => {
  it('every chart compiles to Vega without errors, for real results', async () => {
    const charts = reportCharts(await loadResults(compared));
    expect(charts).toHaveLength(reportChartsIds().length);
    for (const chart of charts) {
      expect(chart.spec, chart.id).toBeDefined();
      const { vega, warnings } = compileSpec(chart.spec!);
      expect(warnings, chart.id).toEqual([]);
      expect(vega.marks?.length ?? 0, chart.id).toBeGreaterThan(0);
      const data = (chart.spec as { data?: { values?: unknown[] } }).data?.values ?? [];
      expect(data.length, `${chart.id} has data`).toBeGreaterThan(0);
    }
  });

  it("the report's text names each chart by the number its caption has (Figure 5: the differences, 9: why staff leave, 10: the cost's parts, 11: who leaves, 12: worth its cost)", async () => {
    const data = await loadResults(compared);
    const html = reportHtml(data, reportCharts(data), { vega: '', vegaLite: '', vegaEmbed: '' });
    const numberOf = (captionStart: string) => {
      const m = new RegExp(`<figcaption>Figure (\\d+)\\. ${captionStart}`).exec(html);
      expect(m, captionStart).not.toBeNull();
      return m![1];
    };
    const differences = numberOf('Each package against the baseline');
    const why = numberOf('Why staff leave');
    const parts = numberOf('What the cost per worker-year pays for');
    const who = numberOf('Who leaves');
    const worth = numberOf('Value for money: the share');
    expect([differences, why, parts, who, worth]).toEqual(['5', '9', '10', '11', '12']);
    expect(html).toContain(`The findings above and Figure ${differences} give the paired differences.`);
    expect(html).toContain(`Figure ${why} splits each leaver among the terms`);
    expect(html).toContain(`Figure ${parts} splits it into what it pays for.`);
    expect(html).toContain(`Figure ${who} gives it for each role`);
    expect(html).toContain(`on Figure ${worth}&#39;s axis.`);
  });

  it("the cost-effectiveness plane draws each paired future of replications.csv around its package's mean", async () => {
    const chart = reportCharts(await loadResults(compared)).find((c) => c.id === 'cost-effectiveness')!;
    const rows = (chart.spec as { data: { values: { future?: true; policy: string; outcome: string; cost: number; gain: number }[] } }).data.values;
    const [head, ...lines] = readFileSync(join(compared, 'replications.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    const at = (policy: string, rep: number, metric: string) => Number(lines.find((l) => l[0] === policy && Number(l[1]) === rep)![head.indexOf(metric)]);
    for (const policy of ['opt-out-support', 'multi-level']) {
      const dots = rows.filter((r) => r.future === true && r.policy === policy && r.outcome === 'Departures avoided per year');
      expect(dots).toHaveLength(4);
      dots.forEach((dot, rep) => {
        expect(dot.gain).toBeCloseTo(at('status-quo', rep, 'leaversPerYear') - at(policy, rep, 'leaversPerYear'), 9);
        expect(dot.cost).toBeCloseTo(at(policy, rep, 'teamCostPerYear') - at('status-quo', rep, 'teamCostPerYear'), 6);
      });
      // The large dot is the mean of the small ones, on both planes and both axes.
      for (const outcome of ['Departures avoided per year', 'High-STS share averted (percentage points)']) {
        const mine = rows.filter((r) => r.future === true && r.policy === policy && r.outcome === outcome);
        const mean = rows.find((r) => r.future !== true && r.policy === policy && r.outcome === outcome)!;
        expect(mean.gain).toBeCloseTo(mine.reduce((s, d) => s + d.gain, 0) / 4, 9);
        expect(mean.cost).toBeCloseTo(mine.reduce((s, d) => s + d.cost, 0) / 4, 4);
      }
    }
    expect(rows.some((r) => r.future === true && r.policy === 'status-quo')).toBe(false);
  });

  it('the score distributions are step lines through every bin in score order, for every package and scale', async () => {
    const data = await loadResults(compared);
    const policies = data.summary.policies.map((p) => p.policy);
    for (const policy of policies) {
      for (const scale of ['Secondary traumatic stress', 'Burnout', 'Compassion satisfaction']) {
        const line = data.distributions.filter((b) => b.policy === policy && b.scale === scale);
        expect(line.map((b) => b.score), `${policy} ${scale}`).toEqual([...Array.from({ length: 20 }, (_, i) => 10 + 2 * i), 50]);
        expect(line.slice(0, -1).reduce((sum, b) => sum + b.share, 0), `${policy} ${scale}`).toBeCloseTo(1, 9);
      }
    }
    const spec = reportCharts(data).find((c) => c.id === 'score-distributions')!.spec as { spec: { layer: { encoding?: { order?: { field: string } } }[] } };
    expect(spec.spec.layer[0].encoding?.order?.field, 'the line is drawn in score order whatever the data order').toBe('score');
  });

  it('the difference chart tells clear differences (filled dots) from those within noise (hollow)', async () => {
    const data = await loadResults(compared);
    const spec = reportCharts(data).find((c) => c.id === 'differences')!.spec as unknown as {
      data: { values: { p05: number; p95: number; verdict: string; clear: boolean }[] };
      spec: { layer: { encoding?: { fill?: { condition?: { test: string }; value?: string } } }[] };
    };
    const values = spec.data.values;
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(v.clear).toBe(v.p05 > 0 || v.p95 < 0);
    // The verdict is in the table's words ("indicative" below 20 replications, as here).
    const reps = data.summary.reps;
    expect(reps).toBeLessThan(20);
    for (const v of values) expect(v.verdict.startsWith('indicative: ')).toBe(v.clear);
    const fill = spec.spec.layer[2].encoding!.fill!;
    expect(fill.condition!.test).toBe('datum.clear');
    expect(fill.value).toBe('white');
  });

  it('marks a mean that lies outside its own 90% range in the summary table, and explains the mark', async () => {
    const data = await loadResults(compared);
    const summary = structuredClone(data.summary);
    (summary.policies[0].metrics as Record<string, unknown>).turnoverPerYear = { mean: 0.05, sd: 0.1, p05: 0, p95: 0.01 };
    const html = reportHtml({ ...data, summary }, [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(html).toContain('5.0%*<br>');
    expect(html).toContain(OUTSIDE_RANGE_NOTE);
    expect(reportHtml(data, [], { vega: '', vegaLite: '', vegaEmbed: '' })).not.toContain(OUTSIDE_RANGE_NOTE);
  });

  it('shows one replication\'s values without a range, and says one future shows no spread', async () => {
    const dir = join(work, 'one');
    cfsim('run', '--reps', '1', '--days', '30', '--out', dir);
    const html = reportHtml(await loadResults(dir), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(html).toContain('Outcome (one replication: no range)');
    expect(html).toContain('One replication is one simulated future');
    expect(html).not.toMatch(/<br><small>(?:(?!<\/small>).)* – /);
    const three = reportHtml(await loadResults(single), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(three).toMatch(/<small><span class="num">[^<]*<\/span> – <span class="num">[^<]*<\/span><\/small>/);
    expect(three).toContain('mean and range holding 90% of replications');
  });

  it('from fewer than 20 replications calls the findings indicative, with a warning saying why and how many would do; from 20, clear', async () => {
    const data = await loadResults(compared);
    const few = reportHtml(data, [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(few).toContain('</strong> against status-quo, indicative only (4 replications):<ul class="effects">');
    expect(few).toContain('(all 4 futures: ');
    expect(few).not.toContain('90% of futures');
    expect(few).toContain(`<p class="warning">${escapeHtml(fewRepsNote(4))}`);
    expect(few).not.toContain('"Clear" means');
    // Each group's difference counts its own paired replications: 20 too.
    const twenty = { ...data.summary, reps: 20, differences: data.summary.differences!.map((d) => ({ ...d, groups: d.groups!.map((g) => ({ ...g, reps: 20 })) })) };
    const enough = reportHtml({ ...data, summary: twenty }, [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(enough).toContain('"Clear" means the difference has the same sign in at least 95% of the paired replications');
    expect(enough).not.toContain('indicative');
  });

  it('lists each package\'s findings one to an item, under the package: clear ones first, those clear on average under their own heading, then noise and who leaves', async () => {
    const data = await loadResults(compared);
    const summary = structuredClone(data.summary);
    const d = summary.differences![0].metrics as Record<string, unknown>;
    const t = summary.policies[0].metrics.turnoverPerYear.mean;
    d.turnoverPerYear = { mean: -0.2 * t, p05: -0.25 * t, p95: -0.15 * t };
    d.proqolBO = { mean: -2, p05: -2.5, p95: -1.5 };
    d.proqolCS = { mean: 0.1, p05: -1, p95: 1 };
    d.proqolSTS = { mean: -0.6, p05: -1.3, p95: 0.1, se: 0.05, positive: 3, zero: 0, negative: 17 };
    const html = reportHtml({ ...data, summary: { ...summary, reps: 20 } }, [], { vega: '', vegaLite: '', vegaEmbed: '' });
    const start = html.indexOf('<ul class="findings"><li>');
    // The first package's item, up to the next package's.
    const first = html.slice(start, html.indexOf('<li><strong>', start + '<ul class="findings"><li>'.length));
    const effects = first.slice(first.indexOf('<ul class="effects">'));
    expect(first.startsWith(`<ul class="findings"><li><strong>${summary.differences![0].policy}</strong> against status-quo:<ul class="effects"><li>lowers`)).toBe(true);
    expect(effects).toMatch(/<li>lowers burnout by 2\.0 points \(90% of futures: [^<]*\)\.<\/li>/);
    expect(effects).toMatch(/<li>lowers annual turnover by [^<]*\)\.<\/li>/);
    expect(effects).toMatch(/<li>On average, not in every future:<ul><li>lowers secondary traumatic stress by 0\.6 points on average [^<]*\.<\/li><\/ul><\/li>/);
    expect(effects).toMatch(/<li>Within noise: [^<]*compassion satisfaction[^<]*\.<\/li>/);
    // One finding to an item: none run on into the next with a semicolon.
    expect(effects.match(/<li>(lowers|raises)[^<]*; (lowers|raises)/)).toBeNull();
  });

  it('explains "a small change" under the findings that use it, with the baseline\'s own levels as examples', async () => {
    const data = await loadResults(compared);
    const summary = structuredClone(data.summary);
    const base = summary.policies[0].metrics;
    for (const d of summary.differences!) for (const k of Object.keys(d.metrics)) (d.metrics as Record<string, unknown>)[k] = { mean: 0, p05: -1, p95: 1 };
    const noise = reportHtml({ ...data, summary }, [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(noise).not.toContain('"Small"');
    // A clear fall in turnover of 1% of the baseline's: small.
    const t = base.turnoverPerYear.mean;
    (summary.differences![0].metrics as Record<string, unknown>).turnoverPerYear = { mean: -0.01 * t, p05: -0.012 * t, p95: -0.008 * t };
    const html = reportHtml({ ...data, summary }, [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(html).toContain(', a small change');
    const note = smallNote('status-quo', { proqolSTS: base.proqolSTS.mean, turnoverPerYear: t }, summary.reps);
    expect(html).toContain(`<p class="note">${escapeHtml(note)}</p>`);
    expect(note).toContain(`turnover of ${(t * 100).toFixed(1)}%`);
  });

  it('explains "a small change" of an on-average finding too, which the note of clear ones did not cover', async () => {
    const data = await loadResults(compared);
    const summary = structuredClone(data.summary);
    const base = summary.policies[0].metrics;
    for (const d of summary.differences!) for (const k of Object.keys(d.metrics)) (d.metrics as Record<string, unknown>)[k] = { mean: 0, p05: -1, p95: 1 };
    // A fall in STS of 1% of the baseline's, clear on average (mean beyond t standard errors), not in every future.
    const sts = base.proqolSTS.mean;
    (summary.differences![0].metrics as Record<string, unknown>).proqolSTS = { mean: -0.01 * sts, p05: -0.05 * sts, p95: 0.02 * sts, se: 0.001 * sts, positive: 30, zero: 0, negative: 170 };
    const html = reportHtml({ ...data, summary }, [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(html).toContain(', a small change');
    const levels = { proqolSTS: sts, turnoverPerYear: base.turnoverPerYear.mean };
    expect(html).toContain(`<p class="note">${escapeHtml(smallOnAverageNote('status-quo', levels))}</p>`);
    expect(smallOnAverageNote('status-quo', levels)).toContain(`points on status-quo's ProQOL secondary traumatic stress of ${sts.toFixed(1)}`);
    expect(html).not.toContain('"Small": a clear');
  });

  it('says "small" of an indicative difference below 20 replications, where none can be clear', () => {
    const levels = { proqolSTS: 26.9, turnoverPerYear: 0.254 };
    expect(smallNote('status-quo', levels, 8)).toMatch(/^"Small": an indicative difference under 5% of status-quo's own level \(.*\): all 8 futures agree in its sign, but it is too small to weigh on its own\.$/);
    expect(smallNote('status-quo', levels, 8)).not.toContain('clear');
    expect(smallNote('status-quo', levels, 20)).toMatch(/^"Small": a clear difference .*: its sign holds across the futures, but/);
  });

  it('the cost term names the levers the packages set differently whose price is 0; a single package has none', async () => {
    const html = reportHtml(await loadResults(compared), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(html).toContain(
      'Cost per worker-year counts nothing for supervision quality (policy.supervision.quality), supervisor affirmation (policy.supervision.affirmation) and shadowing for new hires (policy.training.shadowingDays), which opt-out-support and multi-level set differently from status-quo',
    );
    expect(html).toContain('A package that uses more of them costs more than shown');
    expect(reportHtml(await loadResults(single), [], { vega: '', vegaLite: '', vegaEmbed: '' })).not.toContain('counts nothing');
  });

  it('says who the team is under the title: seats, roles, lived experience and residents; one line per scenario where they differ', async () => {
    const html = reportHtml(await loadResults(compared), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    const manifest = JSON.parse(readFileSync(join(compared, 'manifest.json'), 'utf8'));
    expect(html).toContain(`<p class="meta">${escapeHtml(`Team: ${teamMakeup(manifest.scenarios[0])}`)}</p>`);
    expect(html).toMatch(/<p class="meta">Team: 38 funded seats in teams of 4: Police officer 15, /);
    // Under the title, before "At a glance".
    expect(html.indexOf('<p class="meta">Team: ')).toBeLessThan(html.indexOf('<h2>At a glance</h2>'));
    const files = await fileComparisonReport('team-line', 'population: { seats: 14, roleMix: { harm-reduction: 10, peer-navigator: 4 } }\n');
    expect(files).toContain('Team: 14 funded seats in teams of 4: Harm reduction outreach worker 10, Peer navigator / community health worker 4; ');
  });

  it('the terms define every outcome of the summary table, the moderate band the figures use, and the words the report leans on', async () => {
    const html = reportHtml(await loadResults(compared), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    for (const term of ['<dt>Sickness absence</dt><dd>Sick days per scheduled workday', '<dt>Client demand unmet</dt><dd>The share of the contacts clients needed that nobody could make', 'and moderate in between', '<dt>Worker-year</dt><dd>One worker in post for a year.', '<dt>Separation hazard</dt><dd>A worker&#39;s daily chance of leaving', 'latent states (each worker&#39;s 0–1 levels', 'the built-in prices are US dollars from US sources, whatever the population']) {
      expect(html).toContain(term);
    }
  });

  it('says care quality is per contact made under a package that raises it by turning clients away (a lower caseload cap)', async () => {
    writeFileSync(join(work, 'usual.yaml'), 'name: usual\n');
    writeFileSync(join(work, 'capped.yaml'), 'name: capped\npolicy: { staffing: { caseloadCap: 4 } }\n');
    const dir = join(work, 'capped');
    cfsim('compare', '--scenarios', `${join(work, 'usual.yaml')},${join(work, 'capped.yaml')}`, '--reps', '4', '--days', '120', '--out', dir);
    const html = reportHtml(await loadResults(dir), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    const finding = packageFindings(html, 'capped');
    expect(finding).toContain('raises care quality by');
    expect(finding).toContain('raises unmet client demand by');
    expect(finding).toContain(escapeHtml(CARE_QUALITY_CAVEAT));
  });

  it('measures each package\'s burnout effect against the trials: multi-level\'s (about −0.9 SD over these 120 days) is flagged as resting on assumptions, opt-out support\'s is not', async () => {
    const data = await loadResults(compared);
    expect(data.burnoutSd?.['status-quo']).toBeGreaterThan(2);
    expect(data.burnoutSd?.['status-quo']).toBeLessThan(10);
    const html = reportHtml(data, [], { vega: '', vegaLite: '', vegaEmbed: '' });
    const findingOf = (policy: string) => packageFindings(html, policy);
    expect(findingOf('multi-level')).toMatch(/Its burnout effect, −\d\.\d\d SD of individual scores, is beyond what trials found/);
    expect(findingOf('opt-out-support')).not.toContain('beyond what trials found');
  });

  it('lists in its terms what each package sets differently from the baseline, and that a bundle\'s differences are its levers together', async () => {
    const html = reportHtml(await loadResults(compared), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    const term = (policy: string) => html.slice(html.indexOf(`<dt>Package ${policy}`), html.indexOf('</dd>', html.indexOf(`<dt>Package ${policy}`)));
    expect(term('opt-out-support')).toContain(
      'Sets differently from status-quo: supervision (mode opt-in → opt-out, intervalDays 28 → 14, quality 0.6 → 0.7); debrief (mode none → ongoing); grief (leaveDays 0 → 2, checkIn false → true). Its differences from status-quo are those of its 3 lever groups together. What one lever group does alone',
    );
    expect(term('multi-level')).toContain('those of its 6 lever groups together');
    expect(term('status-quo')).not.toContain('Sets differently');
    // compare --levers: each arm between names its one group, and the package says the arms before it add them alone.
    const levers = join(work, 'levers');
    cfsim('compare', '--policies', 'status-quo,opt-out-support', '--levers', '--reps', '2', '--days', '30', '--out', levers);
    const leverHtml = reportHtml(await loadResults(levers), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(leverHtml).toContain('<dt>Package opt-out-support:grief</dt><dd>status-quo with its grief levers set as opt-out-support sets them. Sets differently from status-quo: grief (leaveDays 0 → 2, checkIn false → true).</dd>');
    expect(leverHtml).toContain('those of its 3 lever groups together. Each package before it, labelled opt-out-support:group (compare --levers), sets one of the groups as it does and the rest as status-quo does;');
  });

  it('a run of several packages (no paired differences) says so, and points to compare rather than to findings it has not got', async () => {
    const several = join(work, 'several');
    cfsim('run', '--policy', 'status-quo,multi-level', '--reps', '2', '--days', '30', '--out', several);
    const html = reportHtml(await loadResults(several), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(html).toContain('No paired differences: <code>cfsim run</code> reports each package on its own.');
    expect(html).not.toContain('One package only');
    expect(html).not.toContain('The findings above and Figure 5');
    expect(html).toContain('cfsim compare gives the paired differences.');
    // Its terms list the levers each package sets differently from the first, without calling differences theirs.
    expect(html).toMatch(/<dt>Package multi-level[^<]*<\/dt><dd>[^<]* Sets differently from status-quo: supervision \(affirmation 0\.3 → 0\.7\); staffing \(/);
    expect(html).not.toContain('lever groups together');
    expect(reportHtml(await loadResults(compared), [], { vega: '', vegaLite: '', vegaEmbed: '' })).toContain('The findings above and Figure 5 give the paired differences.');
  });

  it('names presets and roles as the app does, beside the ids the tables and files use', async () => {
    const data = await loadResults(single);
    const html = reportHtml(data, [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(html).toContain('<h1>CFSim report: ma-outreach (Massachusetts outreach)</h1>');
    expect(html).toContain('<dt>Package status-quo (Status quo)</dt>');
    const roles = new Set([...data.groups, ...data.support].filter((g) => g.breakdown === 'Role').map((g) => g.group));
    expect([...roles]).toContain('Police officer');
    expect([...roles]).toContain('Recovery coach (peer)');
    expect([...roles].some((r) => /^[a-z-]+$/.test(r)), [...roles].join(', ')).toBe(false);
    // A scenario whose name is not a preset's keeps its name alone.
    expect(reportHtml(await loadResults(compared), [], { vega: '', vegaLite: '', vegaEmbed: '' })).not.toMatch(/<h1>[^<]*\(Massachusetts/);
  });

  it('counts every separation as its shares of the reasons, per 100 worker-years, adding up to about the turnover', async () => {
    const data = await loadResults(compared);
    const lines = readFileSync(join(compared, 'separations.csv'), 'utf8').trim().split('\n');
    const header = lines[0].split(',');
    const rows = lines.slice(1).map((line) => line.split(','));
    const reasons = ['baseline', 'burnout', 'compassion-fatigue', 'low-satisfaction', 'low-pay', 'new-hire'];
    const shareColumn = (reason: string) => header.indexOf(`share${reason.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase())}`);
    for (const { policy, metrics } of data.summary.policies) {
      const causes = data.separations!.filter((c) => c.policy === policy);
      expect(causes.map((c) => c.reason)).toEqual(reasons);
      const mine = rows.filter((r) => r[0] === policy);
      for (const c of causes) expect(c.separations, `${policy} ${c.reason}`).toBeCloseTo(mine.reduce((s, r) => s + Number(r[shareColumn(c.reason)]), 0), 9);
      // Each separation counts once in all: its shares sum to 1.
      expect(causes.reduce((s, c) => s + c.separations, 0), policy).toBeCloseTo(mine.length, 9);
      const total = causes.reduce((sum, c) => sum + c.per100WorkerYears, 0);
      // Pooled over replications, where the turnover metric averages each replication's rate.
      expect(Math.abs(total - 100 * metrics.turnoverPerYear.mean), `${policy}: ${total}`).toBeLessThan(0.1 * total + 0.5);
    }
    expect(rows.length, 'the fixture has separations to count').toBeGreaterThan(0);
    // The reason column is the largest share, and more than one reason has a share somewhere.
    for (const r of rows) expect(r[header.indexOf('reason')]).toBe(reasons.reduce((a, b) => (Number(r[shareColumn(b)]) > Number(r[shareColumn(a)]) ? b : a)));
    expect(data.separations!.filter((c) => c.reason !== 'baseline' && c.separations > 0).length).toBeGreaterThan(1);
    // Its caption says the compassion-fatigue share rests on an assumed size, not a measured split.
    const why = reportCharts(data).find((c) => c.id === 'why-staff-leave')!;
    expect(why.caption).toMatch(/^Why staff leave: separations split by reason\. The compassion-fatigue share rests on an assumed size \(coefficients\.separationCf, which no study gives: docs\/ODD\.md §7\.18\)/);
  });

  it("reads a separations.csv written before each leaver's livedExperience and livesInCommunity (0.6.0) as this version's", async () => {
    const older = join(work, 'older-separations');
    mkdirSync(older);
    for (const f of ['manifest.json', 'summary.json', 'replications.csv', 'timeseries.csv', 'workers.csv']) writeFileSync(join(older, f), readFileSync(join(compared, f)));
    const lines = readFileSync(join(compared, 'separations.csv'), 'utf8').trim().split('\n').map((line) => line.split(','));
    const drop = [lines[0].indexOf('livedExperience'), lines[0].indexOf('livesInCommunity')];
    expect(drop).toEqual([5, 6]);
    writeFileSync(join(older, 'separations.csv'), `${lines.map((cells) => cells.filter((_, i) => !drop.includes(i)).join(',')).join('\n')}\n`);
    const data = await loadResults(older);
    expect(data.separations).toEqual((await loadResults(compared)).separations);
    expect(data.separations!.some((c) => c.separations > 0)).toBe(true);
  });

  it("gives the whole team's yearly cost in parts, from the daily cost series, which add up to its whole-team cost; the report groups them with each package's change", async () => {
    const data = await loadResults(compared);
    const lines = readFileSync(join(compared, 'timeseries.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
    for (const team of data.teams) {
      const parts = team.costParts!;
      expect(Object.keys(parts)).toEqual(COST_PARTS.map((p) => p.series));
      const sessions = lines.filter((r) => r[0] === team.policy && r[2] === 'sessionCost').reduce((sum, r) => sum + Number(r[3]), 0);
      expect(parts.sessionCost).toBeCloseTo((sessions * 365) / data.manifest.days, 6);
      expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBeCloseTo(team.costPerYear, 6);
    }
    const html = reportHtml(data, [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(html).toContain('<h3>Whole-team cost per year, by what it pays for</h3>');
    // Each amount is kept on one line (nowrap), so a minus sign cannot wrap away from its number.
    expect(html).toMatch(/<td><strong>Spending on the package<\/strong><\/td><td><strong><span class="num">\$[\d,]+<\/span><\/strong><\/td><td><strong><span class="num">\$[\d,]+<\/span><\/strong><br><small><span class="num">[+−]\$[\d,]+<\/span> vs <span class="id">status-quo<\/span><\/small><\/td>/);
    expect(html).toMatch(/<td><strong>Vacant seats<\/strong><\/td><td><strong><span class="num">−\$[\d,]+<\/span>/);
    expect(html).toContain('td small, .num, .id { white-space: nowrap; }');
    expect(html).toContain('the leavers&#39; part rests mostly on the assumed coefficients.separationCf');
    // A reader adding the groups' changes finds the total's change, in every package's column.
    const table = html.slice(html.indexOf('<h3>Whole-team cost per year, by what it pays for</h3>'));
    const changesOf = (label: string) =>
      [...table.slice(table.indexOf(`<td><strong>${label}</strong></td>`)).split('</tr>')[0].matchAll(/<small>(?:no change|<span class="num">([+−])\$([\d,]+)<\/span>)/g)].map((m) =>
        m[1] === undefined ? 0 : (m[1] === '−' ? -1 : 1) * Number(m[2].replace(/,/g, '')),
      );
    const groups = ['Spending on the package', 'Turnover and absence', 'Vacant seats'].map(changesOf);
    const total = changesOf('Total beyond the funded salaries');
    expect(total).toHaveLength(data.teams.length - 1);
    total.forEach((change, k) => expect(groups.reduce((sum, g) => sum + g[k], 0), `column ${k + 1}`).toBe(change));
  });

  it('reports results written before the shares, the cost parts, turnover by group and leavers per year: charts 9, 10, 11 and 12 say to write them again, the rest is drawn', async () => {
    const old = join(work, 'old');
    mkdirSync(old);
    for (const f of ['manifest.json', 'timeseries.csv', 'workers.csv']) writeFileSync(join(old, f), readFileSync(join(compared, f)));
    const summary = JSON.parse(readFileSync(join(compared, 'summary.json'), 'utf8')) as { policies: { metrics: Record<string, unknown>; groups?: unknown }[]; differences: { metrics: Record<string, unknown>; groups?: unknown }[] };
    for (const entry of [...summary.policies, ...summary.differences]) {
      for (const part of COST_PARTS) delete entry.metrics[part.metric];
      delete entry.metrics.leaversPerYear;
      delete entry.groups;
    }
    writeFileSync(join(old, 'summary.json'), JSON.stringify(summary));
    writeFileSync(join(old, 'separations.csv'), 'policy,rep,day,worker,role,tenureDays,burnout,cf,satisfaction,reason\nstatus-quo,0,6,19,police,1403,0.24,0.13,0.7,other\n');
    const data = await loadResults(old);
    expect(data.separations).toBeUndefined();
    const charts = reportCharts(data);
    expect(charts.filter((c) => c.spec === undefined).map((c) => c.id)).toEqual(['why-staff-leave', 'what-the-cost-is-made-of', 'who-leaves', 'worth-its-cost', 'best-in-futures']);
    // The cost-effectiveness plane falls back to the per-worker-year one without leavers per year.
    expect(JSON.stringify(charts.find((c) => c.id === 'cost-effectiveness')!.spec)).toContain('Separations averted per 100 worker-years');
    const html = reportHtml(data, charts, { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(html).toContain('before CFSim split each separation into reasons: run them again');
    expect(html).toContain('before CFSim kept the cost in parts: run them again');
    expect(html).toContain('before CFSim kept turnover by role and lived experience (0.6.0): run them again');
    expect(html).toContain('before CFSim counted leavers per year (0.10.0): run them again');
    expect(html).not.toContain('Value for money: departures avoided');
  });

  it('draws who leaves from summary.json: each package\'s turnover by role and by lived experience, with its 90% range', async () => {
    const data = await loadResults(compared);
    const spec = reportCharts(data).find((c) => c.id === 'who-leaves')!.spec as unknown as { data: { values: { policy: string; breakdown: string; group: string; mean: number; p05: number; p95: number; workerYears: number; staffInPost: number; few: boolean }[] } };
    const years = data.summary.days / 365;
    for (const { policy, groups } of data.summary.policies) {
      const points = spec.data.values.filter((v) => v.policy === policy);
      // Each group named with its size in people under the first package ("Police officer (≈14 in post)").
      const first = data.summary.policies[0].groups!;
      expect(points.map((p) => p.group)).toEqual(first.map((g) => `${g.label} (${g.workerYears / years < 0.5 ? 'under 1' : `≈${Math.round(g.workerYears / years)}`} in post)`));
      expect(points.map((p) => p.mean)).toEqual(groups!.map((g) => g.turnoverPerYear.mean));
      expect(points.map((p) => p.staffInPost)).toEqual(groups!.map((g) => g.workerYears / years));
      expect(points.map((p) => p.few)).toEqual(first.map((g) => Math.round(g.workerYears / years) < 3));
      for (const p of points) expect(p.p05 <= p.mean && p.mean <= p.p95, `${policy} ${p.group}`).toBe(true);
      // Both lived-experience groups, and the roles the default population has (police among them).
      expect(points.filter((p) => p.breakdown === 'Lived experience').map((p) => p.group.replace(/ \(.*\)$/, ''))).toEqual(['With lived experience', 'Without lived experience']);
      expect(points.some((p) => p.breakdown === 'Role' && p.group.startsWith('Police officer (') && p.workerYears > 0)).toBe(true);
    }
    // Each package's findings say who leaves: the groups whose turnover it changes clearly, or that none does.
    const html = reportHtml(data, reportCharts(data), { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(html.match(/<em>Who leaves:<\/em> [^<]*turnover (among|differs|does not differ)/g)).toHaveLength(data.summary.differences!.length);
    // From these 4 replications, none of it is clear: a group's change is indicative at most.
    expect(html).not.toMatch(/Who leaves:<\/em>[^<]*clearly/);
  });

  it('stacks each package\'s cost per worker-year from its seven parts, which add up to the cost in the table, the vacancy part left of zero', async () => {
    const data = await loadResults(compared);
    const spec = reportCharts(data).find((c) => c.id === 'what-the-cost-is-made-of')!.spec as unknown as { data: { values: { policy: string; part: string; perWorkerYear: number }[] } };
    for (const { policy, metrics } of data.summary.policies) {
      const parts = spec.data.values.filter((v) => v.policy === policy);
      expect(parts.map((p) => p.part)).toEqual(COST_PARTS.map((p) => p.metric));
      const sum = parts.reduce((total, p) => total + p.perWorkerYear, 0);
      expect(Math.abs(sum - metrics.costPerWorkerYear.mean), `${policy}: ${sum}`).toBeLessThan(1e-9 * metrics.costPerWorkerYear.mean);
    }
    const part = (policy: string, metric: string) => spec.data.values.find((v) => v.policy === policy && v.part === metric)!.perWorkerYear;
    // multi-level adds seats; the status quo adds none and pays for leavers.
    expect(part('multi-level', 'staffingCostPerWorkerYear')).toBeGreaterThan(0);
    expect(part('status-quo', 'staffingCostPerWorkerYear')).toBe(0);
    expect(part('status-quo', 'turnoverCostPerWorkerYear')).toBeGreaterThan(0);
    expect(part('status-quo', 'vacancyCostPerWorkerYear')).toBeLessThan(0);
    // Results written before the vacancy part (0.4 and earlier) are drawn from their six parts.
    const summary = structuredClone(data.summary);
    for (const p of summary.policies) delete (p.metrics as Record<string, unknown>).vacancyCostPerWorkerYear;
    const older = reportCharts({ ...data, summary }).find((c) => c.id === 'what-the-cost-is-made-of')!.spec as unknown as { title: { subtitle: string[] }; data: { values: { part: string }[] } };
    expect(new Set(older.data.values.map((v) => v.part))).toEqual(new Set(COST_PARTS.filter((p) => p.metric !== 'vacancyCostPerWorkerYear').map((p) => p.metric)));
    expect(older.title.subtitle[0]).toContain('in 6 parts');
    expect(older.title.subtitle.join(' ')).not.toContain('Vacant seats');
  });

  it('gives each package\'s staff in post and yearly cost for the whole team, which per-worker figures hide when a package adds staff', async () => {
    const data = await loadResults(compared);
    const team = (policy: string) => data.teams.find((t) => t.policy === policy)!;
    const metric = (policy: string) => data.summary.policies.find((p) => p.policy === policy)!.metrics.costPerWorkerYear.mean;
    // multi-level adds 15% seats to the same funded ones.
    expect(team('multi-level').staffInPost).toBeGreaterThan(1.1 * team('status-quo').staffInPost);
    for (const policy of ['status-quo', 'opt-out-support', 'multi-level']) {
      const { staffInPost, costPerYear } = team(policy);
      expect(Math.abs(costPerYear - metric(policy) * staffInPost), policy).toBeLessThan(0.05 * costPerYear);
    }
    const html = reportHtml(data, [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(html).toContain('<tr><td>Staff in post <small>(mean)</small></td>');
    // The yearly cost comes from the teamCostPerYear metric, with its range.
    const cost = data.summary.policies.find((p) => p.policy === 'multi-level')!.metrics.teamCostPerYear;
    expect(html).toContain('<tr><td>Cost per year, whole team ($) <small>(lower is better)</small></td>');
    expect(html).toContain(`<td>${formatValue('teamCostPerYear', cost.mean)}<br><small><span class="num">${formatValue('teamCostPerYear', cost.p05)}</span> – <span class="num">${formatValue('teamCostPerYear', cost.p95)}</span></small></td>`);
    expect(html).toContain('its yearly cost for the whole team is the last row, not the cost per worker-year times the funded seats');
    // Leavers per year, whole team, between staff in post and the cost: a package that adds staff lowers turnover by its denominator too.
    const leavers = data.summary.policies.find((p) => p.policy === 'multi-level')!.metrics.leaversPerYear;
    expect(html).toMatch(/<tr><td>Staff in post <small>\(mean\)<\/small><\/td>(<td>[^<]*<\/td>)+<\/tr><tr><td>Leavers per year, whole team <small>\(lower is better\)<\/small><\/td>/);
    expect(html).toContain(`<td>${formatValue('leaversPerYear', leavers.mean)}<br><small><span class="num">${formatValue('leaversPerYear', leavers.p05)}</span> – <span class="num">${formatValue('leaversPerYear', leavers.p95)}</span></small></td>`);
    expect(html).toContain('its turnover falls with the larger team even when as many leave: leavers per year, whole team, counts who leaves');
    // Leave days, after the outcomes and before the team's rows: opt-out-support's grief leave adds to the paid time off every package gives.
    const leave = (policy: string) => data.summary.policies.find((p) => p.policy === policy)!.metrics.leaveDaysPerWorkerYear;
    expect(leave('opt-out-support').mean).toBeGreaterThan(leave('status-quo').mean);
    expect(html).toMatch(/<tr><td>Leave per worker-year <small>\(calendar days: paid time off and grief leave\)<\/small><\/td>(<td>[^<]*<br><small><span class="num">[^<]*<\/span> – <span class="num">[^<]*<\/span><\/small><\/td>){3}<\/tr><tr><td>Staff in post/);
    expect(html).toContain(`<td>${formatValue('leaveDaysPerWorkerYear', leave('status-quo').mean)}<br><small>`);
    // Results written before the metric existed keep the series' mean.
    const older = { ...data, summary: { ...data.summary, policies: data.summary.policies.map((p) => ({ ...p, metrics: Object.fromEntries(Object.entries(p.metrics).filter(([name]) => name !== 'teamCostPerYear')) as typeof p.metrics })) } };
    expect(reportHtml(older, [], { vega: '', vegaLite: '', vegaEmbed: '' })).toContain('<tr><td>Cost per year, whole team ($) <small>(mean)</small></td>');
  });

  it('says, where a package runs mandatory single-session debriefs, that they process nothing by default and why', async () => {
    const dir = join(work, 'debrief');
    cfsim('compare', '--policies', 'status-quo,mandatory-debrief', '--reps', '2', '--days', '30', '--out', dir);
    const html = reportHtml(await loadResults(dir), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(html).toContain(
      "<dt>Single-session debrief</dt><dd>" + escapeHtml("In mandatory-debrief, every worker who meets a crisis or a client's death is debriefed that day. In the model such a debrief processes none of the day's traumatic material (coefficients.singleSessionProcessing is 0: trials of single-session debriefing found no benefit over natural recovery, van Emmerik et al. 2002, Rose et al. in the Cochrane review), and adds a little stress from going over the event again (coefficients.singleSessionHarm 0.02, for the possible harm the Cochrane review reports); its sessions are costed. So what this package changes against the baseline comes from that stress, the debriefs' cost and any other lever set, not from the debriefs helping."),
    );
    // A run that gives the debriefs an effect is described with it.
    const helping = join(work, 'debrief-helping');
    cfsim('compare', '--policies', 'status-quo,mandatory-debrief', '--reps', '2', '--days', '30', '--out', helping, '--set', 'coefficients.singleSessionProcessing=0.3', '--set', 'coefficients.singleSessionHarm=0', '--set', 'policy.debrief.after=death');
    const changed = reportHtml(await loadResults(helping), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(changed).toContain(escapeHtml("In mandatory-debrief, every worker who meets a client's death is debriefed that day."));
    expect(changed).toContain(escapeHtml("such a debrief processes 30% of the day's traumatic material (coefficients.singleSessionProcessing; the default is 0, as trials of single-session debriefing found no benefit over natural recovery), and adds no stress (coefficients.singleSessionHarm is 0)"));
    // Where the baseline debriefs too (the team's practice), the debriefs are no difference between the packages; a single run has no baseline.
    const practised = join(work, 'debrief-practised');
    cfsim('compare', '--policies', 'status-quo,mandatory-debrief', '--reps', '2', '--days', '30', '--out', practised, '--set', 'practice.debrief.mode=single-session');
    const both = reportHtml(await loadResults(practised), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(both).toContain(escapeHtml('In status-quo and mandatory-debrief, every worker who meets'));
    expect(both).toContain('Every package debriefs so, the baseline included: each carries that stress and cost, and no difference between them comes from the debriefs helping.');
    expect(both).not.toContain('against the baseline comes from that stress');
    const alone = join(work, 'debrief-alone');
    cfsim('run', '--policy', 'mandatory-debrief', '--reps', '2', '--days', '30', '--out', alone);
    expect(reportHtml(await loadResults(alone), [], { vega: '', vegaLite: '', vegaEmbed: '' })).toContain(escapeHtml("So its results carry that stress and the debriefs' cost, and no help from them."));
    // No such term where no package debriefs.
    expect(reportHtml(await loadResults(compared), [], { vega: '', vegaLite: '', vegaEmbed: '' })).not.toContain('Single-session debrief');
  });

  it('says which effects are checked against evidence, and warns of the multi-level effect\'s size only where it runs', async () => {
    const withMultiLevel = reportHtml(await loadResults(compared), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    const statusQuoOnly = reportHtml(await loadResults(single), [], { vega: '', vegaLite: '', vegaEmbed: '' });
    for (const html of [withMultiLevel, statusQuoOnly]) expect(html).toContain('<dt>How far the effects are checked</dt>');
    expect(withMultiLevel).toContain('about three times what trials of single organisational changes report (ODD deviation 22)');
    expect(statusQuoOnly).not.toContain('deviation 22');
    // The mindfulness programme: its burnout effect is the trials', its other effects the model's mechanism.
    const mindfulness = "The mindfulness programme&#39;s effect on burnout is set to the trials&#39; size; its effects on compassion fatigue, numbing and turnover";
    for (const html of [withMultiLevel, statusQuoOnly]) expect(html).not.toContain(mindfulness);
    const dir = join(work, 'mindfulness');
    cfsim('compare', '--policies', 'status-quo,individual-resilience', '--reps', '2', '--days', '30', '--out', dir);
    expect(reportHtml(await loadResults(dir), [], { vega: '', vegaLite: '', vegaEmbed: '' })).toContain(`${mindfulness}, which can be as large as a structural package&#39;s, come from self-care&#39;s other roles in the model`);
  });

  it('says, under the title and in the terms, which levers a scenario file changed from each package\'s own; a plain comparison says nothing of it', async () => {
    const html = await fileComparisonReport('team-levers', 'policy:\n  supervision: { mode: opt-out }\n  grief: { leaveDays: 1 }\n');
    expect(html).toContain("levers changed from the package&#39;s own by the scenario file or --set (see Terms and packages)");
    expect(html).toContain("Opt-in support, little formal structure. Run here with levers changed from the package&#39;s own by the scenario file or --set: supervision.mode opt-out (package: opt-in); grief.leaveDays 1 (package: 0).");
    expect(html).toContain('grief.leaveDays 1 (package: 2).');
    expect(reportHtml(await loadResults(compared), [], { vega: '', vegaLite: '', vegaEmbed: '' })).not.toContain('changed from the package');
  });

  it('names the scenario\'s current practice in the terms, not as a departure from the packages; a run without one says nothing of it', async () => {
    const html = await fileComparisonReport('team-practice', 'practice:\n  compensation: { ptoDaysPerYear: 25 }\n  supervision: { intervalDays: 7 }\n');
    expect(html).toContain('<dt>Current practice</dt><dd>What the organization already did: the team worked under it for the warm-up before day 0, and each package applied on top of it from day 0');
    expect(html).toContain('It differs from the status quo in: supervision.intervalDays 7 (status quo: 28); compensation.ptoDaysPerYear 25 (status quo: 15).</dd>');
    expect(html).not.toContain('changed from the package');
    expect(reportHtml(await loadResults(compared), [], { vega: '', vegaLite: '', vegaEmbed: '' })).not.toContain('Current practice');
  });

  it('says when it is drawn by another CFSim version than the results\', on stderr and in the report; not otherwise', () => {
    const older = join(work, 'older');
    cpSync(single, older, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(older, 'manifest.json'), 'utf8'));
    const version = manifest.cfsim;
    // Results of a version before scenarios had a practice: the resolved scenarios have none.
    const scenarios = manifest.scenarios.map(({ practice: _practice, ...rest }: { practice: unknown }) => rest);
    writeFileSync(join(older, 'manifest.json'), JSON.stringify({ ...manifest, cfsim: '0.0.9', scenarios }));
    // Both of the folder's documents were written by that version (a summary that says otherwise is refused).
    const summary = JSON.parse(readFileSync(join(older, 'summary.json'), 'utf8'));
    writeFileSync(join(older, 'summary.json'), JSON.stringify({ ...summary, cfsim: '0.0.9' }));
    const report = cfsim('report', older);
    expect(report.stderr).toContain(`cfsim: warning: the results were made by CFSim 0.0.9, and this report by CFSim ${version}: its numbers are 0.0.9's`);
    const html = readFileSync(join(older, 'report.html'), 'utf8');
    expect(html).toContain(`· CFSim 0.0.9 (report drawn by CFSim ${version})</p>`);
    expect(html).toContain(`0.0.9 (this report was drawn by CFSim ${version} from that version's results`);
    expect(html).not.toContain('Current practice');
    const same = cfsim('report', single);
    expect(same.stderr).not.toContain('warning');
    expect(readFileSync(join(single, 'report.html'), 'utf8')).not.toContain('report drawn by');
  });

  it('a single-package run has no difference charts, and says how to get them', async () => {
    const charts = reportCharts(await loadResults(single));
    const missing = charts.filter((c) => !c.spec);
    expect(missing.map((c) => c.id)).toEqual(['differences', 'cost-effectiveness', 'worth-its-cost', 'best-in-futures']);
    for (const c of missing) expect(c.missing).toContain('cfsim compare');
  });
});

describe('HTML report in a real browser, offline', () => {
  it('renders every chart with no console errors and no network', async () => {
    cfsim('report', compared, '-o', join(work, 'report.html'));
    const { page, log } = await openOffline(browser, `file://${join(work, 'report.html')}`);
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    const drawn = await page.$$eval('.chart', (nodes) => nodes.map((n) => n.querySelectorAll('svg .mark-line, svg .mark-rect, svg .mark-symbol, svg .mark-area, svg .mark-rule').length));
    expect(drawn).toHaveLength(reportChartsIds().length);
    for (const marks of drawn) expect(marks).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
    const text = await page.textContent('body');
    expect(text).toContain('At a glance');
    expect(text).toContain('opt-out-support');
    expect(text).toContain('Reproduce this report');
    expect(text, 'the paired differences from 4 replications are explained as indicative').toContain('With 4 replications (fewer than 20) each range runs from the smallest to the largest paired difference');
    expect(text, 'the table says its ranges are not the uncertainty of a difference').toContain('not the uncertainty of a difference');
    expect(text).toContain('Terms and packages');
    expect(text, 'each package is described').toContain('Pre-booked (opt-out) supervision');
    expect(text).toContain('Not the total cost of the team');
    await page.close();
  });

  it('draws a compare --levers run, whose arms are labelled package:group, with no console errors', async () => {
    const levers = join(work, 'levers-browser');
    cfsim('compare', '--policies', 'status-quo,opt-out-support', '--levers', '--reps', '2', '--days', '30', '--out', levers, '--report', join(levers, 'report.html'));
    const { page, log } = await openOffline(browser, `file://${join(levers, 'report.html')}`);
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    const drawn = await page.$$eval('.chart', (nodes) => nodes.map((n) => n.querySelectorAll('svg .mark-line, svg .mark-rect, svg .mark-symbol, svg .mark-area, svg .mark-rule').length));
    for (const marks of drawn) expect(marks).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
    expect(await page.$$eval('.chart svg text', (t) => t.map((e) => e.textContent))).toEqual(expect.arrayContaining(['opt-out-support:supervision']));
    await page.close();
  });

  it('fits a phone, a narrow window and a printed page: each chart laid out again for its figure, none scrolling sideways; a desktop window as given', async () => {
    cfsim('report', compared, '-o', join(work, 'narrow.html'));
    cfsim('report', single, '-o', join(work, 'narrow-single.html'));
    const overflowing = (page: Page) => page.$$eval('figure', (figures) => figures.filter((f) => f.scrollWidth > f.clientWidth).map((f) => f.querySelector('figcaption')?.textContent?.slice(0, 9)));
    const pageWider = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    // Each chart drawn at its share of its own size; shrunk whole to a 390 px phone, most were under half (their labels about 4 px).
    const scales = (page: Page) => page.$$eval('.chart svg', (svgs) => svgs.map((svg) => svg.getBoundingClientRect().width / Number(svg.getAttribute('width'))));
    const widths = (page: Page) => page.$$eval('.chart svg', (svgs) => svgs.map((svg) => svg.getAttribute('width')));
    const fitted = (page: Page) => page.$$eval('.chart[data-fitted]', (charts) => charts.length);
    const refitted = (page: Page) => page.evaluate(() => (window as unknown as { cfsimReport: { fitted(): Promise<unknown> } }).cfsimReport.fitted());
    for (const file of ['narrow.html', 'narrow-single.html']) {
      const { page, log } = await openOffline(browser, `file://${join(work, file)}`);
      await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
      const desktop = await widths(page);
      expect(await fitted(page), `${file}: a desktop window draws every chart as given`).toBe(0);
      for (const scale of await scales(page)) expect(scale).toBeCloseTo(1, 3);
      expect(await overflowing(page)).toEqual([]);
      // A window narrowed or a phone turned: the charts fit again.
      for (const width of [600, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await refitted(page);
        expect(await overflowing(page), `${file} at ${width} px`).toEqual([]);
        expect(await pageWider(page), 'nothing makes the page scroll sideways').toBe(false);
        expect(await fitted(page), `${file} at ${width} px`).toBeGreaterThan(0);
        const shown = await scales(page);
        // Labels broken onto lines, every chart fits at its own size (measured: 1.00 at 600 and 390 px); no chart is shrunk
        // more than one drawn as given may be (SHRUNK_AS_GIVEN), where 0.39.0's floor was 0.7.
        for (const scale of shown) expect(scale, `${file} at ${width} px`).toBeGreaterThanOrEqual(SHRUNK_AS_GIVEN);
        expect(shown.filter((scale) => scale > 0.99).length, `${file} at ${width} px: many drawn at their own size`).toBeGreaterThanOrEqual(shown.length / 3);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await refitted(page);
      expect(await widths(page), `${file}: back on a desktop, the charts are drawn as given again`).toEqual(desktop);
      expect(await fitted(page)).toBe(0);
      expect(log.errors).toEqual([]);
      await page.close();
    }
    // Opened on a phone, the charts are laid out for it from the start.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`file://${join(work, 'narrow.html')}`);
    await phone.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    expect(await overflowing(phone)).toEqual([]);
    for (const scale of await scales(phone)) expect(scale).toBeGreaterThanOrEqual(SHRUNK_AS_GIVEN);
    await phone.close();
    const { page } = await openOffline(browser, `file://${join(work, 'narrow.html')}`);
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    await page.setViewportSize({ width: 600, height: 900 });
    // A package id broken at its hyphen ("opt-out-" / "support") reads as two words; the table scrolls instead.
    const brokenIds = () =>
      page.$$eval('thead th:not(:first-child)', (cells) =>
        cells.filter((cell) => {
          const text = document.createRange();
          text.selectNodeContents(cell);
          return new Set(Array.from(text.getClientRects(), (line) => Math.round(line.top))).size > 1;
        }).map((cell) => cell.textContent),
      );
    expect(await brokenIds()).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await overflowing(page)).toEqual([]);
    expect(await pageWider(page)).toBe(false);
    expect(await brokenIds()).toEqual([]);
    await page.close();
  });

  it('starts the who-leaves panel titles (Role, Lived experience) at one x, where the groups names start, as measured in Chromium', async () => {
    cfsim('report', compared, '-o', join(work, 'titles.html'));
    const { page } = await openOffline(browser, `file://${join(work, 'titles.html')}`);
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    const chart = `#chart-${reportChartsIds().indexOf('who-leaves')}`;
    const lefts = await page.$$eval(`${chart} svg .role-title-text`, (titles) => Object.fromEntries(titles.map((t) => [t.textContent, t.getBoundingClientRect().left])));
    const labels = await page.$$eval(`${chart} svg .role-axis-label text`, (texts) => Math.min(...texts.map((t) => t.getBoundingClientRect().left)));
    // "Lived experience" started about 45 px right of "Role": each was placed from its own panel's group names.
    expect(Math.abs(lefts['Lived experience'] - lefts.Role)).toBeLessThan(0.5);
    expect(Math.abs(lefts.Role - labels)).toBeLessThan(4);
    await page.close();
  });

  it('prints all six packages of the wide tables on a Letter page: no column cut off, none in a scroll box', async () => {
    // A planner printed a six-package comparison to PDF and got three packages: the tables (about
    // 1,150 px) stayed in their scroll boxes, cut at the page's edge.
    const six = 'status-quo,opt-out-support,multi-level,stigma-reduction,individual-resilience,mandatory-debrief';
    const dir = join(work, 'six');
    const file = join(work, 'six.html');
    cfsim('compare', '--policies', six, '--reps', '3', '--days', '60', '--out', dir, '--report', file);
    const { page, log } = await openOffline(browser, `file://${file}`);
    // Letter (8.5 in) less half-inch margins: 7.5 in, 720 CSS px (A4 with Chromium's default margins is a little narrower, 718).
    const PAGE = 720;
    await page.setViewportSize({ width: PAGE, height: 1000 });
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    const columns = () =>
      page.$$eval('table:has(thead)', (tables) =>
        tables.map((table) => ({
          heads: Array.from(table.querySelectorAll('thead th'), (th) => th.textContent ?? ''),
          right: Math.max(...Array.from(table.querySelectorAll('th, td'), (cell) => cell.getBoundingClientRect().right)),
          clipped: table.parentElement!.scrollWidth > table.parentElement!.clientWidth + 1,
        })),
      );
    // On screen at this width the wide tables scroll, as before.
    expect((await columns()).some((t) => t.right > PAGE)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const printed = await columns();
    const wide = printed.filter((t) => t.heads.includes('individual-resilience'));
    expect(wide.length, 'the summary and cost tables name every package').toBeGreaterThanOrEqual(2);
    for (const t of wide) expect(t.heads.slice(1)).toEqual(six.split(','));
    for (const t of printed) {
      expect(t.right, t.heads[0]).toBeLessThanOrEqual(PAGE);
      expect(t.clipped, t.heads[0]).toBe(false);
    }
    // Each package's column, header and every cell, ends within the page.
    const lastRights = await page.$$eval('table:has(thead) tr', (rows) => rows.map((row) => row.lastElementChild!.getBoundingClientRect().right));
    expect(Math.max(...lastRights)).toBeLessThanOrEqual(PAGE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PAGE);
    // A cell's second line (a range, a change from the baseline) may wrap at its spaces, but not inside
    // a value ("−" / "$5,849", where the minus reads as a dash) or the baseline's name ("status-" / "quo").
    const kept = await page.$$eval('td small .num, td small .id', (spans) =>
      spans.map((span) => ({ text: span.textContent, lines: new Set(Array.from(span.getClientRects(), (r) => Math.round(r.top))).size })),
    );
    expect(kept.filter((k) => k.text === 'status-quo').length).toBeGreaterThan(0);
    expect(kept.filter((k) => k.lines > 1)).toEqual([]);
    // And a real PDF of it, Letter with half-inch margins: the layout measured above.
    const pdf = await page.pdf({ format: 'Letter', margin: { top: '0.5in', right: '0.5in', bottom: '0.5in', left: '0.5in' } });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('a single-package report has no paired-difference note, and its hints show commands as code', () => {
    cfsim('report', single);
    const html = readFileSync(join(single, 'report.html'), 'utf8');
    expect(html).not.toContain('"Clear" means');
    expect(html).toContain('<code>cfsim compare --policies A,B,... --out DIR</code>');
    expect(html).not.toContain('`cfsim compare');
  });

  it('keeps a hostile scenario name inert: it shows as text and runs nothing', async () => {
    const html = readFileSync(join(work, 'report.html'), 'utf8');
    expect(html).not.toContain(INJECTION);
    const { page, log } = await openOffline(browser, `file://${join(work, 'report.html')}`);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.textContent('h1')).toContain(INJECTION);
    expect(dialogs).toBe(0);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('--report writes a self-contained report in one step, with no external scripts or links', () => {
    const oneStep = join(work, 'one-step.html');
    cfsim('run', '--reps', '3', '--days', '90', '--report', oneStep);
    const html = readFileSync(oneStep, 'utf8');
    expect(html).toContain('<!doctype html>');
    expect(html).toContain('vegaEmbed');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=["']https?:/);
  });
});

describe('a run with scheduled changes', () => {
  it('marks each change on the charts over time and lists it with the terms; the charts draw offline with no errors', async () => {
    const file = join(work, 'changes.yaml');
    writeFileSync(file, 'name: changes\nchanges:\n  - day: 40\n    set: { policy.supervision.mode: opt-out }\n  - day: 80\n    set: { community.overdoseBurden: 2 }\n');
    const dir = join(work, 'changes');
    cfsim('compare', file, '--policies', 'status-quo,multi-level', '--reps', '2', '--days', '120', '--out', dir);
    const data = await loadResults(dir);
    const charts = reportCharts(data);
    for (const chart of charts.slice(0, 3)) {
      const values = (chart.spec as unknown as { data: { values: { change?: string }[] } }).data.values;
      expect(values.filter((v) => v.change).map((v) => v.change), chart.id).toContain('day 40: supervision opt-out');
      expect(values.filter((v) => v.change).map((v) => v.change), chart.id).toContain('day 80: overdoseBurden 2');
      // In full in the caption: a rotated label on the chart is cut to its height.
      expect(chart.caption).toContain('Dashed lines: scheduled changes (day 40: supervision opt-out; day 80: overdoseBurden 2).');
      expect(compileSpec(chart.spec!).warnings, chart.id).toEqual([]);
    }
    cfsim('report', dir);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('2 scheduled changes (see Terms and packages)');
    expect(html).toContain('<dt>Scheduled changes</dt>');
    expect(html).toContain('<li>day 40: supervision opt-out</li><li>day 80: overdoseBurden 2</li>');
    const { page, log } = await openOffline(browser, `file://${join(dir, 'report.html')}`);
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    const labels = await page.$$eval('#chart-0 svg text', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(labels.some((t) => t.startsWith('day 40'))).toBe(true);
    expect(await page.$$eval('#chart-0 svg .mark-rule line', (l) => l.length)).toBeGreaterThanOrEqual(2 * 3);
    expect(log.errors).toEqual([]);
    await page.close();
    // Reports of runs without changes say nothing about them.
    expect(readFileSync(join(work, 'report.html'), 'utf8')).not.toContain('Scheduled changes');
  });
});

describe('a comparison of scenario files', () => {
  it('calls its arms scenarios, not packages: headings, notes, captions, legends and terms, which describe each file', async () => {
    const never = join(work, 'never.yaml');
    const year2 = join(work, 'year2.yaml');
    writeFileSync(never, 'name: never\ndescription: Opt-in supervision throughout.\n');
    writeFileSync(year2, 'name: year2\ndescription: Opt-out supervision from day 60.\nchanges:\n  - day: 60\n    set: { policy.supervision.mode: opt-out }\n');
    const dir = join(work, 'scenario-arms');
    cfsim('compare', '--scenarios', `${never},${year2}`, '--reps', '2', '--days', '120', '--out', dir);
    const data = await loadResults(dir);
    expect(data.manifest.arms).toBe('scenarios');
    const charts = reportCharts(data);
    expect(charts[0].caption).toContain('per scenario');
    expect(charts[4].caption).toBe('Each scenario against the baseline on the key metrics.');
    for (const chart of charts) {
      const spec = JSON.stringify(chart.spec);
      expect(spec, chart.id).not.toContain('"Package"');
      expect(spec, chart.id).toContain('"Scenario"');
      // The page's copy too (its day tooltips: dayTooltips.ts).
      if (chart.pageSpec) expect(JSON.stringify(chart.pageSpec), chart.id).not.toContain('"Package"');
    }
    const html = reportHtml(data, charts, { vega: '', vegaLite: '', vegaEmbed: '' });
    expect(html).toContain('<h2>Terms and scenarios</h2>');
    expect(html).toContain('1 scheduled change (see Terms and scenarios)');
    expect(html).toContain('<dt>Scenario year2</dt><dd>Opt-out supervision from day 60. Its support package: Opt-in support, little formal structure.</dd>');
    expect(html).toContain('Every scenario ran the same futures');
    expect(html).toMatch(/two scenarios(&#39;|') ranges can overlap/);
    expect(html).not.toMatch(/\b(every|each|two) packages?\b|Terms and packages|Package never|Package year2/);
    // A comparison of packages still says packages (and its manifest says so).
    const packages = await loadResults(compared);
    expect(packages.manifest.arms).toBe('packages');
    expect(reportHtml(packages, reportCharts(packages), { vega: '', vegaLite: '', vegaEmbed: '' })).toContain('<h2>Terms and packages</h2>');
  });
});

describe('sweep reports', () => {
  it('charts Sobol indices and grid heatmaps with their paired differences, drawn offline with no console errors', async () => {
    const plan = join(work, 'grid.yaml');
    // The package as a third parameter: one panel per package, every cell one point (3 × 3 × 2).
    writeFileSync(plan, 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\n  policy.supervision.quality: { min: 0.2, max: 1 }\n  policy: { values: [status-quo, opt-out-support] }\ndesign: grid\nlevels: 3\nreps: 1\nset: { days: 60 }\nmetrics: [proqolSTS]\n');
    const dir = join(work, 'grid-sweep');
    cfsim('sweep', plan, '--out', dir);
    cfsim('report', dir);
    const { page, log } = await openOffline(browser, `file://${join(dir, 'report.html')}`);
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    expect(await page.$$eval('.chart svg .mark-rect.role-mark path', (p) => p.length)).toBe(18);
    expect(await page.$$eval('.chart svg text', (t) => t.map((e) => e.textContent))).toEqual(expect.arrayContaining(['status-quo', 'opt-out-support']));
    expect(await page.textContent('h1')).toContain('CFSim sweep');
    expect(await page.$$eval('.chart svg text', (t) => t.map((e) => e.textContent))).toContain("ProQOL STS (points): each point's paired difference from point 0");
    expect(log.errors).toEqual([]);
    await page.close();
    const svgDir = join(work, 'grid-svg');
    cfsim('report', dir, '--format', 'svg', '-o', svgDir);
    // With common random numbers (the default) the grid's paired differences from point 0 follow its heatmaps.
    expect(readdirSync(svgDir)).toEqual(['figure-1-heatmap-proqolSTS.svg', 'figure-2-differences-proqolSTS.svg']);
  });
});

describe('report -o', () => {
  it('an existing folder, or a path ending in a separator, gets report.html inside it', () => {
    const existing = join(work, 'existing-folder');
    mkdirSync(existing);
    cfsim('report', single, '-o', existing);
    const fresh = join(work, 'fresh-folder');
    cfsim('report', single, '-o', `${fresh}/`);
    expect(readdirSync(existing)).toEqual(['report.html']);
    expect(readdirSync(fresh)).toEqual(['report.html']);
    expect(readFileSync(join(fresh, 'report.html'), 'utf8')).toContain('<!doctype html>');
  });

  it('a path under a file is refused with exit 2 and nothing written', () => {
    const blocker = join(work, 'blocker');
    writeFileSync(blocker, 'not a folder');
    for (const args of [['-o', join(blocker, 'r.html')], ['--format', 'svg', '-o', blocker]]) {
      const r = spawnSync(process.execPath, ['dist/cfsim.js', 'report', single, ...args], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain('-o: ');
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
    expect(readdirSync(work).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('a report into another results folder is refused: it would sit beside results it does not describe', () => {
    const before = readFileSync(join(compared, 'manifest.json'), 'utf8');
    const into = [
      ['report', single, '-o', compared],
      ['report', single, '--format', 'svg', '-o', compared],
      ['report', single, '--format', 'svg', '-o', join(compared, 'figures')],
      ['report', single, '-o', join(compared, 'figures', 'x.html')],
      ['run', '--reps', '1', '--days', '2', '--report', compared],
    ];
    for (const args of into) {
      const r = spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8' });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(compared);
      expect(r.stderr).toContain('other results (manifest.json) that this report does not describe');
    }
    expect(readdirSync(compared).filter((f) => f.endsWith('.svg'))).toEqual([]);
    expect(existsSync(join(compared, 'figures'))).toBe(false);
    expect(existsSync(join(compared, 'figures', 'x.html'))).toBe(false);
    expect(readFileSync(join(compared, 'manifest.json'), 'utf8')).toBe(before);
    // Its own folder, and --out into the same folder, are fine.
    cfsim('report', single, '-o', single);
    const again = join(work, 'again');
    cfsim('run', '--reps', '1', '--days', '2', '--out', again);
    cfsim('run', '--reps', '1', '--days', '3', '--out', again, '--replace', '--report', again);
    expect(JSON.parse(readFileSync(join(again, 'manifest.json'), 'utf8')).days).toBe(3);
  });

  it('a report never takes the name of a results data file, nor goes into a folder inside other results', () => {
    const before = readFileSync(join(single, 'summary.json'), 'utf8');
    const named = [
      ['report', single, '-o', join(single, 'summary.json')],
      ['report', single, '-o', join(single, 'manifest.json')],
      ['run', '--reps', '1', '--days', '2', '--out', single, '--report', join(single, 'timeseries.csv')],
      ['report', single, '-o', join(work, 'elsewhere', 'runs.csv')],
    ];
    for (const args of named) {
      const r = spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8' });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/(summary\.json|manifest\.json|timeseries\.csv|runs\.csv) is the name of a results data file; the report would replace it/);
    }
    expect(readFileSync(join(single, 'summary.json'), 'utf8')).toBe(before);
    const nested = spawnSync(process.execPath, ['dist/cfsim.js', 'report', single, '-o', join(compared, 'a', 'b', 'r.html')], { encoding: 'utf8' });
    expect(nested.status).toBe(2);
    expect(nested.stderr).toContain(`${join(compared, 'a', 'b')} is inside ${compared}, which holds other results (manifest.json)`);
    expect(existsSync(join(compared, 'a'))).toBe(false);
  });
});

describe('figures for papers', () => {
  it('writes one SVG per chart, named by its figure number so that the files sort in the report\'s order', () => {
    const dir = join(work, 'svg');
    cfsim('report', compared, '--format', 'svg', '-o', dir);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(reportChartsIds().map((id, i) => `figure-${String(i + 1).padStart(2, '0')}-${id}.svg`));
    expect(files.slice(0, 3)).toEqual(['figure-01-proqol-over-time.svg', 'figure-02-risk-bands-over-time.svg', 'figure-03-staffing-over-time.svg']);
    expect(files.slice(-1)).toEqual(['figure-13-best-in-futures.svg']);
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });

  it('each figure file carries the number the report\'s caption gives its chart, charts these results cannot draw counted', async () => {
    const dir = join(work, 'svg-numbered');
    const r = cfsim('report', single, '--format', 'svg', '-o', dir);
    expect(r.stderr).toBe(`wrote 9 files to ${dir}\n`);
    const html = join(work, 'single-numbered.html');
    cfsim('report', single, '-o', html);
    const captions = new Map([...readFileSync(html, 'utf8').matchAll(/<figcaption>Figure (\d+)\. ([^<]*)/g)].map((m) => [Number(m[1]), m[2].trim()]));
    expect([...captions.keys()]).toEqual(reportChartsIds().map((_, i) => i + 1));
    const charts = reportCharts(await loadResults(single));
    const files = readdirSync(dir).sort();
    // Figures 5, 6, 12 and 13 need a comparison: the numbers skip them, as the report does not.
    expect(files.map((f) => Number(/^figure-(\d+)-/.exec(f)![1]))).toEqual([1, 2, 3, 4, 7, 8, 9, 10, 11]);
    for (const f of files) {
      const [, number, id] = /^figure-(\d+)-(.+)\.svg$/.exec(f)!;
      const chart = charts.find((c) => c.id === id)!;
      expect(chart.spec, f).toBeDefined();
      expect(captions.get(Number(number)), f).toBe(escapeHtml(chart.caption));
    }
  });

  it('figures of a single-package run replace a comparison\'s in the same folder, leaving no stale difference charts nor figures named as before 0.23.0', () => {
    const dir = join(work, 'svg-reused');
    cfsim('report', compared, '--format', 'svg', '-o', dir);
    expect(readdirSync(dir)).toContain('figure-05-differences.svg');
    // As CFSim 0.22.0 named them; and files that are not this format's figures.
    for (const name of ['5-differences.svg', '10-what-the-cost-is-made-of.svg', '5-differences.png', 'differences.svg', 'notes.svg']) writeFileSync(join(dir, name), 'an older file');
    cfsim('report', single, '--format', 'svg', '-o', dir);
    const drawn = reportChartsIds()
      .map((id, i) => `figure-${String(i + 1).padStart(2, '0')}-${id}.svg`)
      .filter((f) => !/^figure-(05|06|12|13)-/.test(f));
    expect(readdirSync(dir).sort()).toEqual([...drawn, '5-differences.png', 'differences.svg', 'notes.svg'].sort());
  });

  it('an export interrupted while rendering leaves no partial set of figures', async () => {
    const dir = join(work, 'png-interrupted');
    const child = spawn(process.execPath, ['dist/cfsim.js', 'report', compared, '--format', 'png', '-o', dir], { stdio: 'ignore' });
    // About half-way through rendering here; wherever it lands, the folder holds all or nothing.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGINT');
    await new Promise((resolve) => child.once('close', resolve));
    const files = existsSync(dir) ? readdirSync(dir) : [];
    expect([0, reportChartsIds().length], `files left: ${files.join(', ')}`).toContain(files.length);
  });

  it('writes one PNG per chart', () => {
    const dir = join(work, 'png');
    cfsim('report', compared, '--format', 'png', '-o', dir);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(reportChartsIds().map((id, i) => `figure-${String(i + 1).padStart(2, '0')}-${id}.png`));
    for (const f of files) expect(readFileSync(join(dir, f)).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('refuses, with exit 2, a run stopped before any replication finished', () => {
    const dir = join(work, 'nothing-finished');
    cfsim('run', '--reps', '2', '--days', '30', '--out', dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, completedReps: 0, status: 'interrupted' }));
    const r = spawnSync(process.execPath, ['dist/cfsim.js', 'report', dir], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no finished replication');
  });

  it('--report without --out leaves no temporary folder behind, even when the run fails', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'cfsim-tmp-'));
    const r = spawnSync(process.execPath, ['dist/cfsim.js', 'run', '--reps', '4', '--days', '30', '--report', join(work, 'never.html')], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp, CFSIM_TEST_FAIL_REP: '2' },
    });
    expect(r.status).toBe(1);
    expect(readdirSync(tmp)).toEqual([]);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('rejects a folder that holds no results, with exit 2', () => {
    const empty = join(work, 'empty');
    mkdirSync(empty, { recursive: true });
    const r = spawnSync(process.execPath, ['dist/cfsim.js', 'report', empty], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a CFSim results folder');
    // A folder that does not exist is said to be that.
    const absent = spawnSync(process.execPath, ['dist/cfsim.js', 'report', join(work, 'absent')], { encoding: 'utf8' });
    expect(absent.status).toBe(2);
    expect(absent.stderr).toContain(`${join(work, 'absent')} does not exist`);
  });
});

/** The report's chart ids in its order (its figures' numbers less one). */
function reportChartsIds(): string[] {
  return ['proqol-over-time', 'risk-bands-over-time', 'staffing-over-time', 'score-distributions', 'differences', 'cost-effectiveness', 'by-role-and-lived-experience', 'support-uptake', 'why-staff-leave', 'what-the-cost-is-made-of', 'who-leaves', 'worth-its-cost', 'best-in-futures'];
}
