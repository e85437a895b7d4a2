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
    `A future is one draw and one run of events, so the estimate is above zero by chance alone; the noise floor is the mean estimate from ${voi.noiseOrders} orders of the same futures unrelated to the field, and a field is beyond noise where fewer than 5% of them give as much.` +
    (voi.discountRate !== undefined ? ` Costs and departures are discounted at ${ratePercent(voi.discountRate)} a year (costs.discountRate), as per-year equivalents.` : '')
  );
}

export const VALUE_OF_INFORMATION_HEADER = ['drawn field', 'EVPPI a year', 'noise floor', 'beyond noise?'];

/**
 * A row per field: its name, EVPPI, noise floor, and whether it is beyond noise, with the share of
 * unrelated orders that give as much, in whole percent rounded down so that it agrees with the rule
 * (a share of 10/201, 4.98%, is beyond noise: rounded to the nearest it would read 5%; the 1e-9 keeps a share such as 0.29, 28.999… in floating point, at 29).
 */
export function valueOfInformationRows(voi: ValueOfInformation): string[][] {
  return voi.fields.map((f) => [f.field, money(f.evppi), money(f.noiseFloor), `${f.beyondNoise ? 'yes' : 'no'} (${f.noiseShare < 0.01 ? 'under 1%' : `${Math.floor(f.noiseShare * 100 + 1e-9)}%`} of unrelated orders give as much)`]);
}

/** The reading under the table: the field worth most to learn, and whether any is more than chance. */
export function valueOfInformationReading(voi: ValueOfInformation): string {
  const top = voi.fields.reduce((best, f) => (f.evppi > best.evppi ? f : best));
  const beyond = voi.fields.filter((f) => f.beyondNoise).map((f) => f.field);
  const limits =
    'It counts only the choice among these packages at this value, and only departures and net cost; it does not include the chance of the events, which no study of a parameter removes.';
  if (beyond.length === 0) {
    return `No field's estimate is beyond noise: from these ${voi.futures} futures, learning ${voi.fields.length === 1 ? 'it' : 'any of them'} before choosing is not shown to be worth anything at this value (the highest, ${top.field}'s ${money(top.evppi)} a year, is within what chance gives); more replications could show a smaller value, if there is one. ${limits}`;
  }
  const within = voi.fields.filter((f) => !f.beyondNoise).map((f) => f.field);
  const topBeyond = voi.fields.filter((f) => f.beyondNoise).reduce((best, f) => (f.evppi > best.evppi ? f : best));
  return (
    `Worth most to learn: ${topBeyond.field}, about ${money(topBeyond.evppi - topBeyond.noiseFloor)} to ${money(topBeyond.evppi)} a year (the estimate less its noise floor, and the estimate): what a study that pinned it down would be worth at most, a year, to this choice. ` +
    `Beyond noise: ${andList(beyond)}${within.length > 0 ? `; ${andList(within)} ${within.length === 1 ? 'is' : 'are'} within what chance gives` : ''}. ${limits}`
  );
}
