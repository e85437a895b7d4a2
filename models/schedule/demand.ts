import { teamLoad, type TeamLoad } from '../demand';
import { TALLY } from '../tally';
import type { World } from '../world';

const load: TeamLoad = { demandPerShare: 0, loadPerShare: 0, unmetShare: 0 };

/** Step 2: each team's demand shared among present workers and float staff, up to the cap; the rest is unmet. */
export function shareDemand(world: World): void {
  const p = world.p;
  const today = world.today;
  const teams = world.teamSeats.length;
  let missingTotal = 0;
  for (let t = 0; t < teams; t++) missingTotal += world.missingShares[t];
  const floatAvailable = (p.floatStaff * p.workdaysPerWeek) / 7;
  const floatCover = missingTotal > 0 ? Math.min(1, floatAvailable / missingTotal) : 0;
  for (let t = 0; t < teams; t++) {
    world.floatShares[t] = world.missingShares[t] * floatCover;
    teamLoad(world.teamDemand[t], world.presentShares[t], world.floatShares[t], p.caseloadCap, load);
    world.loadPerShare[t] = load.loadPerShare;
    world.unmetShare[t] = load.unmetShare;
    today[TALLY.demand] += world.teamDemand[t];
    today[TALLY.unmet] += world.teamDemand[t] * load.unmetShare;
  }
}
