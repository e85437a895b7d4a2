import type { LeverKind } from './config';

// The two buttons that undo lever changes, one for each kind of lever (config.ts's LeverKind):
// Restore package defaults above the levers, and Restore population values at the top of the
// Environment settings. Each undoes its own kind's changes only and counts them alone.

export interface RestoreButton {
  readonly id: string;
  /** The button's words without a count. */
  readonly text: string;
  /** What one change it undoes is, in its accessible name ("3 package lever changes"). */
  readonly what: string;
  /** Its tooltip: what it undoes, and what it keeps. */
  readonly title: string;
}

export const RESTORE_BUTTONS: Readonly<Record<LeverKind, RestoreButton>> = {
  package: {
    id: 'restore-defaults',
    text: 'Restore package defaults',
    what: 'package lever',
    title: "Undo every change of the package's levers (individual, team, organization and community levels), from day 0 and during the run: back to the package's own values. The Environment settings stay as they are.",
  },
  environment: {
    id: 'restore-environment',
    text: 'Restore population values',
    what: 'environment setting',
    title: "Undo every change of the Environment settings, from day 0 and during the run: back to the population's own values. The package's levers stay as they are.",
  },
};

/**
 * What a restore button shows with `count` changes to undo: its words, with the count where there
 * is one ("Restore package defaults (3)"; a short count keeps it on one line in the 260 px
 * controls), and then a name that says what it counts ("Restore package defaults: undo 3 package
 * lever changes"); with none it is disabled and named by its words.
 */
export function restoreLabel(kind: LeverKind, count: number): { text: string; ariaLabel?: string; disabled: boolean } {
  const b = RESTORE_BUTTONS[kind];
  if (count === 0) return { text: b.text, disabled: true };
  return { text: `${b.text} (${count})`, ariaLabel: `${b.text}: undo ${count} ${b.what} change${count === 1 ? '' : 's'}`, disabled: false };
}
