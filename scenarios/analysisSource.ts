import type { SweepAnalysis } from './sweepAnalysis';

/**
 * The line under an analysis's heading that says what its numbers come from, for a paper's
 * methods: the CFSim version that made the runs, the plan's seed, its points and replications,
 * and the bootstrap resamples behind a Sobol or Morris analysis's intervals ("Runs by CFSim
 * 0.23.0, seed 7: 40 points × 2 reps (80 runs); 95% intervals from 1000 bootstrap resamples of
 * the base rows"). Undefined for an analysis that records neither seed nor reps (written before
 * they were recorded). The heading named the plan and design alone, so a table pasted from the
 * text carried no seed, no version and no resample count. On a shard it says the shard's runs
 * beside the plan's ("(the plan's 60 runs, of which shard 1/3 holds 20: run mod 3 = 1)").
 */
export function analysisSource(a: SweepAnalysis): string | undefined {
  if (a.seed === undefined || a.reps === undefined) return undefined;
  const points = a.planRuns / a.reps;
  const version = a.cfsim !== undefined ? `Runs by CFSim ${a.cfsim}` : 'Runs by a CFSim version sweep.json does not record';
  // A Sobol plan's `points` are its base rows, a Morris plan's its trajectories: these are the design points run.
  const pointWord = a.design === 'sobol' || a.design === 'morris' ? 'design point' : 'point';
  const planRuns = `${a.planRuns} run${a.planRuns === 1 ? '' : 's'}`;
  // A shard's folder holds only its share of the runs (run mod N = I): the plan's count alone read as the shard's.
  const runs = a.shard ? `the plan's ${planRuns}, of which shard ${a.shard.index}/${a.shard.count} holds ${a.runs}: run mod ${a.shard.count} = ${a.shard.index}` : planRuns;
  const design = `${version}, seed ${a.seed}: ${points} ${pointWord}${points === 1 ? '' : 's'} × ${a.reps} rep${a.reps === 1 ? '' : 's'} (${runs})`;
  if (a.bootstrap === undefined) return design;
  if (a.bootstrap === 0) return `${design}; no bootstrap intervals (--bootstrap 0)`;
  // A Morris analysis of fewer than 5 trajectories has no intervals whatever the resamples (its table says why).
  const finite = (x: number | null | undefined) => typeof x === 'number' && Number.isFinite(x);
  const intervals = Object.values(a.sobol ?? {}).some((rows) => rows.some((r) => finite(r.S1low) || finite(r.STlow))) || Object.values(a.morris ?? {}).some((rows) => rows.some((r) => finite(r.muStarLow)));
  if (!intervals) return design;
  return `${design}; 95% intervals from ${a.bootstrap} bootstrap resamples of ${a.design === 'sobol' ? 'the base rows' : 'the trajectories'}`;
}
