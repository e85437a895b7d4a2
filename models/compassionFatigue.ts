import { exp } from '../sim/math/portableMath';

// MODEL.md §4.7: compassion fatigue = 1 − resilience, a logistic of its drivers and protectors.

export function compassionFatigue(
  sts: number,
  prolongedExposure: number,
  traumaticMemories: number,
  lifeDemands: number,
  burnout: number,
  protection: number,
  k: {
    cfIntercept: number;
    cfSts: number;
    cfProlongedExposure: number;
    cfTraumaticMemories: number;
    cfLifeDemands: number;
    cfBurnout: number;
    cfProtection: number;
  },
): number {
  const z =
    k.cfIntercept +
    k.cfSts * sts +
    k.cfProlongedExposure * prolongedExposure +
    k.cfTraumaticMemories * traumaticMemories +
    k.cfLifeDemands * lifeDemands +
    k.cfBurnout * burnout -
    k.cfProtection * protection;
  return 1 / (1 + exp(-z));
}

/** Prolonged exposure: a slow moving average of daily exposure (≈90-day window). */
export function prolongedExposureChange(current: number, exposure: number, reference: number, windowDays: number): number {
  const level = exposure / reference;
  return ((level > 1 ? 1 : level) - current) / windowDays;
}
