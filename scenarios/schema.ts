import { assignments, bool, int, list, num, obj, oneOf, ranges, str, weights, type ObjectField, type Partial, type Resolved } from '../sim/params/fields';
import { coefficientsField } from '../models/coefficients';
import { DAY_UNIT_EXAMPLES, DAYS_WITH_UNIT_PATTERN } from './daysWithUnit';
import { ROLE_PROFILES, ROLES } from '../models/roles';

// The scenario format. Each field's doc, unit, default and range live here and nowhere else.

export const SUPERVISION_MODES = ['none', 'opt-in', 'opt-out'] as const;
export const DEBRIEF_MODES = ['none', 'single-session', 'ongoing'] as const;
export const DEBRIEF_TRIGGERS = ['crisis-or-death', 'death'] as const;

export const populationField = obj('The workforce: who fills the seats.', {
  seats: int({ doc: 'Funded seats before any staffing lever (filled seats are workers). Each brings its clients (the team\'s demand is community.demandPerSeat per full-caseload seat), and their salaries are not in the cost: to add staff for the same clients, and count their pay, use policy.staffing.extraSeatShare.', default: 38, min: 1, max: 100000, unit: 'seats', source: 'Seed 003: its 38 interviewees at 11 of 138 programmes (a purposive sample), taken as a team by assumption.' }),
  teamSize: int({ doc: 'Seats per team; a team shares a caseload, a supervisor and a car.', default: 4, min: 1, max: 100, unit: 'seats', source: 'Seed 003: 38 interviewees at 11 programmes, about 3-4 each (the sample, not a staffing count), taken as a team size by assumption.' }),
  roleMix: weights({
    doc: 'Relative share of seats by role (normalised; roles left out get no seats).',
    keys: ROLES,
    keyLabels: Object.fromEntries(ROLES.map((r) => [r, ROLE_PROFILES[r].label])) as { readonly [R in (typeof ROLES)[number]]: string },
    default: {
      police: 0.395,
      'fire-ems': 0.026,
      'recovery-coach': 0.211,
      'harm-reduction': 0.132,
      'peer-navigator': 0,
      clergy: 0.053,
      'sud-counselor': 0.053,
      'social-worker': 0.053,
      nurse: 0,
      'research-assistant': 0,
      'program-manager': 0.079,
    },
    source: 'Seed 003, its interview sample (chosen by professional background), taken as the team\'s mix by assumption: 39.5% police, 21.1% recovery coaches, 13.2% harm reductionists, 5.3% each clergy, addiction treatment, social services, 2.6% fire, 7.9% other partners/managers.',
  }),
  livedExperience: obj(
    "Chance that a worker of each role has lived experience of substance use (drawn for each starting worker and each hire; the groups' turnover is reported apart). Defaults: each role's share in the role table (docs/SCENARIO.md, Roles), which a team of your own may not match: set the roles you know (peer-navigator: 0.5 says half your peer workers have lived experience).",
    Object.fromEntries(
      ROLES.map((role) => [
        role,
        num({ doc: `Chance that staff in the role "${ROLE_PROFILES[role].label}" have lived experience.`, default: ROLE_PROFILES[role].livedExperience, min: 0, max: 1, unit: 'probability', source: 'The role table (docs/SCENARIO.md, Roles), where each role\'s value is sourced.' }),
      ]),
    ) as { readonly [R in (typeof ROLES)[number]]: ReturnType<typeof num> },
  ),
  livesInCommunityShare: num({ doc: 'Share of staff who live where they work.', default: 0.47, min: 0, max: 1, source: 'Seed 003: 18 of 38 (47%).' }),
  initialTenureMeanDays: num({ doc: 'Mean tenure of the starting team, drawn before its warm-up (exponentially distributed). The warm-up (population.warmUpDays) then ages the team and replaces its leavers, so the tenure mix on day 0 is the warm-up\'s (docs/ODD.md §5); with no warm-up it is this one.', default: 1000, min: 0, max: 20000, unit: 'days', source: 'Seed 003: a mean of 33.7 months (SD 32.8) working or volunteering in the post-overdose outreach program, about 1,026 days; 1000 is that rounded down.' }),
  payAdequacy: num({ doc: 'How adequate pay is for living costs without a second job (0 = wholly inadequate, 1 = adequate).', default: 0.5, min: 0, max: 1, source: 'Seed 002: "a few" hold second jobs; higher wages a key need. Value assumed.' }),
  baseSatisfaction: num({ doc: 'Typical (median) compassion satisfaction a worker reverts to (latent 0-1; each worker drawn around it, about 0.08 either side).', default: 0.695, min: 0, max: 1, source: 'Calibrated to ProQOL satisfaction of about 35-42 in outreach staff (MODEL.md §8). 0.72 until 0.4.0, which raised coefficients.successSatisfaction and lowered this so that status-quo satisfaction stayed where it was (docs/ODD.md §7.9).' }),
  baseLifeDemands: num({ doc: 'Typical (median) other-life-demands base before the pay gap (latent 0-1; each worker drawn around it, about 0.08 either side).', default: 0.15, min: 0, max: 1, source: 'Assumption (seed 003: beyond the interview protocol).' }),
  startingLevels: obj(
    'Where the drawn starting team begins (latent 0-1), before its warm-up (population.warmUpDays): the levels this population settles at under the status quo, so that the warm-up settles the spread between workers rather than the means. Replacement hires start fresher whatever is set here (docs/ODD.md §5).',
    {
      sts: num({ doc: 'Typical (median) secondary traumatic stress of day-0 staff: each is drawn around it on the logit scale, about 0.08 either side, so the team mean lands within about 0.01 of it from 0.2 to 0.8, and nearer 0.5 beyond (0.127 at 0.1, 0.0015 at 0; docs/ODD.md §2).', default: 0.41, min: 0, max: 1, source: 'Calibrated for the Massachusetts outreach population: its status-quo team mean in a long run (docs/ODD.md §5).' }),
      burnout: num({ doc: 'Typical (median) burnout of day-0 staff: each is drawn around it on the logit scale, about 0.08 either side, so the team mean lands within about 0.01 of it from 0.2 to 0.8, and nearer 0.5 beyond (0.127 at 0.1, 0.0015 at 0; docs/ODD.md §2).', default: 0.25, min: 0, max: 1, source: 'Calibrated for the Massachusetts outreach population: its status-quo team mean in a long run (docs/ODD.md §5).' }),
      prolongedExposure: num({ doc: 'Prolonged exposure of every day-0 worker.', default: 0.23, min: 0, max: 1, source: 'Calibrated for the Massachusetts outreach population: its status-quo team mean in a long run (docs/ODD.md §5).' }),
      traumaticMemoriesRatio: num({ doc: 'Traumatic memories of a day-0 worker as a multiple of their trauma history (capped at 1).', default: 1.03, min: 0, max: 10, unit: '× trauma history', source: 'Calibrated for the Massachusetts outreach population: its status-quo team mean in a long run, over the mean trauma history (docs/ODD.md §5).' }),
      numbingRatio: num({ doc: 'Numbing of a day-0 worker as a multiple of their numbing propensity (capped at 1).', default: 0.38, min: 0, max: 10, unit: '× numbing propensity', source: 'Calibrated for the Massachusetts outreach population: its status-quo team mean in a long run, over the mean numbing propensity (docs/ODD.md §5).' }),
    },
  ),
  warmUpDays: int({
    doc: "Days the team works before day 0 under its practice (the practice field: the status-quo package unless the scenario sets one), unrecorded, so that day 0 finds it as such a team usually is: its spread between workers, its tenure mix and its recent hires as well as its means. Whatever differs from the practice (the package, and every policy lever the scenario file or --set changes) starts on day 0, and every package of a comparison starts from that same team; seats added by policy.staffing.extraSeatShare are filled by new hires on day 0. 0: day 0 is the drawn starting team (population.startingLevels), whose spread between workers widens over the first months (docs/ODD.md §5).",
    default: 365,
    min: 0,
    max: 3650,
    unit: 'days',
    source: 'Modelling choice: a year lets the spread between workers settle under the status quo (STS in about half a year, burnout in a year; docs/ODD.md §5).',
  }),
});

