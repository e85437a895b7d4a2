import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// timeseries.csv's percentiles of daily counts, checked end to end against the exact percentiles
// of the same counts rebuilt from separations.csv, past the 40 replications whose values the
// run keeps. P² alone gave a daily separations p95 near 1 where every replication had 0.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cfsim.js');
const REPS = 90;
const DAYS = 120;

function rows(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n').map((l) => l.split(','));
  return lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

/** Type-7 quantile (R's and NumPy's default), as the README documents timeseries.csv's. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * (sorted[Math.min(sorted.length - 1, lo + 1)] - sorted[lo]);
}

let dir = '';
let series: Record<string, string>[] = [];
let perRep: number[][] = [];

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cfsim.js is missing: run `npm run build` before these tests');
  dir = mkdtempSync(join(tmpdir(), 'cfsim-quantiles-'));
  const out = join(dir, 'out');
  // A high separation rate, so that counts vary across replications and days.
  const result = spawnSync(process.execPath, [CLI, 'run', '--reps', String(REPS), '--days', String(DAYS), '--seed', '3', '--threads', '2', '--out', out, '--set', 'population.seats=30'], { encoding: 'utf8', timeout: 120_000 });
  expect(result.status, result.stderr).toBe(0);
  series = rows(join(out, 'timeseries.csv'));
  perRep = Array.from({ length: REPS }, () => new Array<number>(DAYS).fill(0));
  for (const s of rows(join(out, 'separations.csv'))) perRep[Number(s.rep)][Number(s.day)]++;
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('timeseries.csv percentiles of daily counts', () => {
  it('equal the exact percentiles of the day’s separations and of the separations so far, on every day', () => {
    const cumulative = perRep.map((days) => days.map((_, d) => days.slice(0, d + 1).reduce((a, b) => a + b, 0)));
    expect(cumulative.some((days) => days[DAYS - 1] > 0), 'some replication has a separation').toBe(true);
    const mismatches: string[] = [];
    for (const [metric, values] of [['separations', perRep], ['cumulativeSeparations', cumulative]] as const) {
      for (let day = 0; day < DAYS; day++) {
        const row = series.find((r) => r.policy === 'status-quo' && Number(r.day) === day && r.metric === metric);
        if (!row) throw new Error(`no ${metric} row for day ${day}`);
        const exact = [0.05, 0.5, 0.95].map((q) => quantile(values.map((days) => days[day]), q));
        const written = [row.p05, row.p50, row.p95].map(Number);
        if (written.some((x, i) => Math.abs(x - exact[i]) > 1e-9)) mismatches.push(`${metric} day ${day}: ${written.join('/')} vs exact ${exact.join('/')}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
