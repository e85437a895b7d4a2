// Loaded with `node --import` before dist/cfsim.js by tests/bin/failedAccess.test.ts: the check of write access to the
// path CFSIM_TEST_ACCESS names fails with the code CFSIM_TEST_ACCESS_CODE, as the system would say it (tests run as root,
// whom chmod does not stop). With ENOENT, the folder is removed first and the check made for real, as where another
// process removes it between cfsim's look at it and its check.
import fs from 'node:fs';
import { resolve } from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

const target = resolve(process.env.CFSIM_TEST_ACCESS);
const code = process.env.CFSIM_TEST_ACCESS_CODE;
const words = { EACCES: 'permission denied', EPERM: 'operation not permitted', ESTALE: 'stale file handle' };
const { accessSync } = fs;
fs.accessSync = (path, mode) => {
  if (resolve(String(path)) === target && mode !== undefined && (mode & fs.constants.W_OK) !== 0) {
    if (code === 'ENOENT') fs.rmSync(target, { recursive: true, force: true });
    else throw Object.assign(new Error(`${code}: ${words[code]}, access '${path}'`), { code, syscall: 'access', path: String(path) });
  }
  return accessSync(path, mode);
};
syncBuiltinESMExports();
