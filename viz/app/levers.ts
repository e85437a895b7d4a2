import { fieldAt, type Field, type NumberField } from '../../sim/params/fields';
import { scenarioField } from '../../scenarios/schema';
import { percentHint as percentageHint } from '../../sim/params/percentHint';
import { optionShort } from './optionLabels';

// The controls of the classroom app: every policy lever of MODEL.md §5 (and what a one-off debrief
// follows, which the scenario adds to §5's debriefing), grouped by
// social-ecological level, and the community environment. Labels and one-line explanations are
// for a room of students; ranges, defaults and allowed values come from the scenario schema.

export type LeverLevel = 'Individual' | 'Team' | 'Organization' | 'Community' | 'Environment';

export interface Lever {
  readonly path: string;
  readonly label: string;
  readonly explain: string;
  readonly level: LeverLevel;
  /** Environment settings apply to both teams in compare mode; policy levers to the edited team only. */
  readonly shared: boolean;
  /** Read as a percentage: the field is a share (see leverText). */
  readonly percent?: boolean;
  /** Read as a multiple ("1.50×"): the field scales a reference level the explanation names. */
  readonly times?: boolean;
  /** What the ends of a unitless 0–1 scale mean ("0 none, 1 full"), where the schema's doc does not say (see scaleHint). */
  readonly scale?: string;
}

type LeverOptions = Pick<Lever, 'percent' | 'times' | 'scale'>;
const lever = (level: LeverLevel, path: string, label: string, explain: string, options: LeverOptions = {}): Lever => ({ level, path, label, explain, shared: level === 'Environment', ...options });

export const LEVERS: readonly Lever[] = [
  lever('Individual', 'policy.supervision.mode', 'Supervision', 'Opt-in waits for staff to ask; opt-out books every session in advance.'),
  lever('Individual', 'policy.supervision.intervalDays', 'Supervision every (days)', 'How often a session is offered. Under opt-in, staff seldom ask for one, so the interval changes almost nothing; under opt-out, about half of the booked sessions are kept.'),
  lever('Individual', 'policy.supervision.quality', 'Supervision quality', 'Clinical skill and trust: how much a kept session helps.', { scale: '0 none, 1 full' }),
  lever('Individual', 'policy.training.traumaInformed', 'Trauma-informed care training', 'Better care, and staff recognise their own vicarious trauma.'),
  lever('Individual', 'policy.training.boundarySetting', 'Boundary-setting training', 'Helps staff switch off after work (detachment).'),
  lever('Individual', 'policy.training.deEscalation', 'De-escalation training', 'Fewer safety incidents in the field.'),
  lever('Individual', 'policy.training.systemNavigation', 'System-navigation training', 'Fewer failed referrals, more client successes.'),
  lever('Individual', 'policy.training.shadowingDays', 'Shadowing for new hires (days)', 'New staff shadow a colleague: gentler first weeks.'),
  lever('Individual', 'policy.resilience.mindfulness', 'Mindfulness programme', 'Raises self-care; evidence says effects are modest.'),
  lever('Team', 'policy.debrief.mode', 'Debriefing', 'Ongoing team processing helps; a one-off mandatory debrief does not.'),
  lever('Team', 'policy.debrief.after', 'One-off debrief after', 'With one-off debriefs only: every day with a crisis or a death, or days with a client death only.'),
  lever('Team', 'policy.peerSupport.cohesionActivities', 'Team cohesion activities', 'Closer teams lean on each other more.'),
  lever('Team', 'policy.peerSupport.structuredPeerSupport', 'Structured peer support', 'A standing peer support programme.'),
  lever('Team', 'policy.peerSupport.livedExperienceSupport', 'Support for staff with lived experience', 'Less re-traumatisation; easier to clock out.'),
  lever('Organization', 'policy.supervision.affirmation', 'Supervisor affirmation', 'Day-to-day recognition from the supervisor.', { scale: '0 none, 1 full' }),
  lever('Organization', 'policy.grief.leaveDays', 'Grief leave after a client death (days)', 'Time to mourn; the team covers the caseload meanwhile.'),
  lever('Organization', 'policy.grief.checkIn', 'Grief check-in', 'A supervisor checks in after every client death.'),
  lever('Organization', 'policy.staffing.extraSeatShare', 'Extra staff (share of seats)', 'More hands for the same demand.'),
  lever('Organization', 'policy.staffing.floatPool', 'Float pool (share of seats)', 'Float staff cover absences and vacancies.'),
  lever('Organization', 'policy.staffing.caseloadCap', 'Caseload cap (contacts/day)', 'Demand above the cap goes unmet.'),
  lever('Organization', 'policy.staffing.hiringDelayDays', 'Hiring delay (days)', 'How long a seat stays empty after someone leaves.'),
  lever('Organization', 'policy.compensation.payRaise', 'Pay raise (share of salary)', 'Fewer second jobs, fewer people leaving.'),
  lever('Organization', 'policy.compensation.therapyAccess', 'Therapy access', 'Paid therapy helps work through traumatic memories.'),
  lever('Organization', 'policy.compensation.ptoDaysPerYear', 'Paid time off (workdays/year)', 'Rest and recovery.'),
  lever('Organization', 'policy.compensation.benefits', 'Benefits', 'Health insurance and leave cushion life shocks.'),
  lever('Organization', 'policy.afterHours.phoneOff', 'Work phones off after hours', 'Staff can actually clock out.'),
  lever('Community', 'policy.stigmaReduction.education', 'Stigma education', 'Less distancing and apathy; stigma hurts less.'),
  lever('Community', 'policy.stigmaReduction.socialContact', 'Contact with people in recovery', 'Seeing recovery restores belief that it is possible.'),
  lever('Environment', 'community.overdoseBurden', 'Overdose burden', 'How many overdoses the team responds to (1× = Massachusetts 2019).', { times: true }),
  // The schema gives fatality no unit, but its doc says what it is: "Share of overdoses among clients that are fatal".
  lever('Environment', 'community.fatality', 'Fatality', 'Share of overdoses that are fatal.', { percent: true }),
  lever('Environment', 'community.stigma', 'Community stigma', 'Public hostility and pushback from other services.', { scale: '0 none, 1 extreme' }),
  lever('Environment', 'community.tightKnit', 'Tight-knit community', 'Staff know the people who overdose.', { scale: '0 strangers, 1 close-knit' }),
  lever('Environment', 'community.systemBarriers', 'System barriers', 'Failed referrals, no beds, exclusion criteria.', { scale: '0 none, 1 broken' }),
];

