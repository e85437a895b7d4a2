import { armKind, type Manifest } from '../../models/resultsManifest';
import type { ArmTitle } from '../specs/theme';

/** The words a report uses for a run's arms: packages, or the scenario files of `compare --scenarios`. */
export interface ArmWords {
  /** "package" or "scenario" */
  readonly one: string;
  /** "packages" or "scenarios" */
  readonly many: string;
  /** Legend and tooltip title: "Package" or "Scenario". */
  readonly title: ArmTitle;
}

const PACKAGES: ArmWords = { one: 'package', many: 'packages', title: 'Package' };
const SCENARIOS: ArmWords = { one: 'scenario', many: 'scenarios', title: 'Scenario' };

/** The arm words of a results folder. */
export function armWords(manifest: Pick<Manifest, 'arms'>): ArmWords {
  return armKind(manifest) === 'scenarios' ? SCENARIOS : PACKAGES;
}

/** Arm labels joined for a line of text, each quoted if it holds a comma. */
export function armList(labels: readonly string[]): string {
  return labels.map((l) => (l.includes(',') ? JSON.stringify(l) : l)).join(', ');
}
