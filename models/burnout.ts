// MODEL.md §4.5: exhaustion from workload, helplessness against the system, stigma and STS,
// relieved by rest, supervisor affirmation and satisfaction.

/** Strain from work done today (workdays only). */
export function workStrain(
  overload: number,
  unmetShare: number,
  barriers: number,
  stigma: number,
  gOverload: number,
  gUnmet: number,
  gBarrier: number,
  gStigma: number,
): number {
  return gOverload * (overload > 0 ? overload : 0) + gUnmet * unmetShare + gBarrier * barriers + gStigma * stigma;
}

export function burnoutChange(burnout: number, strain: number, sts: number, rest: number, gSts: number, gRecovery: number): number {
  return strain + gSts * sts - gRecovery * rest * burnout;
}
