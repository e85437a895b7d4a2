import { afterEach, describe, expect, it } from 'vitest';
import { signalExitCode, StopSignals } from '../../bin/stopSignals';

// A stopped StopSignals keeps its listeners by design (until the process exits): remove them after each test.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const runnerListeners = Object.fromEntries(SIGNALS.map((s) => [s, process.listeners(s)]));
afterEach(() => {
  for (const s of SIGNALS) for (const l of process.listeners(s)) if (!runnerListeners[s].includes(l)) process.removeListener(s, l);
});

/** Creates a StopSignals and returns it with the listener it added for each signal (called directly: emitting the signal would reach the test runner's own listeners too). */
function watched(stop: () => void) {
  type Name = (typeof SIGNALS)[number];
  const before = new Map<Name, unknown[]>(SIGNALS.map((s) => [s, process.listeners(s)]));
  const signals = new StopSignals(stop);
  const added = (name: Name) => process.listeners(name).filter((l) => !before.get(name)!.includes(l));
  return { signals, added, send: (name: Name) => added(name).forEach((l) => (l as (s: NodeJS.Signals) => void)(name)) };
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
    for (const s of SIGNALS) expect(added(s)).toHaveLength(1);
    signals.release();
    for (const s of SIGNALS) expect(added(s)).toHaveLength(0);
  });

  it('stops the work when the terminal closes (SIGHUP), which ended the process with nothing saved', () => {
    let stops = 0;
    const { signals, send } = watched(() => stops++);
    send('SIGHUP');
    expect(stops).toBe(1);
    expect(signals.signal).toBe('SIGHUP');
  });

  it('gives the exit code a shell reports for each signal: 128 + its number', () => {
    expect([signalExitCode('SIGINT'), signalExitCode('SIGTERM'), signalExitCode('SIGHUP')]).toEqual([130, 143, 129]);
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
