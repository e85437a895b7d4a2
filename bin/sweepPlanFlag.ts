import { quotedIfNeeded } from './commandLine';

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

/** `--flag value` or `--flag=value` at `at` in `argv`: the value as given, or undefined where there is none (the end, or a flag next). */
function flagValue(argv: readonly string[], at: number, flag: string): string | undefined {
  const value = argv[at].startsWith(`${flag}=`) ? argv[at].slice(flag.length + 1) : argv[at + 1];
  return value === undefined || value.startsWith('-') ? undefined : value;
}

/** The plan file given as sweep's first argument (`argv[0]` is "sweep"), leaving out the value of any flag, and the argument at `skip`. */
function planArgument(argv: readonly string[], skip: readonly number[]): string | undefined {
  for (let i = 1; i < argv.length; i++) {
    if (skip.includes(i)) continue;
    const m = /^--?([\w-]+)(=|$)/.exec(argv[i]);
    if (!m) return argv[i];
    if (m[2] === '' && !isSwitch(m[1])) i++;
  }
  return undefined;
}

/**
 * For `cfsim sweep` (`argv[0]`) given a plan-like flag (`--plan`, `--plans`, `--pla`, or one slip from them such as
 * `--plane`), what to type instead, else undefined. A slip is only a guess at `--plan`, and said as one ("if you meant
 * --plan x"). Without a plan file the flag's value is offered as the plan file; beside one (`sweep a.yaml --plane x`),
 * the plan file stays, and the value is offered only as a sweep of its own, into another folder.
 */
export function sweepPlanFlagMessage(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((a) => planLikeFlag(a) !== undefined);
  if (at < 0) return undefined;
  const flag = planLikeFlag(argv[at])!;
  const typed = argv[at].startsWith(`${flag}=`) ? argv[at] : flag;
  const value = flagValue(argv, at, flag);
  const skip = [at, ...(typed === flag && value !== undefined ? [at + 1] : [])];
  const plan = planArgument(argv, skip);
  const outAt = argv.findIndex((a) => /^--out(=|$)/.test(a));
  const out = outAt < 0 ? undefined : flagValue(argv, outAt, '--out');
  const dir = out === undefined ? 'DIR' : quotedIfNeeded(out);
  const exact = ['--pla', '--plan', '--plans'].includes(flag.toLowerCase());
  const head = exact ? `sweep takes no ${flag}: ` : `sweep takes no ${flag}; if you meant --plan${value === undefined ? '' : ` ${quotedIfNeeded(value)}`}, sweep takes no --plan either: `;
  if (plan === undefined) {
    const here = value === undefined ? '' : ` (here cfsim sweep ${quotedIfNeeded(value)} --out ${dir})`;
    return `${head}give the plan file as its first argument, cfsim sweep PLAN --out DIR${here}`;
  }
  const given = value === undefined ? typed : `${flag}${typed === flag ? ' ' : '='}${quotedIfNeeded(value)}`;
  // The flag given the plan file itself (`sweep a.yaml --plan a.yaml`): nothing else to sweep.
  const another = value === undefined || value === plan ? '' : `, or sweep ${quotedIfNeeded(value)} into a folder of its own (cfsim sweep ${quotedIfNeeded(value)} --out OTHER_DIR)`;
  return `${head}it takes one plan file, as its first argument, here ${quotedIfNeeded(plan)}: drop ${given} (cfsim sweep ${quotedIfNeeded(plan)} --out ${dir})${another}`;
}
