import type { Scenario } from '../scenarios/schema';
import { FIRST_RESPONDER_TURNOVER, OUTREACH_PROQOL, OUTREACH_TURNOVER } from './calibrationBands';
import { ensembleOutcome, type PolicyOutcome } from './ensemble';
import { GROUP_TALLY_WIDTH } from './groups';
import { METRIC_NAMES, type MetricName } from './metrics';
import { PROQOL_HIGH, PROQOL_LOW } from './proqol';
import type { ReplicationResult } from './replication';
import { populationSd } from '../sim/stats/summary';
import { OPT_IN_STUDY_DAYS } from './supervision';
import { replicationTally, tallyChunk, type ReplicationTally } from './validationTally';

// The calibration and validation checks of MODEL.md §8 (and the evidence of §5), run on the
// presets with many replications. Everything here is computed: nothing is asserted by hand.

/** End-of-horizon ProQOL STS and burnout scores of every worker in post, pooled over replications. */
export class WorkerScores {
  livedHigh = 0;
  lived = 0;
  otherHigh = 0;
  other = 0;
  moderate = 0;
  total = 0;
  boSum = 0;
  boSumSq = 0;

  add(result: ReplicationResult | ReplicationTally): void {
    const t = 'world' in result ? replicationTally(result) : result;
    for (let i = 0; i < t.sts.length; i++) {
      const sts = t.sts[i];
      const bo = t.bo[i];
      const high = sts >= PROQOL_HIGH ? 1 : 0;
      if (t.lived[i] === 1) {
        this.lived++;
        this.livedHigh += high;
      } else {
        this.other++;
        this.otherHigh += high;
      }
      if (sts > PROQOL_LOW && sts < PROQOL_HIGH) this.moderate++;
      this.total++;
      this.boSum += bo;
      this.boSumSq += bo * bo;
    }
  }

  get burnoutSd(): number {
    return populationSd(this.total, this.boSum, this.boSumSq);
  }
}

/** Staff in post from day 0 to the end of the horizon, and how many of them attended at least one supervision session. */
export class SessionTakers {
  throughout = 0;
  attended = 0;

  add(result: ReplicationResult | ReplicationTally): void {
    const t = 'world' in result ? replicationTally(result) : result;
    this.throughout += t.throughout;
    this.attended += t.attended;
  }
}

/**
 * Runs replications 0 to reps − 1 of a scenario (point 0), handing each one's tally to `fold` in
 * replication order, however many run at once (bin/replicationTallies.ts: on worker threads), so
 * that every sum over them is the same, to the bit.
 */
export type ReplicationTallies = (scenario: Scenario, seed: number, reps: number, fold: (tally: ReplicationTally) => void, run?: ValidationRun) => Promise<void>;

/** Which of the report's runs a call is: its population and the checks it serves, for a failure to name. */
export interface ValidationRun {
  readonly population: string;
  readonly checks: readonly string[];
}

/** Replications run in this thread, one after another. */
export const talliesInThread: ReplicationTallies = async (scenario, seed, reps, fold) => {
  for (const tally of tallyChunk({ scenario, seed, firstRep: 0, reps })) fold(tally);
};

export interface CheckResult {
  readonly id: string;
  readonly target: string;
  readonly source: string;
  readonly achieved: string;
  readonly pass: boolean;
}

export interface ValidationInput {
  readonly reps: number;
  readonly seed: number;
  /** Resolves a (population, package) pair; injected so this module stays free of the scenario loader. */
  readonly scenario: (population: string, policy: string) => Scenario;
  /** Runs the replications (default: in this thread). */
  readonly tallies?: ReplicationTallies;
}

/** One run's outcome, its staff's scores at the end of the horizon, and who took up sessions over it. */
export interface Run {
  /** The scenario run, its horizon included. */
  readonly scenario: Scenario;
  readonly outcome: PolicyOutcome;
  readonly scores: WorkerScores;
  readonly takers: SessionTakers;
}

