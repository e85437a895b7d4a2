import { PROQOL_HIGH, PROQOL_LOW } from '../../models/proqol';

// What the team view's tiles show: one ProQOL scale (10–50) chosen in the app, its score as the
// tile's number and its band as the tile's colour. The bands are the ProQOL 5 cut scores, the same
// for the three scales: low 22 or less, average 23–41, high 42 or more. Scores are shown rounded,
// and the band follows the number shown.
//
// "Worse" always reads warmer and darker: the better outer band is pale blue, the average band
// runs from pale to mid orange towards the worse end, and the worse outer band is deep orange with
// a black outline (the cue that needs no colour vision). Blue–orange stays apart for the common
// colour-vision deficiencies. For stress and burnout high is worse; for compassion satisfaction
// high is good, so its ramp runs the other way. Pure: no DOM, so its unit test runs in Node.

export const TILE_MEASURES = ['sts', 'burnout', 'satisfaction'] as const;
export type TileMeasure = (typeof TILE_MEASURES)[number];
export const isTileMeasure = (x: unknown): x is TileMeasure => (TILE_MEASURES as readonly unknown[]).includes(x);

export const LOW_MAX = PROQOL_LOW;
export const HIGH_MIN = PROQOL_HIGH;

export type Band = 'low' | 'average' | 'high';

export interface MeasureInfo {
  /** Its name in the list ("Colour tiles by: …"). */
  readonly name: string;
  /** Its name in a sentence and in the tile's accessible name ("STS 30", "3 with high STS"). */
  readonly short: string;
  /** Its ProQOL subscale's name in the key ("ProQOL STS"). */
  readonly scale: string;
  /** The band that is worse: outlined, and counted on the team's facts line. */
  readonly worse: 'low' | 'high';
  /** The class of a tile in the worse band (a black outline). */
  readonly worseClass: string;
}

export const MEASURES: Readonly<Record<TileMeasure, MeasureInfo>> = {
  sts: { name: 'Secondary traumatic stress', short: 'STS', scale: 'ProQOL STS', worse: 'high', worseClass: 'high-sts' },
  burnout: { name: 'Burnout', short: 'burnout', scale: 'ProQOL burnout', worse: 'high', worseClass: 'high-burnout' },
  satisfaction: { name: 'Compassion satisfaction', short: 'satisfaction', scale: 'ProQOL CS', worse: 'low', worseClass: 'low-satisfaction' },
};

/** A seat's three ProQOL scores, as the engine's snapshots and departures carry them. */
export interface ProqolScores {
  readonly proqolSTS: number;
  readonly proqolBO: number;
  readonly proqolCS: number;
}

/** The score of the chosen scale. */
export function scoreOf(seat: ProqolScores, measure: TileMeasure): number {
  return measure === 'sts' ? seat.proqolSTS : measure === 'burnout' ? seat.proqolBO : seat.proqolCS;
}

/** The ProQOL band of a score, as shown (rounded). */
export function band(score: number): Band {
  const shown = Math.round(score);
  return shown <= LOW_MAX ? 'low' : shown >= HIGH_MIN ? 'high' : 'average';
}

/** Whether a score lies in the chosen scale's worse band (high stress or burnout, low satisfaction). */
export const isWorse = (measure: TileMeasure, score: number): boolean => band(score) === MEASURES[measure].worse;

/** "3 with high STS", "2 with low satisfaction": the facts line's count of the worse band. */
export const worseCountText = (measure: TileMeasure, count: number): string => `${count} with ${MEASURES[measure].worse} ${MEASURES[measure].short}`;

const BETTER: readonly number[] = [214, 232, 248];
const AVERAGE_BETTER_END: readonly number[] = [250, 226, 196];
const AVERAGE_WORSE_END: readonly number[] = [236, 150, 80];
const WORSE: readonly number[] = [213, 94, 0];

const rgb = (c: readonly number[]) => `rgb(${c.map(Math.round).join(', ')})`;

/**
 * How far into the average band a score lies towards the worse end, from 0 (its better end) to 1
 * (its worse end): for stress and burnout from 23 to 41, for satisfaction from 41 down to 23.
 */
function towardsWorse(measure: TileMeasure, score: number): number {
  const t = (Math.round(score) - (LOW_MAX + 1)) / (HIGH_MIN - 1 - (LOW_MAX + 1));
  return MEASURES[measure].worse === 'high' ? t : 1 - t;
}

/** The tile colour for a score of the chosen scale: one colour per outer band, a ramp across the average band. */
export function tileColor(measure: TileMeasure, score: number): string {
  const b = band(score);
  if (b !== 'average') return rgb(b === MEASURES[measure].worse ? WORSE : BETTER);
  const t = towardsWorse(measure, score);
  return rgb(AVERAGE_BETTER_END.map((a, i) => a + (AVERAGE_WORSE_END[i] - a) * t));
}

/** One entry of the colour key: its swatch's colour (a CSS gradient for the average band) and its words. */
export interface KeyEntry {
  readonly band: Band;
  /** The swatch's class: the band, or the worse band's outline class. */
  readonly swatchClass: string;
  readonly background: string;
  readonly text: string;
}

/** The key's title, after the list that chooses the scale ("Colour tiles by: Burnout"): what the number is, and which way is worse. */
export const keyTitle = (measure: TileMeasure): string => `(number: ${MEASURES[measure].scale}${MEASURES[measure].worse === 'low' ? ', high is good' : ''}; warmer, darker = worse):`;

/**
 * The colour key's entries for the chosen scale, from better to worse, so the swatches always run
 * from pale blue to deep orange (for satisfaction: high, average, low; the average band's swatch
 * runs from its better end to its worse end).
 */
export function keyEntries(measure: TileMeasure): KeyEntry[] {
  const m = MEASURES[measure];
  const low: KeyEntry = { band: 'low', swatchClass: 'low', background: tileColor(measure, LOW_MAX), text: `low, ${LOW_MAX} or less` };
  const high: KeyEntry = { band: 'high', swatchClass: 'high', background: tileColor(measure, HIGH_MIN), text: `high, ${HIGH_MIN} or more` };
  const [better, worse] = m.worse === 'high' ? [low, high] : [high, low];
  const [from, to] = m.worse === 'high' ? [LOW_MAX + 1, HIGH_MIN - 1] : [HIGH_MIN - 1, LOW_MAX + 1];
  const average: KeyEntry = {
    band: 'average',
    swatchClass: 'average',
    background: `linear-gradient(to right, ${tileColor(measure, from)}, ${tileColor(measure, to)})`,
    text: `average, ${LOW_MAX + 1}–${HIGH_MIN - 1}`,
  };
  return [better, average, { ...worse, swatchClass: `${worse.swatchClass} ${m.worseClass}`, text: `${worse.text} (black outline)` }];
}
