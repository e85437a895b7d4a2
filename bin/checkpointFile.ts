import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { STATE_ARRAY_TYPES, stateArrayType, type StateArray, type StateArrayType, type StateRecord } from '../sim/io/stateRecord';
import { writeFileAtomically } from './outputFiles';

// checkpoint.bin of a results folder whose run stopped short: the folded replications' summaries
// (ExperimentAggregator.snapshot) and what the run was, for `--resume`. Layout (format 2, since
// 0.36.0): the 8 bytes MAGIC, a 32-bit little-endian header length, the header as JSON (what the
// run was, and the state's numbers and arrays by name, kind and length), then each array's bytes in
// little-endian order whatever the machine's (a checkpoint moves between the nodes of a cluster),
// every part starting at a multiple of 8 bytes, then the SHA-256 of everything before it (a file
// cut short or changed is refused, not resumed from). Format 1 (0.35.0, 'CFSIMCK1') had the
// writing machine's byte order and no checksum; it is refused, saying so.

const MAGIC = 'CFSIMCK2';
const FORMAT_1_MAGIC = 'CFSIMCK1';
const DIGEST_BYTES = 32;

/** Whether this machine keeps numbers little-endian (every x86 and almost every ARM machine). */
const HOST_LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

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
  /**
   * When the run it belongs to began (its manifest.json startedAt, the first session's), naming that
   * run: a checkpoint copied in from another run's folder is refused as such, not blamed on the CSV
   * files it does not match. Since 0.36.0.
   */
  readonly startedAt?: string;
}

/** A SHA-256 fed the first `bytes` bytes of the file at `path` (all of them if it is shorter), to be fed more or digested. */
export function filePrefixHash(path: string, bytes: number): Hash {
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
  return hash;
}

interface Header {
  readonly meta: CheckpointMeta;
  readonly numbers: readonly string[];
  readonly arrays: readonly { name: string; type: StateArrayType; length: number }[];
}

const padded = (n: number) => Math.ceil(n / 8) * 8;

/** Reverses the bytes of each `size`-byte element of `bytes` in place (between a big-endian machine's order and the file's). */
function swapBytes(bytes: Uint8Array, size: number): void {
  for (let at = 0; at < bytes.length; at += size) {
    for (let i = at, j = at + size - 1; i < j; i++, j--) {
      const b = bytes[i];
      bytes[i] = bytes[j];
      bytes[j] = b;
    }
  }
}

/** `values` as little-endian bytes. */
function littleEndianDoubles(values: Float64Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((x, k) => view.setFloat64(k * 8, x, true));
  return bytes;
}

/**
 * The bytes of a checkpoint of `state` and `meta`, as parts to be written one after another. Each
 * array is a view of its own memory on a little-endian machine (no copy: at a stop, memory holds the
 * aggregator's summaries, and a copy could run a large run out of memory); a big-endian one writes a
 * byte-swapped copy of each. `littleEndian`: the machine's order (for tests).
 */
export function checkpointParts(meta: CheckpointMeta, state: StateRecord, littleEndian = HOST_LITTLE_ENDIAN): Uint8Array[] {
  const numbers = Object.entries(state).filter((e): e is [string, number] => typeof e[1] === 'number');
  const arrays = Object.entries(state).filter((e): e is [string, StateArray] => typeof e[1] !== 'number');
  const all: [string, StateArray][] = [['numbers', Float64Array.from(numbers.map(([, value]) => value))], ...arrays];
  const header: Header = { meta, numbers: numbers.map(([name]) => name), arrays: all.map(([name, array]) => ({ name, type: stateArrayType(array), length: array.length })) };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(padded(12 + json.length));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  json.copy(head, 12);
  const zeros = new Uint8Array(8);
  const parts: Uint8Array[] = [head];
  for (const [k, [, array]] of all.entries()) {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    // The numbers (first) are made here from plain numbers, so set in the file's order directly.
    if (k === 0) parts.push(littleEndianDoubles(array as Float64Array));
    else if (littleEndian || array.BYTES_PER_ELEMENT === 1) parts.push(bytes);
    else {
      const copy = bytes.slice();
      swapBytes(copy, array.BYTES_PER_ELEMENT);
      parts.push(copy);
    }
    if (array.byteLength % 8 !== 0) parts.push(zeros.subarray(0, padded(array.byteLength) - array.byteLength));
  }
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  parts.push(hash.digest());
  return parts;
}

