import type { Summary } from '../sim/stats/summary';
import { METRICS, type MetricName } from '../models/metrics';
import { COST_PARTS, type CostPartMetric } from '../models/costParts';
import type { PolicyOutcome } from '../models/ensemble';
import type { GroupOutcome } from '../models/groups';
import type { Difference, GroupTurnoverDifference } from '../models/runDocument';
import { differenceUnit, formatValue, isCostMetric, isSignedZero, signedDifference } from '../viz/report/metricFormat';
import { clearOnAverage, decimalsShowingSmall, differenceDecimals, fewRepsNote, isClear, isFewReps, isMeanOutsideRange, isShownOutsideRange, isSmall, GROUP_OUTSIDE_RANGE_NOTE, OUTSIDE_RANGE_MARK, OUTSIDE_RANGE_NOTE, PAIRED_OUTSIDE_RANGE_NOTE, smallNote } from '../viz/report/differences';
import { FEW_STAFF } from '../viz/specs/whoLeaves';
import { NO_PAIRS_VERDICT, pairedReps, verdict } from '../viz/report/verdictWords';

export { verdict };

/**
 * A difference and its 90% range as a person reads them: the metric's usual decimals, or, in a
 * clear difference, more where those would show a number that is not zero as zero (a clear
 * effect of +0.0032 pp must not read "+0.0 pp"; see differenceDecimals). Within noise, the mean
 * and both ends keep one precision, the mean's, and an end that is not zero but shows as zero
 * keeps its sign ("−5.4 pp (−13.6 pp to +0.0 pp)", not "to +0.0077 pp").
 */
export function formatDifferences(metric: MetricName, d: Difference): { mean: string; p05: string; p95: string } {
  const unit = differenceUnit(metric);
  const values = [d.mean, d.p05, d.p95];
  const scaled = values.map((v) => v * unit.scale);
  const clear = isClear(d) ? differenceDecimals(scaled[0], scaled[1], scaled[2], unit.decimals) : undefined;
  // Within noise, the ends take the mean's decimals (an end near zero given digits of its own read
  // "0.0 pp (−0.025 pp to +0.3 pp)"), and one that is not zero keeps its sign, so that a range
  // crossing zero ("−0.0 to +0.5") does not read as one touching it ("0.0 to +0.5").
  // A mean clear on average (clearOnAverage) gets the decimals to show it is not zero, as a clear one does.
  const meanPlaces = clearOnAverage(d) ? decimalsShowingSmall([scaled[0]], unit.decimals) : unit.decimals;
  const places = clear ? [clear.mean, clear.p05, clear.p95] : [meanPlaces, meanPlaces, meanPlaces];
  const [mean, p05, p95] = values.map((v, k) => signedDifference(metric, v, places[k], !clear && k > 0));
  return { mean, p05, p95 };
}

/** A value as the tables show it: '–' for none (NaN, null in JSON: a metric with nothing to measure). */
function shown(metric: MetricName, x: number | null): string {
  return x === null || x !== x ? '–' : formatValue(metric, x);
}

function cell(metric: MetricName, s: Summary, ranged: boolean): string {
  // No replication had anything to measure (a team with nobody in post): no value.
  if (s.mean !== s.mean || s.mean === null) return '–';
  if (!ranged) return formatValue(metric, s.mean);
  // "(−$3,787 to −$1,895)": a dash between negative amounts would read as another minus sign.
  const between = s.p05 < 0 ? ' to ' : '–';
  return `${formatValue(metric, s.mean)} (${formatValue(metric, s.p05)}${between}${formatValue(metric, s.p95)})${isMeanOutsideRange(s, (x) => formatValue(metric, x)) ? OUTSIDE_RANGE_MARK : ''}`;
}

