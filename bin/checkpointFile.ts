import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { endianness } from 'node:os';
import { STATE_ARRAY_TYPES, stateArrayType, type StateArray, type StateArrayType, type StateRecord } from '../sim/io/stateRecord';
import { writeFileAtomically } from './outputFiles';

// checkpoint.bin of a results folder whose run stopped short: the folded replications' summaries
// (ExperimentAggregator.snapshot) and what the run was, for `--resume`. Layout: the 8 bytes
// MAGIC, a 32-bit little-endian header length, the header as JSON (what the run was, and the
// state's numbers and arrays by name, kind and length), then each array's bytes, every part
// starting at a multiple of 8 bytes. Arrays are in the machine's byte order, which the header records.

const MAGIC = 'CFSIMCK1';

/** What a checkpoint says of the run it belongs to, beside its state. */
export interface CheckpointMeta {
  /** The cfsim version that wrote it. */
  readonly cfsim: string;
  /** Replications folded into the state (the same for every arm). */
  readonly completedReps: number;
  /** Bytes of each streamed CSV file (by name) that hold exactly those replications' rows. */
  readonly files: Readonly<Record<string, number>>;
  /** The SHA-256 (hex) of those bytes of each file, so that a file edited since (a row changed, CRLF line ends) is not continued. */
  readonly sha256: Readonly<Record<string, string>>;
}

/** The SHA-256 (hex) of the first `bytes` bytes of the file at `path` (all of them if it is shorter). */
export function fileDigest(path: string, bytes: number): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(Math.min(Math.max(bytes, 1), 1 << 20));
  const fd = openSync(path, 'r');
  try {
    for (let at = 0; at < bytes; ) {
      const read = readSync(fd, chunk, 0, Math.min(chunk.length, bytes - at), at);
      if (read === 0) break;
      hash.update(chunk.subarray(0, read));
      at += read;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

interface Header {
  readonly meta: CheckpointMeta;
  readonly byteOrder: string;
  readonly numbers: readonly string[];
  readonly arrays: readonly { name: string; type: StateArrayType; length: number }[];
}

const padded = (n: number) => Math.ceil(n / 8) * 8;

/** Writes `state` and `meta` to `path` (under a temporary name, renamed when complete). */
export function writeCheckpoint(path: string, meta: CheckpointMeta, state: StateRecord): void {
  const numbers = Object.entries(state).filter((e): e is [string, number] => typeof e[1] === 'number');
  const arrays = Object.entries(state).filter((e): e is [string, StateArray] => typeof e[1] !== 'number');
  const all: [string, StateArray][] = [['numbers', Float64Array.from(numbers.map(([, value]) => value))], ...arrays];
  const header: Header = { meta, byteOrder: endianness(), numbers: numbers.map(([name]) => name), arrays: all.map(([name, array]) => ({ name, type: stateArrayType(array), length: array.length })) };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(padded(12 + json.length));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  json.copy(head, 12);
  // Each array written from its own memory, not gathered into one buffer first: at a stop, memory
  // holds the aggregator and its snapshot, and a third copy could run a large run out of memory.
  const zeros = new Uint8Array(8);
  const parts: Uint8Array[] = [head];
  for (const [, array] of all) {
    parts.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    if (array.byteLength % 8 !== 0) parts.push(zeros.subarray(0, padded(array.byteLength) - array.byteLength));
  }
  writeFileAtomically(path, parts);
}

/** The meta and state of a checkpoint file's bytes; throws an Error saying what is wrong with them. */
export function readCheckpoint(bytes: Buffer): { meta: CheckpointMeta; state: StateRecord } {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== MAGIC) throw new Error('it is not a cfsim checkpoint (its first bytes differ)');
  const length = bytes.readUInt32LE(8);
  if (12 + length > bytes.length) throw new Error('it is cut short (its header runs past its end)');
  const header = JSON.parse(bytes.toString('utf8', 12, 12 + length)) as Header;
  if (header.byteOrder !== endianness()) throw new Error(`its arrays are in ${header.byteOrder} byte order, and this machine's is ${endianness()}`);
  const state: StateRecord = {};
  let at = padded(12 + length);
  let numbers: Float64Array | undefined;
  for (const { name, type, length: count } of header.arrays) {
    const kind = STATE_ARRAY_TYPES[type];
    if (kind === undefined) throw new Error(`it holds an array of unknown kind ${JSON.stringify(type)}`);
    const byteLength = count * kind.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.length) throw new Error(`it is cut short (its array ${name} runs past its end)`);
    // Copied into a buffer of its own: views of the file's buffer would need its alignment.
    const array = new kind(count);
    new Uint8Array(array.buffer).set(bytes.subarray(at, at + byteLength));
    at += padded(byteLength);
    if (name === 'numbers') numbers = array as Float64Array;
    else state[name] = array;
  }
  if (!numbers || numbers.length !== header.numbers.length) throw new Error('its numbers are missing');
  header.numbers.forEach((name, k) => (state[name] = numbers![k]));
  return { meta: header.meta, state };
}
