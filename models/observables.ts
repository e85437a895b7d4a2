import { livedExperienceGroup } from './groups';
import { PROQOL_HIGH, PROQOL_LOW, proqolScore } from './proqol';
import { TALLY } from './tally';
import { STATUS } from './workforce';
import type { World } from './world';
import { square } from '../sim/math/portableMath';

// Data collection, declared in one place (MODEL.md §7): the daily team series every run records.
// Means and shares are over workers in post (any status but vacant); on a day with nobody in post
// they are NaN, as there is nobody to average (a 0 would read as a team with no burnout at all).

export interface SeriesDefinition {
  readonly name: string;
  readonly doc: string;
  readonly unit: string;
}

const s = <N extends string>(name: N, doc: string, unit = '0-1') => ({ name, doc, unit }) as const;

export const DAILY_SERIES = [
  s('headcount', 'Workers in post (filled seats).', 'workers'),
  s('vacancies', 'Vacant seats.', 'seats'),
  s('working', 'Workers at work today.', 'workers'),
  s('onLeave', 'Workers on leave (paid time off or grief leave).', 'workers'),
  s('sick', 'Workers absent sick today.', 'workers'),
  s('separations', 'Workers who left today.', 'workers'),
  s('cumulativeSeparations', 'Separations since day 0.', 'workers'),
  s('hires', 'Workers hired today: a vacancy filled tonight, whose worker starts tomorrow, or (on day 0, after a warm-up) a seat the package adds.', 'workers'),
  s('sts', 'Mean secondary traumatic stress (latent).'),
  s('stsSd', 'Standard deviation of STS across workers.'),
  s('burnout', 'Mean burnout (latent).'),
  s('burnoutSd', 'Standard deviation of burnout across workers.'),
  s('satisfaction', 'Mean compassion satisfaction (latent).'),
  s('satisfactionSd', 'Standard deviation of satisfaction across workers.'),
  s('cf', 'Mean compassion fatigue (1 - resilience).'),
  s('cfSd', 'Standard deviation of compassion fatigue across workers.'),
  s('traumaticMemories', 'Mean unprocessed traumatic memories.'),
  s('traumaticMemoriesSd', 'Standard deviation of traumatic memories across workers.'),
  s('numbing', 'Mean numbing (maladaptive detachment).'),
  s('numbingSd', 'Standard deviation of numbing across workers.'),
  s('detachment', 'Mean healthy detachment.'),
  s('detachmentSd', 'Standard deviation of detachment across workers.'),
  s('socialSupport', 'Mean social support.'),
  s('socialSupportSd', 'Standard deviation of social support across workers.'),
  s('selfCare', 'Mean self-care.'),
  s('selfCareSd', 'Standard deviation of self-care across workers.'),
  s('lifeDemands', 'Mean other life demands.'),
  s('lifeDemandsSd', 'Standard deviation of life demands across workers.'),
  s('prolongedExposure', 'Mean prolonged exposure (90-day average).'),
  s('prolongedExposureSd', 'Standard deviation of prolonged exposure across workers.'),
  s('proqolCS', 'Mean ProQOL compassion satisfaction score.', 'score 10-50'),
  s('proqolBO', 'Mean ProQOL burnout score.', 'score 10-50'),
  s('proqolSTS', 'Mean ProQOL secondary traumatic stress score.', 'score 10-50'),
  s('highSTSShare', 'Share of workers with ProQOL STS ≥ 42.'),
  s('highBOShare', 'Share of workers with ProQOL burnout ≥ 42.'),
  s('lowCSShare', 'Share of workers with ProQOL compassion satisfaction ≤ 22.'),
  s('demand', 'Client contacts the team should have made today.', 'contacts'),
  s('contacts', 'Client contacts made today.', 'contacts'),
  s('unmetDemand', 'Contacts nobody could make today.', 'contacts'),
  s('careQuality', 'Mean care quality per contact today (NaN when no contacts: nothing to measure).'),
  s('clientDeaths', 'Client deaths experienced by staff today.', 'events'),
  s('crises', 'Crises handled today.', 'events'),
  s('successes', 'Client successes today (treatment entry, housing, steps in recovery).', 'events'),
  s('systemBarriers', 'Failed referrals today (no beds, bureaucracy, exclusion criteria).', 'events'),
  s('stigmaEncounters', 'Stigma encounters today (public hostility, pushback from other services).', 'events'),
  s('safetyIncidents', 'Safety incidents today.', 'events'),
  s('supportOffered', 'Supervision sessions offered today.', 'sessions'),
  s('supportAttended', 'Supervision sessions attended today.', 'sessions'),
  s('scheduledDays', 'Workers scheduled to work today (working or sick).', 'workers'),
  s('cost', "Cost today beyond the funded seats' salaries at full staffing: the sum of the seven parts below (models/costParts.ts).", 'currency'),
  s('payCost', 'Part of cost: pay raise, benefits and therapy access of the workers in post.', 'currency'),
  s('programmeCost', "Part of cost: programmes and training of the workers in post (courses, team processing, peer support, stigma reduction, mindfulness, after-hours cover, affirmation) and the shadowing days of today's hires.", 'currency'),
  s('sessionCost', 'Part of cost: supervision sessions (price and quality premium: under pre-booked supervision each booked session, kept or not; under opt-in those held), single-session debriefs and grief check-ins held today.', 'currency'),
  s('staffingCost', 'Part of cost: salaries of filled added seats and the float pool at its premium.', 'currency'),
  s('turnoverCost', "Part of cost: replacement cost of today's leavers, each a share of the leaver's salary.", 'currency'),
  s('absenceCost', "Part of cost: sick and grief-leave days at the absent worker's day's pay, paid time off at its share of it.", 'currency'),
  s('vacancyCost', "Part of cost: the salary vacant funded seats do not draw today (at costs.vacantSalarySaved of it), negative.", 'currency'),
] as const satisfies readonly SeriesDefinition[];

