// Loaded with `node --import` before dist/cfsim.js by tests/bin/durableFolders.test.ts: logs the
// process's openSync (path and descriptor), fsyncSync and renameSync calls, one JSON line each, to
// the file CFSIM_TEST_FS_LOG names, so a test can check what was made durable before what.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const logPath = process.env.CFSIM_TEST_FS_LOG;
const { openSync, fsyncSync, renameSync, appendFileSync } = fs;
const opened = new Map();
const note = (call) => appendFileSync(logPath, `${JSON.stringify(call)}\n`);
fs.openSync = (path, ...rest) => {
  const fd = openSync(path, ...rest);
  opened.set(fd, String(path));
  return fd;
};
fs.fsyncSync = (fd) => {
  fsyncSync(fd);
  note({ op: 'fsync', path: opened.get(fd) ?? `fd ${fd}` });
};
fs.renameSync = (from, to) => {
  renameSync(from, to);
  note({ op: 'rename', path: String(from), to: String(to) });
};
syncBuiltinESMExports();
