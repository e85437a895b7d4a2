import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { closest } from '../sim/params/issues';
import { quotedIfNeeded } from './commandLine';
import { notPlanFile, notPlanFolder, PLAN_IS } from './notPlanFile';
import { isSweepOfPlanFile, recordedShard, recordedSweepPlan } from './recordedSweepPlan';
import { heldResults } from './resultsMarker';
import { sweepUnknownFlagNote } from './planFieldFlags';
import { VALUE_PLACEHOLDERS } from './sweepValueFlags';

// `cfsim sweep --plan p.yaml`: sweep takes its plan file as its first argument, and no plan flag. yargs, finding the
// plan missing, said only "missing PLAN"; and given a plan as well (`sweep a.yaml --plane x`), a flag it did not know.

/** sweep's own flags, which a flag like --plan is not. */
const SWEEP_FLAGS = ['out', 'threads', 'resume', 'shard', 'emit', 'shards', 'help', 'version'];

/** Whether `typed` is `word` with one slip: a letter changed, added or dropped, or two neighbouring letters swapped. */
function oneSlipFrom(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (typed.length === word.length) {
    const at = [...typed].flatMap((c, i) => (c === word[i] ? [] : [i]));
    return at.length === 1 || (at.length === 2 && at[1] === at[0] + 1 && typed[at[0]] === word[at[1]] && typed[at[1]] === word[at[0]]);
  }
  const [longer, shorter] = typed.length > word.length ? [typed, word] : [word, typed];
  if (longer.length !== shorter.length + 1) return false;
  return [...longer].some((_, i) => longer.slice(0, i) + longer.slice(i + 1) === shorter);
}

/**
 * `--plan`, `--plans`, `--pla`, `--paln`...: a flag (as typed, before any =) a sweep's plan file
 * was given to, else undefined. Only `--pla`, `--plan(s)` and a slip of `--plan(s)`: `--plot`, two
 * letters from `--plan`, and `--placebo`, which only starts as it does, are other flags (unknown,
 * named with the closest accepted one like any other).
 */
function planLikeFlag(arg: string): string | undefined {
  const m = /^--([a-z][\w-]*)(=|$)/i.exec(arg);
  if (!m || SWEEP_FLAGS.includes(m[1])) return undefined;
  const name = m[1].toLowerCase();
  // --pla and --plan(s) themselves, and one slip from them; not every --pla... (--placebo, --platform: unknown, like any other).
  return (name.length >= 3 && 'plans'.startsWith(name)) || oneSlipFrom(name, 'plan') || oneSlipFrom(name, 'plans') ? `--${m[1]}` : undefined;
}

/** sweep's flags that take no value, so that the argument after one is not its value (-h is --help; --no-resume and the like are switches too). */
const SWEEP_SWITCHES = ['resume', 'help', 'h', 'version'];
const isSwitch = (name: string) => SWEEP_SWITCHES.includes(name) || name.startsWith('no-');

/**
 * Flags sweep does not take that are switches wherever they are met: cfsim's other commands' boolean options (run's and
 * compare's --json and --replace, compare's --levers, merge's --allow-partial) and switches of other tools a researcher
 * may try. The argument after one is no value of it (`sweep --dry-run --plan a r`: r is not --dry-run's).
 */
export const OTHER_SWITCHES = ['json', 'replace', 'levers', 'allow-partial', 'dry-run', 'force', 'verbose', 'quiet', 'yes', 'overwrite'];
const isOtherSwitch = (name: string) => OTHER_SWITCHES.includes(name.toLowerCase().replace(/_/g, '-')) || name.startsWith('no-');
/** The flags that print help instead of running: left out of a suggested command. */
const HELP_FLAGS = ['help', 'h', 'version'];

/** `--flag value` or `--flag=value` at `at` in `argv`: the value as given, or undefined where there is none (the end, or a flag next). */
function flagValue(argv: readonly string[], at: number, flag: string): string | undefined {
  const value = argv[at].startsWith(`${flag}=`) ? argv[at].slice(flag.length + 1) : argv[at + 1];
  return value === undefined || value.startsWith('-') ? undefined : value;
}