export const communityField = obj('The community the organization serves.', {
  demandPerSeat: num({ doc: 'Client contacts per workday (of a standard five-day week) per funded full-caseload seat: the team\'s demand, shared by whoever is present. Seats with a lighter caseload (managers, research staff) bring proportionally less demand.', default: 6, min: 0, max: 100, unit: 'contacts/seat/workday', source: 'Assumption: set equal to coefficients.sustainableLoad (6), but a full-caseload worker carries more than that even with every seat filled. Demand is fixed per funded seat while only those present share it: paid time off (15 workdays a year allowed, 15.0 taken per worker-year in post, 5.8% of workdays) and sick days (about 3.1% under the status quo) take staff away, not demand, so those present carry about 6 / (1 − 0.058 − 0.031) ≈ 6.6 contacts on average, and small teams\' rosters leave some days short (a team of four has two of its seats at work one day a week, each carrying about 8.6). Overload, with vacancies, is 26% of the burnout added under the status quo on ma-outreach (docs/ODD.md §7.1, §7.17). This built-in overload is part of the calibration: the status-quo targets and starting levels were met with it, so changing this value moves every status-quo result.' }),
  overdoseBurden: num({ doc: 'Overdose burden relative to Massachusetts 2019 (scales crises and deaths).', default: 1, min: 0, max: 5, source: 'Seed 003 setting.' }),
  fatality: num({ doc: 'Share of overdoses among clients that are fatal (scales client deaths).', default: 0.1, min: 0, max: 1, source: 'Assumption (no seed gives the share of overdoses that are fatal).' }),
  stigma: num({ doc: 'Public and inter-agency stigma toward harm reduction (scales stigma encounters).', default: 0.4, min: 0, max: 1, source: 'Seeds 000, 002; value assumed.' }),
  tightKnit: num({ doc: 'How tight-knit the community is (scales the chance a crisis involves someone the worker knows).', default: 0.6, min: 0, max: 1, source: 'Seed 003: staff in small close-knit communities where they grew up or live ("I knew the address"); value assumed.' }),
  systemBarriers: num({ doc: 'How broken the service system is: failed referrals, no beds, exclusion criteria.', default: 0.5, min: 0, max: 1, source: 'Seed 002: "10,000 [hurdles]"; seed 003: "still so difficult to access treatment".' }),
});

