// Separations as they happen (MODEL.md §7: separations with reason). Rare events, so plain arrays.

export class SeparationLog {
  readonly day: number[] = [];
  readonly seat: number[] = [];
  readonly workerId: number[] = [];
  readonly role: number[] = [];
  readonly tenureDays: number[] = [];
  readonly burnout: number[] = [];
  readonly cf: number[] = [];
  readonly satisfaction: number[] = [];
  readonly reason: number[] = [];

  get length(): number {
    return this.day.length;
  }

  record(day: number, seat: number, workerId: number, role: number, tenureDays: number, burnout: number, cf: number, satisfaction: number, reason: number): void {
    this.day.push(day);
    this.seat.push(seat);
    this.workerId.push(workerId);
    this.role.push(role);
    this.tenureDays.push(tenureDays);
    this.burnout.push(burnout);
    this.cf.push(cf);
    this.satisfaction.push(satisfaction);
    this.reason.push(reason);
  }
}
