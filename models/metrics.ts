import { SERIES, SERIES_COUNT } from './observables';

// The outcome metrics of one replication, computed from its daily record. States (ProQOL scores
// and bands) are averaged over the days of the last OUTCOME_WINDOW_DAYS with anyone in post;
// flows (turnover, vacancies, absence, care, unmet demand, uptake, cost) over the whole horizon.
// A metric with nothing to measure (a state when nobody was in post in the window, a rate per
// worker-year without a worker-day in post, care quality without a contact) is NaN: null in JSON,
// NaN in CSV, and left out of the summaries across replications.

export const OUTCOME_WINDOW_DAYS = 90;

const m = <N extends string>(name: N, doc: string, unit: string) => ({ name, doc, unit }) as const;

export const METRICS = [
  m('proqolCS', 'Team mean ProQOL compassion satisfaction score, last 90 days.', 'score 10-50'),
  m('proqolBO', 'Team mean ProQOL burnout score, last 90 days.', 'score 10-50'),
  m('proqolSTS', 'Team mean ProQOL secondary traumatic stress score, last 90 days.', 'score 10-50'),
  m('highSTSShare', 'Share of staff in post with ProQOL STS ≥ 42 (high), last 90 days.', 'share'),
  m('highBOShare', 'Share of staff in post with ProQOL burnout ≥ 42 (high), last 90 days.', 'share'),
  m('lowCSShare', 'Share of staff in post with ProQOL compassion satisfaction ≤ 22 (low), last 90 days.', 'share'),
  m('turnoverPerYear', 'Separations per average headcount per year.', 'per year'),
  m('leaversPerYear', 'Staff who left per year, whole team: separations for any reason, added staff included (the turnover rate times the mean headcount).', 'per year'),
  m('vacancyRate', 'Mean share of seats vacant.', 'share'),
  m('absenceRate', 'Sick days per scheduled workday.', 'share'),
  m('leaveDaysPerWorkerYear', 'Calendar days on leave (paid time off and grief leave) per worker-year in post.', 'days/worker-year'),
  m('careQuality', 'Mean care quality per contact made (0-1).', '0-1'),
  m('unmetDemandShare', 'Share of client demand nobody met.', 'share'),
  m('supportUptake', 'Supervision sessions attended per session offered (0 when none offered).', 'share'),
  m('costPerWorkerYear', "Cost beyond the funded seats' salaries at full staffing, per worker-year in post: the sum of the seven parts below.", 'currency/worker-year'),
  m('payCostPerWorkerYear', 'Of the cost: pay raise, benefits and therapy access, per worker-year in post.', 'currency/worker-year'),
  m('programmeCostPerWorkerYear', "Of the cost: programmes and training (courses, team processing, peer support, stigma reduction, mindfulness, after-hours cover, affirmation, new hires' shadowing days), per worker-year in post.", 'currency/worker-year'),
  m('sessionCostPerWorkerYear', 'Of the cost: supervision sessions, single-session debriefs and grief check-ins, per worker-year in post.', 'currency/worker-year'),
  m('staffingCostPerWorkerYear', 'Of the cost: salaries of filled added seats and the float pool, per worker-year in post.', 'currency/worker-year'),
  m('turnoverCostPerWorkerYear', 'Of the cost: replacing leavers (each leaver\'s replacement cost), per worker-year in post.', 'currency/worker-year'),
  m('absenceCostPerWorkerYear', 'Of the cost: paid sick, grief-leave and paid-time-off days, per worker-year in post.', 'currency/worker-year'),
  m('vacancyCostPerWorkerYear', 'Of the cost: the salary vacant funded seats do not draw (negative: a saving), per worker-year in post.', 'currency/worker-year'),
  m('teamCostPerYear', "Cost beyond the funded seats' salaries at full staffing, per year for the whole team (every worker in post, added staff included): the cost per worker-year times the mean headcount.", 'currency/year'),
  m('cf', 'Team mean compassion fatigue (latent; no evidence anchors its level, so compare it between packages), last 90 days.', '0-1'),
  m('numbing', 'Team mean numbing (latent), last 90 days.', '0-1'),
  m('traumaticMemories', 'Team mean traumatic memories (latent), last 90 days.', '0-1'),
  m('clientDeathsPerWorkerYear', 'Client deaths staff experienced per worker-year: their exposure, not client mortality (care quality and unmet demand do not change clients\' outcomes in the model).', 'per worker-year'),
] as const;

