// Loaded with `node --import` before dist/cfsim.js by tests/bin/readOnlyResume.test.ts: every call that
// would change anything at or under the folder CFSIM_TEST_READ_ONLY names fails with EROFS, and a
// check of write access there says so, as on a read-only mount (tests run as root, where chmod stops nothing).
import fs from 'node:fs';
import { resolve, sep } from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

const root = resolve(process.env.CFSIM_TEST_READ_ONLY);
const inside = (path) => {
  const p = resolve(String(path));
  return p === root || p.startsWith(`${root}${sep}`);
};
const refused = (syscall, path) => Object.assign(new Error(`EROFS: read-only file system, ${syscall} '${path}'`), { code: 'EROFS', errno: -30, syscall, path: String(path) });
const writes = (flags) => flags !== undefined && flags !== 'r' && flags !== fs.constants.O_RDONLY;

const { accessSync, openSync } = fs;
fs.accessSync = (path, mode) => {
  if (inside(path) && mode !== undefined && (mode & fs.constants.W_OK) !== 0) throw refused('access', path);
  return accessSync(path, mode);
};
fs.openSync = (path, flags, ...rest) => {
  if (inside(path) && writes(flags)) throw refused('open', path);
  return openSync(path, flags, ...rest);
};
for (const name of ['mkdirSync', 'mkdtempSync', 'rmSync', 'rmdirSync', 'unlinkSync', 'writeFileSync', 'appendFileSync', 'truncateSync', 'chmodSync', 'utimesSync']) {
  const original = fs[name];
  fs[name] = (path, ...rest) => {
    if (inside(path)) throw refused(name.replace(/Sync$/, ''), path);
    return original(path, ...rest);
  };
}
const { renameSync } = fs;
fs.renameSync = (from, to) => {
  if (inside(from) || inside(to)) throw refused('rename', from);
  return renameSync(from, to);
};
// Calls that make their second path: a copy's destination, a link's new name.
for (const name of ['copyFileSync', 'symlinkSync', 'linkSync']) {
  const original = fs[name];
  fs[name] = (from, to, ...rest) => {
    if (inside(to)) throw refused(name.replace(/Sync$/, ''), to);
    return original(from, to, ...rest);
  };
}
syncBuiltinESMExports();
