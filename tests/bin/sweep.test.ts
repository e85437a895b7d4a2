import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_FROM_GIT } from './builtFromGit';
import { shownFromHere } from './shownFromHere';
import { InputError } from '../../sim/params/issues';
import { MAX_RUNS, resolvePlan, resolveStoredPlan, planInput, streamPoint } from '../../scenarios/plan';
import { designPointCount, planDesign, pointRecords, pointScenario, recordedPlanDesign } from '../../scenarios/planDesign';
import { SALTELLI_A, SALTELLI_B, saltelliDesign, saltelliMixedBlock, saltelliPointIndex } from '../../sim/design/saltelli';
import { currentPlanText, latestOnly, ownedRunCount, ownedRuns, readSweepStatus, sweepClosingLine } from '../../bin/sweep';
import { shellQuote } from '../../bin/slurm';
import { resolveScenario } from '../../scenarios/resolve';
import { statusQuoPolicy, warmUpScenario } from '../../scenarios/warmUp';
import { tempFolder } from '../tempFolder';

const work = tempFolder('cfsim-sweep-');

function cfsim(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
}

/** `make`, run by the first call only: later calls return what it returned. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

function planFile(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

const SOBOL = planFile(
  'sobol.yaml',
  `name: test-sobol
base: { population: ct-harm-reduction }
set: { days: 120 }
parameters:
  policy.supervision.quality: { min: 0.2, max: 0.9 }
  community.stigma: { min: 0.1, max: 0.9 }
design: sobol
points: 8
reps: 2
seed: 4
metrics: [proqolSTS, turnoverPerYear]
`,
);

describe('sweep plans', () => {
  it.each([
    [{ parameters: {} }, 'parameters', 'at least one parameter'],
    [{ parameters: { 'policy.supervison.quality': { min: 0, max: 1 } } }, 'parameters.policy.supervison.quality', 'not a scenario field'],
    [{ parameters: { 'community.stigmaa': { min: 0, max: 1 } } }, 'parameters.community.stigmaa', '"community.stigmaa" is not a scenario field that can be varied (did you mean "community.stigma"?); use the path of a number'],
    [{ parameters: { 'policy.supervison.quality': { min: 0, max: 1 } } }, 'parameters.policy.supervison.quality', '(did you mean "policy.supervision.quality"?)'],
    [{ parameters: { 'community.stigma': { min: 0.5, max: 2 } } }, 'parameters.community.stigma.max', 'expected a number from 0 to 1'],
    [{ parameters: { 'community.stigma': { min: 0.8, max: 0.2 } } }, 'parameters.community.stigma', 'min 0.8 is above max 0.2'],
    [{ parameters: { 'population.teamSize': { min: 4.5, max: 6 } } }, 'parameters.population.teamSize.min', 'expected a whole number from 1 to 100'],
    [{ parameters: { 'policy.supervision.mode': { min: 0, max: 1 } } }, 'parameters.policy.supervision.mode', 'give { values: [...] }'],
    [{ parameters: { 'policy.supervision.mode': { values: ['weekly'] } } }, 'parameters.policy.supervision.mode.values[0]', 'expected one of "none", "opt-in", "opt-out"'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, design: 'factorial' }, 'design', 'expected one of grid, random, lhs, sobol, morris'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, design: 'morris', levels: 3 }, 'levels', 'even number of levels'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 }, 'community.fatality': { values: [0.1, 0.2] } }, design: 'morris' }, 'parameters.community.fatality', '[0.1,0.2] is a list; a Morris design needs a numeric range for every parameter: give community.fatality { min: A, max: B }'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 }, 'policy.supervision.mode': { values: ['opt-in', 'opt-out'] } }, design: 'morris' }, 'parameters.policy.supervision.mode', '["opt-in","opt-out"] is a list; a Morris design needs a numeric range for every parameter, and policy.supervision.mode is a choice field, which has none: fix it in set, or vary it with a grid, random, lhs or sobol design'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, reps: 0 }, 'reps', 'whole number from 1'],
    [{ set: { 'community.stigma': 0.5 }, parameters: { 'community.stigma': { min: 0.1, max: 0.9 } } }, 'parameters.community.stigma', "community.stigma is both varied here and fixed in the plan's set (set.community.stigma: 0.5), where every point's value would silently replace the fixed one; remove it from set to vary it, or from parameters to fix it"],
    [{ set: { days: 730 }, parameters: { days: { min: 365, max: 1095 }, 'community.stigma': { min: 0, max: 1 } } }, 'parameters.days', "days is both varied here and fixed in the plan's set (set.days: 730)"],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, randomNumbers: 'shared' }, 'randomNumbers', '"shared" is not allowed; expected one of common, independent'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, metrics: ['proqolSTS', 'burnuot'] }, 'metrics[1]', 'not a metric'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, base: { population: 'nowhere' } }, 'base.population', 'not a population preset'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, desing: 'lhs' }, 'desing', 'did you mean "design"?'],
    [{ parameters: { 'community.stigma': { min: 0.1, max: 0.2, values: [0.3] } }, design: 'grid' }, 'parameters.community.stigma', 'give either a range { min: A, max: B } or a list { values: [...] }, not both (values [0.3] would replace min 0.1 and max 0.2)'],
    [{ parameters: { 'community.stigma': { max: 0.2, values: [0.3] } } }, 'parameters.community.stigma', 'not both (values [0.3] would replace max 0.2)'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, design: 'lhs', levels: 9 }, 'levels', '9 is not used by an lhs design, which takes its size from points (the number of points); remove levels (it applies to grid and morris designs)'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, design: 'random', levels: 4 }, 'levels', '4 is not used by a random design'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, design: 'sobol', levels: 4 }, 'levels', '4 is not used by a sobol design, which takes its size from points (base rows; runs = points × (parameters + 2) × reps)'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 }, 'community.fatality': { min: 0, max: 1 } }, design: 'sobol', points: 1 }, 'points', '1 is too few base rows for a sobol design; expected a whole number from 4 (a power of two such as 64, 256 or 1024 gives stable indices): each index averages over the base rows and divides by the variance of their 2 × points outputs, so with 1 row it is that row\'s ratio, not an estimate (a parameter that explains the output gets S1 = ST = 2)'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, design: 'sobol', points: 3 }, 'points', '3 is too few base rows for a sobol design; expected a whole number from 4'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, design: 'grid', points: 7 }, 'points', "7 is not used by a grid design, which runs every combination of the parameters' values (levels values per range, 4 now; every value of a list); remove points"],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, points: 2000, reps: 100_000 }, 'points × reps', 'the plan has 200,000,000 runs: 2,000 points × 100,000 reps; at most 1,000,000 runs are allowed'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 }, 'community.fatality': { min: 0, max: 1 } }, design: 'sobol', points: 100_000, reps: 3 }, 'points × reps', 'the plan has 1,200,000 runs: 400,000 points (points 100,000 × (2 parameters + 2)) × 3 reps'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 }, 'community.fatality': { min: 0, max: 1 }, 'community.tightKnit': { min: 0, max: 1 } }, design: 'grid', levels: 1000, reps: 1 }, 'levels × reps', '1,000,000,000 points (a grid of 1000 × 1000 × 1000) × 1 rep; at most'],
    [{ parameters: Object.fromEntries(['stigma', 'fatality', 'tightKnit', 'systemBarriers', 'overdoseBurden', 'demandPerSeat'].map((f) => [`community.${f}`, { min: 0, max: 1 }])), points: 1_000_000, reps: 1 }, 'points', 'the plan has 6,000,000 parameter values: 1,000,000 points × 6 parameters; at most 5,000,000 are allowed'],
    [{ name: 'study\n2', parameters: { 'community.stigma': { min: 0, max: 1 } } }, 'name', '"study\\n2" is not allowed; expected one line of text, not blank (no line breaks, other control characters or invisible ones such as direction marks), of at most 200 characters'],
    [{ name: ' ', parameters: { 'community.stigma': { min: 0, max: 1 } } }, 'name', '" " is not allowed; expected one line of text, not blank'],
    [{ parameters: { 'community.stigma': { min: 0.5, max: 0.5 }, 'community.tightKnit': { min: 0, max: 1 } }, design: 'morris', points: 2, levels: 4 }, 'parameters.community.stigma', 'min and max are both 0.5, so community.stigma would not vary; give a wider range, or fix it under set (set: { community.stigma: 0.5 })'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 } }, metrics: ['proqolSTS', 'burnout', 'proqolSTS'] }, 'metrics[2]', '"proqolSTS" is listed twice; name each metric once (runs.csv has one column per metric)'],
    // The support package, varied as the parameter policy (named as base.policy and --policy name it).
    [{ parameters: { policy: { min: 0, max: 1 } } }, 'parameters.policy', 'policy is the support package, a choice among named packages that has no range: give { values: [status-quo, opt-out-support] }, a list of support packages from status-quo, opt-out-support, multi-level, stigma-reduction, individual-resilience, mandatory-debrief (see cfsim list)'],
    [{ parameters: { policy: { values: ['status-quo', 'opt-out-suport'] } } }, 'parameters.policy.values[1]', '"opt-out-suport" is not a policy package (did you mean "opt-out-support"?); expected one of status-quo, opt-out-support, multi-level, stigma-reduction, individual-resilience, mandatory-debrief'],
    [{ parameters: { policy: { values: ['status-quo', 7] } } }, 'parameters.policy.values[1]', '7 is not a policy package; expected one of status-quo, opt-out-support'],
    [{ parameters: { policy: { values: [] } } }, 'parameters.policy.values', '[] is not allowed; expected a list of support packages from status-quo, opt-out-support'],
    [{ parameters: { policy: 'opt-out-support' } }, 'parameters.policy', '"opt-out-support" is not allowed; expected { values: [status-quo, opt-out-support] }'],
    [{ parameters: { policy: { values: ['status-quo'], levels: 2 } } }, 'parameters.policy.levels', 'unknown field; allowed here: values'],
    [{ parameters: { policy: { values: ['status-quo', 'multi-level', 'status-quo'] } } }, 'parameters.policy.values[2]', '"status-quo" is listed twice; name each package once'],
    [{ base: { policy: 'opt-out-support' }, parameters: { policy: { values: ['status-quo', 'opt-out-support'] } } }, 'parameters.policy', 'the support package is both varied here and fixed in the plan\'s base (base.policy: "opt-out-support"), where every point\'s package would silently replace it; remove base.policy to vary the package, or remove parameters.policy to fix it'],
    [{ parameters: { package: { values: ['status-quo', 'opt-out-support'] } } }, 'parameters.package', '"package" is not a scenario field that can be varied; to vary the support package, name the parameter "policy" (did you mean "policy"?): policy: { values: [status-quo, opt-out-support] }'],
    [{ parameters: { 'community.stigma': { min: 0, max: 1 }, policy: { values: ['status-quo', 'opt-out-support'] } }, design: 'morris' }, 'parameters.policy', '["status-quo","opt-out-support"] is a list; a Morris design needs a numeric range for every parameter, and policy, the support package, is a choice among named packages, which has none: fix it in base.policy, or vary it with a grid, random, lhs or sobol design'],
  ])('rejects %j at %s', (input, path, fragment) => {
    try {
      resolvePlan(input);
      expect.unreachable('the plan should be rejected');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const issue = (error as InputError).issues.find((i) => i.path === path);
      expect(issue, JSON.stringify((error as InputError).issues)).toBeDefined();
      expect(issue!.message).toContain(fragment);
    }
  });

  it('judges points and levels only against a design the plan names: a misspelt design is named with the closest one, and its levels are not refused as unused by the default lhs', () => {
    const issues = (input: Record<string, unknown>) => {
      try {
        resolvePlan({ parameters: { 'community.stigma': { min: 0, max: 1 } }, ...input });
      } catch (error) {
        return (error as InputError).issues;
      }
      return expect.unreachable('the plan should be rejected');
    };
    const grd = issues({ design: 'grd', levels: 3, reps: 0 });
    expect(grd.map((i) => i.path)).toEqual(['design', 'reps']);
    expect(grd[0].message).toBe('"grd" is not allowed (did you mean "grid"?); expected one of grid, random, lhs, sobol, morris');
    expect(issues({ design: 'Sobol', points: 2 }).map((i) => [i.path, i.message])).toEqual([['design', '"Sobol" is not allowed (did you mean "sobol"?); expected one of grid, random, lhs, sobol, morris']]);
  });

  it('takes a sobol plan of 4 base rows, and reads back a stored one of fewer (a sweep folder written before they were refused is still analysed)', () => {
    expect(resolvePlan({ parameters: { 'community.stigma': { min: 0, max: 1 } }, design: 'sobol', points: 4 }).points).toBe(4);
    expect(resolveStoredPlan({ parameters: { 'community.stigma': { min: 0, max: 1 } }, design: 'sobol', points: 1 }).points).toBe(1);
  });

  it.each(['grid', 'random', 'lhs', 'sobol', 'morris'])('a %s plan round-trips through the plan-file form, which keeps only the fields its design uses, and counts its points without building them', (design) => {
    const plan = resolvePlan({ parameters: { 'community.stigma': { min: 0, max: 1 }, 'population.teamSize': { min: 3, max: 6 } }, design, ...(design === 'grid' ? {} : { points: 5 }), ...(design === 'grid' || design === 'morris' ? { levels: 4 } : {}) });
    const written = planInput(plan);
    expect(resolvePlan(written)).toEqual(plan);
    expect('points' in written).toBe(design !== 'grid');
    expect('levels' in written).toBe(design === 'grid' || design === 'morris');
    expect(designPointCount(plan)).toBe(planDesign(plan).values.length);
    // plan.json written before unused fields were refused held both; it still reads.
    expect(resolveStoredPlan({ points: 64, levels: 4, ...written })).toEqual(plan);
  });

  it('a retired field, varied or set, is named as retired with what replaced it; a plan.json that holds one is an earlier version\'s, not damaged', () => {
    const varied = (() => {
      try {
        resolvePlan({ parameters: { 'coefficients.optInAttendance': { min: 0, max: 0.1 } } });
      } catch (error) {
        return error as InputError;
      }
    })();
    expect(varied?.issues).toEqual([expect.objectContaining({ path: 'parameters.coefficients.optInAttendance', message: expect.stringContaining('"coefficients.optInAttendance" is no longer a field: replaced in CFSim 0.3.0 by coefficients.optInSelfReferral') })]);
    const dir = mkdtempSync(join(tmpdir(), 'cfsim-retired-'));
    try {
      const path = join(dir, 'plan.json');
      writeFileSync(path, JSON.stringify({ plan: { parameters: { 'community.stigma': { min: 0, max: 1 } }, set: { 'coefficients.optInAttendance': 0.06 } }, points: [] }));
      expect(() => currentPlanText(path)).toThrow(`${path} was written by an earlier version of CFSim, whose fields this version no longer has (set.coefficients.optInAttendance: is no longer a field`);
      writeFileSync(path, JSON.stringify({ plan: { parameters: { 'community.stigma': { min: 0, max: 1 } }, set: { 'coefficients.optInAtendance': 0.06 } }, points: [] }));
      expect(() => currentPlanText(path)).toThrow('it may have been cut short or edited');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a plan given in code whose base names a scenario file or a preset is refused with what to write (the command line reads base: team.yaml)', () => {
    const plan = { base: 'team.yaml', parameters: { 'community.stigma': { min: 0.1, max: 0.9 } }, design: 'grid', levels: 2 };
    expect(() => resolvePlan(plan)).toThrow(
      'base: "team.yaml" names a scenario file, which the command line reads (cfsim sweep, cfsim validate); a plan given in code carries the scenario itself: base: { file: "team.yaml", scenario: { ... } }',
    );
    expect(() => resolvePlan({ ...plan, base: 'ma-outreach' })).toThrow('base: "ma-outreach" is a population preset, not a scenario file; write base: { population: ma-outreach }');
    // Written as base.population, the file was named "not a population preset" with no word of how to build on one.
    expect(() => resolvePlan({ ...plan, base: { population: 'team.yaml' } })).toThrow(
      'base.population: "team.yaml" is not a population preset; expected one of ma-outreach, ct-harm-reduction, canada-first-responders; to build on a scenario file, name it as the whole base: base: team.yaml',
    );
    expect(() => resolvePlan({ ...plan, base: { population: 'ma-outreech' } })).toThrow(/^(?!.*scenario file).*base\.population: "ma-outreech" is not a population preset \(did you mean "ma-outreach"\?\)/s);
  });

  it('reads a plan.json from before ranges with min = max, metrics named twice and blank names were refused: its runs were made as it says', () => {
    const old = { name: '', parameters: { 'community.stigma': { min: 0.5, max: 0.5 }, 'community.tightKnit': { min: 0, max: 1 } }, design: 'lhs', points: 3, metrics: ['proqolSTS', 'proqolSTS'] };
    expect(() => resolvePlan(old)).toThrow(InputError);
    const plan = resolveStoredPlan(old);
    expect(plan.parameters[0]).toMatchObject({ path: 'community.stigma', min: 0.5, max: 0.5 });
    expect(plan.metrics).toEqual(['proqolSTS', 'proqolSTS']);
    expect(plan.name).toBe('');
    // A name with a control character was refused then too.
    expect(() => resolveStoredPlan({ ...old, name: '\t' })).toThrow(InputError);
  });

  it('gives every point common random numbers unless the plan asks for independent ones; a plan.json from before the choice existed ran with independent ones', () => {
    const plan = resolvePlan({ parameters: { 'community.stigma': { min: 0, max: 1 } } });
    expect(plan.randomNumbers).toBe('common');
    expect([0, 1, 7].map((p) => streamPoint(plan, p))).toEqual([0, 0, 0]);
    const independent = resolvePlan({ ...planInput(plan), randomNumbers: 'independent' });
    expect([0, 1, 7].map((p) => streamPoint(independent, p))).toEqual([0, 1, 7]);
    const { randomNumbers, ...before } = planInput(plan);
    expect(randomNumbers).toBe('common');
    expect(resolveStoredPlan(before)).toEqual(independent);
    expect(resolveStoredPlan(planInput(plan))).toEqual(plan);
  });

  it('a largest allowed plan validates at once', () => {
    const plan = resolvePlan({ parameters: { 'community.stigma': { min: 0, max: 1 } }, points: 1000, reps: 1000 });
    expect(designPointCount(plan) * plan.reps).toBe(MAX_RUNS);
  });

  it('the closing line does not hide failed runs among those done', () => {
    const resume = 'cfsim sweep plan.yaml --out out --resume';
    expect(sweepClosingLine({ status: 'complete', runs: 4, completed: 4, failures: 1 }, 'out/runs.csv', resume)).toBe('sweep complete: 4 of 4 runs done; 1 of them failed (see runs.csv status column); results in out/runs.csv\n');
    expect(sweepClosingLine({ status: 'interrupted', runs: 4, completed: 2, failures: 0 }, 'out/runs.csv', resume)).toBe('sweep interrupted: 2 of 4 runs done; results in out/runs.csv; to run the other 2, resume it: cfsim sweep plan.yaml --out out --resume\n');
    expect(sweepClosingLine({ status: 'failed', runs: 4, completed: 1, failures: 0 }, 'out/runs.csv', resume)).toContain('; to run the other 3, resume it: cfsim sweep plan.yaml --out out --resume\n');
  });

  it('a shard owns every run with run mod N = I, handed out without a list of all runs', () => {
    expect([...ownedRuns(10, { index: 2, count: 4 })]).toEqual([2, 6]);
    expect([...ownedRuns(3)]).toEqual([0, 1, 2]);
    expect([0, 1, 2, 3, 4].map((index) => ownedRunCount(10, { index, count: 5 }))).toEqual([2, 2, 2, 2, 2]);
    expect(ownedRunCount(10, { index: 3, count: 4 })).toBe([...ownedRuns(10, { index: 3, count: 4 })].length);
    expect(ownedRunCount(2, { index: 3, count: 4 })).toBe(0);
  });

  it('a plan.json written before a field both varied and fixed in set was refused reads with the fixed value dropped (the varied values ran)', () => {
    const stored = { set: { days: 60, 'community.stigma': 0.5 }, parameters: { 'community.stigma': { min: 0.1, max: 0.9 } }, points: 2 };
    expect(() => resolvePlan(stored)).toThrow(InputError);
    expect(resolveStoredPlan(stored).set).toEqual([['days', 60]]);
  });

  it('gives grid and Morris levels computed from the range\'s ends: 0.9, not 0.8999999999999999', () => {
    const grid = resolvePlan({ parameters: { 'policy.supervision.quality': { min: 0.2, max: 0.9 }, 'population.teamSize': { min: 3, max: 6 } }, design: 'grid', levels: 3 });
    const values = planDesign(grid).values;
    expect([...new Set(values.map((v) => v[0]))]).toEqual([0.2, 0.55, 0.9]);
    expect([...new Set(values.map((v) => v[1]))]).toEqual([3, 5, 6]); // whole numbers as before
    const morris = resolvePlan({ parameters: { 'policy.supervision.quality': { min: 0.2, max: 0.9 }, 'community.stigma': { min: 0.1, max: 0.9 } }, design: 'morris', points: 6, levels: 4 });
    const used = planDesign(morris).values;
    expect(new Set(used.map((v) => v[0]))).toEqual(new Set([0.2, 0.433333333333, 0.666666666667, 0.9]));
    expect([...new Set(used.map((v) => v[1]))].every((x) => [0.1, 0.366666666667, 0.633333333333, 0.9].includes(x as number))).toBe(true);
  });

  it('rounds random, LHS and Sobol values as grid levels are (12 significant digits of the width, within min to max), and keeps a Sobol design\'s shared coordinates shared', () => {
    const ranges = { 'policy.supervision.quality': { min: 0.2, max: 0.9 }, 'community.stigma': { min: 0.1, max: 0.9 }, 'population.teamSize': { min: 3, max: 9 } };
    const sobol = resolvePlan({ parameters: ranges, design: 'sobol', points: 8 });
    const { design, values } = planDesign(sobol);
    // Scaled from the Sobol sequence's dyadic coordinates, these were 0.6812499999999999 and 0.45000000000000007.
    expect(values.map((v) => v[0])).toContain(0.68125);
    expect(values.map((v) => v[1])).toContain(0.45);
    const scaled = (u: number, p: { min: number; max: number }) => p.min + u * (p.max - p.min);
    expect(Array.from({ length: design.count }, (_, i) => scaled(design.points[i * 3], ranges['policy.supervision.quality']))).toContain(0.6812499999999999);
    for (const design of ['random', 'lhs', 'sobol'] as const) {
      const plan = resolvePlan({ parameters: ranges, design, points: 16, seed: 3 });
      const { design: unit, values } = planDesign(plan);
      values.forEach((v, i) => {
        (['policy.supervision.quality', 'community.stigma'] as const).forEach((path, d) => {
          const x = v[d] as number;
          const { min, max } = ranges[path];
          expect(x >= min && x <= max, `${design} point ${i} ${path} ${x}`).toBe(true);
          expect(String(x).replace(/^0\./, '').length, `${design} point ${i} ${path} ${x}`).toBeLessThanOrEqual(12);
          expect(Math.abs(x - scaled(unit.points[i * 3 + d], ranges[path])), 'moved by the rounding only').toBeLessThan(1e-12);
        });
        expect(Number.isInteger(v[2])).toBe(true); // whole numbers as before
      });
    }
    // Saltelli's A_B^(i) is A with column i from B: the same coordinates give the same values, so the indices mean what they did.
    const k = 3;
    for (let j = 0; j < 8; j++) {
      const a = values[saltelliPointIndex(k, j, SALTELLI_A)];
      const b = values[saltelliPointIndex(k, j, SALTELLI_B)];
      for (let i = 0; i < k; i++) expect(values[saltelliPointIndex(k, j, saltelliMixedBlock(i))]).toEqual(a.map((x, d) => (d === i ? b[d] : x)));
    }
  });

  it('reads a plan.json\'s points as the plan\'s design: as this version computes it, as versions before 2026-12-02 scaled random, LHS and Sobol values, or before 2026-12-01 grid levels and Sobol base rows; anything else is not', () => {
    const plan = resolvePlan({ parameters: { 'policy.supervision.quality': { min: 0.2, max: 0.9 } }, design: 'grid', levels: 3 });
    const current = planDesign(plan).values;
    expect(recordedPlanDesign(plan, pointRecords(plan, current))?.values).toEqual(current);
    const before = [[0.2], [0.55], [0.8999999999999999]];
    expect(recordedPlanDesign(plan, pointRecords(plan, before))?.values).toEqual(before);
    expect(recordedPlanDesign(plan, pointRecords(plan, [[0.2], [0.5], [0.9]]))).toBeUndefined();
    const lhs = resolvePlan({ parameters: { 'community.stigma': { min: 0.1, max: 0.9 } }, points: 3 });
    expect(recordedPlanDesign(lhs, pointRecords(lhs, planDesign(lhs).values.map((v) => [Number((v[0] as number).toFixed(3))])))).toBeUndefined();
    // Random, LHS and Sobol values as versions before 2026-12-02 scaled them, without rounding.
    for (const design of ['random', 'lhs', 'sobol'] as const) {
      const plan = resolvePlan({ parameters: { 'policy.supervision.quality': { min: 0.2, max: 0.9 }, 'population.teamSize': { min: 3, max: 9 } }, design, points: 4 });
      const now = planDesign(plan);
      const unrounded = now.values.map((v, i) => [0.2 + now.design.points[2 * i] * (0.9 - 0.2), v[1]]);
      expect(unrounded, design).not.toEqual(now.values);
      const read = recordedPlanDesign(plan, pointRecords(plan, unrounded));
      expect(read?.values, design).toEqual(unrounded);
      expect(Array.from(read!.design.points)).toEqual(Array.from(now.design.points));
      expect(recordedPlanDesign(plan, pointRecords(plan, now.values))?.values, design).toEqual(now.values);
    }
    // A Sobol design's base rows as versions before 2026-12-01 took them: from point 1 of the sequence, whose first row has A = B.
    const sobol = resolvePlan({ parameters: { 'community.stigma': { min: 0.1, max: 0.9 }, 'community.fatality': { min: 0, max: 1 } }, design: 'sobol', points: 4 });
    const sobolNow = planDesign(sobol);
    const sobolBefore = saltelliDesign(4, 2, { skip: 1 });
    const valuesBefore = Array.from({ length: sobolBefore.count }, (_, i) => [0.1 + 0.8 * sobolBefore.points[2 * i], sobolBefore.points[2 * i + 1]]);
    expect(valuesBefore[0]).toEqual(valuesBefore[1]); // A_0 = B_0: (0.5, 0.5) scaled
    expect(valuesBefore).not.toEqual(sobolNow.values);
    const read = recordedPlanDesign(sobol, pointRecords(sobol, valuesBefore));
    expect(read?.values).toEqual(valuesBefore);
    expect(Array.from(read!.design.points)).toEqual(Array.from(sobolBefore.points));
    expect(recordedPlanDesign(sobol, pointRecords(sobol, sobolNow.values))?.values).toEqual(sobolNow.values);
  });

  it('varies a practice lever like any field: each point\'s team warms up under its value, which the package keeps unless it sets the lever', () => {
    const plan = resolvePlan({ base: { policy: 'opt-out-support' }, parameters: { 'practice.compensation.ptoDaysPerYear': { values: [15, 30] }, 'practice.supervision.intervalDays': { values: [7, 28] } }, design: 'grid' });
    const { values } = planDesign(plan);
    for (const v of values) {
      const scenario = pointScenario(plan, v);
      expect(scenario.practice.compensation.ptoDaysPerYear).toBe(v[0]);
      expect(scenario.policy.compensation.ptoDaysPerYear).toBe(v[0]);
      expect(scenario.practice.supervision.intervalDays).toBe(v[1]);
      expect(scenario.policy.supervision.intervalDays).toBe(14); // opt-out-support sets its own
    }
  });

  it('a sweep keeps only the latest point\'s scenario: each point resolved once as runs come in order, none kept after', () => {
    const resolved: number[] = [];
    const scenarioOf = latestOnly((point: number) => {
      resolved.push(point);
      return { point };
    });
    for (const point of [0, 0, 0, 1, 1, 2]) expect(scenarioOf(point)).toEqual({ point });
    expect(resolved).toEqual([0, 1, 2]);
    scenarioOf(0);
    expect(resolved, 'point 0 was not kept').toEqual([0, 1, 2, 0]);
  });

  it('varies the support package: each point runs its package as --policy does, with the plan\'s set and the point\'s policy.* values on top, and warms up under the practice whatever its package', () => {
    const plan = resolvePlan({
      base: { population: 'ct-harm-reduction' },
      set: { days: 200, 'policy.supervision.intervalDays': 21 },
      parameters: { policy: { values: ['status-quo', 'opt-out-support', 'multi-level'] }, 'policy.supervision.quality': { values: [0.3, 0.8] } },
      design: 'grid',
    });
    expect(plan.policy, 'no package fixed: each point has its own').toBeUndefined();
    const written = planInput(plan);
    expect(written.base).toEqual({ population: 'ct-harm-reduction' });
    expect(resolvePlan(written)).toEqual(plan);
    expect(resolveStoredPlan(written)).toEqual(plan);
    const { values } = planDesign(plan);
    expect(values.map((v) => v.join('|'))).toEqual(['status-quo|0.3', 'status-quo|0.8', 'opt-out-support|0.3', 'opt-out-support|0.8', 'multi-level|0.3', 'multi-level|0.8']);
    expect(pointRecords(plan, values)[2]).toEqual({ point: 2, policy: 'opt-out-support', 'policy.supervision.quality': 0.3 });
    for (const v of values) {
      const scenario = pointScenario(plan, v);
      // What cfsim run ct-harm-reduction --policy P --set days=200 --set policy.supervision.intervalDays=21 --set policy.supervision.quality=Q resolves.
      expect(scenario).toEqual(resolveScenario({ population: 'ct-harm-reduction', policy: v[0] as string, overrides: [['days', 200], ['policy.supervision.intervalDays', 21], ['policy.supervision.quality', v[1]]] }));
      expect(scenario.policy.name).toBe(v[0]);
      expect(scenario.policy.supervision.quality).toBe(v[1]);
      expect(scenario.policy.supervision.intervalDays, "the plan's set on top of the package").toBe(21);
      expect(warmUpScenario(scenario).policy, 'the package starts on day 0').toEqual(statusQuoPolicy());
    }
    // The package's own levers stay where nothing sets them: opt-out-support books supervision (opt-out).
    expect(pointScenario(plan, values[2]).policy.supervision.mode).toBe('opt-out');
    expect(pointScenario(plan, values[0]).policy.supervision.mode).toBe('opt-in');
    // A plan that fixes the package still names it, as before.
    const fixed = resolvePlan({ base: { policy: 'opt-out-support' }, parameters: { 'community.stigma': { min: 0, max: 1 } } });
    expect([fixed.policy, planInput(fixed).base]).toEqual(['opt-out-support', { population: 'ma-outreach', policy: 'opt-out-support' }]);
    expect(resolvePlan({ parameters: { 'community.stigma': { min: 0, max: 1 } } }).policy).toBe('status-quo');
  });

  it.each(['random', 'lhs', 'sobol'])('a %s design draws the package among the packages listed, each about equally often', (design) => {
    const plan = resolvePlan({ parameters: { 'community.overdoseBurden': { min: 0.5, max: 2 }, policy: { values: ['status-quo', 'opt-out-support', 'stigma-reduction'] } }, design, points: 64 });
    const { values } = planDesign(plan);
    const counts = new Map<unknown, number>();
    for (const v of values) counts.set(v[1], (counts.get(v[1]) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['opt-out-support', 'status-quo', 'stigma-reduction']);
    for (const n of counts.values()) expect(n / values.length).toBeGreaterThan(0.2);
    for (const v of values) expect(pointScenario(plan, v).policy.name).toBe(v[1]);
  });

  it('round-trips through the plan-file form and gives the design the plan asks for', () => {
    const plan = resolvePlan({ parameters: { 'community.stigma': { min: 0, max: 1 }, 'policy.supervision.mode': { values: ['opt-in', 'opt-out'] } }, design: 'grid', levels: 3 });
    expect(resolvePlan(planInput(plan))).toEqual(plan);
    const { values } = planDesign(plan);
    expect(values).toHaveLength(6);
    expect(new Set(values.map((v) => v.join('|')))).toEqual(new Set(['0|opt-in', '0|opt-out', '0.5|opt-in', '0.5|opt-out', '1|opt-in', '1|opt-out']));
  });
});

describe('cfsim sweep', () => {
  it("warns, in validate and before the runs, of a plan whose set draws fields anew in every run; records each run's draws (drawn:PATH), which reproduce its row given outright; not of one that draws none", () => {
    const drawn = planFile('drawn.yaml', `name: drawn\nbase: { population: ct-harm-reduction }\nset: { days: 20, uncertainty: { coefficients.separationCf: { min: 0.7, max: 1.6 } } }\nparameters:\n  community.stigma: { min: 0.2, max: 0.8 }\ndesign: grid\nlevels: 2\nreps: 2\nmetrics: [proqolSTS, turnoverPerYear]\n`);
    const warning = "Warning: set.uncertainty draws a field anew in every run: coefficients.separationCf from 0.7 to 1.6 (uniform, mean 1.15). runs.csv records each run's draw (column drawn:coefficients.separationCf), but the analysis varies only the parameters";
    const valid = cfsim(['validate', drawn]);
    expect(valid.status, valid.stderr).toBe(0);
    expect(valid.stdout.replace(/\n(?!Warning)/g, ' ')).toContain(warning);
    const out = join(work, 'drawn');
    const r = cfsim(['sweep', drawn, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.replace(/\n(?!Warning)/g, ' ')).toContain(warning);
    const text = readFileSync(join(out, 'runs.csv'), 'utf8');
    const [head, ...rows] = text.trim().split('\n').map((line) => line.split(','));
    expect(head).toEqual(['run', 'point', 'rep', 'seed', 'status', 'error', 'community.stigma', 'proqolSTS', 'turnoverPerYear', 'drawn:coefficients.separationCf']);
    const draw = (row: string[]) => Number(row[9]);
    for (const row of rows) expect(draw(row)).toBeGreaterThanOrEqual(0.7), expect(draw(row)).toBeLessThan(1.6);
    // Common random numbers: replication r of every point draws alike; the replications differ.
    expect(rows.map(draw)).toEqual([draw(rows[0]), draw(rows[1]), draw(rows[0]), draw(rows[1])]);
    expect(draw(rows[0])).not.toBe(draw(rows[1]));
    // The recorded draw is the value the run ran with, before day 0 as after: a run given it outright (no uncertainty) gives the row's metrics.
    const [, , , seed, , , stigma, sts, turnover] = rows[2];
    const given = cfsim(['run', 'ct-harm-reduction', '--set', 'days=20', '--set', `community.stigma=${stigma}`, '--set', `coefficients.separationCf=${rows[2][9]}`, '--seed', seed, '--reps', '1', '--json']);
    expect(given.status, given.stderr).toBe(0);
    const metrics = (JSON.parse(given.stdout) as { policies: { metrics: Record<string, { mean: number }> }[] }).policies[0].metrics;
    expect([metrics.proqolSTS.mean, metrics.turnoverPerYear.mean]).toEqual([Number(sts), Number(turnover)]);
    // Shards record the same draws, and merge into the unsharded file.
    const shards = [0, 1].map((i) => join(work, `drawn-shard${i}`));
    shards.forEach((dir, i) => expect(cfsim(['sweep', drawn, '--out', dir, '--shard', `${i}/2`]).status).toBe(0));
    const merged = join(work, 'drawn-merged');
    const m = cfsim(['merge', merged, ...shards]);
    expect(m.status, m.stderr).toBe(0);
    expect(readFileSync(join(merged, 'runs.csv'), 'utf8')).toBe(text);
    // The analysis names the draws, and that its points' means are over them.
    const analysed = cfsim(['analyze', out, '--json']);
    expect(analysed.status, analysed.stderr).toBe(0);
    expect(JSON.parse(analysed.stdout)).toMatchObject({ drawn: { 'coefficients.separationCf': { min: 0.7, max: 1.6 } }, drawnRecorded: true });
    expect(analysed.stderr.replace(/\s+/g, ' ')).toContain(
      "every run drew coefficients.separationCf from 0.7 to 1.6 (uniform, mean 1.15) anew (the uncertainty of the plan's scenario): each point's mean is over its replications' draws as well as their futures, and none of the variation is put down to that field; runs.csv records each run's value (drawn:coefficients.separationCf).",
    );
    expect(cfsim(['validate', SOBOL]).stdout).not.toContain('set.uncertainty');
  });

  it("reads a sweep whose runs CFSim before 0.23.0 wrote without their draws, and refuses to resume it, naming why", () => {
    const plan = planFile('drawn-old.yaml', `name: drawn-old\nbase: { population: ct-harm-reduction }\nset: { days: 20, uncertainty: { coefficients.separationCf: { min: 0.7, max: 1.6 } } }\nparameters:\n  community.stigma: { min: 0.2, max: 0.8 }\ndesign: grid\nlevels: 2\nreps: 2\nmetrics: [proqolSTS]\n`);
    const out = join(work, 'drawn-old');
    expect(cfsim(['sweep', plan, '--out', out]).status).toBe(0);
    const runsPath = join(out, 'runs.csv');
    const analysis = () => {
      const analysed = cfsim(['analyze', out, '--json']);
      expect(analysed.status, analysed.stderr).toBe(0);
      return JSON.parse(analysed.stdout) as { points: unknown; drawnRecorded?: boolean };
    };
    const { points } = analysis();
    // As 0.22.0 wrote it: no drawn: column. Read alike.
    const lines = readFileSync(runsPath, 'utf8').trim().split('\n').map((line) => line.split(',').slice(0, -1).join(','));
    writeFileSync(runsPath, `${lines.join('\n')}\n`);
    const statusPath = join(out, 'sweep.json');
    writeFileSync(statusPath, readFileSync(statusPath, 'utf8').replace(/"cfsim": "[^"]+"/g, '"cfsim": "0.22.0"'));
    expect(lines[0]).toBe('run,point,rep,seed,status,error,community.stigma,proqolSTS');
    expect(analysis()).toMatchObject({ points, drawnRecorded: false });
    expect(cfsim(['analyze', out]).stdout.replace(/\s+/g, ' ')).toContain('none of the variation is put down to that field; this sweep was run by CFSim before 0.23.0, which did not record the values drawn.');
    const resumed = cfsim(['sweep', plan, '--out', out, '--resume']);
    expect(resumed.status).toBe(2);
    expect(resumed.stderr.replace(/\s+/g, ' ')).toContain('was written by CFSim before 0.23.0, which did not record the values its runs drew (set.uncertainty), and this version\'s rows would add columns its header lacks; finish the sweep with cfsim 0.22.0, which began it, or run the plan into a new --out folder');
    // Nor is it lost to a merge into its folder of fewer shards than hold its runs.
    const shard = join(work, 'drawn-old-shard0');
    expect(cfsim(['sweep', plan, '--out', shard, '--shard', '0/2']).status).toBe(0);
    const over = cfsim(['merge', out, shard, '--allow-partial']);
    expect(over.status).toBe(2);
    expect(over.stderr.replace(/\s+/g, ' ')).toContain(`${out} already holds 4 runs of this plan (${runsPath}), 2 of which are in none of the shards named (first: run 1)`);
    expect(readFileSync(runsPath, 'utf8').trim().split('\n')).toEqual(lines);
    // A draw emptied from a row of this version's is damage, not read past.
    const fresh = join(work, 'drawn-damaged');
    expect(cfsim(['sweep', plan, '--out', fresh]).status).toBe(0);
    const damaged = readFileSync(join(fresh, 'runs.csv'), 'utf8').replace(/,[^,\n]+\n$/, ',\n');
    writeFileSync(join(fresh, 'runs.csv'), damaged);
    const refused = cfsim(['analyze', fresh]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.replace(/\s+/g, ' ')).toContain('has a damaged row: run 3 has drawn:coefficients.separationCf "", not a number');
  });

  it("refuses run's flags with where the plan takes them", () => {
    const r = cfsim(['sweep', SOBOL, '--out', join(work, 'never'), '--set', 'days=100', '--reps', '3']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cfsim: unknown options --set (a sweep takes it in its plan file: `set: { PATH: VALUE }` for every point, or `parameters:` to vary a field), --reps (a sweep takes it in its plan file: `reps: N`); this command accepts --out');
    expect(existsSync(join(work, 'never'))).toBe(false);
  });

  const full = join(work, 'full');
  // Folders several tests read, each made once by the first test that needs it, so that a test run alone (-t) has them too.
  /** SOBOL swept into `full`: the command's result. */
  const sweptFull = once(() => cfsim(['sweep', SOBOL, '--out', full, '--threads', '2']));
  /** SOBOL swept as shards 0/3, 1/3 and 2/3: their folders. */
  const shardSweeps = once(() => {
    const shards = [0, 1, 2].map((i) => join(work, `shard-${i}`));
    shards.forEach((dir, i) => expect(cfsim(['sweep', SOBOL, '--out', dir, '--shard', `${i}/3`]).status).toBe(0));
    return shards;
  });
  /** The shards merged into work/merged: the merge's result. */
  const mergedSweep = once(() => cfsim(['merge', join(work, 'merged'), ...shardSweeps()]));
  /** A run's results folder, with its report. */
  const aRun = once(() => {
    const dir = join(work, 'a-run');
    expect(cfsim(['run', '--reps', '1', '--days', '20', '--out', dir, '--report', join(dir, 'report.html')]).status).toBe(0);
    return dir;
  });

  it('runs every point × replication and streams one row per run with its seed, parameters and metrics', () => {
    const r = sweptFull();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`sweep complete: 64 of 64 runs done; results in ${join(full, 'runs.csv')}`);
    const lines = readFileSync(join(full, 'runs.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('run,point,rep,seed,status,error,policy.supervision.quality,community.stigma,proqolSTS,turnoverPerYear');
    expect(lines).toHaveLength(1 + 8 * 4 * 2); // Saltelli: points × (k + 2) × reps
    lines.slice(1).forEach((line, run) => {
      const cells = line.split(',');
      expect(Number(cells[0])).toBe(run);
      expect(Number(cells[1])).toBe(Math.floor(run / 2));
      expect(cells[4]).toBe('ok');
    });
    const status = JSON.parse(readFileSync(join(full, 'sweep.json'), 'utf8'));
    expect(status).toMatchObject({ status: 'complete', runs: 64, completed: 64, failures: 0 });
    // Provenance, as a run's manifest.json records it: the command, where it ran, its threads and times.
    expect(status.sessions).toHaveLength(1);
    const [session] = status.sessions;
    expect(session).toEqual({
      cfsim: JSON.parse(readFileSync('package.json', 'utf8')).version,
      command: `cfsim sweep ${SOBOL} --out ${full} --threads 2`,
      environment: { cwd: process.cwd(), node: process.versions.node, platform: `${process.platform}-${process.arch}`, commit: BUILT_FROM_GIT ? expect.stringMatching(/^[0-9a-f]{40}(-dirty)?$/) : undefined },
      threads: 2,
      startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      endedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      status: 'complete',
      runsBefore: 0,
      completed: 64,
    });
    expect(Date.parse(session.endedAt)).toBeGreaterThanOrEqual(Date.parse(session.startedAt));
  });

  it('gives the same rows with one thread (seeds come from the plan, not the execution order)', () => {
    sweptFull();
    const one = join(work, 'one-thread');
    expect(cfsim(['sweep', SOBOL, '--out', one, '--threads', '1']).status).toBe(0);
    expect(readFileSync(join(one, 'runs.csv'), 'utf8')).toBe(readFileSync(join(full, 'runs.csv'), 'utf8'));
  });

  it('shards merged equal the unsharded run, byte for byte', () => {
    sweptFull();
    const shards = shardSweeps();
    const merged = join(work, 'merged');
    const r = mergedSweep();
    expect(r.status, r.stderr).toBe(0);
    const status = JSON.parse(readFileSync(join(merged, 'sweep.json'), 'utf8'));
    expect(status).toMatchObject({ status: 'complete', plan: 'test-sobol', design: 'sobol', runs: 64, completed: 64, failures: 0 });
    // The merge is the one command that wrote its runs.csv; each shard's own commands come with it.
    expect(status.sessions.map((x: { command: string; status: string; completed: number; threads?: number }) => [x.command, x.status, x.completed, x.threads])).toEqual([[`cfsim merge ${merged} ${shards.join(' ')}`, 'complete', 64, undefined]]);
    expect(status.mergedShards.map((x: { folder: string; shard: unknown; sessions: { command: string; status: string }[] }) => [x.folder, x.shard, x.sessions.map((y) => [y.command, y.status])])).toEqual(
      shards.map((dir, i) => [dir, { index: i, count: 3 }, [[`cfsim sweep ${SOBOL} --out ${dir} --shard ${i}/3`, 'complete']]]),
    );
    // The report says so too.
    const html = join(work, 'merged-report.html');
    expect(cfsim(['report', merged, '-o', html]).status).toBe(0);
    const commands = readFileSync(html, 'utf8').slice(readFileSync(html, 'utf8').indexOf('<h2>Commands that wrote these runs</h2>'));
    expect(commands).toContain(`<code>cfsim merge ${merged} ${shards.join(' ')}</code>`);
    shards.forEach((dir, i) => expect(commands).toContain(`<h3>shard ${i}/3: ${dir}</h3>`));
    expect(commands).toContain(`<code>cfsim sweep ${SOBOL} --out ${shards[2]} --shard 2/3</code>`);
    expect(readFileSync(join(merged, 'runs.csv'), 'utf8')).toBe(readFileSync(join(full, 'runs.csv'), 'utf8'));
    expect(readFileSync(join(merged, 'plan.json'), 'utf8')).toBe(readFileSync(join(full, 'plan.json'), 'utf8'));
    const missing = cfsim(['merge', join(work, 'incomplete'), shards[0], shards[1]]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(
      `SHARD_DIR: the shards named (${shards[0]}, ${shards[1]}) hold 43 of the plan's 64 runs: 21 are missing (first: run 2); no folder named holds shard 2/3: run it (cfsim sweep PLAN --out SHARD_DIR --shard 2/3); then merge again (cfsim merge ${join(work, 'incomplete')} ${shards[0]} ${shards[1]} SHARD_DIR...), or pass --allow-partial to merge what is there`,
    );
    // A shard named that lacks runs of its own (stopped early) is named, with the command that resumes it.
    const stopped = join(work, 'shard-1-stopped');
    cpSync(shards[1], stopped, { recursive: true });
    const rows = readFileSync(join(stopped, 'runs.csv'), 'utf8').split('\n');
    writeFileSync(join(stopped, 'runs.csv'), `${rows.slice(0, 6).join('\n')}\n`);
    const short = cfsim(['merge', join(work, 'incomplete'), shards[0], stopped, shards[2]]);
    expect(short.status).toBe(2);
    expect(short.stderr).toContain(
      `16 are missing (first: run 16); ${stopped} (shard 1/3) holds 5 of its 21 runs: resume it (cfsim sweep PLAN --out ${stopped} --shard 1/3 --resume); then merge again (cfsim merge ${join(work, 'incomplete')} ${shards[0]} ${stopped} ${shards[2]})`,
    );
  });

  it('analyze and report on a partial merge where no replication is at every point: refused, naming which points lack which replication', () => {
    const shards = shardSweeps();
    // Shard 2 of 3 missing: every point keeps a replication, but none is at every point.
    const mpart = join(work, 'merged-partial');
    expect(cfsim(['merge', mpart, shards[0], shards[1], '--allow-partial']).status).toBe(0);
    for (const args of [['analyze', mpart], ['analyze', mpart, '--json'], ['report', mpart]]) {
      const r = cfsim(args);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(
        `DIR: no replication has a run at every point of ${join(mpart, 'runs.csv')} (replication 0 has no run at 11 of 32 points (first: 1, 4, 7, ...); replication 1 has no run at 10 of 32 points (first: 2, 5, 8, ...)); a sobol analysis compares the points replication by replication`,
      );
      expect(r.stderr).toContain(`uses only the replications every point has: here none; run shard 2/3, which was not merged (cfsim sweep PLAN --out SHARD_DIR --shard 2/3), then merge again with all of them (cfsim merge ${mpart} ${shards[0]} ${shards[1]} SHARD_DIR...)`);
    }
    expect(existsSync(join(mpart, 'analysis.json')) || existsSync(join(mpart, 'report.html'))).toBe(false);
  });

  it('analyze and report on a partial merge where a replication is at every point: Sobol indices of that replication alone, with a warning naming what was left out', () => {
    mergedSweep();
    // Shard 3 of 4 missing: replication 1 lacks the odd points, replication 0 is at every point.
    const quarters = [0, 1, 2].map((i) => join(work, `quarter-${i}`));
    quarters.forEach((dir, i) => expect(cfsim(['sweep', SOBOL, '--out', dir, '--shard', `${i}/4`]).status).toBe(0));
    const three = join(work, 'merged-three-quarters');
    expect(cfsim(['merge', three, ...quarters, '--allow-partial']).status).toBe(0);
    const oneRep = join(work, 'one-rep');
    expect(cfsim(['sweep', planFile('sobol-one-rep.yaml', readFileSync(SOBOL, 'utf8').replace('reps: 2', 'reps: 1')), '--out', oneRep]).status).toBe(0);
    const json = cfsim(['analyze', three, '--json']);
    expect(json.status, json.stderr).toBe(0);
    const analysis = JSON.parse(json.stdout);
    expect(analysis.replications).toEqual({ reps: 2, points: 32, used: [0], incomplete: [{ replication: 1, points: 16, first: [1, 3, 5] }], leftOut: 16 });
    expect(analysis.sobol).toEqual(JSON.parse(cfsim(['analyze', oneRep, '--json']).stdout).sobol);
    const warning =
      'the Sobol indices use 1 of the 2 replications (replication 0), those with a successful run at every point, and leave out the other 16 successful runs: replication 1 has no run at 16 of 32 points (first: 1, 3, 5, ...). They compare points replication by replication, so a point averaged over other replications than the rest would turn replication noise into parameter effects; these numbers are those of a sweep of 1 replication.';
    expect(json.stderr).toContain(warning);
    const report = cfsim(['report', three]);
    expect(report.status, report.stderr).toBe(0);
    expect(report.stderr).toContain(warning);
    expect(readFileSync(join(three, 'report.html'), 'utf8')).toContain(warning);
    // The complete merge has every replication at every point: no such field or warning.
    const whole = cfsim(['analyze', join(work, 'merged'), '--json']);
    expect(JSON.parse(whole.stdout)).not.toHaveProperty('replications');
    expect(whole.stderr).toBe('');
  });

  it('merge names shard folders that do not exist as shards never run, and how to run them (by the Slurm scripts beside them, if any)', () => {
    shardSweeps();
    const study = join(work, 'slurm-study');
    for (const i of [0, 1]) cpSync(join(work, `shard-${i}`), join(study, `shard-${i}`), { recursive: true });
    const shards = [0, 1, 2, 3].map((i) => join(study, `shard-${i}`));
    const merged = join(study, 'merged');
    const plain = cfsim(['merge', merged, ...shards.slice(0, 3)]);
    expect(plain.status, plain.stderr).toBe(2);
    expect(plain.stderr).toContain(
      `SHARD_DIR: ${shards[2]} does not exist: that shard never ran, or the folder is mistyped; run it (cfsim sweep PLAN --out ${shards[2]} --shard 2/3), then merge again, or merge the others without it (cfsim merge ${merged} ${shards[0]} ${shards[1]} --allow-partial)`,
    );
    mkdirSync(join(study, 'slurm'));
    writeFileSync(join(study, 'slurm', 'array.sbatch'), `#!/bin/bash\n#SBATCH --job-name=cfsim-test-sobol\n#SBATCH --array=0-2\n"$node" 'cfsim.js' sweep 'plan.json' --out '${study}'/shard-"\${SLURM_ARRAY_TASK_ID}" --shard "\${SLURM_ARRAY_TASK_ID}/3" --resume\n`);
    const slurm = cfsim(['merge', merged, ...shards.slice(0, 3)]);
    expect(slurm.status, slurm.stderr).toBe(2);
    expect(slurm.stderr).toContain(
      `run it with the Slurm scripts (sbatch --array=2 ${join(study, 'slurm', 'array.sbatch')}, with the options given to submit.sh, such as --time or --account), then, once it has ended, merge again (sbatch ${join(study, 'slurm', 'merge.sbatch')})`,
    );
    // Into another folder than the scripts' own (OUT/merged, where merge.sbatch merges), merge again by hand.
    const elsewhere = join(study, 'merged2');
    expect(cfsim(['merge', elsewhere, ...shards.slice(0, 3)]).stderr).toContain(`then, once it has ended, merge again (cfsim merge ${elsewhere} ${shards.slice(0, 3).join(' ')})`);
    // With no shard folder there to say how many shards there are, the array script says it; a task it does not have is never suggested.
    expect(cfsim(['merge', merged, shards[2]]).stderr).toContain(`sbatch --array=2 ${join(study, 'slurm', 'array.sbatch')},`);
    const beyond = cfsim(['merge', merged, shards[2], shards[3]]);
    expect(beyond.stderr).not.toContain('--array=2,3');
    expect(beyond.stderr).toContain(`run each (cfsim sweep PLAN --out ${shards[2]} --shard 2/3, and so on)`);
    // shard-3 is no shard of 3: its number is not taken for one.
    const two = cfsim(['merge', merged, ...shards]);
    expect(two.stderr).toContain(`SHARD_DIR: ${shards[2]} and ${shards[3]} do not exist: those shards never ran, or the folders are mistyped; run each (cfsim sweep PLAN --out ${shards[2]} --shard 2/3, and so on), then merge again`);
    expect(existsSync(merged)).toBe(false);
  });

  it('merge never drops runs its OUT already holds: merging fewer shards into a merged folder is refused, naming the counts, and leaves it as it was', () => {
    const shards = shardSweeps();
    const out = join(work, 'merged-then-fewer');
    expect(cfsim(['merge', out, ...shards]).status).toBe(0);
    const runs = readFileSync(join(out, 'runs.csv'), 'utf8');
    const status = readFileSync(join(out, 'sweep.json'), 'utf8');
    for (const named of [[shards[0]], [shards[1], shards[2]]]) {
      const r = cfsim(['merge', out, ...named, '--allow-partial']);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      const held = named.length === 1 ? 22 : 21 + 21;
      expect(r.stderr).toContain(`OUT: ${out} already holds 64 runs of this plan (${join(out, 'runs.csv')}), ${64 - held} of which are in none of the shards named`);
      expect(r.stderr).toContain(`a merge replaces its runs with the shards' ${held}, so those ${64 - held} would be lost (the other ${held} are in the shards). Name again every shard whose runs it holds, with the new ones (cfsim merge ${out} SHARD_DIR...), or merge into a new folder`);
      expect(readFileSync(join(out, 'runs.csv'), 'utf8')).toBe(runs);
      expect(readFileSync(join(out, 'sweep.json'), 'utf8')).toBe(status);
    }
    // A partial merge grows as shards finish (the shards it holds named again), and a merge into a new folder takes any subset.
    const growing = join(work, 'merged-growing');
    expect(cfsim(['merge', growing, shards[0], '--allow-partial']).status).toBe(0);
    expect(cfsim(['merge', growing, shards[0], shards[1], '--allow-partial']).status).toBe(0);
    expect(cfsim(['merge', growing, shards[1], shards[2], '--allow-partial']).status).toBe(2);
    expect(cfsim(['merge', growing, ...shards]).status).toBe(0);
    expect(readFileSync(join(growing, 'runs.csv'), 'utf8')).toBe(runs);
    expect(cfsim(['merge', join(work, 'merged-one-shard'), shards[1], '--allow-partial']).status).toBe(0);
  });

  it('resume and merge refuse runs another cfsim version made (its results may differ for the same plan and seed)', () => {
    shardSweeps();
    const VERSION = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).version as string;
    const older = (dir: string, to: string) => {
      cpSync(dir, to, { recursive: true });
      const status = JSON.parse(readFileSync(join(to, 'sweep.json'), 'utf8'));
      expect(status.cfsim).toBe(VERSION);
      writeFileSync(join(to, 'sweep.json'), JSON.stringify({ ...status, cfsim: '0.0.9' }));
      return to;
    };
    const old = older(join(work, 'shard-0'), join(work, 'v009-shard-0'));
    const runs = readFileSync(join(old, 'runs.csv'), 'utf8');
    const resumed = cfsim(['sweep', SOBOL, '--out', old, '--shard', '0/3', '--resume']);
    expect(resumed.status, resumed.stderr).toBe(2);
    expect(resumed.stderr).toContain(`--resume: ${old}'s runs were made by cfsim 0.0.9 (sweep.json) and this is cfsim ${VERSION}, whose results may differ for the same plan and seed; resuming would mix the two in one study. Finish it with cfsim 0.0.9, or run the plan into a new --out folder`);
    expect(readFileSync(join(old, 'runs.csv'), 'utf8')).toBe(runs);
    const merged = cfsim(['merge', join(work, 'mixed-versions'), old, join(work, 'shard-1'), join(work, 'shard-2')]);
    expect(merged.status, merged.stderr).toBe(2);
    expect(merged.stderr).toContain(`${join(work, 'shard-1')} was made by cfsim ${VERSION} and ${old} by cfsim 0.0.9 (their sweep.json)`);
    expect(existsSync(join(work, 'mixed-versions'))).toBe(false);
    // Shards of one older version merge, and the merged folder says which version made its runs.
    const olds = [1, 2].map((i) => older(join(work, `shard-${i}`), join(work, `v009-shard-${i}`)));
    const same = cfsim(['merge', join(work, 'v009-merged'), old, ...olds]);
    expect(same.status, same.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(work, 'v009-merged', 'sweep.json'), 'utf8')).cfsim).toBe('0.0.9');
  });

  it('merge refuses, before writing anything, a run\'s folder, a shard as OUT, a shard named twice, a run in two shards and a shard with no header', () => {
    const shards = shardSweeps();
    const refused = (args: string[], fragment: string) => {
      const r = cfsim(['merge', ...args]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(fragment);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    };
    const runDir = aRun();
    const runFiles = readdirSync(runDir).sort();
    refused([runDir, ...shards], `OUT: ${runDir} holds the results of a run (manifest.json); merge into another folder`);
    expect(readdirSync(runDir).sort()).toEqual(runFiles);

    const victim = join(work, 'victim-shard');
    cpSync(shards[0], victim, { recursive: true });
    const before = readFileSync(join(victim, 'runs.csv'), 'utf8');
    const link = join(work, 'victim-link');
    symlinkSync(victim, link);
    for (const out of [victim, `${victim}/`, link]) refused([out, victim, shards[1], shards[2]], `is also a shard folder (${victim}); merging into it would replace that shard's runs`);
    expect(readFileSync(join(victim, 'runs.csv'), 'utf8')).toBe(before);
    expect(readdirSync(victim).sort()).toEqual(readdirSync(shards[0]).sort());

    // A shard of another plan is named with the field that differs, as a resume names it.
    const reps3 = join(work, 'reps-3-shard');
    expect(cfsim(['sweep', planFile('sobol-reps-3.yaml', readFileSync(SOBOL, 'utf8').replace('reps: 2', 'reps: 3')), '--out', reps3, '--shard', '2/32']).status).toBe(0);
    refused([join(work, 'merged-plans'), shards[0], shards[1], reps3], `SHARD_DIR: ${reps3} comes from a different plan than ${shards[0]} (reps: 2 in ${join(shards[0], 'plan.json')}, 3 in ${join(reps3, 'plan.json')}); merge only the shards of one plan`);
    refused([join(work, 'merged-twice'), victim, link, shards[1], shards[2]], `${link} is the same folder as ${victim}; name each shard once`);
    refused([join(work, 'merged-twice'), shards[0], victim, shards[1], shards[2]], `run 0 appears in more than one shard: ${shards[0]} and ${victim}`);

    const cut = join(work, 'cut-header');
    mkdirSync(cut);
    copyFileSync(join(shards[1], 'plan.json'), join(cut, 'plan.json'));
    writeFileSync(join(cut, 'runs.csv'), 'run,point,re');
    for (const partial of [[], ['--allow-partial']]) refused([join(work, 'merged-cut'), shards[0], cut, shards[2], ...partial], `${cut}/runs.csv has no complete header line`);
    expect(existsSync(join(work, 'merged-twice')) || existsSync(join(work, 'merged-cut'))).toBe(false);

    // A sweep of another plan in OUT keeps its runs; the same plan's merged sweep may be merged again.
    sweptFull();
    const other = join(work, 'other-plan-sweep');
    cpSync(full, other, { recursive: true });
    const planText = readFileSync(join(other, 'plan.json'), 'utf8');
    writeFileSync(join(other, 'plan.json'), planText.replace('"test-sobol"', '"another-study"'));
    const otherRuns = readFileSync(join(other, 'runs.csv'), 'utf8');
    refused([other, ...shards], `OUT: ${other} holds a sweep of another plan; merging would replace its runs; merge into another folder`);
    expect(readFileSync(join(other, 'runs.csv'), 'utf8')).toBe(otherRuns);
    rmSync(join(other, 'plan.json'));
    refused([other, ...shards], `OUT: ${other} holds a sweep whose plan.json is missing or unreadable`);
    const again = cfsim(['merge', join(work, 'merged'), ...shards]);
    expect(again.status, again.stderr).toBe(0);
  });

  it('a killed sweep resumes to the same result as an uninterrupted one, with no run lost or repeated', async () => {
    sweptFull();
    const dir = join(work, 'killed');
    const child = spawn(process.execPath, ['dist/cfsim.js', 'sweep', SOBOL, '--out', dir, '--threads', '1'], { stdio: 'ignore' });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const runs = join(dir, 'runs.csv');
      if (existsSync(runs) && readFileSync(runs, 'utf8').split('\n').length > 8) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const partial = readFileSync(join(dir, 'runs.csv'), 'utf8');
    expect(partial.split('\n').length - 2).toBeLessThan(64);
    const early = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8'));
    expect(early.status).toBe('running');
    writeFileSync(join(dir, 'analysis.json'), '{"stale": true}');
    mkdirSync(join(dir, 'figures'));
    writeFileSync(join(dir, 'figures', 'sobol-indices.svg'), '<svg>of the partial sweep</svg>');
    writeFileSync(join(dir, 'figures', 'heatmap-proqolSTS.png'), 'of the partial sweep');
    const r = cfsim(['sweep', SOBOL, '--out', dir, '--resume', '--threads', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('nothing to resume');
    expect(readFileSync(join(dir, 'runs.csv'), 'utf8')).toBe(readFileSync(join(full, 'runs.csv'), 'utf8'));
    // Both commands that wrote runs.csv are recorded: the killed one as killed, its end unknown, counting the runs it kept.
    const sessions = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')).sessions;
    expect(sessions.map((x: { command: string; status: string; endedAt: string | null; threads: number }) => [x.command, x.status, x.endedAt === null, x.threads])).toEqual([
      [`cfsim sweep ${SOBOL} --out ${dir} --threads 1`, 'killed', true, 1],
      [`cfsim sweep ${SOBOL} --out ${dir} --resume --threads 2`, 'complete', false, 2],
    ]);
    expect(sessions[1].completed).toBe(64);
    expect(sessions[0].runsBefore).toBe(0);
    expect(sessions[1].runsBefore).toBeGreaterThan(0);
    expect(sessions[1].runsBefore).toBeLessThan(64);
    expect(sessions[0].completed).toBe(sessions[1].runsBefore);
    expect(existsSync(join(dir, 'analysis.json')), 'an analysis of the partial sweep is removed').toBe(false);
    expect(existsSync(join(dir, 'figures')), 'and so are its exported figures').toBe(false);
    expect(existsSync(join(dir, '.cfsim-lock'))).toBe(false);
  });

  it('a --resume into a folder with nothing to resume says so (a mistyped --out would rerun everything) and runs the whole sweep', () => {
    sweptFull();
    const dir = join(work, 'nothing-to-resume');
    const r = cfsim(['sweep', SOBOL, '--out', dir, '--resume']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`cfsim: nothing to resume in ${dir} (no runs.csv there): starting the sweep from its first run\n`);
    expect(readFileSync(join(dir, 'runs.csv'), 'utf8')).toBe(readFileSync(join(full, 'runs.csv'), 'utf8'));
    // Nothing is said before a refusal: a run's results folder is not a sweep's to start.
    const runFolder = join(work, 'a-run-not-a-sweep');
    expect(cfsim(['run', '--reps', '1', '--days', '2', '--out', runFolder]).status).toBe(0);
    const refused = cfsim(['sweep', SOBOL, '--out', runFolder, '--resume']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).not.toContain('nothing to resume');
  });

  it('an interrupted sweep (SIGINT) closes with the exact command that resumes it, and that command finishes it', async () => {
    sweptFull();
    const dir = join(work, 'interrupted sweep');
    const child = spawn(process.execPath, ['dist/cfsim.js', 'sweep', SOBOL, '--out', dir, '--threads', '1', '--shard', '0/1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise((r) => child.once('exit', r));
    const runs = join(dir, 'runs.csv');
    while (!(existsSync(runs) && readFileSync(runs, 'utf8').split('\n').length > 3) && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    await exited;
    const done = readFileSync(runs, 'utf8').trim().split('\n').length - 1;
    expect(done).toBeLessThan(64);
    const resume = `cfsim sweep ${SOBOL} --out '${dir}' --shard 0/1 --threads 1 --resume`;
    expect(stderr).toContain(`sweep interrupted: ${done} of 64 runs done; results in ${runs}; to run the other ${64 - done}, resume it: ${resume}\n`);
    const [, ...args] = resume.replace(`'${dir}'`, 'DIR').split(' ');
    const r = cfsim(args.map((a) => (a === 'DIR' ? dir : a)));
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(runs, 'utf8')).toBe(readFileSync(join(full, 'runs.csv'), 'utf8'));
  });

  it('a resume or a merge with nothing to add keeps the analysis, report and figures made from the same runs; one that adds runs removes them', () => {
    sweptFull();
    const derived = (dir: string) => {
      writeFileSync(join(dir, 'analysis.json'), '{"of": "these runs"}');
      writeFileSync(join(dir, 'report.html'), '<p>these runs</p>');
      mkdirSync(join(dir, 'figures'), { recursive: true });
      writeFileSync(join(dir, 'figures', 'sobol-indices.svg'), '<svg>these runs</svg>');
    };
    const kept = (dir: string) => ['analysis.json', 'report.html', join('figures', 'sobol-indices.svg')].filter((name) => existsSync(join(dir, name)));
    const all = ['analysis.json', 'report.html', join('figures', 'sobol-indices.svg')];
    const dir = join(work, 'complete-resume');
    cpSync(full, dir, { recursive: true });
    derived(dir);
    const status = readFileSync(join(dir, 'sweep.json'), 'utf8');
    const r = cfsim(['sweep', SOBOL, '--out', dir, '--resume']);
    expect(r.status, r.stderr).toBe(0);
    // Said as run and compare say it of complete results, and as where the folder cannot be written: no session is added.
    expect(r.stderr).toBe(`cfsim: nothing to resume: ${dir} holds the complete sweep of this plan (64 of 64 runs done), left as it is; results in ${join(dir, 'runs.csv')}\n`);
    expect(readFileSync(join(dir, 'sweep.json'), 'utf8')).toBe(status);
    expect(kept(dir)).toEqual(all);
    expect(readFileSync(join(dir, 'analysis.json'), 'utf8')).toBe('{"of": "these runs"}');
    expect(readFileSync(join(dir, 'runs.csv'), 'utf8')).toBe(readFileSync(join(full, 'runs.csv'), 'utf8'));

    const shards = shardSweeps();
    const merged = join(work, 'remerged');
    expect(cfsim(['merge', merged, shards[0], shards[1], '--allow-partial']).status).toBe(0);
    derived(merged);
    expect(cfsim(['merge', merged, shards[0], shards[1], '--allow-partial']).status).toBe(0);
    expect(kept(merged), 'the same partial merge again: the same runs').toEqual(all);
    const more = cfsim(['merge', merged, ...shards]);
    expect(more.status, more.stderr).toBe(0);
    expect(kept(merged), 'more runs merged in: made from fewer runs than the folder holds').toEqual([]);
    derived(merged);
    expect(cfsim(['merge', merged, ...shards]).status).toBe(0);
    expect(kept(merged), 'the complete merge again').toEqual(all);
  });

  it('resumes a sweep stopped before its first row without repeating the header', () => {
    sweptFull();
    const dir = join(work, 'header-only');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(full, 'plan.json'), join(dir, 'plan.json'));
    writeFileSync(join(dir, 'runs.csv'), `${readFileSync(join(full, 'runs.csv'), 'utf8').split('\n')[0]}\n`);
    expect(cfsim(['sweep', SOBOL, '--out', dir, '--resume']).status).toBe(0);
    expect(readFileSync(join(dir, 'runs.csv'), 'utf8')).toBe(readFileSync(join(full, 'runs.csv'), 'utf8'));
  });

  it('resumes and merges a sweep whose plan.json is in the format before 2026-11-30 (points and levels whatever the design)', () => {
    sweptFull();
    const dir = join(work, 'old-plan');
    mkdirSync(dir, { recursive: true });
    const current = JSON.parse(readFileSync(join(full, 'plan.json'), 'utf8'));
    expect(current.plan).not.toHaveProperty('levels');
    writeFileSync(join(dir, 'plan.json'), `${JSON.stringify({ ...current, plan: { ...current.plan, levels: 4 } }, null, 2)}\n`);
    const lines = readFileSync(join(full, 'runs.csv'), 'utf8').split('\n');
    writeFileSync(join(dir, 'runs.csv'), `${lines.slice(0, 11).join('\n')}\n`);
    const r = cfsim(['sweep', SOBOL, '--out', dir, '--resume']);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'runs.csv'), 'utf8')).toBe(readFileSync(join(full, 'runs.csv'), 'utf8'));
    expect(readFileSync(join(dir, 'plan.json'), 'utf8'), 'plan.json is rewritten in the current form').toBe(readFileSync(join(full, 'plan.json'), 'utf8'));
    // A shard in the old form merges with one in the new.
    const [a, b] = ['old-shard-0', 'new-shard-1'].map((name) => join(work, name));
    expect(cfsim(['sweep', SOBOL, '--out', a, '--shard', '0/2']).status).toBe(0);
    expect(cfsim(['sweep', SOBOL, '--out', b, '--shard', '1/2']).status).toBe(0);
    const shardPlan = JSON.parse(readFileSync(join(a, 'plan.json'), 'utf8'));
    writeFileSync(join(a, 'plan.json'), `${JSON.stringify({ ...shardPlan, plan: { ...shardPlan.plan, levels: 4 } }, null, 2)}\n`);
    const merged = cfsim(['merge', join(work, 'old-new-merged'), a, b]);
    expect(merged.status, merged.stderr).toBe(0);
    expect(readFileSync(join(work, 'old-new-merged', 'runs.csv'), 'utf8')).toBe(readFileSync(join(full, 'runs.csv'), 'utf8'));
    // A plan.json cut short is bad input naming the file, not a crash.
    writeFileSync(join(a, 'plan.json'), '{"plan":');
    for (const args of [['merge', join(work, 'cut-merged'), a, b], ['sweep', SOBOL, '--out', a, '--shard', '0/2', '--resume']]) {
      const r = cfsim(args);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(`${join(a, 'plan.json')} is not a sweep's plan this version can read`);
      expect(r.stderr).not.toContain('unexpected failure');
    }
  });

  it('analyze, report and sweep --resume on a plan.json or sweep.json cut short exit 2 naming the file, not with a crash', () => {
    sweptFull();
    const dir = join(work, 'cut-files');
    cpSync(full, dir, { recursive: true });
    const planText = readFileSync(join(dir, 'plan.json'), 'utf8');
    const statusText = readFileSync(join(dir, 'sweep.json'), 'utf8');
    const refused = (args: string[], fragment: string) => {
      const r = cfsim(args);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(fragment);
      expect(r.stderr).not.toContain('unexpected failure');
      expect(r.stderr).not.toMatch(/^\s+at /m);
    };
    writeFileSync(join(dir, 'plan.json'), planText.slice(0, 100));
    for (const args of [['analyze', dir], ['report', dir]]) refused(args, `${join(dir, 'plan.json')} is not a sweep's plan this version can read`);
    writeFileSync(join(dir, 'plan.json'), planText);
    writeFileSync(join(dir, 'sweep.json'), statusText.slice(0, 40));
    for (const args of [['analyze', dir, '--json'], ['report', dir], ['sweep', SOBOL, '--out', dir, '--resume']]) refused(args, `${join(dir, 'sweep.json')} is not a sweep's status this version can read`);
    refused(['sweep', SOBOL, '--out', dir, '--resume'], 'remove it and resume again');
    writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ status: 'complete', runs: 64, shard: { index: 'a' } }));
    refused(['analyze', dir], 'shard is {"index":"a"}, not { index: I, count: N }');
  });

  it('reads a merged shard whose shard number is not of its shape as of no known shard', () => {
    const path = join(work, 'merged-shards-sweep.json');
    const sessions = [{ command: 'cfsim sweep p.yaml --out a --shard 0/2', status: 'complete' }];
    writeFileSync(path, JSON.stringify({ status: 'partial', mergedShards: [{ folder: 'a', shard: { index: 0, count: 2 }, sessions }, { folder: 'b', shard: { index: 'x' }, sessions }] }));
    expect(readSweepStatus(path).mergedShards?.map((m) => [m.folder, m.shard])).toEqual([['a', { index: 0, count: 2 }], ['b', null]]);
  });

  it('reads provenance not of its shape as absent: results depend on none of it, and a resume then says how many runs were there before it', () => {
    sweptFull();
    const dir = join(work, 'odd-sessions');
    cpSync(full, dir, { recursive: true });
    const statusText = readFileSync(join(dir, 'sweep.json'), 'utf8');
    for (const sessions of ['yesterday', null, {}, [1, 2]]) {
      writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ ...JSON.parse(statusText), sessions, mergedShards: 'x' }));
      const analysis = cfsim(['analyze', dir, '--json']);
      expect(analysis.status, analysis.stderr).toBe(0);
    }
    // Every run there but the sweep not marked complete (stopped as it closed): the resume adds its session, running nothing.
    // (A resume of a complete sweep adds none.)
    writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ ...JSON.parse(statusText), status: 'interrupted', sessions: [1, 2], mergedShards: 'x' }));
    const r = cfsim(['sweep', SOBOL, '--out', dir, '--resume']);
    expect(r.status, r.stderr).toBe(0);
    const recorded = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')).sessions;
    // Nothing was left to run: no worker thread was used.
    expect(recorded.map((x: { command: string; runsBefore: number; completed: number; threads: number }) => [x.command, x.runsBefore, x.completed, x.threads])).toEqual([[`cfsim sweep ${SOBOL} --out ${dir} --resume`, 64, 64, 0]]);
    const html = join(work, 'odd-sessions.html');
    expect(cfsim(['report', dir, '-o', html]).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('64 runs were in runs.csv before the first command listed; sweep.json does not record the commands that wrote them');
  });

  it('analyze and report refuse a sweep.json that contradicts plan.json or holds what cfsim never writes, naming the file, field, value and what is allowed', () => {
    sweptFull();
    const statusText = readFileSync(join(full, 'sweep.json'), 'utf8');
    const edited = (name: string, change: Record<string, unknown>) => {
      const dir = join(work, `sweep-json-${name}`);
      cpSync(full, dir, { recursive: true });
      writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ ...JSON.parse(statusText), ...change }));
      return dir;
    };
    const cases: [string, Record<string, unknown>, (dir: string) => string][] = [
      ['status', { status: 'bogus' }, (d) => `${join(d, 'sweep.json')} is not a sweep's status this version can read (status is "bogus"; expected one of running, complete, interrupted, failed, partial)`],
      ['completed', { completed: -3 }, (d) => `${join(d, 'sweep.json')} is not a sweep's status this version can read (completed is -3; expected a whole number from 0 to runs (64))`],
      ['failures', { failures: 65 }, () => 'failures is 65; expected a whole number from 0 to completed (64)'],
      ['design', { design: 'morris' }, (d) => `DIR: ${join(d, 'sweep.json')} says design "morris", but plan.json's plan is a "sobol" design; sweep.json and plan.json must come from one sweep`],
      ['plan', { plan: 'another' }, (d) => `${join(d, 'sweep.json')} says plan "another", but plan.json's plan is "test-sobol"`],
      // Not "61 of its 99 runs are missing (first: run 0)": every run of the plan is there, sweep.json's count is wrong.
      ['runs', { runs: 99 }, (d) => `DIR: ${join(d, 'sweep.json')} says runs 99, but plan.json's plan has 64 runs (32 points × 2 reps)`],
      ['shard-runs', { shard: { index: 1, count: 3 }, runs: 64 }, (d) => `${join(d, 'sweep.json')} says runs 64, but shard 1/3 of plan.json's plan has 21 runs`],
    ];
    for (const [name, change, message] of cases) {
      const dir = edited(name, change);
      for (const args of [['analyze', dir], ['analyze', dir, '--json'], ['report', dir]]) {
        const r = cfsim(args);
        expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(message(dir));
        expect(r.stderr).not.toContain('missing from');
        expect(r.stderr).not.toMatch(/^\s+at /m);
      }
      expect(existsSync(join(dir, 'analysis.json')), 'no analysis written').toBe(false);
    }
  });

  it('analyze and report of runs another cfsim version made warn on stderr, as a run\'s report does, and the report states both versions', () => {
    sweptFull();
    const VERSION = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).version as string;
    const same = cfsim(['analyze', full]);
    expect(same.status, same.stderr).toBe(0);
    expect(same.stderr).not.toContain('warning');
    const html = join(work, 'same-version.html');
    expect(cfsim(['report', full, '-o', html]).stderr).not.toContain('warning');
    expect(readFileSync(html, 'utf8')).toContain(`<p class="meta">Runs made and report drawn by CFSim ${VERSION}.</p>`);
    const dir = join(work, 'sweep-older-version');
    cpSync(full, dir, { recursive: true });
    writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(full, 'sweep.json'), 'utf8')), cfsim: '0.3.0' }));
    const warning = `cfsim: warning: the sweep's runs were made by CFSim 0.3.0 (sweep.json), and this analysis by CFSim ${VERSION}: its numbers are 0.3.0's (run the plan again with ${VERSION} to compare them with its results)\n`;
    for (const args of [['analyze', dir], ['analyze', dir, '--json']]) {
      const r = cfsim(args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain(warning);
    }
    expect(JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')).cfsim).toBe('0.3.0');
    const report = cfsim(['report', dir]);
    expect(report.status, report.stderr).toBe(0);
    expect(report.stderr).toContain(warning);
    const text = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(text).toContain(`<p class="meta">Runs made by CFSim 0.3.0, report drawn by CFSim ${VERSION}.</p>`);
    expect(text).toContain(`<strong>Another version:</strong> these runs were made by CFSim 0.3.0, and this report was drawn by CFSim ${VERSION} from them`);
  });

  it('refuses to resume a shard folder as another shard, and to merge malformed rows', () => {
    sweptFull();
    const dir = join(work, 'shard-check');
    expect(cfsim(['sweep', SOBOL, '--out', dir, '--shard', '0/4']).status).toBe(0);
    const wrong = cfsim(['sweep', SOBOL, '--out', dir, '--shard', '1/4', '--resume']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain(`${dir} holds shard 0/4; resume it with --shard 0/4`);
    const bad = join(work, 'bad-rows');
    mkdirSync(bad, { recursive: true });
    copyFileSync(join(full, 'plan.json'), join(bad, 'plan.json'));
    const lines = readFileSync(join(full, 'runs.csv'), 'utf8').split('\n');
    // A repeated header (left by an older resume) is skipped; the merge is still exact.
    writeFileSync(join(bad, 'runs.csv'), `${[lines[0], lines[0], ...lines.slice(1)].join('\n')}`);
    expect(cfsim(['merge', join(work, 'header-twice'), bad]).status).toBe(0);
    expect(readFileSync(join(work, 'header-twice', 'runs.csv'), 'utf8')).toBe(readFileSync(join(full, 'runs.csv'), 'utf8'));
    // A row that is not a run is an error, not a silently wrong count.
    writeFileSync(join(bad, 'runs.csv'), `${[lines[0], 'x,1,2', ...lines.slice(1)].join('\n')}`);
    const merged = cfsim(['merge', join(work, 'bad-merge'), bad]);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toContain(`${join(bad, 'runs.csv')} has a row that is not a run of this plan: "x,1,2"; merge only shards written by cfsim sweep with this plan`);
    // A run's metric emptied by hand would be merged, then read as 0.
    writeFileSync(join(bad, 'runs.csv'), `${[lines[0], lines[1].replace(/,[^,]*$/, ','), ...lines.slice(2)].join('\n')}`);
    const emptied = cfsim(['merge', join(work, 'emptied-merge'), bad]);
    expect(emptied.status, emptied.stderr).toBe(2);
    expect(emptied.stderr).toContain(`${join(bad, 'runs.csv')} has a damaged row: run 0 has ${lines[0].split(',').at(-1)} "", not a number`);
    expect(existsSync(join(work, 'emptied-merge', 'runs.csv'))).toBe(false);
  });

  it('a sweep folder its reader cannot write (archived, shared) is analysed, with a warning that the analysis was not saved, and reported elsewhere', () => {
    sweptFull();
    // Root may write anywhere: as root the commands run as the unprivileged user nobody.
    const asReader = (args: string[]) =>
      process.getuid?.() === 0
        ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, 'dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 })
        : cfsim(args);
    const shared = mkdtempSync(join(tmpdir(), 'cfsim-shared-'));
    try {
      chmodSync(shared, 0o755);
      const archived = join(shared, 'archived');
      cpSync(full, archived, { recursive: true });
      rmSync(join(archived, 'analysis.json'), { force: true });
      rmSync(join(archived, 'report.html'), { force: true });
      for (const name of readdirSync(archived)) chmodSync(join(archived, name), 0o444);
      chmodSync(archived, 0o555);
      const outside = join(shared, 'outside');
      mkdirSync(outside);
      chmodSync(outside, 0o777);

      const analysed = asReader(['analyze', archived]);
      expect(analysed.status, analysed.stderr).toBe(0);
      expect(analysed.stderr).toBe(`cfsim: warning: ${archived} cannot be written (EACCES), so the analysis was not saved as ${join(archived, 'analysis.json')}\n`);
      expect(analysed.stdout).toBe(cfsim(['analyze', full]).stdout);
      expect(existsSync(join(archived, 'analysis.json'))).toBe(false);

      const report = join(outside, 'study.html');
      const reported = asReader(['report', archived, '-o', report]);
      expect(reported.status, reported.stderr).toBe(0);
      expect(readFileSync(report, 'utf8')).toContain('</html>');
      const inPlace = asReader(['report', archived]);
      expect(inPlace.status, inPlace.stderr).toBe(2);
      expect(inPlace.stderr).toContain(`RESULTS_DIR: no permission to write in ${JSON.stringify(archived)}, where the report goes by default; write it elsewhere with -o`);
    } finally {
      chmodSync(join(shared, 'archived'), 0o755);
      rmSync(shared, { recursive: true, force: true });
    }
  });

  it('refuses to overwrite a sweep without --resume, and to resume a different plan', () => {
    sweptFull();
    const again = cfsim(['sweep', SOBOL, '--out', full]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('add --resume');
    const other = planFile('other.yaml', readFileSync(SOBOL, 'utf8').replace('seed: 4', 'seed: 5'));
    const resumed = cfsim(['sweep', other, '--out', full, '--resume']);
    expect(resumed.status).toBe(2);
    expect(resumed.stderr).toContain(`the plan in ${full}/plan.json differs from this plan (seed: 4 in ${full}/plan.json, 5 in this plan); resume with the same plan`);
    const two = planFile('other2.yaml', readFileSync(SOBOL, 'utf8').replace('reps: 2', 'reps: 3').replace('max: 0.9 }\n  community', 'max: 0.8 }\n  community'));
    const differs = cfsim(['sweep', two, '--out', full, '--resume']);
    expect(differs.status).toBe(2);
    expect(differs.stderr).toContain(`(parameters.policy.supervision.quality.max: 0.9 in ${full}/plan.json, 0.8 in this plan; reps: 2 in ${full}/plan.json, 3 in this plan)`);
  });

  it('with common random numbers, points that differ only in a parameter with no effect give identical rows; with independent ones they differ', () => {
    // The mindfulness programme's price: status quo has no programme, so it cannot change anything.
    const text = (randomNumbers: string) => `base: { population: ma-outreach }
set: { days: 60, population.seats: 16 }
parameters:
  costs.mindfulness: { values: [0, 900] }
design: grid
reps: 2
seed: 3
${randomNumbers}`;
    const metricsOf = (dir: string) => readFileSync(join(dir, 'runs.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const common = join(work, 'crn-common');
    expect(cfsim(['sweep', planFile('crn-common.yaml', text('')), '--out', common]).status).toBe(0);
    const rows = metricsOf(common);
    expect(rows.map((r) => [r[1], r[2], r[6]])).toEqual([['0', '0', '0'], ['0', '1', '0'], ['1', '0', '900'], ['1', '1', '900']]);
    expect(rows[2].slice(7)).toEqual(rows[0].slice(7));
    expect(rows[3].slice(7)).toEqual(rows[1].slice(7));
    expect(rows[1].slice(7)).not.toEqual(rows[0].slice(7));
    const independent = join(work, 'crn-independent');
    expect(cfsim(['sweep', planFile('crn-independent.yaml', text('randomNumbers: independent')), '--out', independent]).status).toBe(0);
    const other = metricsOf(independent);
    expect(other[0]).toEqual(rows[0]);
    expect(other[2].slice(7)).not.toEqual(other[0].slice(7));
    // A sweep from before the choice existed (plan.json without it) ran with independent streams:
    // resuming it with a plan that leaves the choice to its default is refused, naming the field.
    const stored = JSON.parse(readFileSync(join(independent, 'plan.json'), 'utf8'));
    delete stored.plan.randomNumbers;
    writeFileSync(join(independent, 'plan.json'), JSON.stringify(stored));
    const refused = cfsim(['sweep', join(work, 'crn-common.yaml'), '--out', independent, '--resume']);
    expect(refused.status, refused.stderr).toBe(2);
    expect(refused.stderr).toContain('randomNumbers: "independent" in');
    expect(cfsim(['sweep', join(work, 'crn-independent.yaml'), '--out', independent, '--resume']).status).toBe(0);
  });

  it('resume refuses runs without the plan.json that says which plan made them, and rows of another plan; merge refuses shard rows of another plan', () => {
    sweptFull();
    const otherSeed = planFile('other-seed.yaml', readFileSync(SOBOL, 'utf8').replace('seed: 4', 'seed: 5'));
    const lines = readFileSync(join(full, 'runs.csv'), 'utf8').split('\n');
    const refused = (args: string[], fragment: string) => {
      const r = cfsim(args);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(fragment);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    };
    // plan.json missing: the old rows would be kept under the new plan's values.
    const noPlan = join(work, 'no-plan');
    mkdirSync(noPlan);
    writeFileSync(join(noPlan, 'runs.csv'), `${lines.slice(0, 11).join('\n')}\n`);
    refused(['sweep', otherSeed, '--out', noPlan, '--resume'], `--resume: ${noPlan} holds runs (runs.csv) but no plan.json saying which plan made them, so they cannot be checked against this plan; restore ${join(noPlan, 'plan.json')}, or run the sweep into a new --out folder`);
    expect(readdirSync(noPlan)).toEqual(['runs.csv']);
    // plan.json cut short: the same, naming the file.
    writeFileSync(join(noPlan, 'plan.json'), '{"plan": {"name"');
    refused(['sweep', otherSeed, '--out', noPlan, '--resume'], `${join(noPlan, 'plan.json')} is not a sweep's plan this version can read`);
    expect(readFileSync(join(noPlan, 'plan.json'), 'utf8')).toBe('{"plan": {"name"');
    // Rows of another plan (another seed, another value) under this plan's plan.json.
    const mixed = join(work, 'mixed-rows');
    mkdirSync(mixed);
    copyFileSync(join(full, 'plan.json'), join(mixed, 'plan.json'));
    const reseeded = lines.slice(0, 11).map((line, i) => (i === 0 ? line : line.replace(/^(\d+,\d+,\d+),4,/, '$1,5,')));
    writeFileSync(join(mixed, 'runs.csv'), `${reseeded.join('\n')}\n`);
    refused(['sweep', SOBOL, '--out', mixed, '--resume'], `${join(mixed, 'runs.csv')} holds runs of another plan (run 0 has seed 5, where this plan's run 0 has 4); resume with the plan that wrote these runs, or run this plan into a new --out folder`);
    const moved = lines.slice(0, 11).map((line, i) => (i === 3 ? line.split(',').map((cell, c) => (c === 7 ? '0.123' : cell)).join(',') : line));
    writeFileSync(join(mixed, 'runs.csv'), `${moved.join('\n')}\n`);
    refused(['sweep', SOBOL, '--out', mixed, '--resume'], `(run 2 has community.stigma 0.123, where this plan's run 2 has ${lines[3].split(',')[7]})`);
    writeFileSync(join(mixed, 'runs.csv'), `${lines.slice(0, 11).join('\n')}\n`);
    refused(['sweep', SOBOL, '--out', mixed, '--resume', '--shard', '0/2'], 'holds run 1, which is not in shard 0/2');
    expect(readFileSync(join(mixed, 'runs.csv'), 'utf8'), 'nothing was appended').toBe(`${lines.slice(0, 11).join('\n')}\n`);
    // A shard whose rows are not its plan's runs.
    const shards = shardSweeps();
    const tampered = join(work, 'tampered-shard');
    cpSync(shards[0], tampered, { recursive: true });
    writeFileSync(join(tampered, 'runs.csv'), readFileSync(join(tampered, 'runs.csv'), 'utf8').replace(/\n(\d+,\d+,\d+),4,/, '\n$1,5,'));
    refused(['merge', join(work, 'tampered-merged'), tampered, shards[1], shards[2]], `${join(tampered, 'runs.csv')} holds runs of another plan (run 0 has seed 5, where this plan's run 0 has 4); merge only shards written by cfsim sweep with this plan`);
    expect(existsSync(join(work, 'tampered-merged'))).toBe(false);
    // A shard's folder holding a run of another shard (rows copied between folders) is refused too, as a resume refuses it.
    const foreign = join(work, 'foreign-shard');
    cpSync(shards[0], foreign, { recursive: true });
    const otherRow = readFileSync(join(shards[1], 'runs.csv'), 'utf8').trim().split('\n')[1];
    writeFileSync(join(foreign, 'runs.csv'), `${readFileSync(join(foreign, 'runs.csv'), 'utf8')}${otherRow}\n`);
    refused(['merge', join(work, 'foreign-merged'), foreign, shards[2]], `${join(foreign, 'runs.csv')} holds run ${otherRow.split(',')[0]}, which is not in shard 0/3`);
    expect(existsSync(join(work, 'foreign-merged'))).toBe(false);
  });

  it('records a failed run with its error and goes on', () => {
    const dir = join(work, 'failing');
    const r = cfsim(['sweep', SOBOL, '--out', dir], { CFSIM_TEST_FAIL_REP: '1' });
    expect(r.status, 'failed runs make the exit code 1').toBe(1);
    expect(r.stderr).toContain('32 runs failed; runs.csv holds each error');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const rows = readFileSync(join(dir, 'runs.csv'), 'utf8').trim().split('\n').slice(1);
    const failed = rows.filter((l) => l.split(',')[4] === 'error');
    expect(failed).toHaveLength(32); // replication 1 of every point
    expect(failed[0]).toContain('injected test failure');
    // Every point draws point 0's random numbers (common ones): the message names no point to contradict the row's.
    expect(failed[5]).toMatch(/^11,5,1,4,error,"replication 1 \(seed 4, policy status-quo\) failed: injected test failure",/);
    expect(JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8'))).toMatchObject({ status: 'complete', failures: 32 });
    expect(r.stderr).toContain('sweep complete: 64 of 64 runs done; 32 of them failed (see runs.csv status column)');
  });

  it('analyze gives Sobol first-order and total indices with intervals for every parameter and metric', () => {
    sweptFull();
    const r = cfsim(['analyze', full, '--bootstrap', '100', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(Object.keys(a.sobol)).toEqual(['proqolSTS', 'turnoverPerYear']);
    const text = cfsim(['analyze', full, '--bootstrap', '100']).stdout;
    for (const [metric, rows] of Object.entries(a.sobol) as [string, { parameter: string; S1: number | null; ST: number | null; STlow: number; SThigh: number }[]][]) {
      expect(rows.map((x) => x.parameter)).toEqual(['policy.supervision.quality', 'community.stigma']);
      // With common random numbers a metric no parameter moves (turnover over 120 days, where
      // no separation changes) has no variance, hence no indices (null in JSON), and says so.
      if (rows.every((x) => x.S1 === null)) {
        expect(metric).not.toBe('proqolSTS');
        expect(text).toContain(`${metric}: the same at every base point (the design's A and B points), so no Sobol indices`);
        continue;
      }
      for (const x of rows) {
        expect(Number.isFinite(x.S1) && Number.isFinite(x.ST)).toBe(true);
        expect(x.STlow).toBeLessThanOrEqual(x.SThigh);
      }
    }
    expect(existsSync(join(full, 'analysis.json'))).toBe(true);
  });

  it('report on a Sobol sweep keeps the bootstrap count analysis.json was made with, and takes --bootstrap where it records none', () => {
    sweptFull();
    const dir = join(work, 'report-bootstrap');
    cpSync(full, dir, { recursive: true });
    const analyzed = cfsim(['analyze', dir, '--bootstrap', '200', '--json']);
    expect(analyzed.status, analyzed.stderr).toBe(0);
    expect(JSON.parse(analyzed.stdout).bootstrap).toBe(200);
    const before = readFileSync(join(dir, 'analysis.json'), 'utf8');
    const report = cfsim(['report', dir]);
    expect(report.status, report.stderr).toBe(0);
    expect(readFileSync(join(dir, 'analysis.json'), 'utf8'), "the report redoes analyze --bootstrap 200's analysis, not another").toBe(before);
    // An analysis.json that records no count (written before it was recorded): --bootstrap, else the default, and the count is recorded.
    const unrecorded = JSON.parse(before);
    delete unrecorded.bootstrap;
    writeFileSync(join(dir, 'analysis.json'), JSON.stringify(unrecorded));
    expect(cfsim(['report', dir, '--bootstrap', '300']).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')).bootstrap).toBe(300);
    rmSync(join(dir, 'analysis.json'));
    expect(cfsim(['report', dir]).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')).bootstrap).toBe(1000);
    // --bootstrap given wins over the recorded count.
    expect(cfsim(['report', dir, '--bootstrap', '0']).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')).bootstrap).toBe(0);
    const small = cfsim(['report', dir, '--bootstrap', '5']);
    expect(small.status).toBe(2);
    expect(small.stderr).toContain('--bootstrap: "5" is not allowed; expected 0 (the estimates without intervals) or a whole number from 100 to 1000000');
    const runDir = aRun();
    const onRun = cfsim(['report', runDir, '--bootstrap', '200', '-o', join(work, 'a-run-report.html')]);
    expect(onRun.status, onRun.stderr).toBe(2);
    expect(onRun.stderr).toContain(`--bootstrap: applies only to a sweep folder (the resamples behind its Sobol or Morris intervals); ${runDir} is not one: drop --bootstrap`);
    const valued = cfsim(['report', dir, '--value-per-departure', '50000']);
    expect(valued.status, valued.stderr).toBe(2);
    expect(valued.stderr).toContain(`--value-per-departure: applies only to the results folder of a comparison (cfsim compare --out); ${dir} is a sweep folder: drop --value-per-departure (a grid's value for money per point: cfsim analyze ${dir} --value-per-departure 50000)`);
  });

  it('analyze and report refuse, with exit 2, rows that are not the plan\'s runs, a run twice, and runs missing from a sweep that says it is complete; resume refuses a run twice', () => {
    sweptFull();
    const lines = readFileSync(join(full, 'runs.csv'), 'utf8').trimEnd().split('\n');
    const refused = (dir: string, fragment: string, commands: string[][] = [['analyze', dir]]) => {
      for (const args of commands) {
        const r = cfsim(args);
        expect(r.status, r.stderr).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(fragment);
        expect(r.stderr).not.toMatch(/^\s+at /m);
      }
      expect(existsSync(join(dir, 'analysis.json')), 'no analysis written').toBe(false);
    };
    const folder = (name: string, rows: string[], status?: Record<string, unknown>) => {
      const dir = join(work, name);
      mkdirSync(dir);
      copyFileSync(join(full, 'plan.json'), join(dir, 'plan.json'));
      const recorded = JSON.parse(readFileSync(join(full, 'sweep.json'), 'utf8'));
      writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ ...recorded, ...status }));
      writeFileSync(join(dir, 'runs.csv'), `${rows.join('\n')}\n`);
      return dir;
    };
    const remedy = 'runs.csv and plan.json must come from one sweep: restore the files cfsim sweep wrote, or run the plan again into a new folder';
    // Another plan's rows (another seed) under this plan.json: analysed, they would pass for this plan's.
    const reseeded = folder('analyze-reseeded', lines.map((line, i) => (i === 0 ? line : line.replace(/^(\d+,\d+,\d+),4,/, '$1,5,'))));
    refused(reseeded, `DIR: ${join(reseeded, 'runs.csv')} holds runs of another plan (run 0 has seed 5, where this plan's run 0 has 4); ${remedy}`, [['analyze', reseeded], ['analyze', reseeded, '--json'], ['report', reseeded]]);
    // Another plan's header.
    const header = folder('analyze-header', [lines[0].replace('community.stigma', 'community.fatality'), ...lines.slice(1)]);
    refused(header, `${join(header, 'runs.csv')} starts with "run,point,rep,seed,status,error,policy.supervision.quality,community.fatality`);
    // A run twice would count twice in its point's mean.
    const twice = folder('analyze-twice', [...lines, lines[5]]);
    refused(twice, `${join(twice, 'runs.csv')} holds run 4 twice (a run has one row; its replication would count twice in its point's mean)`);
    const resumed = cfsim(['sweep', SOBOL, '--out', twice, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(2);
    expect(resumed.stderr).toContain('holds run 4 twice');
    // An emptied or edited metric cell would be read as 0 or left out of its point's mean; a status other than ok or error would pass for a failure.
    const lastCell = (line: string, value: string) => line.replace(/,[^,]*$/, `,${value}`);
    const lastMetric = lines[0].split(',').at(-1);
    const emptied = folder('analyze-emptied', [lines[0], lastCell(lines[1], ''), ...lines.slice(2)]);
    refused(emptied, `${join(emptied, 'runs.csv')} has a damaged row: run 0 has ${lastMetric} "", not a number; ${remedy}`, [['analyze', emptied], ['report', emptied]]);
    const resumedEmptied = cfsim(['sweep', SOBOL, '--out', emptied, '--resume']);
    expect(resumedEmptied.status, resumedEmptied.stderr).toBe(2);
    expect(resumedEmptied.stderr).toContain(`has a damaged row: run 0 has ${lastMetric} "", not a number`);
    const editedMetric = folder('analyze-edited-metric', [lines[0], lastCell(lines[1], 'abc'), ...lines.slice(2)]);
    refused(editedMetric, `run 0 has ${lastMetric} "abc", not a number`);
    const okay = folder('analyze-okay', [lines[0], lines[1].replace(',ok,', ',okay,'), ...lines.slice(2)]);
    refused(okay, 'has a damaged row: run 0 has status "okay", not ok or error');
    // sweep.json says complete, yet runs are missing (rows deleted): not an analysis of the whole plan.
    const missing = folder('analyze-missing', [...lines.slice(0, 10), ...lines.slice(13)]);
    refused(missing, `DIR: ${join(missing, 'sweep.json')} says the sweep is complete, but 3 of its 64 runs are missing from ${join(missing, 'runs.csv')} (first: run 9); resume it (cfsim sweep ${shownFromHere(SOBOL)} --out ${missing} --resume), which runs the missing runs again`);
    const rerun = cfsim(['sweep', SOBOL, '--out', missing, '--resume']);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(cfsim(['analyze', missing]).status).toBe(0);
    // A row outside the shard the folder records.
    const shard = folder('analyze-shard', lines.filter((_, i) => i === 0 || (i - 1) % 2 === 0 || i === 2), { shard: { index: 0, count: 2 }, runs: 32, completed: 32, status: 'interrupted' });
    refused(shard, `${join(shard, 'runs.csv')} holds run 1, which is not in shard 0/2`, [['analyze', shard]]);
    // plan.json's points edited away from its plan's design.
    const edited = folder('analyze-edited', lines);
    const plan = JSON.parse(readFileSync(join(edited, 'plan.json'), 'utf8'));
    plan.points[0]['community.stigma'] = 0.123;
    writeFileSync(join(edited, 'plan.json'), JSON.stringify(plan));
    refused(edited, `DIR: ${join(edited, 'plan.json')} lists points that are not its plan's design`, [['analyze', edited]]);
  });

  it('a grid sweep written before levels were rounded clean (0.8999999999999999) is analysed, resumed and merged with the values it ran', () => {
    const plan = planFile('grid-before.yaml', 'set: { days: 20 }\nparameters:\n  policy.supervision.quality: { min: 0.2, max: 0.9 }\ndesign: grid\nlevels: 3\nreps: 2\nmetrics: [proqolSTS]\n');
    const now = join(work, 'grid-now');
    expect(cfsim(['sweep', plan, '--out', now]).status).toBe(0);
    expect(readFileSync(join(now, 'runs.csv'), 'utf8')).toContain(',0.9,');
    expect(JSON.parse(readFileSync(join(now, 'plan.json'), 'utf8')).points.map((p: Record<string, number>) => p['policy.supervision.quality'])).toEqual([0.2, 0.55, 0.9]);
    // The same sweep as the version before wrote it: 0.8999999999999999 in plan.json and in the rows.
    const before = join(work, 'grid-before');
    cpSync(now, before, { recursive: true });
    const document = JSON.parse(readFileSync(join(before, 'plan.json'), 'utf8'));
    document.points[2]['policy.supervision.quality'] = 0.8999999999999999;
    writeFileSync(join(before, 'plan.json'), `${JSON.stringify(document, null, 2)}\n`);
    writeFileSync(join(before, 'runs.csv'), readFileSync(join(before, 'runs.csv'), 'utf8').replaceAll(',0.9,', ',0.8999999999999999,'));
    const rows = readFileSync(join(before, 'runs.csv'), 'utf8');
    expect(rows.match(/,0\.8999999999999999,/g)).toHaveLength(2);
    const analysis = cfsim(['analyze', before, '--json']);
    expect(analysis.status, analysis.stderr).toBe(0);
    expect(JSON.parse(analysis.stdout).points.map((p: Record<string, number>) => p['policy.supervision.quality'])).toEqual([0.2, 0.55, 0.8999999999999999]);
    // Resumed after its last point's rows were lost: it goes on with the values it began with.
    writeFileSync(join(before, 'runs.csv'), rows.split('\n').slice(0, 5).join('\n') + '\n');
    writeFileSync(join(before, 'sweep.json'), readFileSync(join(before, 'sweep.json'), 'utf8').replace('"complete"', '"interrupted"'));
    const resumed = cfsim(['sweep', plan, '--out', before, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const after = readFileSync(join(before, 'runs.csv'), 'utf8').split('\n');
    expect(after.slice(0, 5)).toEqual(rows.split('\n').slice(0, 5));
    expect(after.slice(5, 7).map((line) => line.split(',').slice(0, 7).join(','))).toEqual(['4,2,0,1,ok,,0.8999999999999999', '5,2,1,1,ok,,0.8999999999999999']);
    expect(readFileSync(join(before, 'plan.json'), 'utf8'), 'plan.json as it was').toBe(`${JSON.stringify(document, null, 2)}\n`);
    const merged = cfsim(['merge', join(work, 'grid-before-merged'), before]);
    expect(merged.status, merged.stderr).toBe(0);
  });

  it('a Sobol sweep written before its values were rounded (0.46249999999999997) is analysed, resumed and merged with the values it ran', () => {
    const input = { set: { days: 20 }, parameters: { 'policy.supervision.quality': { min: 0.2, max: 0.9 }, 'community.stigma': { min: 0.1, max: 0.9 } }, design: 'sobol', points: 4, reps: 1, metrics: ['proqolSTS'] };
    const plan = planFile('sobol-before.json', JSON.stringify(input));
    const now = join(work, 'sobol-now');
    expect(cfsim(['sweep', plan, '--out', now]).status).toBe(0);
    // The values as versions before 2026-12-02 scaled them: min + u·(max − min), not rounded.
    const { design } = planDesign(resolvePlan(input));
    const ranges = Object.values(input.parameters);
    const unrounded = Array.from({ length: design.count }, (_, i) => ranges.map((r, d) => r.min + design.points[i * 2 + d] * (r.max - r.min)));
    const paths = Object.keys(input.parameters);
    const document = JSON.parse(readFileSync(join(now, 'plan.json'), 'utf8'));
    const rounded = document.points.map((p: Record<string, number>) => paths.map((path) => p[path]));
    expect(rounded.flat()).toContain(0.4625);
    expect(unrounded.flat()).toContain(0.46249999999999997);
    expect(rounded.flat().filter((x: number, i: number) => x !== unrounded.flat()[i]).length).toBeGreaterThan(0);
    expect(rounded.flat().every((x: number) => String(x).length <= 14), 'plan.json shows no float noise').toBe(true);
    const before = join(work, 'sobol-before');
    cpSync(now, before, { recursive: true });
    document.points = document.points.map((p: Record<string, number>, i: number) => ({ ...p, ...Object.fromEntries(paths.map((path, d) => [path, unrounded[i][d]])) }));
    writeFileSync(join(before, 'plan.json'), `${JSON.stringify(document, null, 2)}\n`);
    const [header, ...lines] = readFileSync(join(now, 'runs.csv'), 'utf8').trim().split('\n');
    const old = lines.map((line) => {
      const cells = line.split(',');
      return [...cells.slice(0, 6), ...unrounded[Number(cells[1])].map(String), ...cells.slice(8)].join(',');
    });
    const rows = `${[header, ...old].join('\n')}\n`;
    writeFileSync(join(before, 'runs.csv'), rows);
    expect(rows).toContain(',0.46249999999999997,');
    const analysis = cfsim(['analyze', before, '--json']);
    expect(analysis.status, analysis.stderr).toBe(0);
    expect(Object.keys(JSON.parse(analysis.stdout).sobol)).toEqual(['proqolSTS']);
    // Resumed after its last rows were lost: it goes on with the values it began with.
    writeFileSync(join(before, 'runs.csv'), `${[header, ...old.slice(0, 10)].join('\n')}\n`);
    writeFileSync(join(before, 'sweep.json'), readFileSync(join(before, 'sweep.json'), 'utf8').replace('"complete"', '"interrupted"'));
    const resumed = cfsim(['sweep', plan, '--out', before, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const after = readFileSync(join(before, 'runs.csv'), 'utf8');
    expect(after.split('\n').map((line) => line.split(',').slice(0, 8).join(','))).toEqual(rows.split('\n').map((line) => line.split(',').slice(0, 8).join(',')));
    expect(readFileSync(join(before, 'plan.json'), 'utf8'), 'plan.json as it was').toBe(`${JSON.stringify(document, null, 2)}\n`);
    const merged = cfsim(['merge', join(work, 'sobol-before-merged'), before]);
    expect(merged.status, merged.stderr).toBe(0);
    expect(readFileSync(join(work, 'sobol-before-merged', 'runs.csv'), 'utf8')).toBe(after);
  });

  it('analyze --bootstrap 0 prints the estimates without empty intervals', () => {
    sweptFull();
    const r = cfsim(['analyze', full, '--bootstrap', '0']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('(no bootstrap intervals)');
    expect(r.stdout).not.toContain('(–');
    expect(r.stdout).toMatch(/policy\.supervision\.quality\s+−?[\d.]+\s+−?[\d.]+\n/);
  });

  it('analyze gives Morris effects and grid tables', () => {
    const morris = planFile('morris.yaml', `parameters:\n  community.stigma: { min: 0, max: 1 }\n  community.overdoseBurden: { min: 0.5, max: 2 }\ndesign: morris\npoints: 5\nlevels: 4\nreps: 1\nset: { days: 90 }\nmetrics: [proqolSTS]\n`);
    const dir = join(work, 'morris');
    expect(cfsim(['sweep', morris, '--out', dir]).status).toBe(0);
    const m = JSON.parse(cfsim(['analyze', dir, '--json']).stdout);
    expect(m.morris.proqolSTS.map((x: { parameter: string }) => x.parameter)).toEqual(['community.stigma', 'community.overdoseBurden']);
    // More overdoses mean more STS: its elementary effects are large and positive.
    const burden = m.morris.proqolSTS[1];
    expect(burden.mu).toBeGreaterThan(0);
    expect(burden.muStar).toBeGreaterThan(m.morris.proqolSTS[0].muStar);
    // μ*'s bootstrap interval over the five trajectories holds μ*, and is recorded with its resamples.
    for (const x of m.morris.proqolSTS) expect(x.muStarLow <= x.muStar && x.muStar <= x.muStarHigh, JSON.stringify(x)).toBe(true);
    expect(m.bootstrap).toBe(1000);
    const without = JSON.parse(cfsim(['analyze', dir, '--json', '--bootstrap', '0']).stdout);
    expect(without.morris.proqolSTS.map((x: { muStarLow: unknown }) => x.muStarLow)).toEqual([null, null]);
    const grid = planFile('grid.yaml', `parameters:\n  policy.supervision.mode: { values: [opt-in, opt-out] }\ndesign: grid\nreps: 2\nset: { days: 90 }\nmetrics: [supportUptake]\n`);
    const gdir = join(work, 'grid');
    expect(cfsim(['sweep', grid, '--out', gdir]).status).toBe(0);
    const g = JSON.parse(cfsim(['analyze', gdir, '--json']).stdout);
    expect(g.points).toHaveLength(2);
    expect(g.points[1]['supportUptake.mean']).toBeGreaterThan(g.points[0]['supportUptake.mean']);
  });

  it('analyze prints a per-point table with whole numbers as whole numbers', () => {
    const plan = planFile('days.yaml', `parameters:\n  days: { min: 30, max: 60 }\ndesign: lhs\npoints: 3\nreps: 2\nmetrics: [costPerWorkerYear, proqolSTS]\n`);
    const dir = join(work, 'days');
    expect(cfsim(['sweep', plan, '--out', dir]).status).toBe(0);
    const r = cfsim(['analyze', dir]);
    expect(r.status, r.stderr).toBe(0);
    // Under the heading and the line naming the runs' version, seed, points and reps.
    const lines = r.stdout.trim().split('\n');
    expect(lines[1]).toMatch(/^Runs by CFSim \S+, seed 1: 3 points × 2 reps \(6 runs\)$/);
    const table = lines.slice(lines.findIndex((line) => line.startsWith('point\t')));
    const [header, ...rows] = table.slice(0, table.indexOf(''));
    // Three points of one parameter are too few for partial rank correlations, which the line after the table says.
    expect(table[table.indexOf('') + 1]).toBe('No partial rank correlations (PRCC): 3 points with a result, too few; PRCC needs more points than the parameters it ranks + 2 (lists of more than two choices are not ranked).');
    expect(header.split('\t')).toEqual(['point', 'days', 'runs', 'costPerWorkerYear.mean', 'costPerWorkerYear.p05', 'costPerWorkerYear.p95', 'costPerWorkerYear.se', 'proqolSTS.mean', 'proqolSTS.p05', 'proqolSTS.p95', 'proqolSTS.se']);
    rows.forEach((row, point) => {
      const [p, days, runs, cost, , , , sts] = row.split('\t');
      expect([p, runs]).toEqual([String(point), '2']);
      expect(days).toMatch(/^\d\d$/);
      expect(cost, 'money in thousands: no decimals').toMatch(/^\d{4,}$/);
      expect(sts, 'a score: four significant digits').toMatch(/^\d\d\.\d\d$/);
    });
  });

  it('sweep and merge refuse a folder another live cfsim is writing (their rows would interleave)', () => {
    sweptFull();
    const dir = join(work, 'held');
    mkdirSync(dir, { recursive: true });
    // This test process stands in for the other cfsim: alive, on this host.
    writeFileSync(join(dir, '.cfsim-lock'), JSON.stringify({ pid: process.pid, host: hostname(), command: 'cfsim sweep', since: new Date().toISOString() }));
    for (const args of [['sweep', SOBOL, '--out', dir, '--resume'], ['merge', dir, full]]) {
      const r = cfsim(args);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain('is being written by another cfsim (process');
    }
    expect(readdirSync(dir)).toEqual(['.cfsim-lock']);
  });

  it('analyze on an unfinished sweep says so, and ignores a last row cut short', () => {
    const plan = planFile('grid-unfinished.yaml', `parameters:\n  policy.supervision.mode: { values: [opt-in, opt-out] }\ndesign: grid\nreps: 2\nset: { days: 60 }\nmetrics: [supportUptake]\n`);
    const dir = join(work, 'grid-unfinished');
    expect(cfsim(['sweep', plan, '--out', dir]).status).toBe(0);
    const lines = readFileSync(join(dir, 'runs.csv'), 'utf8').split('\n');
    // Keep the header and two finished rows, then half of the third row with no newline, as a kill leaves it.
    writeFileSync(join(dir, 'runs.csv'), `${lines.slice(0, 3).join('\n')}\n${lines[3].slice(0, 12)}`);
    const manifest = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8'));
    writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ ...manifest, status: 'interrupted', completed: 2 }));
    const json = cfsim(['analyze', dir, '--json']);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: 'interrupted', runs: 4, completedRuns: 2 });
    const text = cfsim(['analyze', dir]).stdout;
    expect(text).toContain('Warning: the sweep is interrupted (2 of 4 runs in runs.csv)');
  });

  it('--emit slurm writes a job array over the shards and a merge job that waits for it', () => {
    const dir = join(work, 'slurm');
    const r = cfsim(['sweep', SOBOL, '--out', dir, '--emit', 'slurm', '--shards', '3', '--threads', '2']);
    expect(r.status, r.stderr).toBe(0);
    const array = readFileSync(join(dir, 'slurm', 'array.sbatch'), 'utf8');
    expect(array).toContain('#SBATCH --array=0-2');
    expect(array).toContain('--shard "${SLURM_ARRAY_TASK_ID}/3"');
    expect(array).toContain('--resume');
    const merge = readFileSync(join(dir, 'slurm', 'merge.sbatch'), 'utf8');
    expect(merge).toContain(`merged='${dir}/merged'\n`);
    // Merge the shards, then analyze and report the merged folder, in that order, each a step of the job.
    expect([...merge.matchAll(/^step (\d) .* (merge|analyze|report) "\$merged"(.*)$/gm)].map((m) => `${m[1]} ${m[2]}${m[3]}`)).toEqual(['1 merge "${shards[@]}"', '2 analyze', '3 report']);
    // After every shard has ended, failed or not: a shard with a failed run exits 1, and afterok would leave the merge job waiting for ever.
    expect(readFileSync(join(dir, 'slurm', 'submit.sh'), 'utf8')).toContain('--dependency=afterany:');
    // A resubmitted task's log is appended to, not replaced, so the first attempt's end (a timeout, say) stays readable.
    expect(array).toContain('#SBATCH --open-mode=append\n');
    expect(merge).toContain('#SBATCH --open-mode=append\n');
    // submit.sh passes its own options (a cluster's --time, --account, --partition) to both sbatch calls.
    const bin = join(work, 'fake-sbatch');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'sbatch'), `#!/bin/bash\necho "$*" >> ${shellQuote(join(bin, 'calls'))}\necho 42\n`);
    chmodSync(join(bin, 'sbatch'), 0o755);
    const submitted = spawnSync('bash', [join(dir, 'slurm', 'submit.sh'), '--time=04:00:00', '--account=our lab'], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
    expect(submitted.status, submitted.stderr).toBe(0);
    expect(readFileSync(join(bin, 'calls'), 'utf8').trim().split('\n')).toEqual([
      `--parsable --time=04:00:00 --account=our lab ${join(dir, 'slurm', 'array.sbatch')}`,
      `--parsable --time=04:00:00 --account=our lab --dependency=afterany:42 ${join(dir, 'slurm', 'merge.sbatch')}`,
    ]);
  });

  it('keeps sweep.json\'s completed runs up to date while it runs, for a batch job that shows no progress bar', async () => {
    const plan = join(work, 'watched.yaml');
    writeFileSync(plan, 'name: watched\nset: { days: 60 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\npoints: 40\nreps: 2\nseed: 2\nmetrics: [proqolSTS]\n');
    const out = join(work, 'watched');
    const child = spawn(process.execPath, ['dist/cfsim.js', 'sweep', plan, '--out', out, '--threads', '1'], { env: { ...process.env, CFSIM_TEST_STATUS_EVERY_MS: '0' }, stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    let running = false;
    let seen: { completed: number; rows: number } | undefined;
    for (let polls = 0; polls < 6000 && child.exitCode === null && !seen; polls++) {
      await new Promise((r) => setTimeout(r, 20));
      let status: { status?: string; completed?: number };
      try {
        status = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8'));
      } catch {
        continue; // not written yet
      }
      running ||= status.status === 'running';
      if (status.status === 'running' && (status.completed ?? 0) > 0) seen = { completed: status.completed!, rows: readFileSync(join(out, 'runs.csv'), 'utf8').trim().split('\n').length - 1 };
    }
    expect(await exited).toBe(0);
    expect(running).toBe(true);
    // Seen mid-run: some runs counted, never more than runs.csv holds.
    expect(seen, 'a running sweep.json counted finished runs').toBeDefined();
    expect(seen!.completed).toBeLessThanOrEqual(seen!.rows);
    expect(JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8'))).toMatchObject({ status: 'complete', completed: 80 });
  });

  it('--emit slurm freezes the plan: the jobs run the copy in DIR/slurm, whatever the plan file says by the time they start; and asks for 1 CPU per task unless --threads says more', () => {
    const plan = join(work, 'frozen.yaml');
    writeFileSync(plan, 'name: frozen\nset: { days: 10 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\npoints: 2\nreps: 1\nseed: 2\nmetrics: [proqolSTS]\n');
    const out = join(work, 'frozen');
    const r = cfsim(['sweep', plan, '--out', out, '--emit', 'slurm', '--shards', '1']);
    expect(r.status, r.stderr).toBe(0);
    const array = readFileSync(join(out, 'slurm', 'array.sbatch'), 'utf8');
    expect(array).toContain('#SBATCH --cpus-per-task=1\n');
    expect(array).toContain(`sweep '${join(out, 'slurm', 'plan.json')}' --out`);
    expect(array).not.toContain(plan);
    // The next study is prepared in the same file while the jobs wait: another seed, more points.
    writeFileSync(plan, 'name: frozen\nset: { days: 10 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\npoints: 3\nreps: 1\nseed: 99\nmetrics: [proqolSTS]\n');
    const t = spawnSync('bash', [join(out, 'slurm', 'array.sbatch')], { encoding: 'utf8', cwd: work, env: { ...process.env, SLURM_ARRAY_TASK_ID: '0' } });
    expect(t.status, t.stderr).toBe(0);
    const ran = JSON.parse(readFileSync(join(out, 'shard-0', 'plan.json'), 'utf8'));
    expect(ran.plan).toMatchObject({ seed: 2, points: 2 });
    expect(readFileSync(join(out, 'shard-0', 'runs.csv'), 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('--emit slurm scripts take any path safely: quotes, $, backticks, spaces and $(...) run nothing, and the shards and merge they run equal a local run', () => {
    const tiny = `name: tiny\nset: { days: 10 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\npoints: 3\nreps: 1\nseed: 2\nmetrics: [proqolSTS]\n`;
    const weird = join(work, `we$ird $(touch PWNED) \`touch PWNED2\` 'q' "d" 50%`);
    mkdirSync(weird);
    const plan = join(weird, 'plan `x` $HOME.yaml');
    writeFileSync(plan, tiny);
    const out = join(weird, 'out');
    const r = cfsim(['sweep', plan, '--out', out, '--emit', 'slurm', '--shards', '2', '--threads', '1']);
    expect(r.status, r.stderr).toBe(0);
    // The printed hint is one bash word that stands for submit.sh's path.
    const hint = /submit with: bash (.*)\n/.exec(r.stdout)?.[1] ?? '';
    expect(spawnSync('bash', ['-c', `set -- ${hint}; printf %s "$#:$1"`], { encoding: 'utf8', cwd: work }).stdout).toBe(`1:${join(out, 'slurm', 'submit.sh')}`);
    // sbatch reads the directive itself: a double-quoted value, \" for a quote, % doubled outside %a.
    const array = readFileSync(join(out, 'slurm', 'array.sbatch'), 'utf8');
    const logs = join(out, 'slurm', 'logs').replace(/%/g, '%%').replace(/"/g, '\\"');
    expect(array).toContain(`#SBATCH --output="${logs}/shard-%a.out"\n`);
    for (const task of ['0', '1']) {
      const t = spawnSync('bash', [join(out, 'slurm', 'array.sbatch')], { encoding: 'utf8', cwd: work, env: { ...process.env, SLURM_ARRAY_TASK_ID: task } });
      expect(t.status, t.stderr).toBe(0);
    }
    const m = spawnSync('bash', [join(out, 'slurm', 'merge.sbatch')], { encoding: 'utf8', cwd: work });
    expect(m.status, m.stderr).toBe(0);
    expect(readdirSync(work).filter((f) => f.startsWith('PWNED')), 'no command in a path ran').toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['merged', 'shard-0', 'shard-1', 'slurm']);
    // The merge job leaves an analysed study, and its log says how each step ended.
    expect(readdirSync(join(out, 'merged')).sort()).toEqual(['analysis.json', 'plan.json', 'report.html', 'runs.csv', 'sweep.json']);
    expect(JSON.parse(readFileSync(join(out, 'merged', 'analysis.json'), 'utf8'))).toMatchObject({ plan: 'tiny', status: 'complete', completedRuns: 3 });
    expect(m.stdout.split('\n').filter((line) => line.startsWith('cfsim merge job:'))).toEqual([
      'cfsim merge job: step 1 of 3: cfsim merge',
      'cfsim merge job: step 1 of 3, cfsim merge, done',
      'cfsim merge job: step 2 of 3: cfsim analyze',
      'cfsim merge job: step 2 of 3, cfsim analyze, done',
      'cfsim merge job: step 3 of 3: cfsim report',
      'cfsim merge job: step 3 of 3, cfsim report, done',
      `cfsim merge job: done: ${join(out, 'merged')} holds the merged runs (runs.csv), their analysis (analysis.json) and report (report.html)`,
    ]);
    expect(m.stdout, "analyze's tables go to the log").toContain('Sweep tiny (lhs design)');
    expect(m.stderr).toContain(`wrote ${join(out, 'merged', 'report.html')}`);
    const local = join(work, 'tiny-local');
    expect(cfsim(['sweep', plan, '--out', local, '--threads', '1']).status).toBe(0);
    expect(readFileSync(join(out, 'merged', 'runs.csv'), 'utf8')).toBe(readFileSync(join(local, 'runs.csv'), 'utf8'));
  });

  it('--emit slurm scripts find Node.js on a compute node that lacks the one that wrote them: CFSIM_NODE, else node on PATH, else a clear error', () => {
    const tiny = `name: tiny\nset: { days: 10 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\npoints: 2\nreps: 1\nseed: 2\nmetrics: [proqolSTS]\n`;
    const plan = join(work, 'node-path.yaml');
    writeFileSync(plan, tiny);
    const out = join(work, 'node-path');
    expect(cfsim(['sweep', plan, '--out', out, '--emit', 'slurm', '--shards', '2', '--threads', '1']).status).toBe(0);
    const script = (name: string) => join(out, 'slurm', name);
    // A "module load"ed Node: on PATH only, the written path missing (CFSIM_NODE stands in for it).
    const bin = join(work, 'module-bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(process.execPath, join(bin, 'node'));
    const env = { PATH: `${bin}:/usr/bin:/bin`, CFSIM_NODE: join(work, 'no-such-node') };
    for (const task of ['0', '1']) {
      const t = spawnSync('bash', [script('array.sbatch')], { encoding: 'utf8', cwd: work, env: { ...env, SLURM_ARRAY_TASK_ID: task } });
      expect(t.status, t.stderr).toBe(0);
    }
    const m = spawnSync('bash', [script('merge.sbatch')], { encoding: 'utf8', cwd: work, env });
    expect(m.status, m.stderr).toBe(0);
    for (const file of ['runs.csv', 'analysis.json', 'report.html']) expect(existsSync(join(out, 'merged', file)), file).toBe(true);
    // No Node anywhere: exit 127 with a message saying what to do, before anything runs.
    const none = spawnSync('/bin/bash', [script('merge.sbatch')], { encoding: 'utf8', cwd: work, env: { PATH: join(work, 'empty-path'), CFSIM_NODE: join(work, 'no-such-node') } });
    expect(none.status).toBe(127);
    expect(none.stderr).toContain(`cfsim: no Node.js on this compute node (${join(work, 'no-such-node')} is missing and node is not on PATH): load it (module load ...) or set CFSIM_NODE`);
  });

  it('the --emit slurm merge job stops at the first step that fails, with its exit status, and its log says which and what the merged folder holds', () => {
    const sobol = (name: string, reps: number) => planFile(`${name}.yaml`, `name: ${name}\nset: { days: 10 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: sobol\npoints: 4\nreps: ${reps}\nseed: 2\nmetrics: [proqolSTS]\n`);
    const emit = (plan: string, out: string) => expect(cfsim(['sweep', plan, '--out', out, '--emit', 'slurm', '--shards', '2', '--threads', '1']).status).toBe(0);
    const task = (out: string, index: string, failRep: string) =>
      spawnSync('bash', [join(out, 'slurm', 'array.sbatch')], { encoding: 'utf8', cwd: work, env: { ...process.env, SLURM_ARRAY_TASK_ID: index, CFSIM_TEST_FAIL_REP: failRep } });
    const mergeJob = (out: string) => spawnSync('bash', [join(out, 'slurm', 'merge.sbatch')], { encoding: 'utf8', cwd: work });
    const steps = (log: string) => log.split('\n').filter((line) => line.startsWith('cfsim merge job:'));
    // Shard 1 has not run: the merge is refused, and nothing is analysed.
    const out = join(work, 'merge-job-fails');
    emit(sobol('merge-job-fails', 1), out);
    expect(task(out, '0', '0').status, 'every run failed').toBe(1);
    let m = mergeJob(out);
    expect(m.status).toBe(2);
    expect(m.stderr).toContain(`SHARD_DIR: ${join(out, 'shard-1')}`);
    expect(steps(m.stdout)).toEqual(['cfsim merge job: step 1 of 3: cfsim merge']);
    expect(steps(m.stderr)).toEqual([
      `cfsim merge job: step 1 of 3, cfsim merge, failed with exit status 2 (see above); the shards were not analysed or reported; to run again the shards it names (cut short, say): sbatch --array=I,J,... '${join(out, 'slurm', 'array.sbatch')}', then sbatch '${join(out, 'slurm', 'merge.sbatch')}'`,
    ]);
    expect(existsSync(join(out, 'merged'))).toBe(false);
    // Every shard ran, but no run succeeded: merged, then analyze refuses a Sobol design with points
    // that have no successful run; report (which would analyze again) is not run.
    expect(task(out, '1', '0').status).toBe(1);
    m = mergeJob(out);
    expect(m.status).toBe(2);
    expect(steps(m.stdout)).toEqual(['cfsim merge job: step 1 of 3: cfsim merge', 'cfsim merge job: step 1 of 3, cfsim merge, done', 'cfsim merge job: step 2 of 3: cfsim analyze']);
    expect(m.stderr).toContain('the sweep has no successful run to analyze (12 of its 12 runs are in');
    expect(steps(m.stderr)).toEqual([`cfsim merge job: step 2 of 3, cfsim analyze, failed with exit status 2 (see above); the merged runs are in ${join(out, 'merged', 'runs.csv')}, not analysed; the report was not made`]);
    expect(readdirSync(join(out, 'merged')).sort()).toEqual(['plan.json', 'runs.csv', 'sweep.json']);
    // Failed runs that leave a replication at every point: analysed with the warning, and reported.
    const some = join(work, 'merge-job-some-fail');
    emit(sobol('merge-job-some-fail', 2), some);
    // Run r mod 2 is replication r mod 2 here: shard 1 holds every replication 1, and only it fails.
    expect([task(some, '0', '1').status, task(some, '1', '1').status]).toEqual([0, 1]);
    m = mergeJob(some);
    expect(m.status, m.stderr).toBe(0);
    expect(m.stdout).toContain('Sweep merge-job-some-fail (sobol design), 12 failed runs left out');
    expect(m.stdout).toContain('Warning: the Sobol indices use 1 of the 2 replications (replication 0)');
    expect(steps(m.stdout).slice(-1)).toEqual([`cfsim merge job: done: ${join(some, 'merged')} holds the merged runs (runs.csv), their analysis (analysis.json) and report (report.html)`]);
    expect(JSON.parse(readFileSync(join(some, 'merged', 'analysis.json'), 'utf8'))).toMatchObject({ failures: 12, replications: { used: [0] } });
    expect(existsSync(join(some, 'merged', 'report.html'))).toBe(true);
  });

  it('--emit slurm refuses, with nothing written, a folder whose path Slurm cannot take in a directive, --shard, --resume, and more shards than runs or than Slurm takes by default', () => {
    const refused = (args: string[], fragments: string[]) => {
      const dir = args[args.indexOf('--out') + 1];
      const r = cfsim(['sweep', ...args]);
      expect(r.status, r.stderr).toBe(2);
      for (const fragment of fragments) expect(r.stderr).toContain(fragment);
      expect(existsSync(dir), `${dir} is not written`).toBe(false);
    };
    const slash = join(work, 'back\\slash');
    refused([SOBOL, '--out', slash, '--emit', 'slurm'], [`--out: ${slash} contains a backslash (\\), which Slurm cannot take in the scripts' #SBATCH --output lines`]);
    const plain = join(work, 'slurm-refused');
    refused([SOBOL, '--out', plain, '--emit', 'slurm', '--shards', '2', '--shard', '0/2', '--resume'], [
      '--shard: cannot be combined with --emit slurm',
      '--resume: cannot be combined with --emit slurm',
    ]);
    refused([SOBOL, '--out', plain, '--emit', 'slurm', '--resume'], ['--resume: cannot be combined with --emit slurm']);
    refused([SOBOL, '--out', plain, '--emit', 'slurm', '--shards', '100000'], ["--shards: 100000 is more shards than the plan's 64 runs", 'give --shards from 1 to 64']);
    const tiny = planFile('two-runs.yaml', 'set: { days: 10 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\npoints: 1\nreps: 2\n');
    refused([tiny, '--out', plain, '--emit', 'slurm'], ["--shards: 4 (the default) is more shards than the plan's 2 runs"]);
    const big = planFile('many-runs.yaml', 'set: { days: 10 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\npoints: 1000\nreps: 2\n');
    refused([big, '--out', plain, '--emit', 'slurm', '--shards', '1002'], ["--shards: 1002 is more array tasks than Slurm's default MaxArraySize (1001: array indices 0 to 1000) takes; give --shards from 1 to 1001"]);
    // The most shards allowed: the merge job lists the shard folders with a loop, not one by one.
    const most = join(work, 'slurm-most');
    const r = cfsim(['sweep', big, '--out', most, '--emit', 'slurm', '--shards', '1001']);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(most, 'slurm', 'array.sbatch'), 'utf8')).toContain('#SBATCH --array=0-1000\n');
    const merge = readFileSync(join(most, 'slurm', 'merge.sbatch'), 'utf8');
    expect(merge).toContain('for ((i = 0; i < 1001; i++))');
    expect(merge).not.toContain('shard-1');
    // Short whatever the shards (listed one by one, 1001 shard folders would take over 20000 characters).
    expect(merge.length).toBeLessThan(2500);
  });

  it('--emit slurm refuses a run\'s results folder, as a sweep does, with nothing written, its report.html too', () => {
    const dir = join(work, 'run-results');
    // With the report in the folder (--out DIR --report DIR) too: it is the run's, not a stray file of someone's.
    expect(cfsim(['run', '--reps', '1', '--days', '5', '--out', dir, '--report', dir]).status).toBe(0);
    const before = readdirSync(dir).sort();
    expect(before).toContain('report.html');
    for (const extra of [[], ['--resume'], ['--emit', 'slurm', '--shards', '2']]) {
      const r = cfsim(['sweep', SOBOL, '--out', dir, ...extra]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(`--out: ${dir} holds the results of a run (manifest.json); write the sweep to another folder`);
    }
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('analyze and report on one shard\'s folder say it is shard I/N and must be merged, and never pass for the whole study', () => {
    shardSweeps();
    mergedSweep();
    const plan = planFile('lhs-shards.yaml', `name: lhs-shards\nset: { days: 30 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\n  policy.supervision.quality: { min: 0.2, max: 0.9 }\ndesign: lhs\npoints: 6\nreps: 2\nmetrics: [proqolSTS]\n`);
    const dir = join(work, 'lhs-shard-0');
    expect(cfsim(['sweep', plan, '--out', dir, '--shard', '0/3']).status).toBe(0);
    const warning = `this folder holds shard 0/3 of the plan's runs (4 of its 12 runs; the shard is complete), not the whole study; this analysis covers only this shard's runs. For the whole study, merge the shards (cfsim merge OUT ${dir} SHARD_DIR...)`;
    const text = cfsim(['analyze', dir]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Sweep lhs-shards \(lhs design, shard 0\/3 only\)\n/);
    expect(text.stdout).toContain(`Warning: ${warning}`);
    const json = cfsim(['analyze', dir, '--json']);
    expect(json.stderr).toContain(`cfsim: warning: ${warning}`);
    const analysis = JSON.parse(json.stdout);
    expect(analysis).toMatchObject({ status: 'shard', runs: 4, completedRuns: 4, planRuns: 12, shard: { index: 0, count: 3, status: 'complete' } });
    expect(JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8'))).toEqual(analysis);
    const report = cfsim(['report', dir]);
    expect(report.status, report.stderr).toBe(0);
    expect(report.stderr).toContain(`cfsim: warning: ${warning}`);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<h1>CFSim sweep: lhs-shards (shard 0/3)</h1>');
    expect(html.indexOf('shard 0/3 of the plan&#39;s runs')).toBeLessThan(html.indexOf('<h2>Charts</h2>'));
    // A Sobol shard lacks other shards' points: the advice is to merge, which resuming cannot replace.
    const sobol = cfsim(['analyze', join(work, 'shard-0')]);
    expect(sobol.status).toBe(2);
    expect(sobol.stderr).toContain(`point 2 is not in ${join(work, 'shard-0', 'runs.csv')} (the other shards run it); a sobol analysis needs every point; this folder holds only shard 0/3 of the plan's runs (22 of 64); merge the shards first (cfsim merge OUT ${join(work, 'shard-0')} SHARD_DIR...)`);
    expect(sobol.stderr).not.toContain('resume the sweep first');
    // The merged folder is the whole study: no warning.
    const merged = cfsim(['analyze', join(work, 'merged'), '--json', '--bootstrap', '0']);
    expect(merged.stderr).toBe('');
    expect(JSON.parse(merged.stdout)).toMatchObject({ status: 'complete', runs: 64, planRuns: 64 });
    expect(JSON.parse(merged.stdout)).not.toHaveProperty('shard');
  });

  it('report draws a sweep of one parameter: the metric against it, per metric, and names the folder it wrote to', () => {
    const plan = planFile('one-parameter.yaml', `set: { days: 30 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 3\nreps: 2\nmetrics: [proqolSTS, turnoverPerYear]\n`);
    const dir = join(work, 'one-parameter');
    expect(cfsim(['sweep', plan, '--out', dir]).status).toBe(0);
    const figures = join(work, 'one-parameter-figures');
    const r = cfsim(['report', dir, '--format', 'svg', '-o', figures]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(`wrote 4 files to ${figures}\n`);
    // The grid's paired differences from point 0 (common random numbers, the default) follow the response charts.
    expect(readdirSync(figures).sort()).toEqual(['figure-1-response-proqolSTS.svg', 'figure-2-response-turnoverPerYear.svg', 'figure-3-differences-proqolSTS.svg', 'figure-4-differences-turnoverPerYear.svg']);
    // Titled in words, with the plan's names on the subtitle's last line (since 0.31.0).
    const response = readFileSync(join(figures, 'figure-1-response-proqolSTS.svg'), 'utf8');
    expect(response).toContain('ProQOL STS (points) over community stigma');
    expect(response).toContain('As the plan and runs.csv name them: x: community.stigma · y: proqolSTS.');
    expect(cfsim(['report', dir]).status).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('Figure 1. proqolSTS over community.stigma');
  });

  it('refuses a plan too large to hold, at once and with nothing written', () => {
    const plan = planFile('huge.yaml', 'set: { days: 2 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.2 }\npoints: 2000\nreps: 100000\n');
    const dir = join(work, 'huge');
    const r = cfsim(['sweep', plan, '--out', dir]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('points × reps: the plan has 200,000,000 runs: 2,000 points × 100,000 reps; at most 1,000,000 runs are allowed');
    expect(existsSync(dir)).toBe(false);
  });

  it('bad flags exit 2 naming the flag', () => {
    const r = cfsim(['sweep', SOBOL, '--out', join(work, 'x'), '--shard', '3/3']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--shard');
  });

  it('refuses, before anything is written or run, a plan with a point that cannot run, naming the point, its values and the problem in a sweep\'s words', () => {
    const change = 'changes: [{ day: 100, set: { policy.supervision.mode: opt-out } }]';
    const varied = planFile('days-and-change.yaml', `set: { ${change} }\nparameters:\n  days: { min: 50, max: 200 }\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 4\nreps: 1\nmetrics: [proqolSTS]\n`);
    const dir = join(work, 'unrunnable');
    const point = "parameters: a scheduled change's day must be from 1 to the point's days − 1 (each point's run has as many days as its days value, numbered from 0, and a change takes effect at the start of one of them): point 0 (days 50, community.stigma 0.1) cannot run: changes[0].day: 100 is out of range; expected a day from 1 to 49; point 4 (days 100, community.stigma 0.1) cannot run: changes[0].day: 100 is out of range; expected a day from 1 to 99 (8 of";
    for (const extra of [[], ['--emit', 'slurm', '--shards', '2'], ['--shard', '1/2']]) {
      const r = cfsim(['sweep', varied, '--out', dir, ...extra]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(point);
      expect(r.stderr).toContain("(8 of the plan's 16 points cannot run); change the parameters' ranges or the plan's set so that every point can run");
      expect(r.stderr).not.toContain('--days');
      expect(existsSync(dir), 'nothing is written').toBe(false);
    }
    // A fixed horizon too short for a change: the plan's set.days is named, not a --days that sweep has not.
    const fixed = planFile('short-set-days.yaml', `set: { days: 50, ${change} }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\npoints: 2\nreps: 1\n`);
    const r = cfsim(['sweep', fixed, '--out', dir]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain("set.changes[0].day: 100 is out of range; expected a day from 1 to 49 (days − 1: the run has 50 days, set by the plan's set: { days }, numbered from 0");
    // Every point's horizon reaches the change: the base horizon (1095 days) does not refuse it.
    const long = planFile('long-days-and-change.yaml', `set: { changes: [{ day: 40, set: { policy.supervision.mode: opt-out } }] }\nparameters:\n  days: { min: 45, max: 60 }\npoints: 2\nreps: 1\nmetrics: [proqolSTS]\n`);
    const base = planFile('beyond-base.yaml', `set: { changes: [{ day: 1200, set: { policy.supervision.mode: opt-out } }] }\nparameters:\n  days: { min: 1300, max: 1500 }\npoints: 2\nreps: 1\n`);
    expect(cfsim(['sweep', base, '--out', join(work, 'beyond-base'), '--emit', 'slurm', '--shards', '1']).status).toBe(0);
    const ok = cfsim(['sweep', long, '--out', join(work, 'long-days')]);
    expect(ok.status, ok.stderr).toBe(0);
  });

  it('analyze refuses a bootstrap count too small for a 95% interval, naming what is allowed', () => {
    sweptFull();
    for (const n of ['1', '10', '99', '-1']) {
      const r = cfsim(['analyze', full, '--bootstrap', n]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(`--bootstrap: "${n}" is not allowed; expected 0 (the estimates without intervals) or a whole number from 100 to 1000000 (fewer resamples cannot give a 95% interval)`);
      expect(r.stdout).toBe('');
    }
  });

  it('--shard with more shards than the plan has runs is refused, as --emit slurm --shards is, with nothing written', () => {
    const tiny = planFile('two-runs-shard.yaml', 'set: { days: 10 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\npoints: 1\nreps: 2\n');
    const dir = join(work, 'too-many-shards');
    const r = cfsim(['sweep', tiny, '--out', dir, '--shard', '0/3']);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain("--shard: 0/3 is 3 shards, more than the plan's 2 runs (each shard takes the runs with run mod N = I, so some shards would have none); give N from 1 to 2");
    expect(existsSync(dir)).toBe(false);
    expect(cfsim(['sweep', tiny, '--out', dir, '--shard', '1/2']).status).toBe(0);
  });
});

describe('cfsim sweep over support packages', () => {
  // Does opt-out support's benefit depend on the community's overdose burden? The README's worked example.
  const plan = planFile(
    'burden-by-package.yaml',
    `name: burden-by-package
base: { population: ct-harm-reduction }
set: { days: 120 }
parameters:
  community.overdoseBurden: { values: [0.5, 1.5] }
  policy: { values: [status-quo, opt-out-support] }
design: grid
reps: 2
seed: 7
metrics: [proqolSTS, turnoverPerYear, costPerWorkerYear]
`,
  );
  const dir = join(work, 'burden-by-package');
  const metrics = ['proqolSTS', 'turnoverPerYear', 'costPerWorkerYear'];
  const rowsOf = (folder: string) => readFileSync(join(folder, 'runs.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  /** The plan swept into `dir` (made once, by the first test that needs it): the command's result. */
  const sweptByPackage = once(() => cfsim(['sweep', plan, '--out', dir, '--threads', '2']));

  it('pairs the packages at each point as cfsim compare pairs them: every row is that replication of cfsim compare --policies with the point\'s values', () => {
    const r = sweptByPackage();
    expect(r.status, r.stderr).toBe(0);
    const lines = readFileSync(join(dir, 'runs.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('run,point,rep,seed,status,error,community.overdoseBurden,policy,proqolSTS,turnoverPerYear,costPerWorkerYear');
    const rows = rowsOf(dir);
    expect(rows.map((c) => [c[1], c[2], c[6], c[7]].join(' '))).toEqual(['0 0 0.5 status-quo', '0 1 0.5 status-quo', '1 0 0.5 opt-out-support', '1 1 0.5 opt-out-support', '2 0 1.5 status-quo', '2 1 1.5 status-quo', '3 0 1.5 opt-out-support', '3 1 1.5 opt-out-support']);
    for (const burden of ['0.5', '1.5']) {
      const out = join(work, `compare-burden-${burden}`);
      const compared = cfsim(['compare', 'ct-harm-reduction', '--policies', 'status-quo,opt-out-support', '--set', 'days=120', '--set', `community.overdoseBurden=${burden}`, '--seed', '7', '--reps', '2', '--out', out, '--json']);
      expect(compared.status, compared.stderr).toBe(0);
      const [header, ...replications] = readFileSync(join(out, 'replications.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
      for (const replication of replications) {
        const row = rows.find((c) => c[6] === burden && c[7] === replication[0] && c[2] === replication[1])!;
        expect(metrics.map((m) => Number(row[8 + metrics.indexOf(m)])), `${burden} ${replication[0]} rep ${replication[1]}`).toEqual(metrics.map((m) => Number(replication[header.indexOf(m)])));
      }
      // And cfsim run prints the means of each point's rows.
      const run = JSON.parse(cfsim(['run', 'ct-harm-reduction', '--policy', 'status-quo,opt-out-support', '--set', 'days=120', '--set', `community.overdoseBurden=${burden}`, '--seed', '7', '--reps', '2', '--json']).stdout);
      for (const arm of run.policies as { policy: string; metrics: Record<string, { mean: number }> }[]) {
        const mine = rows.filter((c) => c[6] === burden && c[7] === arm.policy);
        for (const [m, metric] of metrics.entries()) expect(mine.reduce((sum, c) => sum + Number(c[8 + m]), 0) / mine.length).toBeCloseTo(arm.metrics[metric].mean, 9);
      }
    }
    // Common random numbers: the two packages' turnover (which 120 days of support do not move) is identical replication by replication.
    expect(rows[2][9]).toBe(rows[0][9]);
    expect(rows[3][9]).toBe(rows[1][9]);
  });

  it('analyze gives each point its package, and report draws the metrics over burden and package', () => {
    sweptByPackage();
    const json = cfsim(['analyze', dir, '--json']);
    expect(json.status, json.stderr).toBe(0);
    const analysis = JSON.parse(json.stdout);
    expect(analysis.points.map((p: Record<string, unknown>) => [p['community.overdoseBurden'], p.policy, p.runs])).toEqual([[0.5, 'status-quo', 2], [0.5, 'opt-out-support', 2], [1.5, 'status-quo', 2], [1.5, 'opt-out-support', 2]]);
    const text = cfsim(['analyze', dir]);
    expect(text.stdout).toContain('point\tcommunity.overdoseBurden\tpolicy\truns\t');
    expect(text.stdout).toMatch(/\n3\t1\.5\topt-out-support\t2\t/);
    const figures = join(work, 'burden-by-package-figures');
    const r = cfsim(['report', dir, '--format', 'svg', '-o', figures]);
    expect(r.status, r.stderr).toBe(0);
    // The heatmaps, then the grid's paired differences from point 0 (common random numbers), in the plan's order of metrics.
    expect(readdirSync(figures).sort()).toEqual([...metrics.map((m, i) => `figure-${i + 1}-heatmap-${m}.svg`), ...metrics.map((m, i) => `figure-${i + 4}-differences-${m}.svg`)].sort());
    const svg = readFileSync(join(figures, `figure-${metrics.indexOf('proqolSTS') + 1}-heatmap-proqolSTS.svg`), 'utf8');
    expect(svg).toContain('ProQOL STS (points) over overdose burden and the organization\'s support package');
    expect(svg).toContain('As the plan and runs.csv name them: x: community.overdoseBurden · y: policy · colour: proqolSTS.');
    expect(svg).toContain('opt-out-support');
    expect(cfsim(['report', dir]).status).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('Figure 1. proqolSTS over community.overdoseBurden and policy');
  });

  it('a Sobol sweep over the package gives it indices like any parameter (its list drawn uniformly, a categorical input)', () => {
    const sobol = planFile('sobol-package.yaml', `set: { days: 60 }\nparameters:\n  community.overdoseBurden: { min: 0.5, max: 2 }\n  policy: { values: [status-quo, opt-out-support, individual-resilience] }\ndesign: sobol\npoints: 4\nreps: 1\nmetrics: [proqolSTS]\n`);
    const sdir = join(work, 'sobol-package');
    expect(cfsim(['sweep', sobol, '--out', sdir]).status).toBe(0);
    const rows = rowsOf(sdir);
    expect(new Set(rows.map((c) => c[7]))).toEqual(new Set(['status-quo', 'opt-out-support', 'individual-resilience']));
    const analysis = JSON.parse(cfsim(['analyze', sdir, '--bootstrap', '100', '--json']).stdout);
    expect(analysis.sobol.proqolSTS.map((x: { parameter: string }) => x.parameter)).toEqual(['community.overdoseBurden', 'policy']);
    for (const x of analysis.sobol.proqolSTS) expect(Number.isFinite(x.ST)).toBe(true);
  });

  it('shards merge into the unsharded sweep byte for byte; a resume with the package fixed instead is refused, naming both fields', () => {
    sweptByPackage();
    const shards = [0, 1].map((i) => join(work, `package-shard-${i}`));
    shards.forEach((shard, i) => expect(cfsim(['sweep', plan, '--out', shard, '--shard', `${i}/2`]).status).toBe(0));
    const merged = join(work, 'package-merged');
    const r = cfsim(['merge', merged, ...shards]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(merged, 'runs.csv'), 'utf8')).toBe(readFileSync(join(dir, 'runs.csv'), 'utf8'));
    expect(readFileSync(join(merged, 'plan.json'), 'utf8')).toBe(readFileSync(join(dir, 'plan.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')).plan.base).toEqual({ population: 'ct-harm-reduction' });
    const fixed = planFile('burden-fixed-package.yaml', readFileSync(plan, 'utf8').replace('base: { population: ct-harm-reduction }', 'base: { population: ct-harm-reduction, policy: opt-out-support }').replace('  policy: { values: [status-quo, opt-out-support] }\n', ''));
    const resumed = cfsim(['sweep', fixed, '--out', dir, '--resume']);
    expect(resumed.status).toBe(2);
    expect(resumed.stderr).toContain(`(base.policy: not set in ${join(dir, 'plan.json')}, "opt-out-support" in this plan; parameters.policy: {"values":["status-quo","opt-out-support"]} in ${join(dir, 'plan.json')}, not set in this plan)`);
  });

  it('refuses, before anything is written, a package a plan\'s set makes unrunnable, naming the point and its package', () => {
    // policy.name set to another package's id: every output would label the points' results so.
    const clash = planFile('package-name-clash.yaml', `set: { days: 30, policy.name: status-quo }\nparameters:\n  policy: { values: [status-quo, opt-out-support] }\ndesign: grid\nreps: 1\n`);
    const out = join(work, 'package-name-clash');
    const r = cfsim(['sweep', clash, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('point 1 (policy opt-out-support) cannot run: policy.name: "status-quo" is the id of another package, and this scenario\'s package is opt-out-support');
    expect(existsSync(out)).toBe(false);
  });
});
