import { compassionFatigue } from '../compassionFatigue';
import { cohesionTarget, socialSupport } from '../socialSupport';
import { STATUS } from '../workforce';
import type { World } from '../world';


/**
 * Step 8: compassion fatigue, then team sums for tomorrow's social support, contagion and
 * cohesion. Each pass over seats or teams is its own function: a long loop is compiled while it
 * runs (on-stack replacement) before the code after it has ever run, and V8 kept reusing that
 * compiled loop and abandoning it at the code after it, every day.
 */
export function deriveTeamState(world: World): void {
  world.wellSum.fill(0);
  world.stsSum.fill(0);
  world.employedCount.fill(0);
  sumTeams(world);
  relaxTeams(world);
  shareSupport(world);
}

/** Each worker's compassion fatigue, summed per team with STS and headcount. */
function sumTeams(world: World): void {
  const w = world.w;
  const c = world.p.c;
  const n = w.size;
  for (let i = 0; i < n; i++) {
    if (w.status[i] === STATUS.vacant) continue;
    const protection = (w.selfCare[i] + w.detachment[i] + w.satisfaction[i] + w.socialSupport[i]) / 4;
    const cf = compassionFatigue(w.sts[i], w.prolongedExposure[i], w.traumaticMemories[i], w.lifeDemands[i], w.burnout[i], protection, c);
    w.cf[i] = cf;
    const t = w.team[i];
    world.wellSum[t] += 1 - cf;
    world.stsSum[t] += w.sts[i];
    world.employedCount[t]++;
  }
}

/** Team mean STS, and cohesion relaxing towards its target. */
function relaxTeams(world: World): void {
  const p = world.p;
  const c = p.c;
  const teams = world.teamSeats.length;
  for (let t = 0; t < teams; t++) {
    const count = world.employedCount[t];
    world.teamMeanSts[t] = count > 0 ? world.stsSum[t] / count : 0;
    world.cohesion[t] += c.cohesionRecovery * (cohesionTarget(c.cohesionBase, p.cohesionActivities, c.cohesionActivitiesGain) - world.cohesion[t]);
  }
}

/** Each worker's social support for tomorrow, from the team's cohesion and teammates' wellbeing. */
function shareSupport(world: World): void {
  const p = world.p;
  const w = world.w;
  const c = p.c;
  const n = w.size;
  for (let i = 0; i < n; i++) {
    if (w.status[i] === STATUS.vacant) continue;
    const t = w.team[i];
    const others = world.employedCount[t] - 1;
    const teammates = others > 0 ? (world.wellSum[t] - (1 - w.cf[i])) / others : 0;
    w.socialSupport[i] = socialSupport(world.cohesion[t], teammates, p.affirmation, p.structuredPeerSupport, c);
  }
}
