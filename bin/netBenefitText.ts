import type { NetBenefitAtValue } from '../models/netBenefit';
import { netBenefitHeader, netBenefitLead, netBenefitReading, netBenefitRows } from '../viz/report/netBenefitWords';
import { textTable } from './textTable';

/** After the comparisons, with --value-per-departure: every arm's net benefit at that value, as a lead line, a table and a reading. */
export function netBenefitText(nb: NetBenefitAtValue, arm: string): string {
  return `${netBenefitLead(nb, arm)}\n\n${textTable([netBenefitHeader(arm), ...netBenefitRows(nb)])}\n\n${netBenefitReading(nb, arm)}\n`;
}
