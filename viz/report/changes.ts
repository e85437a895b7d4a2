import { changeLabel } from '../../scenarios/changes';
import type { Manifest } from '../../models/resultsManifest';
import type { ChangeMark } from '../specs/timeSeries';

/**
 * The scheduled changes of a results folder's scenarios, as the report marks and lists them: one
 * entry per distinct change, in day order. `run` and `compare --policies` give every package the
 * scenario's changes; with `compare --scenarios` the arms may differ, and then each change is
 * labelled with the arms it belongs to ("day 365: supervision opt-out (year-2)"). A manifest
 * written before scenarios had changes has none.
 */
export function reportChanges(manifest: Pick<Manifest, 'scenarios'>): ChangeMark[] {
  const arms = new Map<string, { day: number; arms: string[] }>();
  for (const scenario of manifest.scenarios) {
    for (const change of scenario.changes ?? []) {
      const label = changeLabel(change);
      const entry = arms.get(label) ?? { day: change.day, arms: [] };
      entry.arms.push(scenario.policy.name);
      arms.set(label, entry);
    }
  }
  const everyArm = changesUnderEveryArm(manifest);
  return [...arms]
    .map(([label, e]) => ({ day: e.day, label: everyArm ? label : `${label} (${e.arms.join(', ')})` }))
    .sort((a, b) => a.day - b.day);
}

/** Whether every arm of the run had the same scheduled changes (always so for run and compare --policies). */
export function changesUnderEveryArm(manifest: Pick<Manifest, 'scenarios'>): boolean {
  const lists = manifest.scenarios.map((s) => JSON.stringify(s.changes ?? []));
  return lists.every((l) => l === lists[0]);
}
