import { fieldAt, type Field } from '../../sim/params/fields';
import { scenarioField } from '../../scenarios/schema';

// The controls of the classroom app: every policy lever of MODEL.md §5, grouped by
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
}

const lever = (level: LeverLevel, path: string, label: string, explain: string): Lever => ({ level, path, label, explain, shared: level === 'Environment' });

export const LEVERS: readonly Lever[] = [
  lever('Individual', 'policy.supervision.mode', 'Supervision', 'Opt-in waits for staff to ask; opt-out books every session in advance.'),
  lever('Individual', 'policy.supervision.intervalDays', 'Supervision every (days)', 'How often a session is offered.'),
  lever('Individual', 'policy.supervision.quality', 'Supervision quality', 'Clinical skill and trust: how much a kept session helps.'),
  lever('Individual', 'policy.training.traumaInformed', 'Trauma-informed care training', 'Better care, and staff recognise their own vicarious trauma.'),
  lever('Individual', 'policy.training.boundarySetting', 'Boundary-setting training', 'Helps staff switch off after work (detachment).'),
  lever('Individual', 'policy.training.deEscalation', 'De-escalation training', 'Fewer safety incidents in the field.'),
  lever('Individual', 'policy.training.systemNavigation', 'System-navigation training', 'Fewer failed referrals, more client successes.'),
  lever('Individual', 'policy.training.shadowingDays', 'Shadowing for new hires (days)', 'New staff shadow a colleague: gentler first weeks.'),
  lever('Individual', 'policy.resilience.mindfulness', 'Mindfulness programme', 'Raises self-care; evidence says effects are modest.'),
  lever('Team', 'policy.debrief.mode', 'Debriefing', 'Ongoing team processing helps; a one-off mandatory debrief does not.'),
  lever('Team', 'policy.peerSupport.cohesionActivities', 'Team cohesion activities', 'Closer teams lean on each other more.'),
  lever('Team', 'policy.peerSupport.structuredPeerSupport', 'Structured peer support', 'A standing peer support programme.'),
  lever('Team', 'policy.peerSupport.livedExperienceSupport', 'Support for staff with lived experience', 'Less re-traumatisation; easier to clock out.'),
  lever('Organization', 'policy.supervision.affirmation', 'Supervisor affirmation', 'Day-to-day recognition from the supervisor.'),
  lever('Organization', 'policy.grief.leaveDays', 'Grief leave after a client death (days)', 'Time to mourn; the team covers the caseload meanwhile.'),
  lever('Organization', 'policy.grief.checkIn', 'Grief check-in', 'A supervisor checks in after every client death.'),
  lever('Organization', 'policy.staffing.extraSeatShare', 'Extra staff (share of seats)', 'More hands for the same demand.'),
  lever('Organization', 'policy.staffing.floatPool', 'Float pool (share of seats)', 'Float staff cover absences and vacancies.'),
  lever('Organization', 'policy.staffing.caseloadCap', 'Caseload cap (contacts/day)', 'Demand above the cap goes unmet.'),
  lever('Organization', 'policy.staffing.hiringDelayDays', 'Hiring delay (days)', 'How long a seat stays empty after someone leaves.'),
  lever('Organization', 'policy.compensation.payRaise', 'Pay raise (share of salary)', 'Fewer second jobs, fewer people leaving.'),
  lever('Organization', 'policy.compensation.therapyAccess', 'Therapy access', 'Paid therapy helps work through traumatic memories.'),
  lever('Organization', 'policy.compensation.ptoDaysPerYear', 'Paid time off (days/year)', 'Rest and recovery.'),
  lever('Organization', 'policy.compensation.benefits', 'Benefits', 'Health insurance and leave cushion life shocks.'),
  lever('Organization', 'policy.afterHours.phoneOff', 'Work phones off after hours', 'Staff can actually clock out.'),
  lever('Community', 'policy.stigmaReduction.education', 'Stigma education', 'Less distancing and apathy; stigma hurts less.'),
  lever('Community', 'policy.stigmaReduction.socialContact', 'Contact with people in recovery', 'Seeing recovery restores belief that it is possible.'),
  lever('Environment', 'community.overdoseBurden', 'Overdose burden', 'How many overdoses the team responds to (1 = Massachusetts 2019).'),
  lever('Environment', 'community.fatality', 'Fatality', 'Share of overdoses that are fatal.'),
  lever('Environment', 'community.stigma', 'Community stigma', 'Public hostility and pushback from other services.'),
  lever('Environment', 'community.tightKnit', 'Tight-knit community', 'Staff know the people who overdose.'),
  lever('Environment', 'community.systemBarriers', 'System barriers', 'Failed referrals, no beds, exclusion criteria.'),
];

export const LEVEL_ORDER: readonly LeverLevel[] = ['Individual', 'Team', 'Organization', 'Community', 'Environment'];

/** The schema field behind a lever (its type, range, allowed values and default). */
export function leverField(l: Lever): Field {
  const field = fieldAt(scenarioField, l.path.split('.'));
  if (!field) throw new Error(`lever ${l.path} names no scenario field`);
  return field;
}
