import type { ValueForMoney } from '../models/valueForMoney';
import { mechanismOnlyNote, unpricedEffects, valueForMoneySentences } from '../viz/report/valueForMoneyWords';

/**
 * Under a comparison: what the package's net cost buys in departures avoided, as a paragraph ("" where nothing paired),
 * with mechanismOnlyNote where the arm's scenario runs a programme whose turnover effect no trial measured,
 * then `notes` (unmetDemandNote, say). `spending`: the arm's change in spending on its package a year, whole team, where known.
 * `unpricedSaidAbove`: an earlier arm's paragraph already said what the reckoning leaves out (unpricedEffects), so this one does not.
 */
export function valueForMoneyText(v: ValueForMoney | undefined, arm: string, baseline: string, one: string, scenarios?: { arm: unknown; baseline: unknown }, notes: readonly string[] = [], spending?: number, unpricedSaidAbove = false): string {
  if (!v) return '';
  const note = scenarios && mechanismOnlyNote(arm, scenarios.arm, scenarios.baseline);
  return `Value for money: ${[...valueForMoneySentences(v, arm, baseline, spending), ...(note ? [note] : []), ...notes, ...(unpricedSaidAbove ? [] : [unpricedEffects(one)])].join(' ')}\n`;
}