/** One argument of sweep's command line: a flag of its own (with its value, if any), an unknown flag, or a positional argument. */
type Word = { kind: 'own' | 'unknown'; words: string[]; name: string; typed: string } | { kind: 'positional'; words: string[]; afterUnknown: boolean; /** As typed, where `words` has a plan file as first spelled (sameFileSpelling). */ given: string };

/** A plan-like flag in sweep's arguments: where, as typed (`--plan=a.yaml` whole), its value if any, and whether that value is the next argument. */
interface PlanFlag {
  at: number;
  flag: string;
  typed: string;
  value: string | undefined;
  /** `value` as the plan file was first spelled among the arguments (`--plan ./a.yaml` after `a.yaml`: a.yaml), to compare files by. */
  file: string | undefined;
  valueAfter: boolean;
}

/**
 * sweep's arguments (`argv[0]` is "sweep") less the plan-like flags `skipped` (and their values), as words. Only sweep's
 * own flags that take a value take the argument after them: an unknown flag (`--dry-run a.yaml`) is not taken to hold
 * a value, since it may well be a switch, so the plan file after it stays the plan file; and after a known switch
 * (`--dry-run`, `--json`), no other argument is taken for its value either.
 */
function sweepWords(argv: readonly string[], skipped: readonly PlanFlag[]): Word[] {
  const same = sameFileSpelling(argv);
  const words: Word[] = [];
  for (let i = 1; i < argv.length; i++) {
    const skip = skipped.find((f) => f.at === i);
    if (skip) {
      if (skip.valueAfter) i++;
      continue;
    }
    const m = /^--?([\w-]+)(=|$)/.exec(argv[i]);
    if (!m) {
      const before = words[words.length - 1];
      const takenByUnknown = before?.kind === 'unknown' && before.words.length === 1 && !before.words[0].includes('=') && !isOtherSwitch(before.name);
      words.push({ kind: 'positional', words: [same(argv[i])], afterUnknown: takenByUnknown, given: argv[i] });
      continue;
    }
    const own = SWEEP_FLAGS.includes(m[1]) || (m[1] === 'h') || (m[1].startsWith('no-') && SWEEP_FLAGS.includes(m[1].slice(3)));
    if (!own) {
      words.push({ kind: 'unknown', words: [argv[i]], name: m[1], typed: argv[i].split('=')[0] });
      continue;
    }
    const takesValue = m[2] === '' && !isSwitch(m[1]) && argv[i + 1] !== undefined && !argv[i + 1].startsWith('-');
    // A flag that takes a value but was given none (`--out --plan a.yaml`) is offered with what its value stands for (--out DIR).
    const placeholder = m[2] === '' && !takesValue ? VALUE_PLACEHOLDERS[m[1]] : undefined;
    words.push({ kind: 'own', words: takesValue ? [argv[i], argv[++i]] : placeholder ? [argv[i], placeholder] : [argv[i]], name: m[1], typed: argv[i].split('=')[0] });
  }
  return words;
}

/** Whether an argument names a plan file by its extension (YAML or JSON). */
const isPlanFile = (arg: string) => /\.(ya?ml|json)$/i.test(arg);

/** The plan files sweep's arguments (`argv[0]` is "sweep") name, as given, positional or a plan flag's value (`--plan=a.yaml` too), in order. */
function planFileSpellings(argv: readonly string[]): string[] {
  return argv.slice(1).flatMap((arg) => {
    const value = arg.startsWith('-') ? (planLikeFlag(arg) === undefined ? undefined : /=(.*)$/.exec(arg)?.[1]) : arg;
    return value !== undefined && isPlanFile(value) ? [value] : [];
  });
}

/**
 * For each plan file among sweep's arguments, the spelling it was first given in: `./a.yaml` and `a.yaml` (and
 * `/abs/a.yaml`) name one file, which is then read as given twice, not as two plans. Other arguments are kept as given.
 */
