// Worker state as struct-of-arrays (MODEL.md §2): one typed array per variable, index = seat.
// No per-worker objects exist; identity is the seat index.

/** What a seat is doing today (set by the roster, step 1). */
export const STATUS = {
  vacant: 0,
  working: 1,
  dayOff: 2,
  onLeave: 3,
  sick: 4,
} as const;
export type Status = (typeof STATUS)[keyof typeof STATUS];

/** Why a leave is being taken (for the team view and counts). */
export const LEAVE_KIND = { none: 0, pto: 1, grief: 2 } as const;

export class Workforce {
  readonly size: number;
  // Seat facts
  readonly role: Uint8Array;
  readonly team: Uint32Array;
  // Traits, drawn at hire
  readonly livedExperience: Uint8Array;
  readonly livesInCommunity: Uint8Array;
  readonly empathicConcern: Float64Array;
  readonly empathicAbility: Float64Array;
  readonly selfCareSkill: Float64Array;
  readonly helpSeeking: Float64Array;
  readonly numbingPropensity: Float64Array;
  readonly satisfactionBase: Float64Array;
  readonly lifeDemandsBase: Float64Array;
  readonly detachmentSkill: Float64Array;
  /** Stable per-person ProQOL response style (score points), one per scale. */
  readonly biasCS: Float64Array;
  readonly biasBO: Float64Array;
  readonly biasSTS: Float64Array;
  // States (0..1)
  readonly sts: Float64Array;
  readonly traumaticMemories: Float64Array;
  /** High-intensity trace from today not yet processed; becomes memory if not processed by tomorrow. */
  readonly pendingTrace: Float64Array;
  readonly prolongedExposure: Float64Array;
  readonly burnout: Float64Array;
  readonly satisfaction: Float64Array;
  readonly detachment: Float64Array;
  readonly numbing: Float64Array;
  readonly socialSupport: Float64Array;
  readonly selfCare: Float64Array;
  readonly lifeDemands: Float64Array;
  readonly cf: Float64Array;
  readonly attachment: Float64Array;
  // Status and clocks
  readonly status: Uint8Array;
  readonly leaveKind: Uint8Array;
  readonly tenureDays: Int32Array;
  readonly leaveDaysLeft: Int32Array;
  /** Blocks of paid time off drawn during grief leave, each to start on a scheduled day after it (docs/ODD.md §7.16). */
  readonly ptoBlocksWaiting: Int32Array;
  readonly vacancyDaysLeft: Int32Array;
  /** Day this seat's current worker was hired (negative for staff in post on day 0). */
  readonly hiredOn: Int32Array;
  /** A running number per seat occupant, unique within a run (for per-worker outputs). */
  readonly workerId: Int32Array;
  /** Day the next supervision session falls due. */
  readonly nextSessionDay: Int32Array;
  /** Days of shadowing this worker was hired with (policy.training.shadowingDays on the hire day): shadows while tenureDays is below it. */
  readonly shadowingDays: Int32Array;
  // Counters since hire
  readonly supportOffered: Int32Array;
  readonly supportAttended: Int32Array;
  readonly clientDeaths: Int32Array;
  // Today's scratch values (written and read within one day)
  readonly exposureToday: Float64Array;
  readonly stressToday: Float64Array;
  readonly deathsToday: Int32Array;
  readonly successesToday: Int32Array;
  readonly barriersToday: Int32Array;
  readonly stigmaToday: Int32Array;

  /** Zeroes every array (a workforce reused for another run). */
  clear(): this {
    for (const value of Object.values(this)) if (ArrayBuffer.isView(value)) (value as Float64Array).fill(0);
    return this;
  }

  constructor(size: number) {
    this.size = size;
    const f = () => new Float64Array(size);
    this.role = new Uint8Array(size);
    this.team = new Uint32Array(size);
    this.livedExperience = new Uint8Array(size);
    this.livesInCommunity = new Uint8Array(size);
    this.empathicConcern = f();
    this.empathicAbility = f();
    this.selfCareSkill = f();
    this.helpSeeking = f();
    this.numbingPropensity = f();
    this.satisfactionBase = f();
    this.lifeDemandsBase = f();
    this.detachmentSkill = f();
    this.biasCS = f();
    this.biasBO = f();
    this.biasSTS = f();
    this.sts = f();
    this.traumaticMemories = f();
    this.pendingTrace = f();
    this.prolongedExposure = f();
    this.burnout = f();
    this.satisfaction = f();
    this.detachment = f();
    this.numbing = f();
    this.socialSupport = f();
    this.selfCare = f();
    this.lifeDemands = f();
    this.cf = f();
    this.attachment = f();
    this.status = new Uint8Array(size);
    this.leaveKind = new Uint8Array(size);
    this.tenureDays = new Int32Array(size);
    this.leaveDaysLeft = new Int32Array(size);
    this.ptoBlocksWaiting = new Int32Array(size);
    this.vacancyDaysLeft = new Int32Array(size);
    this.hiredOn = new Int32Array(size);
    this.workerId = new Int32Array(size);
    this.nextSessionDay = new Int32Array(size);
    this.shadowingDays = new Int32Array(size);
    this.supportOffered = new Int32Array(size);
    this.supportAttended = new Int32Array(size);
    this.clientDeaths = new Int32Array(size);
    this.exposureToday = f();
    this.stressToday = f();
    this.deathsToday = new Int32Array(size);
    this.successesToday = new Int32Array(size);
    this.barriersToday = new Int32Array(size);
    this.stigmaToday = new Int32Array(size);
  }
}

/** Whether a seat has a worker (on any status but vacant). */
export function isEmployed(status: number): boolean {
  return status !== STATUS.vacant;
}