export const policyField = obj('The organization\'s support package (MODEL.md §5).', {
  name: str({ doc: 'Package id.', default: 'status-quo', maxLength: 200, label: true }),
  description: str({ doc: 'One line describing the package.', default: 'Opt-in support, little formal structure.' }),
  supervision: obj('Supervision / counselling (individual level).', {
    mode: oneOf({
      doc: 'How sessions are offered.',
      values: SUPERVISION_MODES,
      default: 'opt-in',
      valueDocs: { none: 'no sessions', 'opt-in': 'staff must self-refer for a session (few do: coefficients.optInSelfReferral)', 'opt-out': 'sessions are pre-booked; staff may cancel (coefficients.optOutAttendance)' },
      source: 'Guldner 2024: 6% of residents self-initiated therapy over 214 days of opt-in; 55% kept their first pre-booked appointment.',
    }),
    intervalDays: int({ doc: 'A session is offered every this many days.', default: 28, min: 1, max: 365, unit: 'days', source: 'Assumption (status quo): a monthly offer. Seed 003 supports the opt-in mode only (support "few, often private, and opt-in"); no seed gives an interval.' }),
    quality: num({ doc: 'Quality of supervision (clinical expertise, trust).', default: 0.6, min: 0, max: 1, source: 'Assumption (status quo): no seed measures it. Seed 003 describes supervision as "a place to unpack experiences" and recommends sessions "that incorporate expert clinical supervision", so the kind, not a level.' }),
    affirmation: num({ doc: 'Day-to-day supervisor affirmation and recognition.', default: 0.3, min: 0, max: 1, source: 'Assumption (status quo): the level 0.3 is not from the seeds. Seed 002 supports the kind of lever only: a theme "Receiving affirmation and care from supervisors" ("Many participants noted the importance of receiving direct support and encouragement from their supervisors"), and some felt their suggestions were "not even heard"; it gives no level.' }),
  }),
  debrief: obj('Debriefing after critical incidents (team level).', {
    mode: oneOf({
      doc: 'Debriefing practice.',
      values: DEBRIEF_MODES,
      default: 'none',
      valueDocs: {
        none: 'no formal debrief (informal talk in the car still happens)',
        'single-session': 'mandatory single-session debrief on each working day with a crisis or a client death, not after a safety incident alone (CISD-style)',
        ongoing: 'ongoing team processing every workday, scaled by cohesion',
      },
      source: 'van Emmerik 2002; Rose et al. (Cochrane); seed 003.',
    }),
    after: oneOf({
      doc: 'What a single-session debrief follows (mode single-session only).',
      values: DEBRIEF_TRIGGERS,
      default: 'crisis-or-death',
      valueDocs: {
        'crisis-or-death': 'each working day with a crisis or a client death',
        death: "each working day with a client's death only (a programme that debriefs after deaths alone)",
      },
      source: 'Assumption: CISD-style debriefs follow critical incidents (Rose et al.); seed 003 coded its staff interviews for "procedures if fatal overdose" and recommends "Dedicated time for team processing of overdose deaths", so some gather staff after deaths alone.',
    }),
  }),
  grief: obj('Grief protocol after a client death (organizational level).', {
    leaveDays: int({ doc: 'Grief leave days granted after each working day with a client death (0 = none); a death met on leave starts no more. Several deaths a year add up: on ma-outreach a worker meets about 8 a year, so 2 days each is about 15 days of leave a year.', default: 0, min: 0, max: 30, unit: 'days', source: 'Assumption (status quo): no grief leave. Seed 003, citing the same group\'s earlier program survey: 53% of MA programs reported "protocols for supporting post-overdose outreach team members affected by grief"; it does not say whether they grant leave, and gives no number of days.' }),
    checkIn: bool({ doc: 'A supervisor checks in after every client death.', default: false }),
  }),
  staffing: obj('Staffing (organizational level).', {
    extraSeatShare: num({ doc: 'Seats added above population.seats, as a share of them (rounded to whole seats; demand unchanged).', default: 0, min: 0, max: 5, unit: 'share of seats' }),
    floatPool: num({ doc: 'Float staff who backfill absent or vacant seats, as a share of seats.', default: 0, min: 0, max: 1, unit: 'share of seats' }),
    caseloadCap: num({ doc: 'Most contacts a full-caseload worker handles in a day; demand above it goes unmet.', default: 10, min: 0.1, max: 100, unit: 'contacts/day', source: 'Assumption (status quo): no seed gives a cap or a count of contacts; seed 002 reports "large caseloads that are difficult to manage".' }),
    hiringDelayDays: int({ doc: 'Days a seat stays vacant after a separation (at least one: a replacement starts the day after the vacancy ends).', default: 75, min: 0, max: 3650, unit: 'days', source: 'Assumption: two to three months to recruit in human services.' }),
    workdaysPerWeek: int({ doc: 'Workdays per week per worker.', default: 5, min: 1, max: 7, unit: 'days', source: 'Assumption (status quo): a standard five-day week; no seed gives rosters.' }),
  }),
  compensation: obj('Compensation and benefits (organizational level).', {
    payRaise: num({ doc: 'Pay raise above the population\'s pay, as a fraction of salary.', default: 0, min: 0, max: 1, unit: 'fraction of salary' }),
    therapyAccess: num({ doc: 'Access to paid therapy (0 none, 1 full).', default: 0, min: 0, max: 1 }),
    ptoDaysPerYear: int({ doc: 'Paid time off allowed per year, in workdays, taken in blocks (coefficients.ptoBlockDays). A worker in post takes this many a year on average (since 0.38.0; before, about 14.4 of 15), under a grief protocol too (since 0.39.0): a block drawn during grief leave starts after it (docs/ODD.md §7.0). At or above the workdays of a year (on a 1-day week, more than 52) every workday is leave.', default: 15, min: 0, max: 60, unit: 'workdays/year', source: 'Assumption (status quo): three weeks, a common US allowance. Seed 002 asks for "sufficient paid time off" but gives no figure.' }),
    benefits: num({ doc: 'Health insurance and leave benefits that cushion life shocks (0 none, 1 full).', default: 0.4, min: 0, max: 1, source: 'Assumption (status quo): the level 0.4 is not from the seeds. Seed 002 asks for "access to adequate health insurance and sufficient paid time off"; no seed measures what staff have.' }),
  }),
  training: obj('Training (individual level).', {
    traumaInformed: bool({ doc: 'Trauma-informed care training (care quality, trauma literacy).', default: false }),
    boundarySetting: bool({ doc: 'Boundary-setting training (detachment).', default: false }),
    deEscalation: bool({ doc: 'De-escalation training (fewer safety incidents).', default: false }),
    systemNavigation: bool({ doc: 'System-navigation training (fewer failed referrals).', default: false }),
    shadowingDays: int({ doc: 'Days a new hire shadows a colleague (lower new-hire exposure and hazard).', default: 0, min: 0, max: 365, unit: 'days' }),
  }),
  peerSupport: obj('Peer support and cohesion (team level).', {
    cohesionActivities: bool({ doc: 'Regular team cohesion activities.', default: false }),
    structuredPeerSupport: bool({ doc: 'A structured peer support programme.', default: false }),
    livedExperienceSupport: bool({ doc: 'Support tailored to staff with lived experience (reduces triggers and the inability to "clock out").', default: false }),
  }),
  stigmaReduction: obj('Stigma reduction (community level).', {
    education: bool({ doc: 'Stigma education for staff and partner services.', default: false }),
    socialContact: bool({ doc: 'Social contact with people in recovery (belief in wellness).', default: false }),
  }),
  resilience: obj('Individual resilience.', {
    mindfulness: bool({ doc: 'Mindfulness / self-care programme.', default: false }),
  }),
  afterHours: obj('After-hours boundary.', {
    phoneOff: bool({ doc: 'Work phones are switched off after hours.', default: false }),
  }),
});

