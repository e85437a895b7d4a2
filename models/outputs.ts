import { proqolScore } from './proqol';
import { SEPARATION_REASONS } from './separationAttribution';
import type { SeparationLog } from './separationLog';
import { STATUS } from './workforce';
import type { World } from './world';

// Per-worker outputs of a replication, declared once: the columns of workers.csv and
// separations.csv. Rows travel between threads as flat Float64Arrays (row-major); categorical
// columns hold indices (role into ROLES, reason into SEPARATION_REASONS, booleans as 0/1).

export const WORKER_COLUMNS = [
  'worker',
  'role',
  'livedExperience',
  'livesInCommunity',
  'tenureDays',
  'sts',
  'burnout',
  'satisfaction',
  'cf',
  'traumaticMemories',
  'numbing',
  'proqolCS',
  'proqolBO',
  'proqolSTS',
  'supportOffered',
  'supportAttended',
] as const;

/** The share columns follow `reason`, one per SEPARATION_REASONS entry in its order. */
export const SEPARATION_COLUMNS = [
  'day',
  'worker',
  'role',
  'livedExperience',
  'livesInCommunity',
  'tenureDays',
  'burnout',
  'cf',
  'satisfaction',
  'reason',
  'shareBaseline',
  'shareBurnout',
  'shareCompassionFatigue',
  'shareLowSatisfaction',
  'shareLowPay',
  'shareNewHire',
] as const;

/** End-of-run rows, one per worker in post, appended to `out` (WORKER_COLUMNS.length numbers each). */
export function workerRows(world: World, out: number[]): number {
  const w = world.w;
  let rows = 0;
  for (let i = 0; i < w.size; i++) {
    if (w.status[i] === STATUS.vacant) continue;
    out.push(
      w.workerId[i],
      w.role[i],
      w.livedExperience[i],
      w.livesInCommunity[i],
      w.tenureDays[i],
      w.sts[i],
      w.burnout[i],
      w.satisfaction[i],
      w.cf[i],
      w.traumaticMemories[i],
      w.numbing[i],
      proqolScore(w.satisfaction[i], w.biasCS[i]),
      proqolScore(w.burnout[i], w.biasBO[i]),
      proqolScore(w.sts[i], w.biasSTS[i]),
      w.supportOffered[i],
      w.supportAttended[i],
    );
    rows++;
  }
  return rows;
}

/** Separation rows (SEPARATION_COLUMNS.length numbers each), appended to `out`. */
export function separationRows(log: SeparationLog, out: number[]): number {
  for (let k = 0; k < log.length; k++) {
    out.push(log.day[k], log.workerId[k], log.role[k], log.livedExperience[k], log.livesInCommunity[k], log.tenureDays[k], log.burnout[k], log.cf[k], log.satisfaction[k], log.reason[k]);
    for (let r = 0; r < SEPARATION_REASONS.length; r++) out.push(log.shares[k * SEPARATION_REASONS.length + r]);
  }
  return log.length;
}
