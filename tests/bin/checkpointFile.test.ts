import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpointCompletedReps, checkpointParts, readCheckpoint, writeCheckpoint } from '../../bin/checkpointFile';
import { tempFolder } from '../tempFolder';

// checkpoint.bin (run --resume): every number and array comes back bit for bit, in one byte order
// (little-endian) on any machine, and a file that is not one, is cut short or changed, or is in the
// format of 0.35.0, is refused saying which.

const dir = tempFolder('cfsim-checkpoint-');

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

  it('refuses a file that is not a checkpoint, one cut short, one with a bit changed, and one in the format of 0.35.0', () => {
    expect(() => readCheckpoint(Buffer.from('{"cfsim": "0.34.0"}'))).toThrow('it is not a cfsim checkpoint');
    const path = join(dir, 'cut.bin');
    writeCheckpoint(path, meta, { values: Float64Array.from({ length: 100 }, (_, k) => k) });
    const bytes = readFileSync(path);
    const damaged = 'it is damaged: its bytes differ from the checksum written at its end (cut short, or changed since it was written)';
    expect(() => readCheckpoint(bytes.subarray(0, bytes.length - 8))).toThrow(damaged);
    const flipped = Buffer.from(bytes);
    flipped[bytes.length - 200] ^= 1;
    expect(() => readCheckpoint(flipped)).toThrow(damaged);
    const older = Buffer.from(bytes);
    older.write('CFSIMCK1', 0, 'latin1');
    expect(() => readCheckpoint(older)).toThrow('it is in checkpoint format 1, which cfsim 0.35.0 wrote (in the byte order of the machine that wrote it), and this cfsim reads format 2 only (the same on every machine); finish the run with cfsim 0.35.0');
  });

  it('says the replications it holds finished from its header alone; nothing for a file cut inside its header, one that is no checkpoint, a folder or no file', () => {
    const path = join(dir, 'count.bin');
    writeCheckpoint(path, meta, { values: new Float64Array(1000) });
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, 12 + bytes.readUInt32LE(8)));
    expect(checkpointCompletedReps(path)).toBe(3);
    writeFileSync(path, bytes.subarray(0, 20));
    expect(checkpointCompletedReps(path)).toBeUndefined();
    writeFileSync(path, Buffer.concat([Buffer.from('CFSIMCK1'), bytes.subarray(8)]));
    expect(checkpointCompletedReps(path)).toBeUndefined();
    expect(checkpointCompletedReps(dir)).toBeUndefined();
    expect(checkpointCompletedReps(join(dir, 'none.bin'))).toBeUndefined();
  });

  it('reads the arrays of a file as views of its bytes where aligned (no copy), and as copies of the same values where not', () => {
    const state = { folded: 2, values: Float64Array.from([1.5, -2, 3e300]), counts: Uint32Array.from([7, 0xffffffff]), modes: Uint8Array.from([4, 5, 6]) };
    const bytes = Buffer.concat(checkpointParts(meta, state));
    const aligned = Buffer.from(new ArrayBuffer(bytes.length));
    bytes.copy(aligned);
    const viewed = readCheckpoint(aligned).state;
    for (const name of ['values', 'counts', 'modes'] as const) {
      expect((viewed[name] as (typeof state)[typeof name]).buffer, name).toBe(aligned.buffer);
      expect(Array.from(viewed[name] as (typeof state)[typeof name]), name).toEqual(Array.from(state[name]));
    }
    const shifted = Buffer.from(new ArrayBuffer(bytes.length + 1), 1);
    bytes.copy(shifted);
    const copied = readCheckpoint(shifted).state;
    expect((copied.values as Float64Array).buffer).not.toBe(shifted.buffer);
    for (const name of ['values', 'counts', 'modes'] as const) expect(Array.from(copied[name] as (typeof state)[typeof name]), name).toEqual(Array.from(state[name]));
  });

  it('writes every array little-endian whatever the machine: a big-endian machine writes the same bytes for the same values, and reads them back as its own', () => {
    const state = { folded: 3, values: Float64Array.from([1.5, NaN, -0, 1e-300]), counts: Uint32Array.from([1, 0x01020304]), table: Int32Array.from([-2]), modes: Uint8Array.from([1, 2, 3]) };
    const bytes = Buffer.concat(checkpointParts(meta, state));
    // The first array after the header (the numbers, then `values`), read as little-endian.
    const length = bytes.readUInt32LE(8);
    const at = Math.ceil((12 + length) / 8) * 8 + 8;
    expect(bytes.readDoubleLE(at)).toBe(1.5);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('CFSIMCK2');
    // The same values as a big-endian machine holds them: each element's bytes reversed.
    const bigEndian = (array: Float64Array | Uint32Array | Int32Array | Uint8Array) => {
      const copy = array.slice();
      const raw = new Uint8Array(copy.buffer);
      for (let k = 0; k < raw.length; k += copy.BYTES_PER_ELEMENT) raw.subarray(k, k + copy.BYTES_PER_ELEMENT).reverse();
      return copy;
    };
    const held = { folded: 3, values: bigEndian(state.values), counts: bigEndian(state.counts), table: bigEndian(state.table), modes: state.modes };
    expect(Buffer.concat(checkpointParts(meta, held, false)).equals(bytes)).toBe(true);
    const back = readCheckpoint(bytes, false);
    expect(back.state.folded).toBe(3);
    for (const name of ['values', 'counts', 'table', 'modes'] as const) {
      const b = back.state[name] as (typeof held)[typeof name];
      expect(Buffer.from(b.buffer, b.byteOffset, b.byteLength).equals(Buffer.from(held[name].buffer)), name).toBe(true);
    }
  });
});