/** The policy levers, without the package's name and description. */
const { name: _name, description: _description, ...policyLevers } = policyField.properties;

/**
 * What the organization already does before day 0: the warm-up runs under it, and the package
 * of a run or each arm of a comparison applies on top of it (a lever the package sets replaces
 * the practice's; the others stay as practised). Defaults: the status quo.
 */
export const practiceField = obj(
  "The organization's current practice: the policy levers in force before day 0. The warm-up (population.warmUpDays) runs under them, and a run's package, or each package of a comparison, applies on top of them: a lever the package sets replaces the practice's, the others stay as practised. Same fields as policy (defaults: the status quo), without name and description; staffing.extraSeatShare must stay 0 (the staff in post are population.seats).",
  {
    ...policyLevers,
    staffing: obj(policyLevers.staffing.doc, {
      ...policyLevers.staffing.properties,
      extraSeatShare: num({
        ...policyLevers.staffing.properties.extraSeatShare,
        doc: 'Always 0 in practice: the staff in post before day 0 are population.seats. Seats a package adds are set under policy.',
        max: 0,
        aboveMaximum: 'the staff in post before day 0 are population.seats (set it to the seats your organization has), and extraSeatShare is the seats a package adds on day 0 (set it under policy)',
      }),
    }),
  },
);

