// `npm run bench`: throughput of the daily loop on a large reference scenario (10,000 workers ×
// 365 days, every lever active), on one thread in-process and through the worker pool with 1
// and 2 threads, and the peak memory of 100 and 1,000 replications of the default scenario.
// Prints figures; nothing is asserted (tests never time anything).
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { modelParameters } from '../models/parameters';
import { runReplication } from '../models/replication';
import { resolveScenario } from '../scenarios/resolve';
import type { Scenario } from '../scenarios/schema';
import { runExperiment } from '../bin/experiment';

const reference = resolveScenario({
  policy: 'multi-level',
  overrides: [
    ['name', 'bench-reference'],
    ['days', 365],
    // The daily loop's throughput: every simulated day is a recorded one (a warm-up would add
    // unrecorded days to each replication, which the worker-days below do not count).
    ['population.warmUpDays', 0],
    ['population.seats', 10000],
    ['population.teamSize', 8],
    ['policy.supervision.mode', 'opt-out'],
    ['policy.supervision.intervalDays', 14],
    ['policy.debrief.mode', 'ongoing'],
    ['policy.grief.leaveDays', 2],
    ['policy.grief.checkIn', true],
    ['policy.stigmaReduction.education', true],
    ['policy.stigmaReduction.socialContact', true],
    ['policy.resilience.mindfulness', true],
  ],
});
const workerDays = reference.population.seats * (1 + reference.policy.staffing.extraSeatShare) * reference.days;

/**
 * Throughput of each of `reps` replications run in this thread after two warm-up replications,
 * sorted. One is not enough: V8 compiles the phases during the first replication and compiles
 * them again early in the second, when the second world's fields widen the types its first
 * compilation assumed (`--trace-deopt` shows it); from the third on, the code is settled.
 */
function inProcess(reps: number): number[] {
  const params = modelParameters(reference);
  for (let r = 0; r < 2; r++) runReplication(params, { seed: 99, point: 0, replication: r }); // warm-up
  const rates: number[] = [];
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    runReplication(params, { seed: 1, point: 0, replication: r });
    rates.push(workerDays / ((performance.now() - start) / 1000));
  }
  return rates.sort((a, b) => a - b);
}

/** Wall-clock seconds, CPU seconds of all the process's threads, and peak RSS of one pooled run. */
async function pooled(scenario: Scenario, reps: number, threads: number): Promise<{ seconds: number; cpuSeconds: number; peakRss: number }> {
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  await runExperiment({ scenarios: [scenario], seed: 1, reps, threads, version: 'bench', command: 'bench', summary: () => null });
  const cpu = process.cpuUsage(cpuStart);
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRss };
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rate = (x: number) => `${(x / 1e6).toFixed(2)} million worker-days/s`;

/** Peak memory is measured in a fresh process per size, so earlier runs cannot inflate it. */
function peakMemoryInChild(reps: number): number {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--memory', String(reps)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`memory run failed: ${child.stderr}`);
  return Number(child.stdout.trim());
}

const memoryFlag = process.argv.indexOf('--memory');
if (memoryFlag >= 0) {
  const { peakRss } = await pooled(resolveScenario(), Number(process.argv[memoryFlag + 1]), 2);
  console.log(peakRss);
} else {
  console.log(`CFSim benchmark: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${mb(totalmem())}, Node ${process.version}`);
  console.log(`reference scenario: ${Math.round(workerDays / reference.days)} workers × ${reference.days} days, every lever active`);
  // On a shared machine single replications vary; the median and the best are both shown.
  const single = inProcess(5);
  console.log(`single thread, in-process:   ${rate(single[2])} (median of 5 replications after 2 warm-up ones; best ${(single[4] / 1e6).toFixed(2)})`);
  // One and two threads alternate over three rounds, so that a slow spell of a shared machine
  // weighs on both; each figure is the median round.
  const reps = 6; // three per thread with two threads: a warm-up or a slow last replication weighs less
  const oneThread: number[] = [];
  const twoThreads: number[] = [];
  // Cores kept busy (CPU time over wall-clock time): how well the pool uses its threads,
  // whatever the shared machine's speed at the moment.
  const busyWithTwo: number[] = [];
  for (let round = 0; round < 3; round++) {
    oneThread.push((await pooled(reference, reps, 1)).seconds);
    const two = await pooled(reference, reps, 2);
    twoThreads.push(two.seconds);
    busyWithTwo.push(two.cpuSeconds / two.seconds);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const one = median(oneThread);
  const two = median(twoThreads);
  console.log(`worker pool, 1 thread:       ${rate((workerDays * reps) / one)} (median of 3 rounds)`);
  console.log(`worker pool, 2 threads:      ${rate((workerDays * reps) / two)} (median of 3 rounds; speed-up ×${(one / two).toFixed(2)}; ${median(busyWithTwo).toFixed(2)} cores busy)`);
  const m100 = peakMemoryInChild(100);
  const m1000 = peakMemoryInChild(1000);
  console.log(`peak RSS, default scenario, 2 threads: 100 replications ${mb(m100)}, 1,000 replications ${mb(m1000)} (ratio ${(m1000 / m100).toFixed(2)})`);
}
