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
 * For a value above 1 and up to 100 in a 0-1 field (a share, a probability, a level), which is most
 * likely a percentage (livesInCommunityShare: 35), the share to write ("; if 35 is a percentage,
 * write 0.35"); else "". Said wherever such a field's value is refused: the field itself, a range
 * drawn under uncertainty, a sweep's range.
 */
export function percentHint(field: Pick<NumberField, 'integer' | 'min' | 'max'>, input: unknown): string {
  if (typeof input !== 'number' || field.integer || field.min !== 0 || field.max !== 1 || !(input > 1 && input <= 100)) return '';
  return percentageWording(input);
}
