import { InputError } from '../sim/params/issues';
import { changeLabel } from './changes';
import { addedSeats } from './fundedSeats';
import { departuresText, packageDepartures, practiceDepartures, presetDepartures } from './packageDepartures';
import { PACKAGE_IDS } from './presets/packages';
import { filePresets, resolveScenario } from './resolve';
import type { Scenario } from './schema';
import { shiftWords, uncertainFieldsWords } from './uncertaintyWords';
import { warmUpSummary } from './warmUp';

// What a scenario file sets up, in a few lines under `cfsim validate`'s verdict: its seats under
// each package, its horizon, and the fields in which it departs from the presets it builds on
// (the departures `run`, `compare` and the report list, here against the file's own presets).

/**
 * "Seats: 12 funded (population.seats); seats added on day 0 (policy.staffing.extraSeatShare):
 * multi-level 2 (0.15), the other packages none". Each package runs with the file's own fields on
 * top, as `compare FILE --policies ...` runs it; a package the file cannot run under (its
 * policy.name is another package's id) is left out.
 */
function seatsLine(file: unknown, scenario: Scenario): string {
  const arms = PACKAGE_IDS.flatMap((id) => {
    try {
      const s = resolveScenario({ file, policy: id });
      return [{ id, added: addedSeats(s), share: s.policy.staffing.extraSeatShare }];
    } catch (error) {
      if (error instanceof InputError) return [];
      throw error;
    }
  });
  const funded = `Seats: ${scenario.population.seats} funded (population.seats)`;
  const adding = arms.filter((a) => a.added > 0);
  if (adding.length === 0) return `${funded}; no package adds seats (policy.staffing.extraSeatShare)`;
  if (adding.length === arms.length && adding.every((a) => a.added === adding[0].added && a.share === adding[0].share)) {
    return `${funded}; ${arms.length === 1 ? arms[0].id : 'every package'} adds ${adding[0].added} seat${adding[0].added === 1 ? '' : 's'} on day 0 (policy.staffing.extraSeatShare ${adding[0].share})`;
  }
  const others = adding.length < arms.length ? ', the other packages none' : '';
  return `${funded}; seats added on day 0 (policy.staffing.extraSeatShare): ${adding.map((a) => `${a.id} ${a.added} (${a.share})`).join(', ')}${others}`;
}

/** "Days: 1095; day 0 follows 365 warm-up days under the status-quo package, not recorded". */
function daysLine(scenario: Scenario): string {
  return `Days: ${scenario.days}; ${warmUpSummary(scenario) ?? 'no warm-up (day 0 is the drawn starting team)'}`;
}

/**
 * The lines of what a valid scenario file sets up: its seats, days and warm-up, the population
 * preset and package it builds on with the fields it changes in them, its current practice, its
 * scheduled changes and its parameter uncertainty. `file` is the parsed file, `scenario` what it resolves to.
 */
export function fileSummary(file: unknown, scenario: Scenario): string[] {
  const presets = filePresets(file);
  const changed = (text: string) => (text === '' ? ', as it is' : `; the file changes ${text}`);
  const named = scenario.policy.name === presets.policy ? '' : ` (named ${scenario.policy.name})`;
  // Against the package the file builds on, whatever it names its policy.
  const packageChanges = packageDepartures({ ...scenario, policy: { ...scenario.policy, name: presets.policy } });
  const practice = departuresText(practiceDepartures(scenario), 'status quo');
  const uncertain = uncertainFieldsWords(scenario);
  return [
    seatsLine(file, scenario),
    daysLine(scenario),
    `Population preset: ${presets.population}${changed(departuresText(presetDepartures(scenario, presets.population), 'preset'))}`,
    `Package: ${presets.policy}${named}${changed(departuresText(packageChanges))}`,
    ...(practice === '' ? [] : [`Current practice: ${practice}`]),
    ...(scenario.changes.length === 0 ? [] : [`Scheduled changes: ${scenario.changes.map(changeLabel).join('; ')}`]),
    ...(uncertain === '' ? [] : [`Parameter uncertainty: each replication draws ${uncertain}.${shiftWords([scenario])}`]),
  ];
}
