// MODEL.md §8's turnover and ProQOL targets for the status-quo package, which the presets meet
// (docs/VALIDATION.md): one source for the validation report's checks and for the warning a run
// gets when its own status quo falls outside them.

/** Annual turnover of outreach, harm-reduction and SUD-counselling staff: 20–35% (Eby et al. 2010, ≈33%/yr). */
export const OUTREACH_TURNOVER = { lo: 0.2, hi: 0.35 } as const;
/** Annual turnover of first responders (EMS): 20–36% (MODEL.md §8). */
export const FIRST_RESPONDER_TURNOVER = { lo: 0.2, hi: 0.36 } as const;
/** The range the presets' status quo was calibrated to, for any population: both targets together. */
export const CALIBRATED_TURNOVER = { lo: Math.min(OUTREACH_TURNOVER.lo, FIRST_RESPONDER_TURNOVER.lo), hi: Math.max(OUTREACH_TURNOVER.hi, FIRST_RESPONDER_TURNOVER.hi) } as const;

/**
 * MODEL.md §8's ProQOL targets for the status quo of outreach and harm-reduction staff (published
 * ProQOL figures), which the ma-outreach and ct-harm-reduction presets meet (docs/VALIDATION.md).
 */
export const OUTREACH_PROQOL = {
  proqolCS: { lo: 35, hi: 42 },
  proqolBO: { lo: 20, hi: 27 },
  proqolSTS: { lo: 22, hi: 28 },
} as const;

/**
 * The population presets calibrated to turnover only: canada-first-responders' ProQOL figures are a
 * more acute region's (seed 000), outside the outreach bands, and MODEL.md §8 gives none of its own.
 */
export const TURNOVER_ONLY_PRESETS: readonly string[] = ['canada-first-responders'];

type CalibratedMetric = 'turnoverPerYear' | keyof typeof OUTREACH_PROQOL;

