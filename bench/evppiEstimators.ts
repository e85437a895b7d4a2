// `npm run bench:evppi`: how close the two single-parameter EVPPI estimators come to the true EVPPI
// on synthetic problems whose EVPPI is known in closed form: Strong and Oakley's sort-and-bin
// (models/sortedBinEvppi.ts, what `compare` uses) and a regression on a penalized spline whose
// roughness is chosen by GCV, with γ = 1 and with γ = GCV_INFLATION (Strong, Oakley and Brennan
// 2014; models/regressionEvppi.ts). Each problem draws θ, and each package's net benefit
// against the first is its mean given θ plus independent normal noise (the events' chance, which no
// study of θ removes). Prints each estimator's mean bias and RMSE over SEEDS futures sets at each n,
// and the time the regression's 200 shuffled fits take at several thousand futures. docs/EVPPI.md
// records the figures. Takes under a minute on one core.
import { normal } from '../sim/random/samplers';
import { createStream, type Uniform } from '../sim/random/stream';
import { midRankScores } from '../models/midRankScores';
import { GCV_INFLATION, splineSmoother } from '../models/splineSmoother';
import { regressionEvppi } from '../models/regressionEvppi';
import { sortedBinEvppi } from '../models/sortedBinEvppi';
import { randomPermutation } from '../sim/design/permutation';

interface Problem {
  readonly name: string;
  readonly draw: (uniform: Uniform) => number;
  /** Each package's mean net benefit against the first given θ, the first's (0) left out. */
  readonly means: (theta: number) => readonly number[];
  readonly noiseSd: number;
  /** E[max(0, m_a(θ))] − max(0, E[m_a(θ)]), in closed form. */
  readonly evppi: number;
}

const uniformTheta = (u: Uniform) => u();
const NORMAL_DENSITY_AT_1 = Math.exp(-0.5) / Math.sqrt(2 * Math.PI);

const PROBLEMS: readonly Problem[] = [
  // E[max(0, θ − ½)] = ⅛, mean 0.
  { name: 'switches, linear, θ ~ U(0,1)', draw: uniformTheta, means: (t) => [t - 0.5], noiseSd: 0.5, evppi: 0.125 },
  // E[max(0, θ² − 1)] = 2φ(1), mean 0.
  { name: 'switches, nonlinear, θ ~ N(0,1)', draw: (u) => normal(u, 0, 1), means: (t) => [t * t - 1], noiseSd: 1, evppi: 2 * NORMAL_DENSITY_AT_1 },
  // max(0, θ − 0.6, 0.3 − θ): 0.045 + 0.08, means −0.1 and −0.2.
  { name: 'three packages, each best somewhere', draw: uniformTheta, means: (t) => [t - 0.6, 0.3 - t], noiseSd: 0.5, evppi: 0.125 },
  // P(θ > 0.8)·1 − 0.12 (the mean 0.2 − 0.08).
  { name: 'switches by a step at θ = 0.8', draw: uniformTheta, means: (t) => [t > 0.8 ? 1 : -0.1], noiseSd: 0.5, evppi: 0.08 },
  // θ ∈ {0, 1}: ½·0.6 − 0.1.
  { name: 'two-valued θ', draw: (u) => (u() < 0.5 ? 0 : 1), means: (t) => [t - 0.4], noiseSd: 0.5, evppi: 0.2 },
  // θ ∈ {1..5}: (0.125 + 0.375)/5 − max(0, −0.125).
  { name: 'θ an integer 1..5', draw: (u) => 1 + Math.floor(u() * 5), means: (t) => [(t - 3.5) / 4], noiseSd: 0.5, evppi: 0.1 },
  { name: 'moves the gap, best unchanged', draw: uniformTheta, means: (t) => [0.1 + 0.4 * t], noiseSd: 0.5, evppi: 0 },
  { name: 'irrelevant, packages tied', draw: uniformTheta, means: () => [0], noiseSd: 0.5, evppi: 0 },
  { name: 'irrelevant, one ahead by 0.1', draw: uniformTheta, means: () => [0.1], noiseSd: 0.5, evppi: 0 },
];

const SIZES = [20, 50, 100, 400, 2000];
const SEEDS = 400;
const SEEDS_AT_2000 = 100;

/** Futures drawn for one problem, n and seed: θ and each package's net benefit against the first (whose own is 0). */
function futures(problem: Problem, n: number, seed: number): { theta: number[]; benefits: number[][] } {
  const u = createStream({ seed, point: n, replication: 0 }, `bench/evppi/${problem.name}`);
  const theta = Array.from({ length: n }, () => problem.draw(u));
  const arms = problem.means(0).length;
  const benefits = [new Array<number>(n).fill(0), ...Array.from({ length: arms }, () => new Array<number>(n))];
  theta.forEach((t, k) => problem.means(t).forEach((m, a) => (benefits[a + 1][k] = m + normal(u, 0, problem.noiseSd))));
  return { theta, benefits };
}

const byDraw = (theta: readonly number[]) => theta.map((_, k) => k).sort((a, b) => theta[a] - theta[b] || a - b);

const ESTIMATORS: Record<string, (theta: number[], benefits: number[][]) => number> = {
  'sort-and-bin': (theta: number[], benefits: number[][]) => sortedBinEvppi(byDraw(theta), benefits),
  'regression, GCV γ = 1': (theta: number[], benefits: number[][]) => regressionEvppi(splineSmoother(midRankScores(theta), 1), benefits),
  [`regression, GCV γ = ${GCV_INFLATION}`]: (theta: number[], benefits: number[][]) => regressionEvppi(splineSmoother(midRankScores(theta)), benefits),
};

const fixed = (x: number) => (x >= 0 ? ' ' : '') + x.toFixed(3);

console.log(`problem | true EVPPI | n | ${Object.keys(ESTIMATORS).map((e) => `${e}: bias | RMSE`).join(' | ')}`);
for (const problem of PROBLEMS) {
  for (const n of SIZES) {
    const seeds = n >= 2000 ? SEEDS_AT_2000 : SEEDS;
    const cells = Object.values(ESTIMATORS).map((estimate) => {
      let bias = 0;
      let squares = 0;
      for (let seed = 0; seed < seeds; seed++) {
        const { theta, benefits } = futures(problem, n, seed);
        const error = estimate(theta, benefits) - problem.evppi;
        bias += error;
        squares += error * error;
      }
      return `${fixed(bias / seeds)} | ${(Math.sqrt(squares / seeds)).toFixed(3)}`;
    });
    console.log(`${problem.name} | ${problem.evppi.toFixed(3)} | ${n} | ${cells.join(' | ')}`);
  }
}

// The noise floor's cost: 200 orders of 5,000 futures of three packages through the regression.
const { theta, benefits } = futures(PROBLEMS[2], 5000, 1);
const started = process.hrtime.bigint();
const smoother = splineSmoother(midRankScores(theta));
const u = createStream({ seed: 1, point: 0, replication: 0 }, 'bench/evppi/orders');
for (let k = 0; k < 200; k++) {
  const order = randomPermutation(theta.length, u);
  regressionEvppi(smoother, benefits.map((arm) => Array.from(order, (i) => arm[i])));
}
console.log(`\nregression EVPPI, 5,000 futures of 3 packages, 1 + 200 shuffled fits: ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(2)} s`);