export const LEVEL_ORDER: readonly LeverLevel[] = ['Individual', 'Team', 'Organization', 'Community', 'Environment'];

/** The schema field behind a lever (its type, range, allowed values and default). */
export function leverField(l: Lever): Field {
  const field = fieldAt(scenarioField, l.path.split('.'));
  if (!field) throw new Error(`lever ${l.path} names no scenario field`);
  return field;
}

/** Where a numeric lever's slider runs and how far one step (an arrow key) moves it. */
export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/**
 * Sliders narrower than their schema field, where the field's whole range would leave the slider
 * useless to drag. The number box beside a slider still takes any value the schema allows; a value
 * beyond the slider's range pins the slider at its end.
 */
const NARROWER_SLIDERS: Readonly<Record<string, Partial<SliderRange>>> = {
  // The schema allows a seat to stay empty for the whole ten-year run (3650 days): about a dozen
  // days a pixel on a slider. A year covers realistic recruitment times (the default is 75 days).
  'policy.staffing.hiringDelayDays': { max: 365 },
  // The schema allows 0.1 to 100 contacts a day. The populations ask 4.5 to 6.5 contacts a seat a
  // workday, shared by whoever is present, so a cap above 30 binds only when most of the team is
  // away; half contacts are steps enough to drag.
  'policy.staffing.caseloadCap': { min: 1, max: 30, step: 0.5 },
  // A raise closes the pay gap and no more (payAdequacy is capped at 1): past a third of salary it
  // does nothing more in any preset (33% for Connecticut, 25% for Massachusetts), only costs more.
  'policy.compensation.payRaise': { max: 0.5 },
  // The schema allows five times the funded seats; doubling the team is the most a class needs,
  // and a team of 80 seats more than doubled no longer fits the projector layout.
  'policy.staffing.extraSeatShare': { max: 1 },
};

/** A numeric lever's slider: the schema field's range (narrower where noted above); whole steps for whole-number fields, else a hundredth of the range. */
export function sliderRange(l: Lever, field: NumberField): SliderRange {
  const narrower = NARROWER_SLIDERS[l.path] ?? {};
  const min = Math.max(field.min, narrower.min ?? field.min);
  const max = Math.min(field.max, narrower.max ?? field.max);
  return { min, max, step: narrower.step ?? (field.integer ? 1 : (field.max - field.min) / 100) };
}

/**
 * The value an arrow key gives a numeric lever from `value`, the value in force: the slider's
 * next step up (`direction` 1) or down (-1), steps counted from the slider's minimum and on past
 * its ends, within the schema's range. For a value the slider shows this is the slider's own
 * step; for a typed value beyond the slider's range (pinning it at its end) or between two of its
 * steps, it steps from that value rather than from where the slider is drawn.
 */
