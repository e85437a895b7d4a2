import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * How much of a file looksLikePlan reads: far more than any plan (one of a few hundred lines of comments is tens of
 * kilobytes), and little enough that a multi-gigabyte runs.csv given as PLAN is answered at once.
 */
export const PLAN_SCAN_BYTES = 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;

const YAML_PARAMETERS = /^\uFEFF?parameters[ \t]*:/m;
const JSON_PARAMETERS = /"parameters"\s*:/;

/**
 * Whether a file has a top-level `parameters` field, as a sweep plan does (YAML `parameters:` at a line's start, or a
 * JSON `"parameters":`), read as text, so that a file that cannot be parsed, or has no plan's extension, is still known
 * as a plan. Read in chunks until the field is found, up to its first PLAN_SCAN_BYTES (a field further down is not
 * looked for), and no further than a NUL byte, which no plan holds (a binary file). False for anything but a regular
 * file that can be read.
 */
export function looksLikePlan(path: string): boolean {
  let fd: number | undefined;
  try {
    // Only a regular file is read: a device (/dev/zero) would be read forever, and a pipe is read once (and opening one waits for a writer).
    if (!statSync(path).isFile()) return false;
    fd = openSync(path, 'r');
    const decoder = new TextDecoder('utf-8');
    const chunk = new Uint8Array(CHUNK_BYTES);
    let text = '';
    for (let read = 0; read < PLAN_SCAN_BYTES; ) {
      const n = readSync(fd, chunk, 0, Math.min(CHUNK_BYTES, PLAN_SCAN_BYTES - read), read);
      if (n === 0) break;
      read += n;
      const bytes = chunk.subarray(0, n);
      const nul = bytes.indexOf(0);
      text += decoder.decode(nul < 0 ? bytes : bytes.subarray(0, nul), { stream: nul < 0 });
      if (YAML_PARAMETERS.test(text) || JSON_PARAMETERS.test(text)) return true;
      if (nul >= 0) return false;
    }
    return false;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
