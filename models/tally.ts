// Flows counted during one day, read by the observers (step 10). Indices into a Float64Array.

export const TALLY = {
  demand: 0,
  contacts: 1,
  unmet: 2,
  qualitySum: 3,
  separations: 4,
  hires: 5,
  sickDays: 6,
  scheduledDays: 7,
  griefLeaveDays: 8,
  clientDeaths: 9,
  crises: 10,
  successes: 11,
  barriers: 12,
  stigmaEncounters: 13,
  safetyIncidents: 14,
  sessionsOffered: 15,
  sessionsAttended: 16,
  debriefs: 17,
  checkIns: 18,
  cost: 19,
  ptoDays: 20,
  // The parts of `cost` (models/costParts.ts), each charged by chargeCosts; `cost` is their sum.
  payCost: 21,
  programmeCost: 22,
  sessionCost: 23,
  staffingCost: 24,
  turnoverCost: 25,
  absenceCost: 26,
  vacancyCost: 27,
  /** Shadowing days of today's hires, each at the shadowingDays they were hired with (a hire tonight joins under tomorrow's parameters). */
  shadowingDaysHired: 28,
  // The same flows with each worker counted at their role's salary factor (costs.roleSalaryFactor), for the
  // costs that pay a particular worker: equal to the counts above when every factor is 1.
  sickSalaryDays: 29,
  griefLeaveSalaryDays: 30,
  ptoSalaryDays: 31,
  separationSalaries: 32,
  shadowingSalaryDaysHired: 33,
} as const;

export const TALLY_SIZE = 34;