export type SeriesName = (typeof DAILY_SERIES)[number]['name'];
export const SERIES_COUNT = DAILY_SERIES.length;
/** Column index of each series in a daily record. */
export const SERIES: { readonly [N in SeriesName]: number } = Object.fromEntries(DAILY_SERIES.map((d, i) => [d.name, i])) as { [N in SeriesName]: number };

/** The standard deviation of a population of h from its sum and sum of squares (NaN when h is). */
function spread(sum: number, sumSq: number, h: number): number {
  return Math.sqrt(Math.max(0, sumSq / h - square(sum / h)));
}

/** The team-state series, sts to lowCSShare: means, spreads and shares over the staff in post, NaN on a day with nobody in post. */
export const TEAM_STATE_SERIES: ReadonlySet<SeriesName> = new Set(DAILY_SERIES.slice(SERIES.sts, SERIES.lowCSShare + 1).map((d) => d.name));

/** The series a day can have nothing to measure for (NaN): the team-state series on a day nobody is in post, careQuality on a day without contacts. */
export const UNMEASURED_SERIES: ReadonlySet<SeriesName> = new Set<SeriesName>([...TEAM_STATE_SERIES, 'careQuality']);

/**
 * Writes today's observations for `world` (after its step) into `out` at `offset`, and adds each
 * worker in post to the worker-days of their role and lived-experience group (`groupWorkerDays`, GROUPS order).
 */
