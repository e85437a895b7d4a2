import type { ValueForMoney } from '../models/valueForMoney';
import { unpricedEffects, valueForMoneySentences } from '../viz/report/valueForMoneyWords';

/** Under a comparison: what the package's net cost buys in departures avoided, as a paragraph ("" where nothing paired). */
export function valueForMoneyText(v: ValueForMoney | undefined, arm: string, baseline: string, one: string): string {
  if (!v) return '';
  return `Value for money: ${[...valueForMoneySentences(v, arm, baseline), unpricedEffects(one)].join(' ')}\n`;
}
