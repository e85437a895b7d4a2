import { leverKind, MAX_DAY, teamStartOverrides, type AppConfig, type TimedChange } from './config';

// "Show as command": the `cfsim run` command line that runs the app's team, so that a researcher
// can reproduce a classroom run exactly. The app runs one replication (replication 0, point 0)
// of the seed shown over MAX_DAY days, the scenario being what scenariosOf builds; so does
// `cfsim run --reps 1 --seed N --days 3650` with the same overrides (tests/viz/appCommand.test.ts
// runs both and compares every day).

export interface TeamCommand {
  /** Which team it runs: "Team A" (the untouched twin) and "Team B" in compare mode, else "The team". */
  readonly team: string;
  /** The command's words, as a program receives them (no shell quoting). */
  readonly argv: readonly string[];
  /** The command line for a POSIX shell (bash, zsh), quoted where a word needs it. */
  readonly text: string;
}

/** How the command is started in the CFSim project's folder, as the README's examples are (`npx cfsim` runs the project's own build there). */
export const COMMAND_PREFIX = ['npx', 'cfsim'] as const;

/** A word for a POSIX shell: as is when it holds no character the shell reads, else in single quotes. */
export function shellWord(word: string): string {
  if (/^[\w.,:=@%+/-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The arguments of `cfsim run` for one team: the population, its package, one replication of the
 * seed over the app's horizon, the team size and start, the lever settings from day 0 (the twin
 * takes only the Environment's, as it does in the app) and the changes during the run as the
 * scenario's `changes` (JSON, which the command line reads as YAML).
 */
export function runArgs(config: AppConfig, team: 'main' | 'twin'): string[] {
  const policy = team === 'twin' ? config.compare ?? config.policy : config.policy;
  const applies = (path: string) => team === 'main' || leverKind(path) === 'environment';
  const sets: [string, unknown][] = [
    ['population.seats', config.team],
    ...teamStartOverrides(config.teamStart),
    ...Object.entries(config.levers).filter(([path]) => applies(path)),
  ];
  const changes = config.changes.filter((c) => applies(c.path));
  const args = ['run', config.population, '--policy', policy, '--reps', '1', '--seed', String(config.seed), '--days', String(MAX_DAY)];
  for (const [path, value] of sets) args.push('--set', `${path}=${String(value)}`);
  if (changes.length > 0) args.push('--set', `changes=${JSON.stringify(changesByDay(changes))}`);
  return args;
}

/** Changes during the run as the scenario's `changes`: one entry per day, in day order. */
function changesByDay(changes: readonly TimedChange[]): { day: number; set: Record<string, unknown> }[] {
  const byDay = new Map<number, Record<string, unknown>>();
  for (const c of [...changes].sort((a, b) => a.day - b.day)) byDay.set(c.day, { ...byDay.get(c.day), [c.path]: c.value });
  return [...byDay].map(([day, set]) => ({ day, set }));
}

/** The command lines of the app's teams: one, or in compare mode one for each (the same seed, so the same community events). */
export function commandsOf(config: AppConfig): TeamCommand[] {
  const line = (team: string, args: string[]): TeamCommand => {
    const argv = [...COMMAND_PREFIX, ...args];
    return { team, argv, text: argv.map(shellWord).join(' ') };
  };
  if (config.compare === undefined) return [line('The team', runArgs(config, 'main'))];
  return [line('Team A', runArgs(config, 'twin')), line('Team B', runArgs(config, 'main'))];
}