/**
 * The source of a default price that no seed gives: a US ballpark, labelled as such, with its
 * reasoning. Planners should set their organization's own prices.
 */
const assumedPrice = (basis: string): string =>
  `Assumption, not from the seeds (none gives a price): ${basis}. A placeholder: set your organization's own price.`;

export const costsField = obj('Costs, in currency units per year unless noted (defaults in US dollars).', {
  salary: num({ doc: "Annual salary of a worker, for costs only (replacing a leaver, absence, added staff, a raise): each role's is this times its costs.roleSalaryFactor (1, this salary, by default), float staff's this times costs.floatPremium. How adequate pay is, which moves life demands and so turnover, is population.payAdequacy (raised by policy.compensation.payRaise), not this.", default: 55000, min: 0, max: 1e7, unit: '$/year', source: 'Assumption: US outreach and human-services wages.' }),
  roleSalaryFactor: obj(
    "Each role's annual salary as a multiple of costs.salary (since 0.34.0), for the costs that pay a particular worker: a leaver's replacement (by the leaver's role), sick days, grief leave and paid time off (by the absent worker's), a hire's shadowing (by the hire's), the salary a vacant funded seat saves and an added seat's salary (by the seat's), and a pay raise (a share of each worker's own salary). Float staff have no role and stay at costs.salary. A multiple, not an amount, so a sweep or uncertainty draw of costs.salary still scales every role's pay. Costs only: how adequate pay is, which moves turnover, is population.payAdequacy.",
    Object.fromEntries(
      ROLES.map((role) => [
        role,
        num({
          // The unit in brackets ends the first phrase, so a chart names the field 'Salary of staff in the role "Nurse" (× costs.salary)'.
          doc: `Salary of staff in the role "${ROLE_PROFILES[role].label}" (× costs.salary): a multiple of costs.salary, 0.75 for three quarters of it.`,
          default: 1,
          min: 0.05,
          max: 20,
          unit: '× costs.salary',
          belowMinimum: 'a multiple of costs.salary, so 0 or less would make the role unpaid; write the ratio of its pay to costs.salary (0.75 for a role paid three quarters of it)',
          aboveMaximum: 'a multiple of costs.salary, not an amount; write the ratio of the role\'s pay to costs.salary (1.2 for a role paid a fifth more)',
          source: 'Assumption, not from the seeds (none gives relative pay): 1, every role paid costs.salary, as CFSim counted before the field existed. Set your organization\'s pay ratios.',
        }),
      ]),
    ) as { readonly [R in (typeof ROLES)[number]]: ReturnType<typeof num> },
  ),
  replacementCostFraction: num({ doc: "Cost of replacing a leaver (recruitment, training, lost productivity) as a share of salary. The salary is the leaver's: costs.salary times the leaver's role's costs.roleSalaryFactor.", default: 0.33, min: 0, max: 5, source: 'Assumption: estimates for human services range 20-50% of salary.' }),
  vacantSalarySaved: num({
    doc: "Share of a funded seat's salary the organization does not pay while the seat is vacant (the cost's vacancy part, a saving): 1 when a vacant seat's salary is simply not paid; lower when vacancies are covered by overtime or agency staff, or the funder takes unspent salary back; 0 leaves vacancies out of the cost.",
    default: 1,
    min: 0,
    max: 1,
    unit: 'share of a salary',
    source: "Accounting: an empty seat draws no salary, and without this part a package that fills more seats would look cheaper than it is (its extra salaries paid went uncounted). Vacancies' other costs show in unmet demand and colleagues' load.",
  }),
  supervisionSession: num({ doc: 'Cost of one supervision session (pre-booked sessions are paid whether or not kept).', default: 90, min: 0, max: 1e5, unit: '$/session', source: assumedPrice('about an hour of a clinical supervisor\'s or counsellor\'s time at about $90 an hour, US') }),
  supervisionQuality: num({ doc: 'Added cost of a supervision session at full quality (clinical expertise, trust), scaled by policy.supervision.quality; charged with each session costed by supervisionSession.', default: 0, min: 0, max: 1e5, unit: '$/session', source: 'No seed gives a price; 0 counts no spend for it. Set a local price to count it.' }),
  affirmation: num({ doc: 'Supervisor affirmation and recognition at its full level (supervisor time and training), scaled by policy.supervision.affirmation.', default: 0, min: 0, max: 1e6, unit: '$/worker-year', source: 'No seed gives a price; 0 counts no spend for it. Set a local price to count it.' }),
  singleSessionDebrief: num({ doc: 'Cost of one single-session debrief per worker.', default: 60, min: 0, max: 1e5, unit: '$/session', source: assumedPrice('a trained facilitator\'s one to two hours for a group debrief, shared among the few workers attending, about $60 each, US') }),
  ongoingProcessing: num({ doc: 'Ongoing team processing (staff time, facilitation).', default: 1500, min: 0, max: 1e6, unit: '$/worker-year', source: assumedPrice('about a facilitator\'s hour a week shared by a team of four (52 × $100 / 4 ≈ $1,300 a worker) plus some organizing time, US; the workers\' own time is in their salaries') }),
  griefCheckIn: num({ doc: 'One grief check-in.', default: 40, min: 0, max: 1e5, unit: '$/check-in', source: assumedPrice('about half an hour of a supervisor\'s time at about $80 an hour, US') }),
  therapyAccess: num({ doc: 'Full therapy access (scaled by the access level).', default: 1200, min: 0, max: 1e6, unit: '$/worker-year', source: assumedPrice('about ten therapy sessions a year at about $120 each, or an employee assistance programme of that order, per worker, US') }),
  benefits: num({ doc: 'Full benefits (scaled by the benefits level).', default: 6000, min: 0, max: 1e6, unit: '$/worker-year', source: assumedPrice('the order of a US employer\'s share of a single-coverage health insurance premium (several thousand dollars a year) with some leave benefits') }),
  ptoDayWageShare: num({ doc: 'Cost of each workday taken as paid time off, as a share of a day\'s pay: 0 when base salaries cover it (nobody backfills), 1 when each day off is paid again (a backfill).', default: 0, min: 0, max: 5, unit: 'share of a day\'s pay', source: 'No seed gives a price; 0 counts no spend for it. Set a local price to count it.' }),
  griefLeaveDayWageShare: num({ doc: 'Cost of each workday taken as grief leave (policy.grief.leaveDays), as a share of a day\'s pay: 1 counts it as a sick day is counted (the work not done, or its cover); 0 when base salaries cover it and nobody backfills (as paid time off is counted by default). In the absence part of the cost, not in a package\'s spending.', default: 1, min: 0, max: 5, unit: 'share of a day\'s pay', source: 'Assumption: a grief-leave day is counted as a sick day is, at a day\'s pay (costs.salary), as CFSim did before the price existed; no seed gives a price. Set 0 where leave is not covered or backfilled.' }),
  trainingCourse: num({ doc: 'Each training course, amortised.', default: 300, min: 0, max: 1e6, unit: '$/worker-year', source: assumedPrice('a one- or two-day course at a few hundred dollars a place (trainer and materials), repeated about yearly, US; the workers\' own time is in their salaries') }),
  shadowingDayWageShare: num({ doc: 'Cost of each day a new hire shadows a colleague (policy.training.shadowingDays), as a share of a day\'s pay; charged for all of them on the day the seat is filled (the day before the hire starts; day 0 for the seats a package adds), for the policy.training.shadowingDays the hire joins with (a scheduled change taking effect the next day included).', default: 0, min: 0, max: 5, unit: 'share of a day\'s pay', source: 'No seed gives a price; 0 counts no spend for it. Set a local price to count it.' }),
  cohesionActivities: num({ doc: 'Cohesion activities.', default: 400, min: 0, max: 1e6, unit: '$/worker-year', source: assumedPrice('a few team outings or meals a year at about $100 a worker each, US') }),
  structuredPeerSupport: num({ doc: 'Structured peer support.', default: 800, min: 0, max: 1e6, unit: '$/worker-year', source: assumedPrice('training peer supporters and coordinating the programme, judged at about twice cohesion activities, US') }),
  livedExperienceSupport: num({ doc: 'Lived-experience-tailored support.', default: 600, min: 0, max: 1e6, unit: '$/worker-year', source: assumedPrice('tailored groups or sessions for staff with lived experience, judged between cohesion activities and structured peer support, US') }),
  stigmaEducation: num({ doc: 'Stigma education.', default: 300, min: 0, max: 1e6, unit: '$/worker-year', source: assumedPrice('priced as one training course (costs.trainingCourse)') }),
  socialContact: num({ doc: 'Social-contact programme.', default: 300, min: 0, max: 1e6, unit: '$/worker-year', source: assumedPrice('priced as one training course (costs.trainingCourse): organized contact sessions with people in recovery') }),
  mindfulness: num({ doc: 'Mindfulness / self-care programme.', default: 400, min: 0, max: 1e6, unit: '$/worker-year', source: assumedPrice('a group mindfulness course (such as an eight-week programme) at a few hundred dollars a participant, US') }),
  phoneOff: num({ doc: 'After-hours cover that lets phones go off.', default: 500, min: 0, max: 1e6, unit: '$/worker-year', source: assumedPrice('an on-call rota, stipend or answering service for after-hours calls, shared across the team, about $500 a worker, US') }),
  floatPremium: num({ doc: 'Float staff cost as a multiple of salary. The salary is costs.salary: the float pool has no role, so no costs.roleSalaryFactor.', default: 1.1, min: 0, max: 10, source: assumedPrice('float staff cost about 10% more than a salaried worker (a premium for flexible hours, or agency or overtime rates)') }),
  discountRate: num({
    doc: "Annual rate at which a comparison's value for money (the net cost, the departures avoided, the net benefit and the best package by value) discounts the future: each day's team cost and departures count (1 + rate)^(−day/365) of their size (day 0 in full, day 365 at 1/(1 + rate)), summed and put back to an equivalent annual amount (over the discounted years, the weights' sum over 365: a steady flow keeps its size). 0: undiscounted. The metric tables (teamCostPerYear, leaversPerYear) and the departures avoided by halves of the horizon stay undiscounted; only value for money is discounted.",
    default: 0,
    min: 0,
    max: 0.15,
    unit: 'per year',
    // A planner writes 3.5 for 3.5%.
    aboveMaximum: 'a rate is written as a fraction, 0.035 for 3.5% a year (not 3.5); the usual conventions are 0.03 to 0.035',
    source: "Convention, not from the seeds: NICE's reference case discounts costs and health effects at 3.5% a year, the US Second Panel on Cost-Effectiveness in Health and Medicine (2016) at 3%; 0, the default, keeps the undiscounted figures CFSim gave before the field existed. Use your funder's or government's rate.",
  }),
});

