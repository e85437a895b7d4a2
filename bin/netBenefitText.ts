import type { NetBenefitAtValue } from '../models/netBenefit';
import { netBenefitHeader, netBenefitLead, netBenefitReading, netBenefitRows } from '../viz/report/netBenefitWords';

/** After the comparisons, with --value-per-departure: every arm's net benefit at that value, as a lead line, a table and a reading. */
export function netBenefitText(nb: NetBenefitAtValue, arm: string): string {
  const rows = [netBenefitHeader(arm), ...netBenefitRows(nb)];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: readonly string[]) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
  const table = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  return `${netBenefitLead(nb, arm)}\n\n${table.join('\n')}\n\n${netBenefitReading(nb, arm)}\n`;
}