function sameFileSpelling(argv: readonly string[]): (arg: string) => string {
  const first = new Map<string, string>();
  for (const file of planFileSpellings(argv)) if (!first.has(fileKey(file))) first.set(fileKey(file), file);
  return (arg) => (isPlanFile(arg) ? first.get(fileKey(arg)) ?? arg : arg);
}

/**
 * What names one file however spelled: for a file that exists, its device and inode (so a link to it, or `A.yaml` on a
 * file system that ignores case, is the same file); else its resolved path.
 */
function fileKey(file: string): string {
  try {
    const stat = statSync(file, { throwIfNoEntry: false, bigint: true });
    if (stat) return `${stat.dev}:${stat.ino}`;
  } catch {
    // Not to be read (a.yaml/b.yaml below a file, no permission): named by its path.
  }
  return resolve(file);
}

/** How often the plan file `file` (its first spelling) was given, and as what else among `spellings` (as typed): ` (twice, also as a.yaml)`; '' for once. */
function givenTimes(spellings: readonly string[], file: string, times: number): string {
  if (times < 2) return '';
  const also = [...new Set(spellings.filter((f) => f !== file && isPlanFile(f) && fileKey(f) === fileKey(file)))];
  if (also.length === 0) return timesOf(times);
  return `${timesOf(times).slice(0, -1)}, also as ${listed(also.map(quotedIfNeeded))})`;
}

/**
 * The plan file among sweep's positional arguments: the first that names a YAML or JSON file, else the first not
 * straight after an unknown flag (which is more likely that flag's value: `--outt r --plan a.yaml`), else none.
 */
function planArgument(words: readonly Word[]): string | undefined {
  const positional = words.flatMap((w) => (w.kind === 'positional' ? [w] : []));
  const file = positional.find((w) => isPlanFile(w.words[0]));
  return (file ?? positional.find((w) => !w.afterUnknown))?.words[0];
}

/** The positional arguments, as given, not straight after an unknown flag (that flag's value, more likely) and not in `besides`. */
function otherArguments(words: readonly Word[], besides: readonly string[]): string[] {
  return words.flatMap((w) => (w.kind === 'positional' && !w.afterUnknown && !besides.includes(w.words[0]) ? w.words : []));
}

/**
 * Arguments that are no plan file (`sweep --plan a.yaml results`): where the user gave no --out and only one (however
 * often: `results results`), it is read as the results folder, which a sweep names with --out; otherwise they are to be
 * dropped, each named once with how often it was given (`drop results (twice) and other`). A folder that holds results
 * already is offered as --out only where it holds a sweep of `plan`, as --resume compares plans (by content), and of
 * the shard given, if any (with --resume, which continues it: sweep refuses the folder without; and the folder's
 * --shard where none is given); any other sweep's or a run's folder is to be dropped. The --out to suggest, how to
 * resume it, what to say, and the arguments to drop, for a message that names other things to drop in the same words.
 */
