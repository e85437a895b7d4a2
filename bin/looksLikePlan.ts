import { readFileSync, statSync } from 'node:fs';

/**
 * Whether a file has a top-level `parameters` field, as a sweep plan does (YAML `parameters:` at a line's start, or a
 * JSON `"parameters":`), read as text, so that a file that cannot be parsed, or has no plan's extension, is still known
 * as a plan. False for anything but a regular file that can be read.
 */
export function looksLikePlan(path: string): boolean {
  let text: string;
  try {
    // Only a regular file is read: a device (/dev/zero) would be read forever, and a pipe is read once.
    if (!statSync(path).isFile()) return false;
    text = readFileSync(path, 'utf8');
  } catch {
    return false;
  }
  return /^\uFEFF?parameters[ \t]*:/m.test(text) || /"parameters"\s*:/.test(text);
}
