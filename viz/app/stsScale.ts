import { PROQOL_HIGH, PROQOL_LOW } from '../../models/proqol';

// The team view's colour for secondary traumatic stress (ProQOL STS, 10–50), anchored at the
// ProQOL cut-offs so the bands read at a glance: low (22 or less) pale blue, average (23–41) from
// pale to mid orange, high (42 or more) deep orange with a black outline. Colour-blind safe
// (blue–orange). Scores are shown rounded, and the band follows the number shown.

export const STS_LOW_MAX = PROQOL_LOW;
export const STS_HIGH_MIN = PROQOL_HIGH;

export type StsBand = 'low' | 'average' | 'high';

export function stsBand(score: number): StsBand {
  const shown = Math.round(score);
  return shown <= STS_LOW_MAX ? 'low' : shown >= STS_HIGH_MIN ? 'high' : 'average';
}

const LOW: readonly number[] = [214, 232, 248];
const AVERAGE_START: readonly number[] = [250, 226, 196];
const AVERAGE_END: readonly number[] = [236, 150, 80];
const HIGH: readonly number[] = [213, 94, 0];

const rgb = (c: readonly number[]) => `rgb(${c.map(Math.round).join(', ')})`;

/** The tile colour for a score: one colour per outer band, a ramp across the average band. */
export function stsColor(score: number): string {
  const band = stsBand(score);
  if (band === 'low') return rgb(LOW);
  if (band === 'high') return rgb(HIGH);
  const t = (Math.round(score) - (STS_LOW_MAX + 1)) / (STS_HIGH_MIN - 1 - (STS_LOW_MAX + 1));
  return rgb(AVERAGE_START.map((a, i) => a + (AVERAGE_END[i] - a) * t));
}

/** Fills the colour key under the team view, drawn with the tiles' own colours. */
export function fillStsKey(key: HTMLElement): void {
  const entry = (className: string, background: string, text: string) => {
    const item = document.createElement('span');
    item.className = 'key-item';
    const swatch = document.createElement('span');
    swatch.className = `swatch ${className}`;
    if (background.startsWith('linear-gradient')) swatch.style.backgroundImage = background;
    else swatch.style.backgroundColor = background;
    item.append(swatch, text);
    return item;
  };
  const average = `linear-gradient(to right, ${stsColor(STS_LOW_MAX + 1)}, ${stsColor(STS_HIGH_MIN - 1)})`;
  key.replaceChildren(
    Object.assign(document.createElement('span'), { className: 'key-title', textContent: 'Tile colour and number = secondary traumatic stress (ProQOL STS):' }),
    entry('low', stsColor(STS_LOW_MAX), `low, ${STS_LOW_MAX} or less`),
    entry('average', average, `average, ${STS_LOW_MAX + 1}–${STS_HIGH_MIN - 1}`),
    entry('high-sts', stsColor(STS_HIGH_MIN), `high, ${STS_HIGH_MIN} or more (black outline)`),
    entry('away', stsColor(30), 'striped: away (on leave or sick)'),
  );
}