function strayArguments(stray: readonly string[], words: readonly Word[], plan?: string): { out?: string; resume?: Resume; note: string; drop: string[] } {
  if (stray.length === 0) return { note: '', drop: [] };
  const distinct = [...new Set(stray)];
  const hasOut = words.some((w) => w.kind === 'own' && w.name === 'out');
  if (!hasOut && distinct.length === 1) {
    const times = stray.length > 1 ? `, here given ${timesOf(stray.length).slice(2, -1)}` : '';
    const folder = quotedIfNeeded(stray[0]);
    const held = heldResults(stray[0]);
    if (held === undefined) return { out: folder, note: `: a sweep names its results folder with --out, not as an argument${times}`, drop: [] };
    const recorded = held.kind === 'sweep' ? recordedSweepPlan(stray[0]) : undefined;
    // Where the plan file cannot be read (sweep refuses it first), by the file the sweep was begun from.
    const ofPlan = plan !== undefined && held.kind === 'sweep' && (isSweepOfPlanFile(stray[0], plan) ?? (recorded !== undefined && fileKey(recorded) === fileKey(plan)));
    const heldShard = held.kind === 'sweep' ? recordedShard(stray[0]) : undefined;
    const shard = heldShard === undefined ? undefined : `${heldShard.index}/${heldShard.count}`;
    const given = givenShard(words);
    const ofShard = shard === undefined ? '' : `shard ${shard} of `;
    if (ofPlan && (given === undefined || given === shard)) {
      return { out: folder, resume: { shard }, note: `: a sweep names its results folder with --out, not as an argument${times}; ${folder} holds ${ofShard}this plan's sweep already, which --resume continues`, drop: [] };
    }
    // Begun from this very file, since edited: naming the file alone would read as this plan.
    const edited = plan !== undefined && recorded !== undefined && fileKey(recorded) === fileKey(plan) ? 'an earlier ' : '';
    const whose = ofPlan ? ' of this plan' : recorded === undefined ? '' : ` of ${edited}${quotedIfNeeded(recorded)}`;
    const what = held.kind === 'run' ? 'the results of a run' : `${ofShard}a sweep${whose}`;
    return { note: `; it takes no other argument: drop ${folder}${timesOf(stray.length)}, which holds ${what} already, and name a new results folder`, drop: [`${folder}${timesOf(stray.length)}`] };
  }
  const drop = distinct.map((a) => `${quotedIfNeeded(a)}${timesOf(stray.filter((b) => b === a).length)}`);
  return { note: `; it takes no other argument: drop ${listed(drop)}`, drop };
}

/** How to continue the sweep a folder offered as --out holds: --resume, and its shard's --shard I/N where it holds one. */
interface Resume {
  readonly shard: string | undefined;
}

/** The --shard value given (the first, where given more than once), else undefined. */
function givenShard(words: readonly Word[]): string | undefined {
  for (const w of words) if (w.kind === 'own' && w.name === 'shard') return w.words.length > 1 ? w.words[1] : w.words[0].slice(w.typed.length + 1);
  return undefined;
}

/** sweep's own flags that take a value and were given more than once (`--out r --out s`), by name, with their values as given. */
function repeatedValueFlags(words: readonly Word[]): Map<string, string[]> {
  const given = new Map<string, string[]>();
  for (const w of words) if (w.kind === 'own' && !isSwitch(w.name) && !HELP_FLAGS.includes(w.name)) given.set(w.name, [...(given.get(w.name) ?? []), w.words.length > 1 ? w.words[1] : w.words[0].slice(w.typed.length + 1)]);
  return new Map([...given].filter(([, values]) => values.length > 1));
}

/** What to say of flags given more than once, as cfsim says it of any (`--out is given 2 times ("r", "s"); give it once`), else ''. */
function repeatedNote(words: readonly Word[]): string {
  return [...repeatedValueFlags(words)].map(([name, values]) => `; --${name} is given ${values.length} times (${values.map((v) => JSON.stringify(v)).join(', ')}); give it once`).join('');
}

/** `a, b and c`. */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The command to type instead: sweep, the plan file, then the user's own flags in their order (less help), and --out DIR
 * where none is given. A flag given more than once (`--out r --out s`, which sweep refuses) is written once, where first
 * given, with what its value stands for (--out DIR): which value was meant is a guess.
 */