/** One of the report's runs: a population under a package, over the scenario's own horizon unless `days` is given. */
export interface RunKey {
  readonly population: string;
  readonly policy: string;
  readonly days?: number;
}

const runKeyText = (k: RunKey) => `${k.population}|${k.policy}|${k.days ?? ''}`;

async function run(input: ValidationInput, key: RunKey, checks: readonly string[]): Promise<Run> {
  const resolved = input.scenario(key.population, key.policy);
  const scenario = key.days === undefined ? resolved : { ...resolved, days: key.days };
  const scores = new WorkerScores();
  const takers = new SessionTakers();
  const outcome = await ensembleOn(scenario, input, (t) => {
    scores.add(t);
    takers.add(t);
  }, { population: key.population, checks });
  return { scenario, outcome, scores, takers };
}

/** What runEnsemble gives, from replications run by `input.tallies`, each also handed to `onTally` in replication order. */
async function ensembleOn(scenario: Scenario, input: ValidationInput, onTally: (tally: ReplicationTally) => void, about: ValidationRun): Promise<PolicyOutcome> {
  const values = Object.fromEntries(METRIC_NAMES.map((m) => [m, new Float64Array(input.reps)])) as Record<MetricName, Float64Array>;
  const groups = new Float64Array(input.reps * GROUP_TALLY_WIDTH);
  let rep = 0;
  await (input.tallies ?? talliesInThread)(scenario, input.seed, input.reps, (t) => {
    METRIC_NAMES.forEach((m, j) => (values[m][rep] = t.metrics[j]));
    groups.set(t.groups, rep * GROUP_TALLY_WIDTH);
    rep++;
    onTally(t);
  }, about);
  return ensembleOutcome(scenario, values, groups, input.reps);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number, digits = 1) => x.toFixed(digits);
/** A band of shares in whole percentages, as "20–35%". */
const band = (b: { lo: number; hi: number }) => `${Math.round(b.lo * 100)}–${Math.round(b.hi * 100)}%`;

function rangeCheck(target: string, source: string, r: Run, metric: MetricName, lo: number, hi: number, show: (x: number) => string): Omit<CheckResult, 'id'> {
  const s = r.outcome.metrics[metric];
  return { target, source, achieved: `${show(s.mean)} (90% of replications ${show(s.p05)}–${show(s.p95)})`, pass: s.mean >= lo && s.mean <= hi };
}

/**
 * A check: its id, the runs it reads (each run once however many checks read it), and its result
 * from them, given in the order of `runs`.
 */
export interface ValidationCheck {
  readonly id: string;
  readonly runs: readonly RunKey[];
  readonly result: (runs: readonly Run[]) => Omit<CheckResult, 'id'>;
}

const statusQuo = (population: string): RunKey => ({ population, policy: 'status-quo' });
/** A check on one run. */
const onRun = (id: string, key: RunKey, result: (r: Run) => Omit<CheckResult, 'id'>): ValidationCheck => ({ id, runs: [key], result: ([r]) => result(r) });

/**
 * The checks the status quo's run of an outreach population serves (its ProQOL bands, STS, turnover
 * and uptake), in the report's order.
 */
