import type { DrawRange } from '../sim/params/fields';
import type { Scenario } from './schema';

// The words for a scenario's parameter uncertainty (scenario.uncertainty; models/uncertainty.ts
// draws the values), under the header of run and compare and in the report's terms.

/** "from 0.7 to 1.6 (uniform)" or "from 60 to 200 (triangular, peak 100)". */
export function rangeWords(range: DrawRange): string {
  return `from ${range.min} to ${range.max} (${range.mode === undefined ? 'uniform' : `triangular, peak ${range.mode}`})`;
}

/** "coefficients.separationCf from 0.7 to 1.6 (uniform; its value otherwise 1.5), and ...": one scenario's uncertain fields, or "" for none. */
export function uncertainFieldsWords(scenario: Scenario): string {
  const own = (path: string) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], scenario);
  const each = Object.entries(scenario.uncertainty).map(([path, range]) => `${path} ${rangeWords(range).replace(/\)$/, `; its value otherwise ${own(path)})`)}`);
  return each.length <= 1 ? (each[0] ?? '') : `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]}`;
}

/**
 * The header line naming what every replication draws, the same under every arm ("Parameter
 * uncertainty: each replication draws ..."), a line per arm where the arms' differ, or "" when no
 * arm draws anything.
 */
export function uncertaintyLines(scenarios: readonly Scenario[], arm: 'package' | 'scenario'): string {
  const words = scenarios.map(uncertainFieldsWords);
  if (words.every((w) => w === '')) return '';
  const carry = `the 90% ranges ${scenarios.length > 1 ? 'and the differences carry' : 'carry'} this uncertainty as well as the futures' chance`;
  if (words.every((w) => w === words[0])) {
    const shared = scenarios.length > 1 ? `, the same values under every ${arm}` : '';
    return `Parameter uncertainty: each replication draws ${words[0]}${shared}; ${carry}.\n`;
  }
  return `Parameter uncertainty (each replication draws the same value of a field in every ${arm} that draws it; ${carry}):\n${scenarios.map((s, k) => `  ${s.policy.name}: ${words[k] || 'none (the fields\' own values)'}\n`).join('')}`;
}
