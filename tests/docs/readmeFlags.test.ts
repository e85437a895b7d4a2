import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README is the CLI reference: each command's synopsis names every flag its --help lists, and no other.
const readme = readFileSync('README.md', 'utf8');

const help = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['dist/cfsim.js', ...args, '--help'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};

const COMMANDS = [...help().matchAll(/^ {2}cfsim ([a-z-]+)/gm)].map((m) => m[1]);

/** The flags --help lists under Options, each as its long form and any one-letter alias (`-o, --output`). */
const helpFlags = (command: string) =>
  help(command)
    .split('\nOptions:\n')[1]
    .split('\n')
    .map((line) => line.match(/^ {2}(?:(-[a-z]), )? *(--[a-z][a-z-]*)/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ long: m[2], short: m[1] }))
    .filter((f) => f.long !== '--help' && f.long !== '--version');

/** A command's synopses: its headings (compare has two), or (analyze, merge: no heading of their own) the line that opens with it and its bracketed options. */
const synopses = (command: string) => {
  const lines = readme.split('\n');
  const span = new RegExp(`\`(cfsim ${command}(?: [^\`]*)?)\``);
  const headings = lines.filter((line) => line.startsWith('### ') && span.test(line));
  const opening = lines.filter((line) => new RegExp(`^ *\`cfsim ${command} [^\`]*\\[`).test(line)).slice(0, 1);
  return (headings.length > 0 ? headings : opening).map((line) => line.match(span)![1]);
};

/** The flags a command's synopses name; "same options as run but --x" adds run's, less --x. */
const documentedFlags = (command: string): string[] =>
  synopses(command).flatMap((text) => {
    const shared = text.match(/\[same options as run(?: but ((?:--[a-z-]+(?:,? )?)+))?\]/);
    const own = [...text.replace(shared?.[0] ?? '', '').matchAll(/(?<![\w-])(--?[a-z][a-z-]*)/g)].map((m) => m[1]);
    if (!shared) return own;
    const except = shared[1]?.split(/,? /) ?? [];
    return [...own, ...documentedFlags('run').filter((flag) => !except.includes(flag))];
  });

describe('README command synopses and --help', () => {
  it('finds the commands', () => {
    expect(COMMANDS).toEqual(expect.arrayContaining(['run', 'compare', 'report', 'analyze', 'sweep', 'merge']));
  });

  it.each(COMMANDS)('cfsim %s: every flag of --help is in its README synopsis, and every flag there is in --help', (command) => {
    expect(synopses(command), 'a README synopsis (a heading, or for analyze and merge the line that opens with it)').not.toEqual([]);
    const listed = helpFlags(command);
    const documented = new Set(documentedFlags(command));
    expect(listed.filter((f) => !documented.has(f.long) && !(f.short && documented.has(f.short))).map((f) => f.long), 'in --help, not in the README synopsis').toEqual([]);
    const known = new Set(listed.flatMap((f) => (f.short ? [f.long, f.short] : [f.long])));
    expect([...documented].filter((flag) => !known.has(flag)), 'in the README synopsis, not in --help').toEqual([]);
  });

  it('says what --version does, which every command lists', () => {
    expect(help()).toMatch(/--version +Show version number/);
    expect(readme.includes('`cfsim --version`'), 'the README names cfsim --version').toBe(true);
  });
});
