import { afterEach, describe, expect, it } from 'vitest';
import { StopSignals } from '../../bin/stopSignals';

// A stopped StopSignals keeps its listeners by design (until the process exits): remove them after each test.
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const runnerListeners = Object.fromEntries(SIGNALS.map((s) => [s, process.listeners(s)]));
afterEach(() => {
  for (const s of SIGNALS) for (const l of process.listeners(s)) if (!runnerListeners[s].includes(l)) process.removeListener(s, l);
});

/** Creates a StopSignals and returns it with the listener it added for each signal (called directly: emitting the signal would reach the test runner's own listeners too). */
function watched(stop: () => void) {
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const signals = new StopSignals(stop);
  const added = (name: 'SIGINT' | 'SIGTERM') => process.listeners(name).filter((l) => !before[name].includes(l));
  return { signals, added, send: (name: 'SIGINT' | 'SIGTERM') => added(name).forEach((l) => (l as (s: NodeJS.Signals) => void)(name)) };
}

describe('StopSignals', () => {
  it('stops the work on the first signal and ignores the later ones', () => {
    let stops = 0;
    const { signals, send } = watched(() => stops++);
    send('SIGTERM');
    send('SIGINT');
    send('SIGTERM');
    expect(stops).toBe(1);
    expect(signals.signal).toBe('SIGTERM');
  });

  it('hands the signals back when released after work nothing stopped', () => {
    const { signals, added } = watched(() => undefined);
    expect(added('SIGINT')).toHaveLength(1);
    expect(added('SIGTERM')).toHaveLength(1);
    signals.release();
    expect(added('SIGINT')).toHaveLength(0);
    expect(added('SIGTERM')).toHaveLength(0);
  });

  it('keeps ignoring signals after a stop, so a repeated Ctrl-C cannot kill the process before it says what it saved', () => {
    let stops = 0;
    const { signals, added, send } = watched(() => stops++);
    send('SIGINT');
    signals.release();
    expect(added('SIGINT')).toHaveLength(1);
    expect(added('SIGTERM')).toHaveLength(1);
    send('SIGINT');
    expect(stops).toBe(1);
  });
});
