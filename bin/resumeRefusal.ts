// Whether this version's `cfsim sweep --resume` refuses a sweep folder for the version that made
// its runs, decided in one place so that analyze and report advise a resume only where it works.

/**
 * Why this version (`version`) would refuse to resume a folder whose runs.csv holds `runs` rows,
 * records the values its runs drew or not (`recordsDraws`: false for a plan that draws fields, in
 * a runs.csv of a version before 0.23.0) and whose sweep.json says `began` made them; undefined
 * where a resume goes on. `finishWith` names the version that can finish it.
 */
export function resumeRefusal(recordsDraws: boolean, runs: number, began: string | undefined, version: string): { kind: 'undrawn' | 'version'; finishWith: string; why: string } | undefined {
  if (!recordsDraws) {
    return {
      kind: 'undrawn',
      finishWith: began === undefined ? 'the version that began it (before 0.23.0)' : `CFSim ${began}`,
      why: `its runs.csv, of CFSim before 0.23.0, does not record the values its runs drew, and CFSim ${version}'s rows would add columns its header lacks`,
    };
  }
  if (runs > 0 && began !== undefined && began !== version) {
    return { kind: 'version', finishWith: `CFSim ${began}`, why: `CFSim ${version} does not resume runs another version made, whose results may differ for the same plan and seed` };
  }
  return undefined;
}

/**
 * The same for a shard's folder, which a merge takes only with the shards of the version that made
 * the others: one another version began is finished with that version even without a run yet, as
 * this version would resume it (resumeRefusal goes on) but make it its own, and the merge would
 * then refuse it. `why` says so, by default for a shard seen alone.
 */
export function shardResumeRefusal(recordsDraws: boolean, runs: number, began: string | undefined, version: string, why?: string): ReturnType<typeof resumeRefusal> {
  return (
    resumeRefusal(recordsDraws, runs, began, version) ??
    (began !== undefined && began !== version
      ? { kind: 'version', finishWith: `CFSim ${began}`, why: why ?? `a merge takes the shards of one version, and CFSim ${began} began this one: resumed by CFSim ${version}, it would be ${version}'s, and its merge with the others refused` }
      : undefined)
  );
}