export function observeDay(world: World, out: Float64Array, offset: number, cumulativeSeparations: number, groupWorkerDays: Float64Array): void {
  const { w, today } = world;
  let headcount = 0;
  let working = 0;
  let onLeave = 0;
  let sick = 0;
  let sts = 0, sts2 = 0, bo = 0, bo2 = 0, sat = 0, sat2 = 0, cf = 0, cf2 = 0;
  let mem = 0, numb = 0, det = 0, sup = 0, care = 0, life = 0, pe = 0;
  let mem2 = 0, numb2 = 0, det2 = 0, sup2 = 0, care2 = 0, life2 = 0, pe2 = 0;
  let cs = 0, bos = 0, sts_ = 0, highSts = 0, highBo = 0, lowCs = 0;
  for (let i = 0; i < w.size; i++) {
    const status = w.status[i];
    if (status === STATUS.vacant) continue;
    headcount++;
    groupWorkerDays[w.role[i]]++;
    groupWorkerDays[livedExperienceGroup(w.livedExperience[i])]++;
    if (status === STATUS.working) working++;
    else if (status === STATUS.onLeave) onLeave++;
    else if (status === STATUS.sick) sick++;
    const a = w.sts[i], b = w.burnout[i], c = w.satisfaction[i], f = w.cf[i];
    sts += a; sts2 += a * a;
    bo += b; bo2 += b * b;
    sat += c; sat2 += c * c;
    cf += f; cf2 += f * f;
    const m = w.traumaticMemories[i], nb = w.numbing[i], dt = w.detachment[i], sp = w.socialSupport[i];
    const sc = w.selfCare[i], ld = w.lifeDemands[i], px = w.prolongedExposure[i];
    mem += m; mem2 += m * m;
    numb += nb; numb2 += nb * nb;
    det += dt; det2 += dt * dt;
    sup += sp; sup2 += sp * sp;
    care += sc; care2 += sc * sc;
    life += ld; life2 += ld * ld;
    pe += px; pe2 += px * px;
    const scoreCS = proqolScore(c, w.biasCS[i]);
    const scoreBO = proqolScore(b, w.biasBO[i]);
    const scoreSTS = proqolScore(a, w.biasSTS[i]);
    cs += scoreCS;
    bos += scoreBO;
    sts_ += scoreSTS;
    if (scoreSTS >= PROQOL_HIGH) highSts++;
    if (scoreBO >= PROQOL_HIGH) highBo++;
    if (scoreCS <= PROQOL_LOW) lowCs++;
  }
  const h = headcount > 0 ? headcount : NaN;
  const o = offset;
  out[o + SERIES.headcount] = headcount;
  out[o + SERIES.vacancies] = w.size - headcount;
  out[o + SERIES.working] = working;
  out[o + SERIES.onLeave] = onLeave;
  out[o + SERIES.sick] = sick;
  out[o + SERIES.separations] = today[TALLY.separations];
  out[o + SERIES.cumulativeSeparations] = cumulativeSeparations;
  out[o + SERIES.hires] = today[TALLY.hires];
  out[o + SERIES.sts] = sts / h;
  out[o + SERIES.stsSd] = spread(sts, sts2, h);
  out[o + SERIES.burnout] = bo / h;
  out[o + SERIES.burnoutSd] = spread(bo, bo2, h);
  out[o + SERIES.satisfaction] = sat / h;
  out[o + SERIES.satisfactionSd] = spread(sat, sat2, h);
  out[o + SERIES.cf] = cf / h;
  out[o + SERIES.cfSd] = spread(cf, cf2, h);
  out[o + SERIES.traumaticMemories] = mem / h;
  out[o + SERIES.traumaticMemoriesSd] = spread(mem, mem2, h);
  out[o + SERIES.numbing] = numb / h;
  out[o + SERIES.numbingSd] = spread(numb, numb2, h);
  out[o + SERIES.detachment] = det / h;
  out[o + SERIES.detachmentSd] = spread(det, det2, h);
  out[o + SERIES.socialSupport] = sup / h;
  out[o + SERIES.socialSupportSd] = spread(sup, sup2, h);
  out[o + SERIES.selfCare] = care / h;
  out[o + SERIES.selfCareSd] = spread(care, care2, h);
  out[o + SERIES.lifeDemands] = life / h;
  out[o + SERIES.lifeDemandsSd] = spread(life, life2, h);
  out[o + SERIES.prolongedExposure] = pe / h;
  out[o + SERIES.prolongedExposureSd] = spread(pe, pe2, h);
  out[o + SERIES.proqolCS] = cs / h;
  out[o + SERIES.proqolBO] = bos / h;
  out[o + SERIES.proqolSTS] = sts_ / h;
  out[o + SERIES.highSTSShare] = highSts / h;
  out[o + SERIES.highBOShare] = highBo / h;
  out[o + SERIES.lowCSShare] = lowCs / h;
  out[o + SERIES.demand] = today[TALLY.demand];
  out[o + SERIES.contacts] = today[TALLY.contacts];
  out[o + SERIES.unmetDemand] = today[TALLY.unmet];
  out[o + SERIES.careQuality] = today[TALLY.contacts] > 0 ? today[TALLY.qualitySum] / today[TALLY.contacts] : NaN;
  out[o + SERIES.clientDeaths] = today[TALLY.clientDeaths];
  out[o + SERIES.crises] = today[TALLY.crises];
  out[o + SERIES.successes] = today[TALLY.successes];
  out[o + SERIES.systemBarriers] = today[TALLY.barriers];
  out[o + SERIES.stigmaEncounters] = today[TALLY.stigmaEncounters];
  out[o + SERIES.safetyIncidents] = today[TALLY.safetyIncidents];
  out[o + SERIES.supportOffered] = today[TALLY.sessionsOffered];
  out[o + SERIES.supportAttended] = today[TALLY.sessionsAttended];
  out[o + SERIES.scheduledDays] = today[TALLY.scheduledDays];
  out[o + SERIES.cost] = today[TALLY.cost];
  out[o + SERIES.payCost] = today[TALLY.payCost];
  out[o + SERIES.programmeCost] = today[TALLY.programmeCost];
  out[o + SERIES.sessionCost] = today[TALLY.sessionCost];
  out[o + SERIES.staffingCost] = today[TALLY.staffingCost];
  out[o + SERIES.turnoverCost] = today[TALLY.turnoverCost];
  out[o + SERIES.absenceCost] = today[TALLY.absenceCost];
  out[o + SERIES.vacancyCost] = today[TALLY.vacancyCost];
}