export const LABELS: Record<MetricName, string> = {
  proqolCS: 'ProQOL compassion satisfaction',
  proqolBO: 'ProQOL burnout',
  proqolSTS: 'ProQOL secondary traumatic stress',
  highSTSShare: 'Staff with high STS (≥42)',
  highBOShare: 'Staff with high burnout (≥42)',
  lowCSShare: 'Staff with low satisfaction (≤22)',
  turnoverPerYear: 'Turnover per year',
  leaversPerYear: 'Leavers per year, whole team',
  vacancyRate: 'Seats vacant',
  absenceRate: 'Sickness absence',
  // Calendar days, weekends inside a block included: 15 workdays of paid time off read about 21 here.
  leaveDaysPerWorkerYear: 'Leave per worker-year (calendar days: PTO, grief)',
  careQuality: 'Care quality (0-1)',
  unmetDemandShare: 'Client demand unmet',
  supportUptake: 'Supervision sessions kept',
  costPerWorkerYear: 'Cost per worker-year',
  // Indented under the cost row, which they add up to.
  ...(Object.fromEntries(COST_PARTS.map((part) => [part.metric, `  of which ${part.label.toLowerCase()}`])) as Record<CostPartMetric, string>),
  teamCostPerYear: 'Cost per year, whole team',
  cf: 'Compassion fatigue (0-1)',
  numbing: 'Numbing (0-1)',
  traumaticMemories: 'Traumatic memories (0-1)',
  clientDeathsPerWorkerYear: 'Client deaths experienced per worker-year',
};

/** A group's row label, indented under the team's turnover. */
export function groupLabel(g: Pick<GroupOutcome, 'by' | 'label'>): string {
  return g.by === 'role' ? `  role: ${g.label}` : `  ${g.label.toLowerCase()}`;
}

/** The groups of the first package (every package of a run lists the same ones), or none in results written before them. */
const groupsOf = (outcomes: readonly PolicyOutcome[]): readonly GroupOutcome[] => outcomes[0]?.groups ?? [];

/**
 * The lines under a table with turnover by group: what the rows are and each group's size, and
 * which groups' figures rest on fewer replications than the run's (nobody of the group in post in the others).
 */
export function groupNotes(outcomes: readonly PolicyOutcome[], reps: number, days: number): string[] {
  const groups = groupsOf(outcomes);
  if (groups.length === 0) return [];
  // Each group's size under the first arm that has anyone of it in post (scenario files may staff other roles).
  const present = groups
    .map((g) => outcomes.map((o) => o.groups?.find((x) => x.by === g.by && x.group === g.group)).find((x) => x !== undefined && x.reps > 0))
    .filter((g) => g !== undefined)
    .map((g) => ({ label: g.label, staff: (g.workerYears * 365) / days }));
  const sizes = present.map((g) => `${g.label} ${g.staff.toFixed(1)}`).join(', ');
  // Said of the small groups only: a group of 5 peers losing 7 a replication is not one that loses 0 or 1.
  const small = present.filter((g) => Math.round(g.staff) < FEW_STAFF).map((g) => g.label);
  const smallWords = small.length === 0 ? '' : ` A group of fewer than ${FEW_STAFF} staff in post (${small.join(', ')}) loses 0 or 1 of them in most replications, so its range is wide.`;
  const fewer = outcomes.flatMap((o) => (o.groups ?? []).filter((g) => g.reps > 0 && g.reps < reps).map((g) => `${g.label} under ${o.policy}: ${g.reps} of ${reps}`));
  const none = outcomes.flatMap((o) => (o.groups ?? []).filter((g) => g.reps === 0).map((g) => `${g.label} under ${o.policy}`));
  return [
    `Turnover by role and lived experience: separations per worker-year in post of each group, over all the replications together (the range: each replication's own rate); staff in post on an average day${outcomes.length > 1 ? ` (under ${outcomes[0].policy}, or the first with anyone of the group; one that adds staff has more)` : ''}: ${sizes}. A group's turnover rests on its own staff's leavers, fewer than the team's, so its range is wider.${smallWords}`,
    ...(fewer.length > 0 ? [`Some groups had nobody in post in some replications; their turnover is over the others (${fewer.join('; ')}).`] : []),
    ...(none.length > 0 ? [`–: nobody of the group was in post in any replication (${none.join('; ')}).`] : []),
  ];
}

/**
 * The readable outcome table: one row per metric, one column per policy, mean (90% range), with
 * the turnover of each role and lived-experience group under the team's. From one replication
 * (`reps` 1) there is no range to show, only the value.
 */
