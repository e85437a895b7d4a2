import { describe, expect, it } from 'vitest';
import { progressLabel } from '../../bin/experiment';
import { Progress } from '../../bin/progress';

/** A stream that says it is a terminal and keeps what is written to it. */
function terminal(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('the progress line', () => {
  it('counts every arm’s replications and says so: its total is arms × reps', () => {
    expect(progressLabel(1, 200, 'packages')).toBe('replications');
    expect(progressLabel(6, 200, 'packages')).toBe('replications (6 packages × 200)');
    expect(progressLabel(2, 40, 'scenarios')).toBe('replications (2 scenarios × 40)');
    const { stream, written } = terminal(true);
    const progress = new Progress(1200, progressLabel(6, 200, 'packages'), stream);
    progress.update(1200);
    expect(written.join('')).toContain(' 1200/1200 replications (6 packages × 200)  ');
    progress.finish();
    expect(written[written.length - 1]).toBe('\r\x1b[K');
  });

  it('is silent when the stream is not a terminal', () => {
    const { stream, written } = terminal(false);
    const progress = new Progress(10, 'runs', stream);
    progress.update(10);
    progress.finish();
    expect(written).toEqual([]);
  });
});