/** A header longer than this is no checkpoint's (its array names take a few kilobytes). */
const MAX_HEADER_BYTES = 1 << 20;

/**
 * The replications a checkpoint file says it holds finished, read from its header alone (a large run's checkpoint holds
 * gigabytes of summaries); undefined where the file cannot be read or is no checkpoint of this format. Its checksum is not
 * checked: this is for words, and a resume reads the file whole, refusing it if damaged.
 */
export function checkpointCompletedReps(path: string): number | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const start = Buffer.alloc(12);
    if (readSync(fd, start, 0, 12, 0) !== 12 || start.toString('latin1', 0, 8) !== MAGIC) return undefined;
    const length = start.readUInt32LE(8);
    if (length > MAX_HEADER_BYTES) return undefined;
    const json = Buffer.alloc(length);
    if (readSync(fd, json, 0, length, 12) !== length) return undefined;
    const reps = (JSON.parse(json.toString('utf8')) as Partial<Header>).meta?.completedReps;
    return Number.isSafeInteger(reps) && reps! >= 0 ? reps : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Writes `state` and `meta` to `path` (under a temporary name, renamed when complete). */
export function writeCheckpoint(path: string, meta: CheckpointMeta, state: StateRecord): void {
  writeFileAtomically(path, checkpointParts(meta, state));
}

/**
 * The meta and state of a checkpoint file's bytes; throws an Error saying what is wrong with them.
 * The state's arrays may be views of `bytes` (on a little-endian machine, where aligned): a restore
 * copies them. `littleEndian`: the machine's order (for tests).
 */
export function readCheckpoint(bytes: Buffer, littleEndian = HOST_LITTLE_ENDIAN): { meta: CheckpointMeta; state: StateRecord } {
  if (bytes.length >= 8 && bytes.toString('latin1', 0, 8) === FORMAT_1_MAGIC) {
    throw new Error(`it is in checkpoint format 1, which cfsim 0.35.0 wrote (in the byte order of the machine that wrote it), and this cfsim reads format 2 only (the same on every machine); finish the run with cfsim 0.35.0`);
  }
  if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== MAGIC) throw new Error('it is not a cfsim checkpoint (its first bytes differ)');
  const end = bytes.length - DIGEST_BYTES;
  if (end < 12 || !createHash('sha256').update(bytes.subarray(0, end)).digest().equals(bytes.subarray(end))) {
    throw new Error('it is damaged: its bytes differ from the checksum written at its end (cut short, or changed since it was written)');
  }
  const length = bytes.readUInt32LE(8);
  if (12 + length > end) throw new Error('it is cut short (its header runs past its end)');
  const header = JSON.parse(bytes.toString('utf8', 12, 12 + length)) as Header;
  const state: StateRecord = {};
  let at = padded(12 + length);
  let numbers: Float64Array | undefined;
  for (const { name, type, length: count } of header.arrays) {
    const kind = STATE_ARRAY_TYPES[type];
    if (kind === undefined) throw new Error(`it holds an array of unknown kind ${JSON.stringify(type)}`);
    const byteLength = count * kind.BYTES_PER_ELEMENT;
    if (at + byteLength > end) throw new Error(`it is cut short (its array ${name} runs past its end)`);
    if (name === 'numbers') {
      const view = new DataView(bytes.buffer, bytes.byteOffset + at, byteLength);
      numbers = Float64Array.from({ length: count }, (_, k) => view.getFloat64(k * 8, true));
    } else if (littleEndian && (bytes.byteOffset + at) % kind.BYTES_PER_ELEMENT === 0) {
      // A view of the file's bytes, not a copy (every part starts at a multiple of 8 in the file, and a
      // large file's buffer is its own): a resume then holds the summaries twice (file, aggregator), not three times.
      state[name] = new kind(bytes.buffer as ArrayBuffer, bytes.byteOffset + at, count);
    } else {
      // Copied into a buffer of its own (a view needs the element's alignment), in the machine's order.
      const array = new kind(count);
      const own = new Uint8Array(array.buffer);
      own.set(bytes.subarray(at, at + byteLength));
      if (!littleEndian) swapBytes(own, kind.BYTES_PER_ELEMENT);
      state[name] = array;
    }
    at += padded(byteLength);
  }
  if (!numbers || numbers.length !== header.numbers.length) throw new Error('its numbers are missing');
  header.numbers.forEach((name, k) => (state[name] = numbers![k]));
  return { meta: header.meta, state };
}