/**
 * What a scheduled change may not set, and why: each of these is built into the world on day 0 or
 * holds for the whole run (docs/ODD.md, "Scheduled changes"). Every other policy and community
 * field can change at the start of any day.
 */
export const FIXED_DURING_RUN = {
  name: 'the scenario name labels the whole run',
  description: 'the scenario description covers the whole run',
  days: 'the horizon is fixed when the run starts',
  seed: 'the random streams are keyed by the run\'s seed when the run starts; the seed is a run option (--seed), not a scenario field',
  population: 'the workforce is built on day 0: seats, teams and roles are fixed then, and traits are drawn when a worker is hired',
  'population.payAdequacy': 'it is the population\'s pay before any policy; to change pay during a run, set policy.compensation.payRaise',
  practice: 'it is what the organization did before day 0 (the warm-up ran under it); to change a lever during the run, set its policy field',
  'policy.name': 'the package name labels every output of the run',
  'policy.description': 'the package description covers the whole run',
  'policy.staffing.extraSeatShare': 'it adds seats, and the number of seats is fixed on day 0; to add cover during a run, set policy.staffing.floatPool',
  costs: 'prices hold for the whole run, so that every day is costed alike',
  coefficients: 'model coefficients are the model, not the setting, and hold for the whole run; vary them between runs with a sweep',
  changes: 'a scheduled change cannot schedule changes',
  uncertainty: 'a replication draws its uncertain values before day 0, for the whole run',
} as const;

