import { changeLabel } from '../../scenarios/changes';
import type { Manifest } from '../../models/resultsManifest';
import type { ChangeMark } from '../specs/timeSeries';

/**
 * The scheduled changes of a results folder's scenarios, as the report marks and lists them: one
 * entry per distinct change, in day order. `run` and `compare` give every package the scenario's
 * changes, so they are the same for every package; a manifest written before scenarios had
 * changes has none.
 */
export function reportChanges(manifest: Pick<Manifest, 'scenarios'>): ChangeMark[] {
  const seen = new Map<string, ChangeMark>();
  for (const scenario of manifest.scenarios) {
    for (const change of scenario.changes ?? []) {
      const label = changeLabel(change);
      seen.set(label, { day: change.day, label });
    }
  }
  return [...seen.values()].sort((a, b) => a.day - b.day);
}
