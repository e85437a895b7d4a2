// Separations as they happen (MODEL.md §7: separations with reason). Rare events, so plain arrays.

import { SEPARATION_REASONS } from './separationAttribution';

export class SeparationLog {
  readonly day: number[] = [];
  readonly seat: number[] = [];
  readonly workerId: number[] = [];
  readonly role: number[] = [];
  /** 1 for a leaver with a personal substance-use history, else 0. */
  readonly livedExperience: number[] = [];
  /** 1 for a leaver who lives in the community they serve, else 0. */
  readonly livesInCommunity: number[] = [];
  readonly tenureDays: number[] = [];
  readonly burnout: number[] = [];
  readonly cf: number[] = [];
  readonly satisfaction: number[] = [];
  /** The main driver: an index into SEPARATION_REASONS (the largest share). */
  readonly reason: number[] = [];
  /** Each separation's shares of SEPARATION_REASONS, flat: separation k's from k·SEPARATION_REASONS.length. */
  readonly shares: number[] = [];

  /** Forgets every separation (the warm-up's are not the run's). */
  clear(): void {
    for (const list of [this.day, this.seat, this.workerId, this.role, this.livedExperience, this.livesInCommunity, this.tenureDays, this.burnout, this.cf, this.satisfaction, this.reason, this.shares]) list.length = 0;
  }

  get length(): number {
    return this.day.length;
  }

  record(day: number, seat: number, workerId: number, role: number, livedExperience: number, livesInCommunity: number, tenureDays: number, burnout: number, cf: number, satisfaction: number, reason: number, shares: ArrayLike<number>): void {
    this.day.push(day);
    this.seat.push(seat);
    this.workerId.push(workerId);
    this.role.push(role);
    this.livedExperience.push(livedExperience);
    this.livesInCommunity.push(livesInCommunity);
    this.tenureDays.push(tenureDays);
    this.burnout.push(burnout);
    this.cf.push(cf);
    this.satisfaction.push(satisfaction);
    this.reason.push(reason);
    for (let k = 0; k < SEPARATION_REASONS.length; k++) this.shares.push(shares[k]);
  }
}