export function statusQuoChecks(population: string, label: string): ValidationCheck[] {
  const p = `${label}, status quo`;
  const PROQOL = 'MODEL.md §8 (published ProQOL figures for outreach and harm-reduction staff)';
  const check = (id: string, result: (r: Run) => Omit<CheckResult, 'id'>) => onRun(`${population}/${id}`, statusQuo(population), result);
  const scales = [['cs', 'proqolCS', 'ProQOL compassion satisfaction'], ['bo', 'proqolBO', 'ProQOL burnout'], ['sts', 'proqolSTS', 'ProQOL STS']] as const;
  return [
    ...scales.map(([id, metric, words]) => {
      const { lo, hi } = OUTREACH_PROQOL[metric];
      return check(id, (r) => rangeCheck(`${p}: ${words} ${lo}–${hi}`, PROQOL, r, metric, lo, hi, num));
    }),
    check('high-sts', (r) => rangeCheck(`${p}: share in the high STS band (≥42) 1–15%`, PROQOL, r, 'highSTSShare', 0.01, 0.15, pct)),
    check('moderate-sts', (r) => {
      const moderate = r.scores.moderate / r.scores.total;
      return { target: `${p}: most staff in the moderate STS band (above 22, below 42)`, source: PROQOL, achieved: `${pct(moderate)} of staff at the end of the horizon`, pass: moderate > 0.5 };
    }),
    check('lived-sts', (r) => {
      const livedShare = r.scores.livedHigh / Math.max(1, r.scores.lived);
      const otherShare = r.scores.otherHigh / Math.max(1, r.scores.other);
      return {
        target: `${p}: high STS more common among staff with lived experience`,
        source: 'MODEL.md §8; seeds 002, 003 (triggers, "I don\'t clock out")',
        achieved: `${pct(livedShare)} with lived experience vs ${pct(otherShare)} without (end of horizon, pooled)`,
        pass: livedShare > otherShare,
      };
    }),
    check('turnover', (r) => rangeCheck(`${p}: annual turnover ${band(OUTREACH_TURNOVER)} of headcount`, 'Eby et al. 2010 (SUD counsellors ≈33%/yr); MODEL.md §8 (EMS 20–36%, unsourced there)', r, 'turnoverPerYear', OUTREACH_TURNOVER.lo, OUTREACH_TURNOVER.hi, pct)),
    check('uptake', (r) => rangeCheck(`${p}: opt-in supervision uptake a small minority (< 15%) of sessions offered`, 'MODEL.md §8', r, 'supportUptake', 0, 0.15, pct)),
  ];
}

/** Guldner et al. counted people over their opt-in period, not sessions: the check runs that period. */
function optInSelfReferralCheck(population: string, label: string): ValidationCheck {
  return onRun(`${population}/opt-in-self-referral`, { ...statusQuo(population), days: OPT_IN_STUDY_DAYS }, (r) => {
    const referred = r.takers.attended / Math.max(1, r.takers.throughout);
    return {
      target: `${label}, status quo: staff who self-refer for opt-in supervision at least once over ${OPT_IN_STUDY_DAYS} days 2.5–12.2%`,
      source: `Guldner et al. 2024 (7 of 114 residents, 6%, self-initiated therapy over a ${OPT_IN_STUDY_DAYS}-day opt-in period; the band is its exact 95% binomial interval)`,
      achieved: `${pct(referred)} of staff in post throughout (pooled; sessions offered every ${r.scenario.policy.supervision.intervalDays} days)`,
      pass: referred >= 0.025 && referred <= 0.122,
    };
  });
}