export type MetricName = (typeof METRICS)[number]['name'];
export const METRIC_NAMES: readonly MetricName[] = METRICS.map((d) => d.name);
export type Metrics = Record<MetricName, number>;

/** Metrics of one replication from its daily record (days × SERIES_COUNT, row-major). */
export function replicationMetrics(record: Float64Array, days: number): Metrics {
  const col = (series: number, from = 0) => {
    let sum = 0;
    for (let d = from; d < days; d++) sum += record[d * SERIES_COUNT + series];
    return sum;
  };
  const from = Math.max(0, days - OUTCOME_WINDOW_DAYS);
  // The team's state on the window's days with anyone in post (a day without is NaN in the record).
  const last = (series: number) => {
    let sum = 0;
    let staffed = 0;
    for (let d = from; d < days; d++) {
      const x = record[d * SERIES_COUNT + series];
      if (x !== x) continue;
      sum += x;
      staffed++;
    }
    return staffed > 0 ? sum / staffed : NaN;
  };
  const seatDays = col(SERIES.headcount) + col(SERIES.vacancies);
  const headcountDays = col(SERIES.headcount);
  const workerYears = headcountDays / 365;
  const meanHeadcount = headcountDays / days;
  const contacts = col(SERIES.contacts);
  const demand = col(SERIES.demand);
  const offered = col(SERIES.supportOffered);
  const scheduled = col(SERIES.scheduledDays);
  const perWorkerYear = (series: number) => (workerYears > 0 ? col(series) / workerYears : NaN);
  let qualitySum = 0;
  // A day without contacts has no care quality (NaN) and adds nothing.
  for (let d = 0; d < days; d++) {
    const made = record[d * SERIES_COUNT + SERIES.contacts];
    if (made > 0) qualitySum += record[d * SERIES_COUNT + SERIES.careQuality] * made;
  }
  return {
    proqolCS: last(SERIES.proqolCS),
    proqolBO: last(SERIES.proqolBO),
    proqolSTS: last(SERIES.proqolSTS),
    highSTSShare: last(SERIES.highSTSShare),
    highBOShare: last(SERIES.highBOShare),
    lowCSShare: last(SERIES.lowCSShare),
    turnoverPerYear: meanHeadcount > 0 ? col(SERIES.separations) / meanHeadcount / (days / 365) : NaN,
    leaversPerYear: col(SERIES.separations) / (days / 365),
    vacancyRate: seatDays > 0 ? col(SERIES.vacancies) / seatDays : 0,
    absenceRate: scheduled > 0 ? col(SERIES.sick) / scheduled : NaN,
    leaveDaysPerWorkerYear: perWorkerYear(SERIES.onLeave),
    careQuality: contacts > 0 ? qualitySum / contacts : NaN,
    unmetDemandShare: demand > 0 ? col(SERIES.unmetDemand) / demand : 0,
    supportUptake: offered > 0 ? col(SERIES.supportAttended) / offered : 0,
    costPerWorkerYear: perWorkerYear(SERIES.cost),
    payCostPerWorkerYear: perWorkerYear(SERIES.payCost),
    programmeCostPerWorkerYear: perWorkerYear(SERIES.programmeCost),
    sessionCostPerWorkerYear: perWorkerYear(SERIES.sessionCost),
    staffingCostPerWorkerYear: perWorkerYear(SERIES.staffingCost),
    turnoverCostPerWorkerYear: perWorkerYear(SERIES.turnoverCost),
    absenceCostPerWorkerYear: perWorkerYear(SERIES.absenceCost),
    vacancyCostPerWorkerYear: perWorkerYear(SERIES.vacancyCost),
    teamCostPerYear: col(SERIES.cost) / (days / 365),
    cf: last(SERIES.cf),
    numbing: last(SERIES.numbing),
    traumaticMemories: last(SERIES.traumaticMemories),
    clientDeathsPerWorkerYear: perWorkerYear(SERIES.clientDeaths),
  };
}