/** One of a status-quo arm's means outside the range it was calibrated to. */
export interface OutOfRange {
  readonly metric: CalibratedMetric;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/** A status-quo arm with means outside the calibrated ranges: turnover first, then the ProQOL scales. */
export interface UncalibratedArm {
  /** The arm's label (a package's id, or a scenario file's name under `compare --scenarios`). */
  readonly policy: string;
  readonly outside: readonly OutOfRange[];
}

interface MeanAndSd {
  readonly mean: number;
  readonly sd: number | null;
}

/**
 * The shortest horizon whose turnover is set against the calibrated range, a year's: the range is of
 * turnover over years, and a shorter run counts few leavers (in a day, none, with no spread to say
 * so: a researcher's one-day run was warned that its 0% lay below 20–36%).
 */
export const TURNOVER_JUDGED_FROM_DAYS = 365;

/**
 * The arms run under the status-quo package whose means lie outside the ranges the presets' status
 * quo was calibrated to: annual turnover against 20–36% (both of MODEL.md §8's targets), and the
 * ProQOL scores against the outreach bands, except in a scenario of a preset calibrated to turnover
 * only (`scenarioNames[k]`, the arm's scenario name, is one of TURNOVER_ONLY_PRESETS; a scenario of
 * your own is judged on both, since no other band was calibrated). There the model runs beyond what
 * its evidence checked (a heavier caseload or lower pay than any preset, say), and its numbers
 * deserve a check against the team's own. Other packages are not calibrated, so they are not
 * judged. Only a mean more than two standard errors outside a range counts (a short run is noisy,
 * and one replication has no standard error, so it is never judged). Which arms run the status quo
 * is `statusQuo`'s to say: by default an arm labelled `status-quo` (a package's arm); the arms of
 * `compare --scenarios` are labelled by file, so there the caller judges each by its levers.
 * Turnover is judged only over a horizon of `days` of TURNOVER_JUDGED_FROM_DAYS or more.
 */
export function uncalibratedStatusQuo(
  outcomes: readonly { readonly policy: string; readonly metrics: Partial<Record<CalibratedMetric, MeanAndSd>> }[],
  reps: number,
  scenarioNames: readonly (string | undefined)[] = [],
  statusQuo: (arm: number) => boolean = (arm) => outcomes[arm].policy === 'status-quo',
  days: number = Number.POSITIVE_INFINITY,
): UncalibratedArm[] {
  const out: UncalibratedArm[] = [];
  outcomes.forEach((o, k) => {
    if (!statusQuo(k) || reps < 2) return;
    const ranges: [CalibratedMetric, { lo: number; hi: number }][] = days >= TURNOVER_JUDGED_FROM_DAYS ? [['turnoverPerYear', CALIBRATED_TURNOVER]] : [];
    if (!TURNOVER_ONLY_PRESETS.includes(scenarioNames[k] ?? '')) ranges.push(...(Object.entries(OUTREACH_PROQOL) as [CalibratedMetric, { lo: number; hi: number }][]));
    const outside: OutOfRange[] = [];
    for (const [metric, { lo, hi }] of ranges) {
      const s = o.metrics[metric];
      if (s === undefined || typeof s.sd !== 'number' || !Number.isFinite(s.mean)) continue;
      if (Math.max(lo - s.mean, s.mean - hi) > (2 * s.sd) / Math.sqrt(reps)) outside.push({ metric, mean: s.mean, lo, hi });
    }
    if (outside.length > 0) out.push({ policy: o.policy, outside });
  });
  return out;
}

const PROQOL_WORDS: Readonly<Record<keyof typeof OUTREACH_PROQOL, string>> = {
  proqolCS: 'ProQOL compassion satisfaction',
  proqolBO: 'ProQOL burnout',
  proqolSTS: 'ProQOL secondary traumatic stress',
};

/** "above 20–36%" or "below 22–28": which side of its range a mean lies. */
const side = (o: OutOfRange, range: string) => `${o.mean > o.hi ? 'above' : 'below'} ${range}`;

/** The warning for such an arm, in words (turnover in percent to one decimal, ProQOL scores to one decimal). */
export function uncalibratedSentence(arm: UncalibratedArm): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const parts: string[] = [];
  const turnover = arm.outside.find((o) => o.metric === 'turnoverPerYear');
  if (turnover) {
    parts.push(
      `${arm.policy}'s turnover (${pct(turnover.mean)} a year) lies ${side(turnover, `${Math.round(turnover.lo * 100)}–${Math.round(turnover.hi * 100)}%`)}, the range every preset's status quo was calibrated to (MODEL.md §8, docs/VALIDATION.md)`,
    );
  }
  const scores = arm.outside.filter((o): o is OutOfRange & { metric: keyof typeof OUTREACH_PROQOL } => o.metric !== 'turnoverPerYear');
  if (scores.length > 0) {
    const each = scores.map((o) => `${PROQOL_WORDS[o.metric]} (${o.mean.toFixed(1)}) lies ${side(o, `${o.lo}–${o.hi}`)}`);
    parts.push(
      `${turnover ? 'its' : `${arm.policy}'s`} ${each.join(', and its ')}, the ${scores.length === 1 ? 'band' : 'bands'} the outreach and harm-reduction presets' status quo was calibrated to (published ProQOL figures for such staff: MODEL.md §8; none was calibrated for first responders)`,
    );
  }
  return (
    `${parts.join('; ')}: this scenario runs the model beyond what its evidence checked. ` +
    `Compare the status quo's outcomes with your team's own figures (turnover, ProQOL) before reading the packages' effects; ` +
    `caseload (community.demandPerSeat against coefficients.sustainableLoad), pay and staffing move them most (cfsim calibrate matches one of them to your figure: --target turnoverPerYear=YOUR_SHARE --vary community.demandPerSeat)` +
    // A planner's peers-and-nurses team stayed above the STS band whatever its caseload: its deaths drove it.
    (arm.outside.some((o) => o.metric === 'proqolSTS' && o.mean > o.hi)
      ? `; STS is also moved by the client deaths and crises staff meet (community.fatality and community.overdoseBurden; the README's "Your team's client deaths" matches them to your team's)${turnover ? '' : ', the place to look when the turnover already matches your team\'s (a caseload matched to it is not to be moved again for STS)'}.`
      : '.')
  );
}