/** Every check of the report, in its order. */
export function validationChecks(): ValidationCheck[] {
  const populations = [
    ['ma-outreach', 'Massachusetts outreach'],
    ['ct-harm-reduction', 'Connecticut harm reduction'],
  ] as const;
  const outreach = populations.flatMap(([population, label]) => [...statusQuoChecks(population, label), optInSelfReferralCheck(population, label)]);

  // First responders: MODEL.md §8's turnover target (EMS); its ProQOL bands are outreach and harm-reduction staff's.
  const canada = onRun('canada-first-responders/turnover', statusQuo('canada-first-responders'), (r) =>
    rangeCheck(
      `Canadian first responders, status quo: annual turnover ${band(FIRST_RESPONDER_TURNOVER)} of headcount`,
      'MODEL.md §8 (EMS 20–36%/yr); the outreach ProQOL bands are not applied to this acute region (seed 000: experiences "described with a greater sense of intensity and urgency" where the crisis was most acute; low compassion satisfaction)',
      r,
      'turnoverPerYear',
      FIRST_RESPONDER_TURNOVER.lo,
      FIRST_RESPONDER_TURNOVER.hi,
      pct,
    ),
  );

  // Evidence for the levers (MODEL.md §5), on the default population, against its status quo.
  const base = statusQuo('ma-outreach');
  const lever = (policy: string): RunKey => ({ population: 'ma-outreach', policy });
  const optOut = onRun('ma-outreach/opt-out-uptake', lever('opt-out-support'), (r) =>
    rangeCheck(
      'Opt-out (pre-booked) supervision: about 55% of sessions kept (45–65%)',
      'Guldner et al. 2024 (59 of 107 residents, 55%, kept their first pre-booked appointment; 23, about 21% of the 107, self-initiated more sessions). The model applies 55% to every session (coefficients.optOutAttendance), which likely overstates continued attendance: this checks that the model does so, not that staff keep 55% of later sessions',
      r,
      'supportUptake',
      0.45,
      0.65,
      pct,
    ),
  );
  const debrief: ValidationCheck = {
    id: 'ma-outreach/single-session-debrief',
    runs: [base, lever('mandatory-debrief')],
    result: ([b, d]) => {
      const effect = d.outcome.metrics.proqolSTS.mean - b.outcome.metrics.proqolSTS.mean;
      return {
        target: 'Mandatory single-session debrief: no benefit for STS over natural recovery (difference > −0.5 points)',
        source: 'van Emmerik et al. 2002; Rose et al. (Cochrane)',
        achieved: `STS ${effect >= 0 ? '+' : ''}${num(effect, 2)} points vs status quo`,
        pass: effect > -0.5,
      };
    },
  };
  /** Standardized burnout difference from the status quo (individual-level SD). */
  const burnoutSmd = (b: Run, r: Run) => (r.outcome.metrics.proqolBO.mean - b.outcome.metrics.proqolBO.mean) / b.scores.burnoutSd;
  const individual: ValidationCheck = {
    id: 'ma-outreach/individual-effect',
    runs: [base, lever('individual-resilience')],
    result: ([b, i]) => {
      const smd = burnoutSmd(b, i);
      return {
        target: 'Individual-directed programme (mindfulness): modest burnout effect, SMD between −0.32 and −0.2',
        source: 'Panagioti et al. 2017: physician-directed interventions, burnout SMD −0.18 (95% CI −0.32 to −0.03); MODEL.md §5 gives −0.2 to −0.45, and the band is where the two meet. `mindfulnessSelfCare` is calibrated to it',
        achieved: `SMD ${num(smd, 2)} (burnout ${num(i.outcome.metrics.proqolBO.mean)} vs ${num(b.outcome.metrics.proqolBO.mean)}, individual SD ${num(b.scores.burnoutSd)})`,
        pass: smd <= -0.2 && smd >= -0.32,
      };
    },
  };
  const organizational: ValidationCheck = {
    id: 'ma-outreach/organizational-effect',
    runs: [base, lever('individual-resilience'), lever('multi-level')],
    result: ([b, i, m]) => {
      const smdIndividual = burnoutSmd(b, i);
      const smdMulti = burnoutSmd(b, m);
      return {
        target: 'Organization-directed multi-level package: larger burnout effect than the individual-only programme (direction only: the package bundles staffing, pay, therapy, training and peer support, where the trials tested single changes; ODD deviation 22)',
        source: 'Panagioti et al. 2017 (organization-directed SMD ≈ −0.45, not a bound here)',
        achieved: `SMD ${num(smdMulti, 2)} vs ${num(smdIndividual, 2)} for the individual programme`,
        pass: smdMulti < smdIndividual,
      };
    },
  };
  return [...outreach, canada, optOut, debrief, individual, organizational];
}

/** A run the report makes, and the checks that read it, in the report's order (a failure names them). */
export interface PlannedRun {
  readonly key: RunKey;
  readonly checks: readonly string[];
}

/** A run's horizon where its key gives none: the resolved scenario's own days. */
export type RunHorizon = (population: string, policy: string) => number;

/**
 * A run's key as text, its horizon resolved where `horizonOf` is given: a key given `days` equal to the scenario's own
 * horizon is then the same run as one given none.
 */