export function outcomeTable(outcomes: readonly PolicyOutcome[], reps: number, days: number, addingStaff: SeatAdders = []): string {
  const ranged = reps > 1;
  const header = ['Outcome', ...outcomes.map((o) => o.policy)];
  // Every package of a run lists the same groups; one without the group (or nobody of it in post in any replication) shows a dash.
  const groupCell = (o: PolicyOutcome, g: GroupOutcome) => {
    const own = o.groups?.find((x) => x.by === g.by && x.group === g.group);
    return own && own.reps > 0 ? cell('turnoverPerYear', own.turnoverPerYear, ranged) : '–';
  };
  const groupRows = groupsOf(outcomes).map((g) => [groupLabel(g), ...outcomes.map((o) => groupCell(o, g))]);
  // The whole team's size, which per-worker figures divide by: a package that adds staff has more in post.
  const staffRow = outcomes.every((o) => o.staffInPost !== undefined) ? [['Staff in post (mean)', ...outcomes.map((o) => o.staffInPost!.toFixed(1))]] : [];
  const rows = METRICS.flatMap((m) => [
    [LABELS[m.name], ...outcomes.map((o) => cell(m.name, o.metrics[m.name], ranged))],
    ...(m.name === 'turnoverPerYear' ? groupRows : []),
    ...(m.name === 'teamCostPerYear' ? staffRow : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const table = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const outside = (s: Summary, metric: MetricName) => isMeanOutsideRange(s, (x) => formatValue(metric, x));
  if (ranged && outcomes.some((o) => METRICS.some((m) => outside(o.metrics[m.name], m.name)))) table.push(OUTSIDE_RANGE_NOTE);
  if (ranged && outcomes.some((o) => (o.groups ?? []).some((g) => g.reps > 0 && outside(g.turnoverPerYear, 'turnoverPerYear')))) table.push(GROUP_OUTSIDE_RANGE_NOTE);
  table.push(COST_NOTE, ...addedStaffNote(addingStaff), ...groupNotes(outcomes, reps, days), ...missingValueNotes(outcomes, reps));
  return table.join('\n');
}

/**
 * Who adds seats (policy.staffing.extraSeatShare): the arms that do, by name, or one `source` that
 * adds them to every arm alike (a --set, or the scenario the packages run on), with `every` the arms
 * it reaches ("every package"; absent in a run of one). Naming each package where a --set added
 * the seats read as if each package itself added staff.
 */
export type SeatAdders = readonly string[] | { readonly source: string; readonly every?: string };

/**
 * Under the outcome table when arms add seats (`adders`): turnover is per worker in post, so it
 * falls with the larger team even when as many leave, as the report's table says. A planner read
 * "hire-one lowers turnover" from 34.9% → 30.7% while its leavers went 3.9 → 3.7 a year.
 */
export function addedStaffNote(adders: SeatAdders): string[] {
  const tail = 'Leavers per year, whole team, counts who leaves, and Cost per year, whole team, is the yearly cost.';
  if (!isArmList(adders)) {
    const adds = adders.every ? `adds seats to ${adders.every}` : 'adds staff';
    return [`Turnover per year and cost per worker-year are per worker in post: ${adders.source} ${adds}, so turnover falls with the larger team even when as many leave. ${tail}`];
  }
  const arms = adders;
  if (arms.length === 0) return [];
  const names = arms.length === 1 ? arms[0] : `${arms.slice(0, -1).join(', ')} and ${arms[arms.length - 1]}`;
  const [adds, its] = arms.length === 1 ? ['adds', 'its'] : ['add', 'their'];
  return [`Turnover per year and cost per worker-year are per worker in post: ${names} ${adds} staff, so ${its} turnover falls with the larger team even when as many leave. ${tail}`];
}

function isArmList(adders: SeatAdders): adders is readonly string[] {
  return Array.isArray(adders);
}

/**
 * What the cost rows count, which "Cost per year, whole team" alone let a reader take for the team's
 * whole budget, and in what currency: the built-in prices are US dollars on every population (the
 * Canadian one too), which the report's terms said and the terminal did not.
 */
export const COST_NOTE =
  "Costs are beyond the funded seats' salaries at full staffing: support programmes and sessions, added and float staff, pay raises, replacing leavers and paid absence, less the salary of vacant seats. Not the team's total cost. Amounts are in the currency of the scenario's prices (its costs fields): the built-in prices are US dollars from US sources, whatever the population, so a scenario for another country shows US-dollar costs until its prices are set.";

/**
 * The line under a table whose metrics had nothing to measure in some replications (a team with
 * nobody in post): which figures rest on fewer replications, under which packages.
 */
export function missingValueNotes(outcomes: readonly PolicyOutcome[], reps: number): string[] {
  const fewer = outcomes.flatMap((o) => {
    const counts = o.metricReps;
    if (!counts) return [];
    // Metrics with the same count read as one list: "ProQOL burnout, Care quality (0-1): 2 of 3".
    const byCount = new Map<number, string[]>();
    for (const m of METRICS) if (counts[m.name] < reps) byCount.set(counts[m.name], [...(byCount.get(counts[m.name]) ?? []), LABELS[m.name]]);
    return [...byCount].map(([n, labels]) => `under ${o.policy}, ${labels.map((l) => l.trim()).join(', ')}: ${n} of ${reps}`);
  });
  if (fewer.length === 0) return [];
  return [
    `Some figures had nothing to measure in some replications, so they are over the others (–: in none): team scores and shares when nobody was in post on any of the last 90 days, figures per worker-year without a day in post, care quality without a contact (${fewer.join('; ')}).`,
  ];
}

/** Under a comparison table with a range end shown as zero with a sign (isSignedZero). */
export const SIGNED_ZERO_NOTE = 'A range end shown as zero with a sign ("+0.0 pp", "−$0") is not zero, only smaller than the row\'s last digit: that range crosses zero (an unsigned "0.0 pp" or "$0" is zero).';

/** Under a comparison table with an "on average" verdict (clearOnAverage). */
export const ON_AVERAGE_NOTE =
  '"On average": the 90% range of futures includes zero (single futures go both ways), but the mean difference is clear: its own 90% interval (mean ± t standard errors, se in the --json output) excludes zero. The package moves the figure on average, not in every future; more replications narrow the mean\'s interval, not the range of futures. Of the many figures compared, about one in ten with no effect at all reads this way by chance, and "but small" marks a mean under 5% of the baseline\'s level.';

/**
 * The comparison table: each package against the baseline, with paired differences over `reps`
 * replications. From fewer than 20 (see isFewReps) the range is of all of them, a difference whose
 * range excludes zero is indicative, and a note under the table says why and how many would do.
 */
export function comparisonTable(baseline: PolicyOutcome, outcome: PolicyOutcome, differences: Readonly<Record<MetricName, Difference>>, reps: number, groupDifferences: readonly GroupTurnoverDifference[] = []): string {
  const { lines, notes } = comparisonTableParts(baseline, outcome, differences, reps, groupDifferences);
  return [...lines, ...notes.map((n) => n.text)].join('\n');
}

/** A note under a comparison table, with what it is about in a few words ("\"small\""), by which a later table can point back to it. */
export interface TableNote {
  readonly topic: string;
  readonly text: string;
}

/** comparisonTable's lines (header, rule, rows) and the notes under them, apart. */
export function comparisonTableParts(baseline: PolicyOutcome, outcome: PolicyOutcome, differences: Readonly<Record<MetricName, Difference>>, reps: number, groupDifferences: readonly GroupTurnoverDifference[] = []): { lines: string[]; notes: TableNote[] } {
  const few = isFewReps(reps);
  const header = ['Outcome', baseline.policy, outcome.policy, '', 'verdict'];

  let small = false;
  let onAverage = false;
  let signedZero = false;
  const fewerPairs: { label: string; pairs: number }[] = [];
  const row = (label: string, metric: MetricName, d: Difference, base: number, value: number, pairs: number) => {
    // No replication in which both had a value (a team with nobody in post): nothing to pair.
    if (pairs === 0 || d.mean !== d.mean || d.mean === null) return [label, shown(metric, base), shown(metric, value), '–', NO_PAIRS_VERDICT];
    if (isSmall(d, base)) small = true;
    if (clearOnAverage(d)) onAverage = true;
    const differenceShown = formatDifferences(metric, d);
    if (isSignedZero(differenceShown.p05) || isSignedZero(differenceShown.p95)) signedZero = true;
    // Like a package's cell: a mean shown outside its own range ("+0.1 pp (0.0 pp to 0.0 pp)") is marked.
    const mark = isShownOutsideRange(d, differenceShown) ? OUTSIDE_RANGE_MARK : '';
    return [label, shown(metric, base), shown(metric, value), `${differenceShown.mean} (${differenceShown.p05} to ${differenceShown.p95})${mark}`, verdict(metric, d, base, pairs)];
  };
  // Each group's turnover under the team's, over the replications with someone of the group in post under both.
  const groupRows = groupDifferences.flatMap((d) => {
    const a = baseline.groups?.find((g) => g.by === d.by && g.group === d.group);
    const b = outcome.groups?.find((g) => g.by === d.by && g.group === d.group);
    return a && b ? [row(groupLabel(a), 'turnoverPerYear', d.turnoverPerYear, a.turnoverPerYear.mean, b.turnoverPerYear.mean, d.reps)] : [];
  });
  const rows = METRICS.flatMap((m) => {
    // The replications paired: those in which both had a value (all of them unless a metric had nothing to measure in some).
    const d = differences[m.name];
    const pairs = pairedReps(d, reps);
    if (pairs < reps) fewerPairs.push({ label: LABELS[m.name].trim(), pairs });
    return [row(LABELS[m.name], m.name, d, baseline.metrics[m.name].mean, outcome.metrics[m.name].mean, pairs), ...(m.name === 'turnoverPerYear' ? groupRows : [])];
  });
  // A group's mark has its own cause (pooled means), and its own note.
  const marked = (r: readonly string[]) => r[3].endsWith(OUTSIDE_RANGE_MARK);
  const outside = rows.some((r) => marked(r) && !groupRows.includes(r));
  const groupOutside = groupRows.some(marked);
  // A row pairing fewer than 20 under a table of more has its range of all its pairs (and an indicative verdict): the note says so.
  const fewerFew = !few && fewerPairs.some((p) => isFewReps(p.pairs));
  const fewerNote = fewerPairs.length > 0 ? [`Some differences pair fewer than the ${reps} replications: only those in which both packages had a value (${fewerPairs.map((p) => `${p.label}: ${p.pairs}`).join('; ')}).${fewerFew ? ' From fewer than 20 pairs a range runs from the smallest to the largest difference and a verdict is at most indicative.' : ''}`] : [];
  // A group's rows pair only the replications with someone of the group in post under both.
  const pairedFewer = fewerPairs.length > 0 || groupDifferences.some((d) => d.reps < reps);
  header[3] = few ? (pairedFewer ? 'difference (range of all pairs)' : `difference (range of all ${reps})`) : 'difference (90% range)';
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const notes: TableNote[] = [
    ...fewerNote.map((text) => ({ topic: 'the differences that pair fewer replications', text })),
    ...(outside ? [{ topic: `the mark ${OUTSIDE_RANGE_MARK} on a mean outside its range`, text: PAIRED_OUTSIDE_RANGE_NOTE }] : []),
    ...(groupOutside ? [{ topic: `the mark ${OUTSIDE_RANGE_MARK} on a group's turnover`, text: GROUP_OUTSIDE_RANGE_NOTE }] : []),
    ...(onAverage ? [{ topic: '"on average"', text: ON_AVERAGE_NOTE }] : []),
    ...(signedZero ? [{ topic: 'range ends shown as zero with a sign', text: SIGNED_ZERO_NOTE }] : []),
    ...(few ? [{ topic: `ranges from ${reps} replications`, text: fewRepsNote(reps) }] : []),
    ...(small ? [{ topic: '"small"', text: smallNote(baseline.policy, { proqolSTS: baseline.metrics.proqolSTS.mean, turnoverPerYear: baseline.metrics.turnoverPerYear.mean }, reps) }] : []),
  ];
  return { lines: [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)], notes };
}
