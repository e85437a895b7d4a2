// MODEL.md §3 step 2: a team's demand is shared among present workers (weighted by caseload
// share), up to the caseload cap; float staff cover part of the missing seats; the rest is unmet.

export interface TeamLoad {
  /** Contacts per unit of caseload share for each present worker (before the cap). */
  demandPerShare: number;
  /** Contacts actually handled per unit caseload share (after the cap). */
  loadPerShare: number;
  /** Share of the team's demand nobody met today. */
  unmetShare: number;
}

/**
 * @param demand contacts the team should make today
 * @param presentShares sum of caseload shares of workers present
 * @param floatShares caseload shares covered by float staff today
 * @param cap most contacts per unit caseload share per day
 */
export function teamLoad(demand: number, presentShares: number, floatShares: number, cap: number, out: TeamLoad): void {
  const carriers = presentShares + floatShares;
  if (demand <= 0) {
    out.demandPerShare = 0;
    out.loadPerShare = 0;
    out.unmetShare = 0;
    return;
  }
  if (carriers <= 0) {
    out.demandPerShare = 0;
    out.loadPerShare = 0;
    out.unmetShare = 1;
    return;
  }
  const perShare = demand / carriers;
  out.demandPerShare = perShare;
  if (perShare <= cap) {
    // All of it met: exactly 0, not demand − (demand / carriers) × carriers, whose rounding left
    // ±1e-16 (a negative share, and "worse in 17 of 20 futures" between packages with none unmet).
    out.loadPerShare = perShare;
    out.unmetShare = 0;
    return;
  }
  out.loadPerShare = cap;
  const unmet = (demand - cap * carriers) / demand;
  out.unmetShare = unmet > 0 ? unmet : 0;
}