function suggestedCommand(plan: string, words: readonly Word[], outDir = 'DIR', resume?: Resume): string {
  const repeated = repeatedValueFlags(words);
  const own = words.flatMap((w, i) => {
    if (w.kind !== 'own' || HELP_FLAGS.includes(w.name)) return [];
    if (!repeated.has(w.name)) return w.words;
    const first = words.findIndex((o) => o.kind === 'own' && o.name === w.name);
    return i === first ? [`--${w.name}`, VALUE_PLACEHOLDERS[w.name] ?? 'VALUE'] : [];
  });
  const out = words.some((w) => w.kind === 'own' && w.name === 'out') ? [] : ['--out', outDir];
  // `--shards=3` as typed, its value quoted only where a shell needs it.
  const word = (w: string) => {
    const joined = /^(--?[\w-]+=)(.*)$/.exec(w);
    return joined ? `${joined[1]}${quotedIfNeeded(joined[2])}` : quotedIfNeeded(w);
  };
  const gave = (name: string) => words.some((w) => w.kind === 'own' && w.name === name);
  const resuming = resume === undefined ? [] : [...(resume.shard !== undefined && !gave('shard') ? ['--shard', resume.shard] : []), ...(gave('resume') ? [] : ['--resume'])];
  return ['cfsim', 'sweep', plan, ...own.map(word), ...out, ...resuming].join(' ');
}

/** The sweep command given (`argv[0]` is "sweep"), with PLAN for its plan file and its own flags kept in their order: `cfsim sweep PLAN --out r2 --shard 0/2 --resume`. */
export function sweepCommandWithPlan(argv: readonly string[]): string {
  return suggestedCommand('PLAN', sweepWords(argv, []));
}

/**
 * The unknown flags besides the plan-like one, as typed (`-o`, `--dry-run`), as cfsim names any unknown flag: a field of the
 * plan (`--reps`) with where the plan takes it, else with the closest of sweep's flags where one is near (a letter, the
 * one flag it is the initial of).
 */
function otherUnknownFlags(words: readonly Word[], plan: string | undefined): string {
  const accepted = SWEEP_FLAGS.filter((f) => !HELP_FLAGS.includes(f));
  const named = words.flatMap((w) => {
    if (w.kind !== 'unknown') return [];
    const note = sweepUnknownFlagNote(w.name, plan);
    if (note) return [`${w.typed} (${note})`];
    const initial = accepted.filter((f) => f.startsWith(w.name));
    const near = w.name.length === 1 ? (initial.length === 1 ? initial[0] : undefined) : closest(w.name, accepted);
    return [`${w.typed}${near ? ` (did you mean --${near}?)` : ''}`];
  });
  return named.length === 0 ? '' : `. Nor does it take ${named.join(', ')}: it accepts --${accepted.join(', --')}`;
}

/**
 * For `cfsim sweep` given no plan-like flag but more arguments than its plan file, what to type instead, else undefined:
 * `sweep a.yaml b.yaml` names both and offers a sweep of each into a folder of its own, where yargs said only "missing
 * --out" (and, given --out, that b.yaml was unexpected); `sweep a.yaml results` offers `--out results`. Not where help is
 * asked for, which yargs prints.
 */
function extraArgumentsMessage(argv: readonly string[]): string | undefined {
  const words = sweepWords(argv, []);
  if (words.some((w) => w.kind === 'own' && HELP_FLAGS.includes(w.name))) return undefined;
  const plan = planArgument(words);
  if (plan === undefined) return undefined;
  const files = otherArguments(words, []).filter(isPlanFile);
  const others = files.filter((f, i) => f !== plan && files.indexOf(f) === i);
  const extra = otherArguments(words, [plan, ...files]);
  // The plan file given more than once (`sweep a.yaml a.yaml --out r`), which yargs called only an unexpected argument.
  const timesGiven = (file: string) => positionalTimes(words, file);
  const named = (file: string) => positionalNamed(words, file);
  if (others.length === 0 && extra.length === 0 && timesGiven(plan) < 2) return folderAloneMessage(plan, words);
  // `sweep results r`: a folder is no plan, so the command offered names PLAN, and what was given is said after it (not again beside --dry-run).
  const folder = folderPlan(plan);
  const stray = strayArguments(extra, words, folder.note ? undefined : plan);
  const command = `${suggestedCommand(folder.word, words, stray.out, stray.resume)}${stray.note}${repeatedNote(words)}`;
  const unknown = `${folder.note}${otherUnknownFlags(words, folder.note ? undefined : plan)}`;
  if (others.length === 0 && extra.length === 0) return `sweep takes one plan file, as its first argument, and was given ${named(plan)}: give it once (${command})${unknown}`;
  // `sweep a.yaml a.yaml results`: the file given twice is said as well as the argument that is no plan file.
  if (others.length === 0) return `sweep takes one argument, its plan file${timesGiven(plan) > 1 ? `, and was given ${named(plan)}: give it once` : ''} (here ${command})${unknown}`;
  const otherFolder = (i: number) => (others.length === 1 ? 'OTHER_DIR' : `OTHER_DIR_${i + 1}`);
  const each = others.map((f, i) => otherSweepCommand(f, words, otherFolder(i))).join('; ');
  return `sweep takes one plan file, as its first argument, and was given ${others.length + 1}, ${listed([plan, ...others].map(named))}: sweep ${quotedIfNeeded(plan)} alone (${command}), and each other into a folder of its own (${each}); a scenario file a plan builds on is named in the plan, base: FILE${unknown}`;
}

