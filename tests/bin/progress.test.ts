import { describe, expect, it } from 'vitest';
import { progressLabel } from '../../bin/experiment';
import { Progress } from '../../bin/progress';
import { countedReplications } from '../../bin/countedReplications';
import { runValidation } from '../../models/validation';
import { validationRunPlan } from '../../bin/validationReport';
import { resolveScenario } from '../../scenarios/resolve';
import type { Scenario } from '../../scenarios/schema';

/** A stream that says it is a terminal and keeps what is written to it. */
function terminal(isTTY: boolean, columns?: number) {
  const written: string[] = [];
  const stream = { isTTY, columns, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('the progress line', () => {
  it('counts every arm’s replications and says so: its total is arms × reps', () => {
    expect(progressLabel(1, 200)).toBe('replications');
    expect(progressLabel(6, 200)).toBe('replications (6 × 200)');
    const { stream, written } = terminal(true);
    const progress = new Progress(1200, progressLabel(6, 200), stream);
    progress.update(1200);
    expect(written.join('')).toContain(' 1200/1200 replications (6 × 200)  ');
    progress.finish();
    expect(written[written.length - 1]).toBe('\r\x1b[K');
  });

  it('fits the terminal: a wider line would wrap, and each redraw would leave its first row behind', () => {
    const { stream, written } = terminal(true, 50);
    const progress = new Progress(1200, progressLabel(6, 200), stream);
    progress.update(600);
    const line = written[0].replace('\r', '').replace('\x1b[K', '');
    expect([...line]).toHaveLength(49);
    expect(line.startsWith('████████████')).toBe(true);
    // Unknown width: the whole line.
    const wide = terminal(true);
    new Progress(1200, progressLabel(6, 200), wide.stream).update(600);
    expect(wide.written[0]).toContain('600/1200 replications (6 × 200)');
  });

  it('is silent when the stream is not a terminal', () => {
    const { stream, written } = terminal(false);
    const progress = new Progress(10, 'runs', stream);
    progress.update(10);
    progress.finish();
    expect(written).toEqual([]);
  });
});

describe('the progress line of starting-levels and validation-report', () => {
  const scenario = {} as Scenario;
  /** A ReplicationRecords-like function that folds `reps` values. */
  const replications = async (_s: Scenario, _seed: number, reps: number, fold: (x: number) => void, ..._rest: unknown[]) => {
    for (let k = 0; k < reps; k++) fold(k);
  };

  it('counts every replication folded, over every round or check, to its total, and passes each on', async () => {
    const { stream, written } = terminal(true);
    const progress = new Progress(6, 'replications', stream);
    const folded: number[] = [];
    const counted = countedReplications(replications, progress);
    await counted(scenario, 1, 3, (x) => folded.push(x));
    await counted(scenario, 1, 3, (x) => folded.push(x), { population: 'ma-outreach', checks: [] });
    expect(folded).toEqual([0, 1, 2, 0, 1, 2]);
    // The first draw, then the last (redraws come at most every 100 ms but for the last).
    expect(written[0]).toContain(' 1/6 replications');
    expect(written.at(-1)).toContain(' 6/6 replications');
    progress.finish();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('is silent when stderr is not a terminal', async () => {
    const { stream, written } = terminal(false);
    const progress = new Progress(3, 'replications', stream);
    await countedReplications(replications, progress)(scenario, 1, 3, () => undefined);
    progress.finish();
    expect(written).toEqual([]);
  });

  it("has validation-report's total: its planned runs of --reps replications each", async () => {
    let calls = 0;
    const checks = await runValidation({ reps: 2, seed: 1, scenario: (population, policy) => resolveScenario({ population, policy }), tallies: async () => void calls++ });
    expect(checks.length).toBeGreaterThan(0);
    expect(calls).toBe(validationRunPlan().length);
  });
});
