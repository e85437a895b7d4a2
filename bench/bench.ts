// `npm run bench`: single-thread throughput of the daily loop on a large reference scenario
// (10,000 workers × 365 days, every lever active) and the memory of many replications of the
// default scenario. Prints figures; nothing here is asserted.
import { cpus, totalmem } from 'node:os';
import { runEnsemble } from '../models/ensemble';
import { modelParameters } from '../models/parameters';
import { runReplication } from '../models/replication';
import { resolveScenario } from '../scenarios/resolve';

const reference = resolveScenario({
  policy: 'multi-level',
  overrides: [
    ['name', 'bench-reference'],
    ['days', 365],
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

function throughput(reps: number): number {
  const params = modelParameters(reference);
  runReplication(params, { seed: 99, point: 0, replication: 0 }); // warm-up
  const start = performance.now();
  for (let r = 0; r < reps; r++) runReplication(params, { seed: 1, point: 0, replication: r });
  const seconds = (performance.now() - start) / 1000;
  return (params.seats * params.days * reps) / seconds;
}

function peakMemory(reps: number): number {
  globalThis.gc?.();
  let peak = process.memoryUsage().rss;
  runEnsemble(resolveScenario({}), {
    seed: 1,
    reps,
    onReplication: () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    },
  });
  return peak;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
console.log(`CFSim benchmark on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, ${mb(totalmem())}), Node ${process.version}`);
console.log(`reference scenario: ${reference.population.seats} seats × ${reference.days} days, every lever active`);
const rate = throughput(3);
console.log(`single-thread throughput: ${(rate / 1e6).toFixed(2)} million worker-days/s`);
const m100 = peakMemory(100);
const m1000 = peakMemory(1000);
console.log(`peak RSS, default scenario: 100 replications ${mb(m100)}, 1,000 replications ${mb(m1000)} (ratio ${(m1000 / m100).toFixed(2)})`);