export const changesField = list({
  doc:
    'Scheduled changes ("introduce supervision in year 2"). Each entry sets policy and community fields from the start of its day on (before the roster), on top of the scenario as it stood after the earlier entries; days strictly increase. Empty: the scenario holds for the whole run. A list given replaces the whole list.',
  maxItems: 1000,
  items: obj('One scheduled change.', {
    day: int({ doc: 'The day the change takes effect, at its start (days count from 0: day 365 starts year 2); from 1 to days − 1, after the previous entry\'s day.', default: 1, min: 1, max: 36499, unit: 'day', belowMinimum: 'day 0 is the start of the run, where the scenario\'s own fields apply, so set the field itself for that; a change takes effect on day 1 at the earliest, and on days − 1 at the latest' }),
    set: assignments({
      doc: 'The fields that change and their new values, by full dotted path (the paths --set takes), e.g. { policy.supervision.mode: opt-out, policy.supervision.intervalDays: 14 }.',
      scope: (): ObjectField => scenarioField,
      settable: ['policy', 'community'],
      fixed: FIXED_DURING_RUN,
    }),
  }),
});

export const uncertaintyField = ranges({
  doc:
    "Parameter uncertainty: model coefficients and prices whose size the evidence leaves open, each drawn anew in every replication from the range given here, in place of the field's own value. A replication draws the same values under every package of a comparison (the draws are keyed by seed and replication, like every stream), so the 90% ranges and paired differences carry the uncertainty of these values as well as the futures' chance. { PATH: { min: A, max: B } } draws uniformly; { PATH: { min: A, mode: C, max: B } } from the triangular distribution peaking at C. A drawn field's own value is not used (--set of it is refused), and where a range's mean differs from it the outcomes' centre moves too, not only their spread. Empty: every replication uses the fields' own values. Given in a file, it replaces the whole set.",
  scope: (): ObjectField => scenarioField,
  drawable: ['coefficients', 'costs'],
  notDrawable: "population, community, practice and policy fields are the setting and the levers a plan compares, not unknowns of the model: vary them with compare or a sweep",
  undrawable: { 'costs.discountRate': "it is a convention a plan chooses (its funder's rate), not an unknown of the model, and one rate discounts every replication of a comparison: set it, or compare the results at two rates" },
});