export function steppedValue(value: number, direction: 1 | -1, range: SliderRange, field: NumberField): number {
  const steps = (value - range.min) / range.step;
  const tolerance = 1e-9; // a value on a step, give or take floating-point noise, counts as on it
  const next = direction > 0 ? Math.floor(steps + tolerance) + 1 : Math.ceil(steps - tolerance) - 1;
  // Rounded, so 0 + 41 × 0.01 reads 0.41 as the slider's own step gives it.
  const stepped = Number((range.min + next * range.step).toFixed(10));
  return Math.min(field.max, Math.max(field.min, stepped));
}

/** The ends of a scale as a schema doc gives them: "Access to paid therapy (0 none, 1 full)." → "0 none, 1 full". */
const DOC_SCALE = /\((0 [^,()]+, 1 [^()]+)\)/;

/**
 * What the ends of a unitless 0–1 lever mean, shown beside its explanation ("0 none, 1 full"): the
 * schema's doc where it says (therapy access, benefits), else the lever's own `scale`. Undefined
 * for levers with a unit, a percentage or a multiple, which read on their own.
 */
export function scaleHint(l: Lever): string | undefined {
  const field = leverField(l);
  if (field.kind !== 'number' || field.unit !== undefined || inPercent(l) || l.times || field.min !== 0 || field.max !== 1) return undefined;
  return field.doc.match(DOC_SCALE)?.[1] ?? l.scale;
}

/** The schema units that are shares: their values read as percentages. */
const SHARE_UNITS = new Set(['share of seats', 'fraction of salary']);

/** Whether a lever reads as a percentage (a share), in its readout and in its exact-value box. */
function inPercent(l: Lever): boolean {
  const field = leverField(l);
  return Boolean(l.percent) || (field.kind === 'number' && field.unit !== undefined && SHARE_UNITS.has(field.unit));
}

/**
 * What a lever's exact-value box holds per unit of its value: 100 for a share, which is typed as
 * a percentage like its readout (a 5 typed for 5% of added staff meant 500%), else 1.
 */
export function boxScale(l: Lever): number {
  return inPercent(l) ? 100 : 1;
}

/** A value as its box shows it: a share in percent, without floating-point noise (0.15 × 100 reads 15). */
export function boxNumber(l: Lever, value: number): number {
  const scale = boxScale(l);
  return scale === 1 ? value : Number((value * scale).toPrecision(12));
}

/** The value a box's number stands for: a percentage as a share, without floating-point noise (14.3 reads 0.143, not 0.14300000000000002). */
export function boxValue(l: Lever, typed: number): number {
  const scale = boxScale(l);
  return scale === 1 ? typed : Number((typed / scale).toPrecision(12));
}

/**
 * What a share's box says to a number typed from 0 to 1 (not 0), which it reads in percent as it
 * should ("0.1" is 0.1%) where the one who typed it may have meant a share (10%): "0.1 reads as
 * 0.1%; for 10%, type 10." Nothing for other numbers and other boxes.
 */
export function percentHint(l: Lever, typed: number): string | undefined {
  if (boxScale(l) !== 100 || !(typed > 0 && typed <= 1)) return undefined;
  const meant = Number((typed * 100).toPrecision(12));
  return `${typed} reads as ${typed}%; for ${meant}%, type ${meant}.`;
}

/**
 * Said after a number refused in the box of a 0–1 lever typed as it is (a scale or a probability,
 * not a share, whose box is in percent already) that is most likely a percentage (35 for 0.35), in
 * the command line's words (sim/params/percentHint.ts): "; if 35 is a percentage, write 0.35";
 * else "".
 */
export function refusedPercentHint(l: Lever, typed: number): string {
  const field = leverField(l);
  return field.kind === 'number' && boxScale(l) === 1 ? percentageHint(field, typed) : '';
}

/** A number without floating-point noise (0.1 * 3 reads 0.3), to at most `digits` decimals. */
const plain = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/**
 * How a lever's value reads beside its control, in "Changed (package: …)" and in a change during
 * the run ("Supervision → …"): shares as percentages ("15%"), values with a unit in that unit
 * ("14 days", "10 contacts/day"), multiples as "1.50×", unitless scales to two decimals at least
 * ("0.30", its ends said by scaleHint), never rounding away a typed value, and a list's option in
 * its short words ("opt-out, booked in advance", viz/app/optionLabels.ts), not its schema value.
 */
export function leverText(l: Lever, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  const field = leverField(l);
  if (field.kind === 'enum') return optionShort(l.path, String(value));
  if (typeof value !== 'number') return String(value);
  const unit = field.kind === 'number' ? field.unit : undefined;
  if (inPercent(l)) return `${plain(value * 100, 4)}%`;
  if (l.times) return `${Number(value.toFixed(2)) === value ? value.toFixed(2) : plain(value, 6)}×`;
  if (unit !== undefined) return `${plain(value, 4)} ${value === 1 ? unit.replace(/^(\w+)s\b/, '$1') : unit}`;
  return Number(value.toFixed(2)) === value ? value.toFixed(2) : plain(value, 6);
}
