import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandsOf, COMMAND_PREFIX, shellWord } from '../../viz/app/command';
import { DEFAULT_CONFIG, MAX_DAY, scenariosOf, type AppConfig } from '../../viz/app/config';
import { AppEngine, type SeriesRow } from '../../viz/app/engine';
import { LEVERS, leverField } from '../../viz/app/levers';
import { parseOverrideValue } from '../../scenarios/parse';

// "Show as command": the command line given for the app's state runs the very run the app shows.
// Each command is run by the built command line (dist/cfsim.js, built by npm test) and its
// timeseries.csv compared, day by day, with what the app's engine gives the page.

const SERIES: readonly [keyof SeriesRow, string][] = [
  ['sts', 'proqolSTS'],
  ['burnout', 'proqolBO'],
  ['satisfaction', 'proqolCS'],
  ['headcount', 'headcount'],
  ['separations', 'cumulativeSeparations'],
  ['careQuality', 'careQuality'],
];

/** The app engine's rows of each team, over the whole run. */
function appRows(config: AppConfig): SeriesRow[][] {
  const { main, twin } = scenariosOf(config);
  const teams = twin ? [{ label: 'A', scenario: twin }, { label: 'B', scenario: main }] : [{ label: 'B', scenario: main }];
  const frame = new AppEngine().reset(teams, config.seed, MAX_DAY);
  return frame.teams.map((t) => [...t.rows]);
}

/** Runs a command's words (less `npx cfsim`) with the built CLI into a folder, and reads its daily means: series → day → value. */
function cliSeries(argv: readonly string[]): Map<string, number[]> {
  const out = mkdtempSync(join(tmpdir(), 'cfsim-command-'));
  try {
    execFileSync(process.execPath, [join('dist', 'cfsim.js'), ...argv.slice(COMMAND_PREFIX.length), '--threads', '1', '--out', out, '--replace'], { stdio: 'pipe' });
    const series = new Map<string, number[]>();
    for (const line of readFileSync(join(out, 'timeseries.csv'), 'utf8').trim().split('\n').slice(1)) {
      const [, day, metric, mean] = line.split(',');
      const values = series.get(metric) ?? [];
      values[Number(day)] = Number(mean);
      series.set(metric, values);
    }
    return series;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function expectSameRun(config: AppConfig): void {
  const rows = appRows(config);
  const commands = commandsOf(config);
  expect(commands.length).toBe(rows.length);
  commands.forEach((command, team) => {
    const cli = cliSeries(command.argv);
    for (const [key, metric] of SERIES) {
      const fromCli = cli.get(metric)!;
      expect(fromCli.length, metric).toBe(MAX_DAY);
      expect(fromCli, `${command.team} ${metric}`).toEqual(rows[team].map((r) => r[key]));
    }
  });
}

describe('Show as command: the command line runs the run the app shows', () => {
  it('the default state: one command, the defaults written out', () => {
    expect(commandsOf(DEFAULT_CONFIG).map((c) => c.text)).toEqual(['npx cfsim run ma-outreach --policy status-quo --reps 1 --seed 1 --days 3650 --set population.seats=12']);
    expectSameRun(DEFAULT_CONFIG);
  }, 60_000);

  it('a fresh team, another size, seed and package, levers from day 0 and changes during the run', () => {
    const config: AppConfig = {
      ...DEFAULT_CONFIG,
      population: 'ct-harm-reduction',
      team: 7,
      teamStart: 'fresh',
      seed: 4242,
      policy: 'opt-out-support',
      levers: { 'policy.supervision.intervalDays': 21, 'policy.afterHours.phoneOff': true, 'community.stigma': 0.8 },
      changes: [
        { day: 200, path: 'policy.supervision.mode', value: 'opt-in' },
        { day: 200, path: 'community.overdoseBurden', value: 1.5 },
        { day: 900, path: 'policy.compensation.payRaise', value: 0.1 },
      ],
    };
    const [command] = commandsOf(config);
    expect(command.text).toContain(`--set 'changes=[{"day":200,"set":{"policy.supervision.mode":"opt-in","community.overdoseBurden":1.5}},{"day":900,"set":{"policy.compensation.payRaise":0.1}}]'`);
    expectSameRun(config);
  }, 60_000);

  it('compare mode: a command for each team, the twin with the Environment settings alone', () => {
    const config: AppConfig = {
      ...DEFAULT_CONFIG,
      seed: 7,
      policy: 'multi-level',
      compare: 'status-quo',
      levers: { 'policy.grief.leaveDays': 3, 'community.fatality': 0.2 },
      changes: [{ day: 400, path: 'community.stigma', value: 0.9 }, { day: 500, path: 'policy.grief.checkIn', value: false }],
    };
    const [a, b] = commandsOf(config);
    expect([a.team, b.team]).toEqual(['Team A', 'Team B']);
    expect(a.text).toContain('--policy status-quo');
    expect(a.text).toContain('community.fatality=0.2');
    expect(a.text).not.toContain('policy.grief');
    expect(b.text).toContain('--policy multi-level');
    expect(b.text).toContain('--set policy.grief.leaveDays=3');
    expect(b.text).toContain('policy.grief.checkIn');
    expectSameRun(config);
  }, 60_000);

  it('every lever value the app can hold reads back as itself on the command line', () => {
    for (const lever of LEVERS) {
      const field = leverField(lever);
      const values: unknown[] = field.kind === 'enum' ? [...field.values] : field.kind === 'boolean' ? [true, false] : [0, 0.05, 1, 12.5, 365];
      for (const value of values) expect(parseOverrideValue(String(value)), lever.path).toEqual(value);
    }
  });

  it('a POSIX shell hands the program the command\'s words as they are', () => {
    const config: AppConfig = { ...DEFAULT_CONFIG, changes: [{ day: 30, path: 'policy.supervision.mode', value: "it's" }] };
    const [command] = commandsOf(config);
    const echoed = execFileSync('sh', ['-c', `printf '%s\\n' ${command.text}`], { encoding: 'utf8' });
    expect(echoed.trimEnd().split('\n')).toEqual(command.argv);
    expect(shellWord("it's")).toBe(`'it'\\''s'`);
  });
});
