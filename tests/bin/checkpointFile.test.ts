import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCheckpoint, writeCheckpoint } from '../../bin/checkpointFile';

// checkpoint.bin (run --resume): every number and array comes back bit for bit, and a file that is
// not one, or is cut short, is refused saying which.

const dir = mkdtempSync(join(tmpdir(), 'cfsim-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const meta = { cfsim: '0.34.0', completedReps: 3, files: { 'workers.csv': 1234 }, sha256: { 'workers.csv': 'ab'.repeat(32) } };

describe('checkpoint file', () => {
  it('gives back the meta, numbers and arrays written, NaN, -0 and odd lengths included', () => {
    const path = join(dir, 'round.bin');
    const state = {
      folded: 3,
      discountRate: 0.035,
      values: Float64Array.from([1.5, NaN, -0, Infinity, 1e-300]),
      counts: Uint32Array.from([1, 2, 3]),
      table: Int32Array.from([-1, 7]),
      modes: Uint8Array.from([0, 1, 2, 2, 1, 0, 2]),
      empty: new Float64Array(0),
    };
    writeCheckpoint(path, meta, state);
    const back = readCheckpoint(readFileSync(path));
    expect(back.meta).toEqual(meta);
    expect(Object.keys(back.state).sort()).toEqual(Object.keys(state).sort());
    expect(back.state.folded).toBe(3);
    expect(back.state.discountRate).toBe(0.035);
    for (const name of ['values', 'counts', 'table', 'modes', 'empty'] as const) {
      const a = state[name];
      const b = back.state[name] as typeof a;
      expect(b.constructor).toBe(a.constructor);
      expect(Buffer.from(b.buffer, b.byteOffset, b.byteLength).equals(Buffer.from(a.buffer, a.byteOffset, a.byteLength)), name).toBe(true);
    }
  });

  it('refuses a file that is not a checkpoint, and one cut short', () => {
    expect(() => readCheckpoint(Buffer.from('{"cfsim": "0.34.0"}'))).toThrow('it is not a cfsim checkpoint');
    const path = join(dir, 'cut.bin');
    writeCheckpoint(path, meta, { values: new Float64Array(100) });
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 8));
    expect(() => readCheckpoint(readFileSync(path))).toThrow('it is cut short (its array values runs past its end)');
  });
});
