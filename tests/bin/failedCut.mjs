// Loaded with `node --import` before dist/cfsim.js by tests/bin/failedCut.test.ts: the first truncateSync of a file whose
// name ends with CFSIM_TEST_FAIL_TRUNCATE fails with EIO, and so does every fsyncSync after it, as on a disk that
// fails mid-resume, so a test can see which of the two failures is reported. With CFSIM_TEST_FAIL_TRUNCATE_PLAIN set, the
// truncate's failure is a plain Error with no code (no file system's error), as an unforeseen failure would be; set to
// `string`, a thrown string (no Error at all, as code not written with Errors may throw).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const suffix = process.env.CFSIM_TEST_FAIL_TRUNCATE;
const failure = (syscall, path) => Object.assign(new Error(`EIO: i/o error, ${syscall}${path === undefined ? '' : ` '${path}'`}`), { code: 'EIO', errno: -5, syscall, ...(path === undefined ? {} : { path: String(path) }) });
const { truncateSync, fsyncSync } = fs;
let failed = false;
fs.truncateSync = (path, ...rest) => {
  if (!failed && String(path).endsWith(suffix)) {
    failed = true;
    const plain = process.env.CFSIM_TEST_FAIL_TRUNCATE_PLAIN;
    if (plain === 'string') throw `unforeseen failure cutting ${path}`;
    throw plain ? new Error(`unforeseen failure cutting ${path}`) : failure('ftruncate', path);
  }
  return truncateSync(path, ...rest);
};
fs.fsyncSync = (fd) => {
  if (failed) throw failure('fsync');
  return fsyncSync(fd);
};
syncBuiltinESMExports();