/**
 * The plan file as a command offered names it: PLAN where what was given is a folder (`cfsim sweep results` cannot work),
 * with `note` saying what PLAN is and what was given; else the file as given, and no note.
 */
function folderPlan(plan: string): { word: string; note: string } {
  const folder = notPlanFolder(plan);
  return folder === undefined ? { word: quotedIfNeeded(plan), note: '' } : { word: 'PLAN', note: `, ${PLAN_IS}; ${folder}` };
}

/**
 * `sweep results` with no --out: yargs said only "missing --out"; the folder is no plan, and may hold a sweep to analyze
 * or continue. Left to the unknown flag's message where there is one (`sweep results --dry-run`), which says it too.
 */
function folderAloneMessage(plan: string, words: readonly Word[]): string | undefined {
  if (words.some((w) => w.kind === 'unknown' || (w.kind === 'own' && w.name === 'out'))) return undefined;
  const folder = folderPlan(plan);
  return folder.note === '' ? undefined : `missing --out, which sweep requires, and its plan file: ${suggestedCommand(folder.word, words)}${folder.note}`;
}

/** How often `file` (as first spelled: `./a.yaml a.yaml` is a.yaml twice, sweepWords gives each file so) is among sweep's positional arguments. */
function positionalTimes(words: readonly Word[], file: string): number {
  return words.filter((w) => w.kind === 'positional' && w.words[0] === file).length;
}

/** A plan file among sweep's positional arguments, named with how often it was given: `a.yaml (twice, also as ./a.yaml)`. */
function positionalNamed(words: readonly Word[], file: string): string {
  const typed = words.flatMap((w) => (w.kind === 'positional' ? [w.given] : []));
  return `${quotedIfNeeded(file)}${givenTimes(typed, file, positionalTimes(words, file))}`;
}

/** `` for a file given once, ` (twice)`, ` (3 times)`. */
const timesOf = (n: number) => (n <= 1 ? '' : n === 2 ? ' (twice)' : ` (${n} times)`);

/**
 * The plan file among sweep's arguments (`argv[0]` is "sweep") as the messages above read it, where no plan-like flag is
 * given (those are named by sweepPlanFlagMessage): so that a note on another flag can name it (`cfsim validate a.yaml`).
 */
export function sweepPlanArgument(argv: readonly string[]): string | undefined {
  return planArgument(sweepWords(argv, []));
}

/** Every plan-like flag in sweep's arguments (`argv[0]` is "sweep"), in order. */
function planFlags(argv: readonly string[]): PlanFlag[] {
  const same = sameFileSpelling(argv);
  return argv.flatMap((arg, at) => {
    const flag = at === 0 ? undefined : planLikeFlag(arg);
    if (flag === undefined) return [];
    const typed = arg.startsWith(`${flag}=`) ? arg : flag;
    const value = flagValue(argv, at, flag);
    return [{ at, flag, typed, value, file: value === undefined ? undefined : same(value), valueAfter: typed === flag && value !== undefined }];
  });
}

