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
