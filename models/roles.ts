// Roles differ in trait distributions and exposure mix, never in rules (MODEL.md §6).
// Trait means are assumptions read from the seed studies' descriptions (sources per role below);
// none of the seeds measured traits, so each value is a documented judgement. They are not scenario
// fields (no file, --set, sweep or uncertainty range can change them): docs/ODD.md §6, "Fixed
// structural assumptions".

export const ROLES = [
  'police',
  'fire-ems',
  'recovery-coach',
  'harm-reduction',
  'peer-navigator',
  'clergy',
  'sud-counselor',
  'social-worker',
  'nurse',
  'research-assistant',
  'program-manager',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A trait drawn at hire on (0, 1): mean and standard deviation. */
export interface TraitDistribution {
  readonly mean: number;
  readonly sd: number;
}

/** Relative rates of each event type per contact (1 = the community's base rate). */
export interface ExposureMix {
  readonly crisis: number;
  readonly death: number;
  readonly success: number;
  readonly barrier: number;
  readonly stigma: number;
  readonly safety: number;
}

export interface RoleProfile {
  readonly label: string;
  /** Probability of a personal substance-use history. */
  readonly livedExperience: number;
  readonly empathicConcern: TraitDistribution;
  readonly empathicAbility: TraitDistribution;
  readonly selfCareSkill: TraitDistribution;
  /** Propensity to use offered support, shaped by professional culture. */
  readonly helpSeeking: TraitDistribution;
  /** Culture of stoicism and dark humour. */
  readonly numbingPropensity: TraitDistribution;
  /** Traumatic memories carried in at hire. */
  readonly traumaHistory: TraitDistribution;
  /** Share of a full caseload this role carries (managers and research staff carry less). */
  readonly caseloadShare: number;
  readonly exposure: ExposureMix;
  /** Why these values. */
  readonly source: string;
}

const t = (mean: number, sd = 0.12): TraitDistribution => ({ mean, sd });

export const ROLE_PROFILES: { readonly [R in Role]: RoleProfile } = {
  police: {
    label: 'Police officer',
    livedExperience: 0.05,
    empathicConcern: t(0.55),
    empathicAbility: t(0.6),
    selfCareSkill: t(0.6),
    helpSeeking: t(0.25),
    numbingPropensity: t(0.7),
    traumaHistory: t(0.3),
    caseloadShare: 1,
    exposure: { crisis: 1.3, death: 1.2, success: 0.6, barrier: 0.8, stigma: 1.2, safety: 1.5 },
    source:
      'Seed 003: first responders arrive with self-care routines and stoic cultures (dark humour, the "shell") and rarely attend optional support ("They don\'t want it"); long careers of prior exposure ("10 years plus"). The exposure multipliers are assumptions no seed gives, and seed 003 points the other way for the follow-ups themselves: its law-enforcement interviewees found them "usually a more positive situation" and "less intense" than their other duties (docs/ODD.md §7.1).',
  },
  'fire-ems': {
    label: 'Firefighter / EMS',
    livedExperience: 0.05,
    empathicConcern: t(0.6),
    empathicAbility: t(0.6),
    selfCareSkill: t(0.6),
    helpSeeking: t(0.25),
    numbingPropensity: t(0.65),
    traumaHistory: t(0.3),
    caseloadShare: 1,
    exposure: { crisis: 1.4, death: 1.3, success: 0.5, barrier: 0.8, stigma: 1.0, safety: 1.2 },
    source: 'Seeds 000 and 003: first-responder culture as for police; a frontline provider (seed 000) speaks of "the 24th time we\'ve given the same guy a Narcan intervention". Rates assumed.',
  },
  'recovery-coach': {
    label: 'Recovery coach (peer)',
    livedExperience: 0.9,
    empathicConcern: t(0.85, 0.08),
    empathicAbility: t(0.8, 0.1),
    selfCareSkill: t(0.6),
    helpSeeking: t(0.5),
    numbingPropensity: t(0.25),
    traumaHistory: t(0.35),
    caseloadShare: 1,
    exposure: { crisis: 1.0, death: 1.1, success: 1.3, barrier: 1.2, stigma: 1.1, safety: 0.8 },
    source: 'Seed 003: "most ... in recovery themselves"; value self-care; face triggers and know clients personally.',
  },
  'harm-reduction': {
    label: 'Harm reduction outreach worker',
    livedExperience: 0.4,
    empathicConcern: t(0.85, 0.08),
    empathicAbility: t(0.8, 0.1),
    selfCareSkill: t(0.45),
    helpSeeking: t(0.45),
    numbingPropensity: t(0.3),
    traumaHistory: t(0.25),
    caseloadShare: 1,
    exposure: { crisis: 1.1, death: 1.1, success: 0.9, barrier: 1.2, stigma: 1.3, safety: 1.0 },
    source: 'Seed 002: overdose responders in dangerous areas, public hostility and pushback. Lived experience 0.4 is an assumption: seed 002 gives 35.3% (6 of 17) for all its staff, not by title; with the other roles\' values ct-harm-reduction\'s mix gives about 36% overall.',
  },
  'peer-navigator': {
    label: 'Peer navigator / community health worker',
    livedExperience: 0.5,
    empathicConcern: t(0.8, 0.1),
    empathicAbility: t(0.75),
    selfCareSkill: t(0.45),
    helpSeeking: t(0.45),
    numbingPropensity: t(0.3),
    traumaHistory: t(0.3),
    caseloadShare: 1,
    exposure: { crisis: 0.9, death: 1.0, success: 1.1, barrier: 1.4, stigma: 1.1, safety: 0.8 },
    source: 'Seed 002: its staff, navigators among them, meet "10,000 [hurdles]" getting clients into treatment (the speaker\'s title is not given); that many navigators are peers (its background: "peer navigators" or "peer workers" who use drugs) and the value 0.5 are assumptions.',
  },
  clergy: {
    label: 'Clergy',
    livedExperience: 0.1,
    empathicConcern: t(0.85, 0.08),
    empathicAbility: t(0.8, 0.1),
    selfCareSkill: t(0.6),
    helpSeeking: t(0.45),
    numbingPropensity: t(0.2),
    traumaHistory: t(0.2),
    caseloadShare: 0.8,
    exposure: { crisis: 0.6, death: 1.0, success: 0.8, barrier: 0.8, stigma: 0.7, safety: 0.5 },
    source:
      'Seed 003: 2 of its 38 interviewees were clergy; a chaplain went on a visit ("the officer went with me, and the chaplain"), a pastor spoke of years of exposure ("over the years… you see a lot of the ugly in society"), and a recovery coach calls "the pastor\'s numbers" after a client\'s death. Assumption: high concern. Numbing propensity 0.2, the lowest of the roles, is an assumption that seed 003 argues against: its lead example of distancing is a pastor ("you get this cynical side, you get this hardened side to be self-protective"), so it may understate clergy numbing.',
  },
  'sud-counselor': {
    label: 'Substance use disorder counsellor',
    livedExperience: 0.4,
    empathicConcern: t(0.75),
    empathicAbility: t(0.8, 0.1),
    selfCareSkill: t(0.5),
    helpSeeking: t(0.5),
    numbingPropensity: t(0.3),
    traumaHistory: t(0.25),
    caseloadShare: 1,
    exposure: { crisis: 0.8, death: 0.9, success: 1.1, barrier: 1.0, stigma: 0.9, safety: 0.6 },
    source: 'Assumption: many SUD counsellors are in recovery; clinical training raises empathic ability.',
  },
  'social-worker': {
    label: 'Social worker / case manager',
    livedExperience: 0.1,
    empathicConcern: t(0.75),
    empathicAbility: t(0.8, 0.1),
    selfCareSkill: t(0.5),
    helpSeeking: t(0.55),
    numbingPropensity: t(0.3),
    traumaHistory: t(0.2),
    caseloadShare: 1,
    exposure: { crisis: 0.8, death: 0.8, success: 1.0, barrier: 1.4, stigma: 0.8, safety: 0.6 },
    source: 'Assumption: professional supervision culture (higher help-seeking); most exposed to system barriers.',
  },
  nurse: {
    label: 'Nurse',
    livedExperience: 0.05,
    empathicConcern: t(0.7),
    empathicAbility: t(0.8, 0.1),
    selfCareSkill: t(0.5),
    helpSeeking: t(0.4),
    numbingPropensity: t(0.45),
    traumaHistory: t(0.25),
    caseloadShare: 1,
    exposure: { crisis: 1.2, death: 1.0, success: 0.8, barrier: 1.0, stigma: 0.8, safety: 0.8 },
    source: 'Seed 000: healthcare providers in focus groups alongside first responders; assumption: acute-care culture.',
  },
  'research-assistant': {
    label: 'Research assistant',
    livedExperience: 0.3,
    empathicConcern: t(0.7),
    empathicAbility: t(0.65),
    selfCareSkill: t(0.5),
    helpSeeking: t(0.5),
    numbingPropensity: t(0.3),
    traumaHistory: t(0.2),
    caseloadShare: 0.6,
    exposure: { crisis: 0.6, death: 0.6, success: 0.7, barrier: 0.8, stigma: 0.9, safety: 0.6 },
    source: 'Seed 002: 23.5% of CT staff were research assistants doing outreach within studies; assumption: lighter caseload.',
  },
  'program-manager': {
    label: 'Program manager / other partner',
    livedExperience: 0.15,
    empathicConcern: t(0.65),
    empathicAbility: t(0.7),
    selfCareSkill: t(0.5),
    helpSeeking: t(0.45),
    numbingPropensity: t(0.35),
    traumaHistory: t(0.2),
    caseloadShare: 0.5,
    exposure: { crisis: 0.5, death: 0.7, success: 0.8, barrier: 1.3, stigma: 0.8, safety: 0.4 },
    source: 'Seed 003: 7.9% "other outreach partners/program managers"; assumption: half a caseload, more bureaucracy.',
  },
};
