import type { NumberField } from './fields';

/**
 * "; if 35 is a percentage, write 0.35": the words every percentage hint uses, wherever a share or
 * a rate was likely written as a percentage. `write` gives what to write for the share (the share
 * itself, or a flag with it: "--target vacancyRate=0.12"); `after`, words after it ("(35% a year)").
 */
export function percentageWording(input: number, write: (share: number) => string = String, after = ''): string {
  return `; if ${input} is a percentage, write ${write(Number((input / 100).toPrecision(12)))}${after ? ` ${after}` : ''}`;
}

/**
 * Whether a share or rate refused for being above 1 reads plausibly as a percentage: a value from 2
 * to 100 (35, 7.5, 2). Just above 1 (1.5, 1.01) it is more likely a slip or a value on another scale
 * than 1.5%, and "if 1.5 is a percentage, write 0.015" reads oddly: no hint is given there.
 */
export function isPlausiblePercentage(value: number): boolean {
  return value >= 2 && value <= 100;
}

/**
 * For a value from 2 to 100 in a 0-1 field (a share, a probability, a level), which is most likely
 * a percentage (livesInCommunityShare: 35), the share to write ("; if 35 is a percentage, write
 * 0.35"); else "" (isPlausiblePercentage says where). Said wherever such a field's value is
 * refused: the field itself, a range drawn under uncertainty, a sweep's range.
 */
export function percentHint(field: Pick<NumberField, 'integer' | 'min' | 'max'>, input: unknown): string {
  if (typeof input !== 'number' || field.integer || field.min !== 0 || field.max !== 1 || !isPlausiblePercentage(input)) return '';
  return percentageWording(input);
}