const resolvedKeyText = (k: RunKey, horizonOf?: RunHorizon) => runKeyText(k.days === undefined && horizonOf ? { ...k, days: horizonOf(k.population, k.policy) } : k);

/**
 * The distinct runs the checks read, in the order the checks first read them: each is run once. Given `horizonOf`, two
 * keys that resolve to the same scenario, package and horizon (one with `days` equal to the scenario's own) are one run.
 */
export function plannedRuns(checks: readonly ValidationCheck[], horizonOf?: RunHorizon): PlannedRun[] {
  const runs = new Map<string, { key: RunKey; checks: string[] }>();
  for (const check of checks) {
    for (const key of check.runs) {
      const text = resolvedKeyText(key, horizonOf);
      const planned = runs.get(text) ?? { key, checks: [] };
      if (!planned.checks.includes(check.id)) planned.checks.push(check.id);
      runs.set(text, planned);
    }
  }
  return [...runs.values()];
}

/** A check's result, and the horizons (days) of the runs it read. */
export interface CheckOutcome extends CheckResult {
  readonly days: readonly number[];
}

/** Runs every distinct run once, then every check from the runs it reads. */
export async function runValidation(input: ValidationInput): Promise<CheckOutcome[]> {
  const checks = validationChecks();
  const done = new Map<string, Run>();
  const horizonOf: RunHorizon = (population, policy) => input.scenario(population, policy).days;
  for (const planned of plannedRuns(checks, horizonOf)) done.set(resolvedKeyText(planned.key, horizonOf), await run(input, planned.key, planned.checks));
  return checks.map((c) => {
    const runs = c.runs.map((k) => done.get(resolvedKeyText(k, horizonOf))!);
    return { id: c.id, ...c.result(runs), days: runs.map((r) => r.scenario.days) };
  });
}

/** The report as Markdown. */
export function validationMarkdown(checks: readonly CheckOutcome[], meta: { version: string; reps: number; seed: number; days: number; command: string }): string {
  const passed = checks.filter((c) => c.pass).length;
  const failing = checks.filter((c) => !c.pass).map((c) => '`' + c.id + '`');
  const failingNote = failing.length > 0 ? ` Failing: ${failing.join(', ')} (marked **FAIL** below).` : '';
  const lines = [
    '# CFSim validation report',
    '',
    `Generated by \`${meta.command}\` with CFSim ${meta.version}: ${meta.reps} replications per run, seed ${meta.seed}, ${horizonWords(checks, meta.days)}. ` +
      'Do not edit by hand: rerun the command after any change to the model or its defaults.',
    '',
    `**${passed} of ${checks.length} checks pass.**${failingNote}`,
    '',
    'Each target comes from MODEL.md §8 (calibration targets for the status-quo package) or from the evidence behind a policy lever (§5). ' +
      'ProQOL scores and shares are means over the last 90 days; turnover and uptake over the whole horizon; opt-in self-referral over separate runs of the study\'s 214 days. ' +
      'The achieved value is the mean across replications with the range that holds 90% of them. ' +
      'Packages differ only in their levers; no outcome is set directly.',
    '',
    '| check | target | source | achieved | result |',
    '|---|---|---|---|---|',
    ...checks.map((c) => `| \`${c.id}\` | ${c.target} | ${c.source} | ${c.achieved} | ${c.pass ? 'pass' : '**FAIL**'} |`),
    '',
  ];
  return lines.join('\n');
}

/** The runs' horizons: the default, and the checks whose runs take another, named with it ("the default horizon of 1095 days but 214 days for the runs of `a`, `b`"). */
function horizonWords(checks: readonly CheckOutcome[], defaultDays: number): string {
  const others = new Map<number, string[]>();
  for (const c of checks) for (const d of new Set(c.days)) if (d !== defaultDays) others.set(d, [...(others.get(d) ?? []), '`' + c.id + '`']);
  const but = [...others].map(([d, ids]) => `${d} days for the runs of ${ids.join(', ')}`);
  return `the default horizon of ${defaultDays} days` + (but.length > 0 ? ` but ${but.join('; ')}` : '');
}