/** A plan-like flag as given: `--plan a.yaml`, `--plan=a.yaml`, or bare `--plan`. */
const givenFlag = (f: PlanFlag) => (f.value === undefined ? f.typed : `${f.flag}${f.typed === f.flag ? ' ' : '='}${quotedIfNeeded(f.value)}`);

/** `a or b`, for the flags named in the opening words. */
const eitherOf = (items: readonly string[]) => listed(items).replace(/ and (?=[^ ]*$)/, ' or ');

/**
 * What the message opens with: sweep takes no such flag. A slip is only a guess at `--plan`, and said as one ("if you
 * meant --plan x"); where several plan-like flags were given, each is named once.
 */
function opening(flags: readonly PlanFlag[]): string {
  const names = [...new Set(flags.map((f) => f.flag))];
  // Beside --plan itself (`--plna a.yaml --plan b.yaml`), "if you meant --plan" would only repeat it.
  if (names.some((n) => ['--pla', '--plan', '--plans'].includes(n.toLowerCase()))) return `sweep takes no ${eitherOf(names)}: `;
  const value = flags.length === 1 && flags[0].value !== undefined ? ` ${quotedIfNeeded(flags[0].value)}` : '';
  return `sweep takes no ${eitherOf(names)}; if you meant --plan${value}, sweep takes no --plan either: `;
}

/** The command that sweeps another plan file given into a folder of its own: the user's flags kept (--threads, --shard...), --out that folder. */
function otherSweepCommand(file: string, words: readonly Word[], folder: string): string {
  return suggestedCommand(quotedIfNeeded(file), words.filter((w) => !(w.kind === 'own' && w.name === 'out')), folder);
}

/**
 * For `cfsim sweep` (`argv[0]`) given plan-like flags (`--plan`, `--plans`, `--pla`, or one slip from them such as
 * `--plane`), what to type instead, else undefined. Without a plan file the first flag's value is offered as the plan
 * file; beside one (`sweep a.yaml --plane x`), the plan file stays. Every other plan file given (as an argument or a
 * flag's value: `sweep --plan a.yaml --plan b.yaml`) is named, and offered as a sweep of its own into another folder,
 * since a sweep takes one plan. The commands offered keep the user's other flags of sweep's own, in their order; any
 * unknown flag is named after them.
 */