export const scenarioField = obj('A CFSim scenario: a population in a community under a policy package.', {
  name: str({ doc: "Scenario name, shown in outputs. A file without one takes its population preset's id (base.population, ma-outreach without one), and outputs then list what the file or --set changes of that preset.", default: 'custom', maxLength: 200, label: true }),
  description: str({ doc: 'What the scenario represents.', default: '' }),
  days: int({ doc: 'Simulated horizon. A file may also give it with a unit, as --days takes it: 3y is 1095 days, 26w is 182, 10d is 10 (the model\'s year is 365 days).', default: 1095, min: 1, max: 36500, unit: 'days', textPattern: DAYS_WITH_UNIT_PATTERN, textForms: `or with a unit: ${DAY_UNIT_EXAMPLES}`, source: 'MODEL.md §2: default horizon 3 years.' }),
  population: populationField,
  community: communityField,
  practice: practiceField,
  policy: policyField,
  changes: changesField,
  costs: costsField,
  coefficients: coefficientsField,
  uncertainty: uncertaintyField,
});

/** A fully-resolved scenario: every field present and valid. */
export type Scenario = Resolved<typeof scenarioField>;
/** What a scenario file may contain (plus `base`, see load.ts). */
export type ScenarioInput = Partial<typeof scenarioField>;
export type Policy = Scenario['policy'];
export type Practice = Scenario['practice'];
export type SupervisionMode = (typeof SUPERVISION_MODES)[number];
export type DebriefMode = (typeof DEBRIEF_MODES)[number];
export type DebriefTrigger = (typeof DEBRIEF_TRIGGERS)[number];
/** One scheduled change, resolved: its day and the values it sets, by field path. */
export type ScheduledChange = Scenario['changes'][number];
