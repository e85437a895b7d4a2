import { PROQOL_HIGH, proqolScore } from './proqol';
import { ROLES, type Role } from './roles';
import { STATUS } from './workforce';
import type { World } from './world';

export const STATUS_NAMES = ['vacant', 'working', 'day-off', 'on-leave', 'sick'] as const;
export type StatusName = (typeof STATUS_NAMES)[number];

/** One seat as a person reads it (for the team view and per-worker outputs). */
export interface SeatSnapshot {
  readonly seat: number;
  readonly team: number;
  readonly status: StatusName;
  /** Unique per occupant within a run; -1 for a vacant seat. */
  readonly worker: number;
  readonly role: Role;
  readonly livedExperience: boolean;
  readonly livesInCommunity: boolean;
  readonly tenureDays: number;
  readonly empathicConcern: number;
  readonly empathicAbility: number;
  readonly helpSeeking: number;
  readonly numbingPropensity: number;
  readonly selfCareSkill: number;
  /** Still in the fragile new-hire period (coefficients.newHireDays). */
  readonly newHire: boolean;
  readonly sts: number;
  readonly burnout: number;
  readonly satisfaction: number;
  readonly cf: number;
  readonly traumaticMemories: number;
  readonly numbing: number;
  readonly detachment: number;
  readonly socialSupport: number;
  readonly selfCare: number;
  readonly proqolCS: number;
  readonly proqolBO: number;
  readonly proqolSTS: number;
  readonly supportOffered: number;
  readonly supportAttended: number;
  readonly clientDeaths: number;
}

export interface TeamSnapshot {
  readonly day: number;
  readonly seats: readonly SeatSnapshot[];
  readonly headcount: number;
  readonly highSTS: number;
}


/** A copy of the team's state after `world.day` days: safe to keep, send or render. */
export function teamSnapshot(world: World): TeamSnapshot {
  const w = world.w;
  const seats: SeatSnapshot[] = [];
  let headcount = 0;
  let highSTS = 0;
  for (let i = 0; i < w.size; i++) {
    const vacant = w.status[i] === STATUS.vacant;
    const proqolSTS = proqolScore(w.sts[i], w.biasSTS[i]);
    if (!vacant) {
      headcount++;
      if (proqolSTS >= PROQOL_HIGH) highSTS++;
    }
    seats.push({
      seat: i,
      team: w.team[i],
      status: STATUS_NAMES[w.status[i]],
      worker: vacant ? -1 : w.workerId[i],
      role: ROLES[w.role[i]],
      livedExperience: w.livedExperience[i] === 1,
      livesInCommunity: w.livesInCommunity[i] === 1,
      tenureDays: vacant ? 0 : w.tenureDays[i],
      empathicConcern: w.empathicConcern[i],
      empathicAbility: w.empathicAbility[i],
      helpSeeking: w.helpSeeking[i],
      numbingPropensity: w.numbingPropensity[i],
      selfCareSkill: w.selfCareSkill[i],
      newHire: !vacant && w.tenureDays[i] < world.p.c.newHireDays,
      sts: w.sts[i],
      burnout: w.burnout[i],
      satisfaction: w.satisfaction[i],
      cf: w.cf[i],
      traumaticMemories: w.traumaticMemories[i],
      numbing: w.numbing[i],
      detachment: w.detachment[i],
      socialSupport: w.socialSupport[i],
      selfCare: w.selfCare[i],
      proqolCS: proqolScore(w.satisfaction[i], w.biasCS[i]),
      proqolBO: proqolScore(w.burnout[i], w.biasBO[i]),
      proqolSTS,
      supportOffered: w.supportOffered[i],
      supportAttended: w.supportAttended[i],
      clientDeaths: w.clientDeaths[i],
    });
  }
  return { day: world.day, seats, headcount, highSTS };
}