export function sweepPlanFlagMessage(argv: readonly string[]): string | undefined {
  const flags = planFlags(argv);
  if (flags.length === 0) return extraArgumentsMessage(argv);
  const value = flags.find((f) => f.value !== undefined)?.value;
  const words = sweepWords(argv, flags);
  const head = opening(flags);
  const files = otherArguments(words, []).filter(isPlanFile);
  // The flags' values, each once, in order: all plan files given by a flag.
  const values = [...new Set(flags.flatMap((f) => (f.file === undefined ? [] : [f.file])))];
  // `sweep --plan a.yaml results`: the flag's value names the plan file, and the argument that names none is not the plan;
  // so with no file named by its extension (`sweep --plan a results`), where no argument comes before the flag.
  // `sweep results --plane x`: a folder before the flag is no plan either, so a value that may be one (x with `parameters:`) is the plan.
  const before = sweepWords(argv.slice(0, flags[0].at), []).flatMap((w) => (w.kind === 'positional' ? w.words : []));
  const onlyFoldersBefore = before.length > 0 && before.every((w) => notPlanFolder(w) !== undefined);
  const fromFlag = files.length === 0 && value !== undefined && (isPlanFile(value) || before.length === 0 || (onlyFoldersBefore && notPlanFile(value) === undefined));
  const plan = fromFlag ? values[0] : planArgument(words);
  const unknown = otherUnknownFlags(words, plan);
  // A folder as the plan (`sweep results --plane x`, x no plan) is never offered as one: the command names PLAN.
  const folderAsPlan = !fromFlag && plan !== undefined && notPlanFolder(plan) !== undefined;
  if (plan === undefined || (fromFlag && values.length === 1) || folderAsPlan) {
    const folder = plan === undefined ? { word: 'PLAN', note: '' } : folderPlan(plan);
    const stray = strayArguments(plan === undefined ? [] : otherArguments(words, folderAsPlan ? [plan] : []), words, folder.note ? undefined : plan);
    // `sweep --plan results`: a folder is no plan, so the command offered names PLAN (and is left out where it is the one above), and what was given is said after it.
    const command = plan === undefined ? '' : `${suggestedCommand(folder.word, words, stray.out, stray.resume)}${stray.note}${repeatedNote(words)}`;
    const generic = 'cfsim sweep PLAN --out DIR';
    const here = command === '' || command === generic ? '' : ` (here ${command})`;
    return `${head}give the plan file as its first argument, ${generic}${here}${folder.note}${folder.note ? otherUnknownFlags(words, undefined) : unknown}`;
  }
  const byFlag = (file: string) => !files.includes(file) && values.includes(file);
  // Every plan file given besides the one swept: the other positional ones, then the flags' values (unless given twice).
  const others = [...files.filter((f, i) => f !== plan && files.indexOf(f) === i), ...values.filter((v) => v !== plan && !files.includes(v))];
  const stray = strayArguments(otherArguments(words, [plan, ...files]), words, plan);
  const command = suggestedCommand(quotedIfNeeded(plan), words, stray.out, stray.resume);
  // The flags given nothing else to sweep (bare, or the plan file itself), which are to be dropped.
  const dropped = flags.filter((f) => f.file === undefined || (!fromFlag && (f.file === plan || files.includes(f.file))));
  // The arguments that are no plan file are dropped in the same words as the flags (said once: `drop --plan a.yaml and results`).
  const drop = [...dropped.map(givenFlag), ...stray.drop];
  const strayNote = stray.drop.length > 0 ? '' : stray.note;
  if (others.length > 1 || (others.length === 1 && !byFlag(others[0])) || (fromFlag && others.length > 0)) {
    // `sweep a.yaml b.yaml --plan c.yaml`, `sweep --plan a.yaml --plan b.yaml`: name every file given, and a sweep of each into a folder of its own.
    // A file given to several flags (`--plan a.yaml --plan b.yaml --plan a.yaml`) is named once, as first given, with how often.
    const named = [plan, ...others].map((f) => {
      if (!byFlag(f)) return positionalNamed(words, f);
      const given = flags.filter((g) => g.file === f);
      return `${givenFlag(given[0])}${givenTimes(given.flatMap((g) => (g.value === undefined ? [] : [g.value])), f, given.length)}`;
    });
    const folder = (i: number) => (others.length === 1 ? 'OTHER_DIR' : `OTHER_DIR_${i + 1}`);
    const each = others.map((f, i) => otherSweepCommand(f, words, folder(i))).join('; ');
    return `${head}it takes one plan file, as its first argument, and was given ${others.length + 1}, ${listed(named)}: sweep ${quotedIfNeeded(plan)} alone${drop.length > 0 ? ` and drop ${listed(drop)}` : ''} (${command}${strayNote}${repeatedNote(words)}), and each other into a folder of its own (${each})${unknown}`;
  }
  // The flag given the plan file itself (`sweep a.yaml --plan a.yaml`): nothing else to sweep.
  const givenAll = listed([...flags.map(givenFlag), ...stray.drop]);
  const another = others.length === 0 ? '' : `, or sweep ${quotedIfNeeded(others[0])} into a folder of its own (${otherSweepCommand(others[0], words, 'OTHER_DIR')})`;
  // `sweep a.yaml a.yaml --plan b.yaml`: the plan file given twice is said too.
  const once = positionalTimes(words, plan) > 1 ? ': give it once, and' : ':';
  return `${head}it takes one plan file, as its first argument, here ${positionalNamed(words, plan)}${once} drop ${givenAll} (${command}${strayNote}${repeatedNote(words)})${another}${unknown}`;
}
