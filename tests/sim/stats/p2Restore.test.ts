import { describe, expect, it } from 'vitest';
import { P2Quantiles } from '../../../sim/stats/p2';
import type { StateRecord } from '../../../sim/io/stateRecord';

// A checkpoint of a quantile sketch (run --resume) whose arrays or counts cannot be a sketch's state
// is refused by restore(), naming what is wrong, rather than taken in and read past its arrays later.

/** A sketch of 3 cells past its exact observations (P² markers), and its snapshot copied. */
function started(): StateRecord {
  const sketch = new P2Quantiles(3, [0.05, 0.5, 0.95], 5, 8);
  for (let k = 0; k < 8; k++) sketch.add([k, k * k, k % 2]);
  return Object.fromEntries(Object.entries(sketch.snapshot()).map(([name, value]) => [name, typeof value === 'number' ? value : value.slice()]));
}

const restore = (state: StateRecord) => () => new P2Quantiles(3, [0.05, 0.5, 0.95], 5, 8).restore(state);

describe('P2Quantiles restore of an inconsistent snapshot', () => {
  it('takes a consistent one', () => {
    expect(restore(started())).not.toThrow();
  });

  it('refuses arrays of other lengths than its counts give, and counts out of range', () => {
    const heights = started();
    heights.heights = new Float64Array(3);
    expect(restore(heights)).toThrow('checkpoint quantile sketch is inconsistent: its heights holds 3 values, expected 45');
    const atoms = started();
    atoms.atomBelow = new Uint32Array(0);
    expect(restore(atoms)).toThrow('its atomBelow holds 0 values, expected 3');
    const tables = started();
    tables.tables = 99;
    expect(restore(tables)).toThrow('its tables is 99, outside 0-');
    const buffer = started();
    buffer.hasBuffer = 1;
    expect(restore(buffer)).toThrow('it says it keeps first observations after 8 added');
    const late = started();
    late.lateCells = Uint32Array.of(7);
    late.late = new Float64Array(5);
    expect(restore(late)).toThrow('its late cells name a cell past 2');
  });
});
