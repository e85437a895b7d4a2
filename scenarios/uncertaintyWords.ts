import { valueAt, type DrawRange } from '../sim/params/fields';
import type { Scenario } from './schema';
import { andList } from '../sim/text/andList';

// The words for a scenario's parameter uncertainty (scenario.uncertainty; models/uncertainty.ts
// draws the values), under the header of run and compare, in validate's summary and in the
// report's terms.

/** The mean of the values a range draws. */
export function rangeMean(range: DrawRange): number {
  return range.mode === undefined ? (range.min + range.max) / 2 : (range.min + range.mode + range.max) / 3;
}

/** A number to four significant digits, without trailing zeros. */
const short = (x: number) => String(Number(x.toPrecision(4)));

/** "from 0.7 to 1.6 (uniform, mean 1.15)" or "from 60 to 200 (triangular, peak 100, mean 120)". */
export function rangeWords(range: DrawRange): string {
  return `from ${range.min} to ${range.max} (${range.mode === undefined ? 'uniform' : `triangular, peak ${range.mode}`}, mean ${short(rangeMean(range))})`;
}

const ownValue = (scenario: Scenario, path: string) => valueAt(scenario, path) as number;

/** The drawn fields whose range's mean lies more than a tenth away from the field's own value: there the outcomes' centre moves, not only their spread. */
export function shiftedFields(scenario: Scenario): string[] {
  return Object.entries(scenario.uncertainty)
    .filter(([path, range]) => Math.abs(rangeMean(range) - ownValue(scenario, path)) > 0.1 * Math.abs(ownValue(scenario, path)))
    .map(([path]) => path);
}

/** "coefficients.separationCf from 0.7 to 1.6 (uniform, mean 1.15; its own value 1.5), and ...": one scenario's drawn fields, or "" for none. */
export function uncertainFieldsWords(scenario: Scenario): string {
  const each = Object.entries(scenario.uncertainty).map(([path, range]) => `${path} ${rangeWords(range).replace(/\)$/, `; its own value ${ownValue(scenario, path)})`)}`);
  return andList(each);
}

/** The caution when a range is not centred on its field's own value ("" when every one is, within a tenth). */
export function shiftWords(scenarios: readonly Scenario[]): string {
  const shifted = [...new Set(scenarios.flatMap(shiftedFields))];
  if (shifted.length === 0) return '';
  const which = shifted.length === 1 ? `The mean of ${shifted[0]}'s range differs from the field's own value` : `The means of the ranges of ${shifted.join(' and ')} differ from the fields' own values`;
  return ` ${which} by more than a tenth, so the outcomes' centre moves with ${shifted.length === 1 ? 'it' : 'them'}, not only their spread: a run without uncertainty gives the base case.`;
}

/**
 * The header line naming what every replication draws, the same under every arm ("Parameter
 * uncertainty: each replication draws ..."), a line per arm where the arms' differ, or "" when no
 * arm draws anything. An arm draws a field from the same uniform as every other arm that draws it:
 * the same value where their ranges agree, the same place in each range where they do not.
 */
export function uncertaintyLines(scenarios: readonly Scenario[], arm: 'package' | 'scenario'): string {
  const words = scenarios.map(uncertainFieldsWords);
  if (words.every((w) => w === '')) return '';
  const carry = `the 90% ranges ${scenarios.length > 1 ? 'and the differences carry' : 'carry'} this uncertainty as well as the futures' chance`;
  const shift = shiftWords(scenarios);
  if (words.every((w) => w === words[0])) {
    const shared = scenarios.length > 1 ? `, the same values under every ${arm}` : '';
    return `Parameter uncertainty: each replication draws ${words[0]}${shared}; ${carry}.${shift}\n`;
  }
  const where = `a field drawn in several ${arm}s takes the same place in each one's range in a replication (the same value where the ranges agree)`;
  return `Parameter uncertainty (${where}; ${carry}):${shift ? `\n ${shift}` : ''}\n${scenarios.map((s, k) => `  ${s.policy.name}: ${words[k] || "none (the fields' own values)"}\n`).join('')}`;
}
