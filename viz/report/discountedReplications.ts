import type { RunDocument } from '../../models/runDocument';
import { valueForMoney } from '../../models/valueForMoney';

/**
 * Why replications.csv's discounted columns (costs.discountRate above 0) are not the run's, if
 * they are not: value for money recomputed from them, arm by arm, must be summary.json's (its
 * paired futures, mean departures avoided and mean net cost and their standard errors, within
 * rounding, and how the futures fall between fewer and more leavers, costing more or less), and
 * summary.json must name the manifest's rate. The metrics are checked by their means; these
 * columns have no mean in summary.json, so an edited one would otherwise make the report
 * disagree with it. The standard errors and the futures' split depend on which replication of one
 * arm is paired with which of the other, so values moved between replications are caught too.
 */
export function discountedColumnsProblem(
  values: ReadonlyMap<string, Readonly<Record<string, Float64Array>>>,
  summary: Pick<RunDocument, 'policies' | 'differences'>,
  rate: number,
): string | undefined {
  const column = (policy: string, name: string) => values.get(policy)?.[name];
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  const closeSe = (x: number | null, y: number | null) => (x === null || y === null ? x === y : close(x, y));
  for (const [i, d] of (summary.differences ?? []).entries()) {
    const written = d.valueForMoney;
    if (!written) continue;
    const where = `summary.json's differences[${i}].valueForMoney`;
    if (written.discountRate !== rate) return `${where}.discountRate is ${written.discountRate ?? 'absent'}, where manifest.json's costs.discountRate is ${rate}`;
    const [bl, al, bc, ac] = [column(d.vs, 'discountedLeaversPerYear'), column(d.policy, 'discountedLeaversPerYear'), column(d.vs, 'discountedTeamCostPerYear'), column(d.policy, 'discountedTeamCostPerYear')];
    const again = bl && al && bc && ac ? valueForMoney(bl, al, bc, ac, rate) : undefined;
    if (!again || again.futures !== written.futures || !close(again.departuresAvoided, written.departuresAvoided) || !close(again.netCost, written.netCost)) {
      return `its discounted columns give ${JSON.stringify(d.policy)} against ${JSON.stringify(d.vs)} ${again ? `a mean net cost of ${again.netCost} and ${again.departuresAvoided} departures avoided a year` : 'no value for money'}, where ${where} has ${written.netCost} and ${written.departuresAvoided}`;
    }
    if (!closeSe(again.departuresAvoidedSe, written.departuresAvoidedSe) || !closeSe(again.netCostSe, written.netCostSe) || JSON.stringify(again.byOutcome) !== JSON.stringify(written.byOutcome)) {
      return `its discounted columns pair ${JSON.stringify(d.policy)}'s replications with ${JSON.stringify(d.vs)}'s otherwise than ${where} does (the same means, but standard errors of ${again.netCostSe} and ${again.departuresAvoidedSe} for the net cost and departures avoided, or a different split of the futures, where it has ${written.netCostSe} and ${written.departuresAvoidedSe})`;
    }
  }
  return undefined;
}
