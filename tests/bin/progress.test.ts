import { describe, expect, it } from 'vitest';
import { progressLabel } from '../../bin/experiment';
import { Progress } from '../../bin/progress';

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
