import type { ValueOfInformation } from '../../models/valueOfInformation';
import { ratePercent } from '../../models/discounting';
import { andList } from '../../sim/text/andList';
import { money, valuePerDepartureWords } from './netBenefitWords';

// What learning each drawn value would be worth (models/valueOfInformation.ts) in words and table
// cells, alike under `cfsim compare --value-per-departure` and in the HTML report.

/** The sentence above the table: what the figures are and how they were estimated. */
export function valueOfInformationLead(voi: ValueOfInformation): string {
  return (
    `What learning each drawn value before choosing would be worth at ${valuePerDepartureWords(voi.valuePerDeparture)} per departure avoided (EVPPI, the expected value of partial perfect information): ` +
    `how much higher the net benefit a year, whole team, would be on average if the value were known and the package chosen by it, than choosing the best on average now. ` +
    `From the ${voi.futures} paired futures sorted by the field's draw and cut into ${voi.bins} runs (Strong and Oakley's method). ` +
    `A future is one draw and one run of events, so the estimate is above zero by chance alone; the noise floor is the mean estimate from ${voi.noiseOrders} orders of the same futures unrelated to the field, what chance gives a field that has nothing to do with the net benefits. ` +
    `A field's draws are related to the net benefits beyond chance (beyond noise) where fewer than 5% of them give as much, which does not by itself show that learning it is worth anything.` +
    (voi.discountRate !== undefined ? ` Costs and departures are discounted at ${ratePercent(voi.discountRate)} a year (costs.discountRate), as per-year equivalents.` : '')
  );
}

export const VALUE_OF_INFORMATION_HEADER = ['drawn field', 'EVPPI a year', 'noise floor', 'related beyond chance?'];

/**
 * A row per field: its name, EVPPI, noise floor, and whether it is beyond noise (related to the net benefits beyond chance), with the share of
 * unrelated orders that give as much, in whole percent rounded down so that it agrees with the rule
 * (a share of 10/201, 4.98%, is beyond noise: rounded to the nearest it would read 5%; the 1e-9 keeps a share such as 0.29, 28.999… in floating point, at 29).
 */
export function valueOfInformationRows(voi: ValueOfInformation): string[][] {
  return voi.fields.map((f) => [f.field, money(f.evppi), money(f.noiseFloor), `${f.beyondNoise ? 'yes' : 'no'} (${f.noiseShare < 0.01 ? 'under 1%' : `${Math.floor(f.noiseShare * 100 + 1e-9)}%`} of unrelated orders give as much)`]);
}

/** The reading under the table: which fields' draws go with the net benefits beyond chance, and the highest estimate among them, read as a guide, not a range. */
export function valueOfInformationReading(voi: ValueOfInformation): string {
  const top = voi.fields.reduce((best, f) => (f.evppi > best.evppi ? f : best));
  const beyond = voi.fields.filter((f) => f.beyondNoise).map((f) => f.field);
  const limits =
    'It counts only the choice among these packages at this value, and only departures and net cost; it does not include the chance of the events, which no study of a parameter removes.';
  if (beyond.length === 0) {
    return `No field's draws are related to the net benefits beyond chance: from these ${voi.futures} futures, learning ${voi.fields.length === 1 ? 'it' : 'any of them'} before choosing is not shown to be worth anything at this value (the highest, ${top.field}'s ${money(top.evppi)} a year, is within what chance gives); more replications could show a smaller value, if there is one. ${limits}`;
  }
  const within = voi.fields.filter((f) => !f.beyondNoise).map((f) => f.field);
  const topBeyond = voi.fields.filter((f) => f.beyondNoise).reduce((best, f) => (f.evppi > best.evppi ? f : best));
  const several = voi.fields.length > 1 ? ` With ${voi.fields.length} fields each tested at 5%, one may be flagged by chance.` : '';
  return (
    `Related to the net benefits beyond chance: ${andList(beyond)}${within.length > 0 ? `; ${andList(within)} ${within.length === 1 ? 'is' : 'are'} within what chance gives` : ''}. ` +
    `${beyond.length === 1 ? 'Its estimate,' : `The highest of their estimates, ${topBeyond.field}'s`} ${money(topBeyond.evppi)} a year (noise floor ${money(topBeyond.noiseFloor)}), is a rough guide to what a study that pinned it down would be worth a year to this choice, not a range: the estimate carries chance as well as the field, by an amount the floor does not measure once the field matters, and runs of futures blur where the best package changes. ` +
    `Being related beyond chance says the field goes with the net benefits, not that learning it would change the choice: a field that moves the gap between the packages without changing which is best is worth nothing to learn, yet can be related beyond chance.${several} ${limits}`
  );
}
