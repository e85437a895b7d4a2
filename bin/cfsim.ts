import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { stringify as toYaml } from 'yaml';
import { InputError, closest, type InputIssue } from '../sim/params/issues';
import { jsonSchemaOf } from '../sim/params/jsonSchema';
import { isPackageId, PACKAGES, PACKAGE_IDS } from '../scenarios/presets/packages';
import { andList } from '../sim/text/andList';
import { isPopulationId, POPULATIONS, POPULATION_IDS } from '../scenarios/presets/populations';
import { scenarioField } from '../scenarios/schema';
import { daysFlag, integerFlag, numberFlag, repeatedFlags, switchValueIssues, throwIfIssues, type DeclaredOptions } from './flags';
import { DEFAULT_THREADS, laneCount, replicationPool } from './experiment';
import { recordsOnPool } from './replicationRecords';
import { talliesOnPool } from './replicationTallies';
import { countedReplications } from './countedReplications';
import { Progress } from './progress';
import { collectIssues, DEFAULT_REPS, DEFAULT_SEED, MAX_BUDGET, MAX_SEED, MAX_VALUE_PER_DEPARTURE, plausibilityLines, plausibilityMessages, scenarioOverrides, simulate } from './simulate';
import { WorkerFailure } from '../sim/host/nodePool';
import { CheckpointNotSaved } from './checkpointNotSaved';
import { issuesSubject, loadScenario, readScenarioFile, scenarioLoader } from './scenarioSource';
import { PROJECT_SCENARIO_REFERENCE, scenarioReference } from './scenarioReference';
import { VALIDATION_FILE, VALIDATION_REPS, validationReport, validationReportPath, validationRunPlan, validationRunsWords } from './validationReport';
import { CALIBRATION_DEFAULTS, startingLevelsText } from './startingLevels';
import { CALIBRATE_DEFAULTS, calibrationHeading, calibrationJson, calibrationText, stepLine, targetFlag, turnoverBeyondCeiling, unmatchedIssue, unmeasuredWarning, varyFlags } from './calibrate';
import { calibrateField } from '../models/fieldCalibration';
import { CalibrationRuns, CalibrationStopped } from './calibrationRuns';
import { VERSION } from './version';
import { checkOutputPath, fileSystemFailure, reportFilePath, undoFailureOf, writeFileAtomically } from './outputFiles';
import { REPORT_FORMATS, writeReport } from './report';
import { reportFlagRefusals, withFolderRefusals } from './reportFlagRefusals';
import { htmlReportIssues } from './reportFile';
import { usageMessage } from './usageMessages';
import { dataFileNameIssue, noFolderIssue, otherKindIssue, otherResultsIssue, isSweepFolder } from './resultsMarker';
import { DEFAULT_HOST, hostFlag, listeningText, serveApp, WEB_ROOT } from './app';
import { analysisText, analyzeSweep, bootstrapFlag, DEFAULT_BOOTSTRAP, MAX_BOOTSTRAP, MIN_BOOTSTRAP } from './analyze';
import { resumePlanWord } from './recordedSweepPlan';
import { unusedBootstrapWarning } from './unusedBootstrap';
import { analysisWarning, commandWord } from '../scenarios/sweepAnalysis';
import { designOverlaps, designOverlapWarning } from '../scenarios/designOverlaps';
import { planDrawsWarningOf } from '../scenarios/planDraws';
import { independentNoiseWarning } from '../scenarios/independentNoise';
import { commandLine, quotedIfNeeded } from './commandLine';
import { sweepCommandWithPlan, sweepPlanArgument, sweepPlanFlagMessage } from './sweepPlanFlag';
import { sweepUnknownFlagNote } from './planFieldFlags';
import { FIGURES_FOLDER } from './exportedFigures';
import { mergeShards } from './merge';
import { recordedBaseline } from './recordedBaseline';
import { recordedBootstrap, recordedBootstrapNote } from './recordedBootstrap';
import { MAX_SLURM_SHARDS, shellQuote, slurmDirectiveIssue, writeSlurmScripts } from './slurm';
import { designPointCount, planDesign, unrunnablePoint } from '../scenarios/planDesign';
import { runSweep, storedPlanResumeIssue, sweepClosingLine, untouchedSweepLine } from './sweep';
import { holdsCompleteSweep } from './completeSweep';
import { signalExitCode } from './stopSignals';
import { tolerateClosedReader } from './closedReader';
import { MAX_RUNS, planInput, resolvePlan } from '../scenarios/plan';
import { planSubject, readPlanFile } from './planFile';
import { folderAsPlanIssue } from './notPlanFile';
import { cappedLevelsWarnings, planGivesLevels } from '../scenarios/integerLevels';
import { validationText } from './validate';
import { definitionLine, wrapWidth, writeReadable } from './wrapText';
import { SEED_STUDIES } from '../scenarios/presets/names';


/** Exit codes: 0 success, 2 bad input, 1 unexpected failure. */
const EXIT_BAD_INPUT = 2;
const EXIT_FAILURE = 1;

class UsageError extends Error {}

/** Extensions of a single file, which `report --format svg|png -o` (a folder) does not take for a new folder. */
const FILE_LIKE_EXTENSIONS = ['.svg', '.png', '.html', '.htm', '.pdf', '.jpg', '.jpeg'];

/** The commands `cfsim --help` lists (scenario-docs, for the docs build, is left out), for messages. */
/** Flags of compare that run, with nothing to compare, does not take (--policies is run's --policy, which the closest-flag hint suggests). */
const COMPARE_ONLY_FLAGS = ['scenarios', 'value-per-departure', 'budget'];
/** Of those, the flags cfsim report also takes, to judge a comparison's results folder again from its replications.csv, with the value each stands for. */
const REPORT_TOO_FLAGS: Readonly<Record<string, string>> = { 'value-per-departure': 'V', budget: 'B' };

const COMMANDS = ['run', 'compare', 'report', 'sweep', 'analyze', 'merge', 'app', 'list', 'show', 'validate', 'schema', 'starting-levels', 'calibrate', 'validation-report'];

/**
 * An unknown command, with the closest one if any, and the commands. `help` is among those it may
 * mean (`cfsim hlep`, `cfsim Help`), except after `help` (`cfsim help hlep` names a command).
 */
function unknownCommandMessage(command: string, afterHelp = false): string {
  const hint = closest(command, afterHelp ? COMMANDS : [...COMMANDS, 'help']);
  return `unknown command ${JSON.stringify(command)}${hint ? ` (did you mean ${hint}?)` : ''}; commands: ${COMMANDS.join(', ')}`;
}

/**
 * `cfsim help` (and `cfsim help help`) and `cfsim help CMD` as `cfsim --help` and `cfsim CMD --help` (the arguments for
 * the parser), or a UsageError for a command that does not exist; other command lines as given.
 */
function helpCommandLine(argv: string[]): string[] {
  if (argv[0] !== 'help') return argv;
  const command = argv[1];
  if (command === undefined || command.startsWith('-') || command === 'help') return ['--help'];
  if (!COMMANDS.includes(command)) throw new UsageError(unknownCommandMessage(command, true));
  return [command, '--help'];
}

/**
 * yargs' "Unknown arguments: repz" in words: an unknown command, an argument a command does not
 * take, or unknown flags with the closest accepted flag for each and the list of accepted flags.
 */
function unknownFlagMessage(message: string, help: string, argv: readonly string[]): string {
  // Only the flag column of the option lines (indented at most six spaces): a description may name
  // other commands' flags ("written by run --out"), and its wrapped lines are indented further.
  const accepted = [...new Set([...help.matchAll(/^ {1,6}(?:-\w, )?--([a-z][\w-]*)/gm)].map((m) => m[1]))].filter((f) => f !== 'help' && f !== 'version');
  // The switches (the options help marks [boolean]), whose --no- form a --no- typo is offered.
  const switches = new Set(help.split(/\n(?= {1,6}(?:-\w, )?--)/).flatMap((block) => {
    const m = /^ {1,6}(?:-\w, )?--([a-z][\w-]*)/.exec(block);
    return m && block.includes('[boolean]') ? [m[1]] : [];
  }));
  const listed = message.replace(/^Unknown arguments?: /, '').split(', ');
  // yargs lists an unknown --foo-bar twice, also as its camel-case alias fooBar.
  const camel = (u: string) => u.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const unknown = listed.filter((u) => !listed.some((other) => other !== u && other.includes('-') && camel(other) === u && !argv.includes(`--${u}`)));
  if (unknown.length > 0 && unknown[0] === argv[0] && !argv[0].startsWith('-') && !COMMANDS.includes(argv[0])) {
    return unknownCommandMessage(argv[0]);
  }
  const extra = unknown.filter((u) => argv.includes(u) && !argv.includes(`--${u}`) && !argv.includes(`-${u}`));
  if (extra.length > 0) {
    // `run ma-outreach multi-level`, `compare status-quo multi-level`: packages where arguments go.
    const named = argv.slice(1).filter((a) => isPackageId(a));
    const packages = extra.every((u) => isPackageId(u)) ? named : undefined;
    const flagged = packages && (argv[0] === 'run' || packages.length > 1 ? packages : ['status-quo', ...packages.filter((p) => p !== 'status-quo')]);
    const takes =
      argv[0] === 'run' || argv[0] === 'compare'
        ? packages && flagged
          ? `${argv[0]} takes one SCENARIO (a population preset or a scenario file); ${andList(packages)} ${packages.length > 1 ? 'are policy packages' : 'is a policy package'}: use ${argv[0] === 'run' ? '--policy' : '--policies'} ${flagged.join(',')}${
              argv[0] === 'compare' && packages.length === 1 ? ' (the first is the baseline)' : ''
            }`
          : `${argv[0]} takes one SCENARIO (a population preset or a scenario file); to compare scenario files, use compare --scenarios A,B`
        : `see cfsim ${argv[0]} --help for what it takes`;
    return `unexpected argument${extra.length > 1 ? 's' : ''} ${extra.map((u) => JSON.stringify(u)).join(', ')}: ${takes}`;
  }
  const named = unknown.map((u) => {
    const typed = (name: string) => argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    // A --no- form is named as typed (yargs lists --no-jsn as "jsn"), and offered the --no- form of the closest flag.
    const negated = !typed(u) && typed(`no-${u}`) ? 'no-' : '';
    // A one-letter flag is named as typed: `-x`, or `--x` (yargs lists both as "x").
    const flag = u.length === 1 && !negated && !typed(u) ? `-${u}` : `--${negated}${u}`;
    // A letter is a flag's initial (-t for --threads), not a misspelling of a short flag (-t read as --out, -j as --vs).
    const initial = accepted.filter((f) => f.startsWith(u));
    const closestFlag = u.length === 1 ? (initial.length === 1 ? initial[0] : undefined) : accepted.length > 0 ? closest(u, accepted) : undefined;
    const hint = closestFlag && (negated && switches.has(closestFlag) ? `no-${closestFlag}` : closestFlag);
    if (argv[0] === 'run' && COMPARE_ONLY_FLAGS.includes(u)) return `${flag} (a flag of cfsim compare, which weighs arms against each other${REPORT_TOO_FLAGS[u] ? `, and of cfsim report, which judges a comparison's results folder again: cfsim report DIR ${flag} ${REPORT_TOO_FLAGS[u]}` : ''})`;
    // report redraws a sweep's paired differences from the point analysis.json records.
    if (argv[0] === 'report' && u === 'vs') return `${flag} (a flag of cfsim analyze: cfsim analyze DIR --vs POINT records the point in DIR/analysis.json, and report then measures from it)`;
    const note = argv[0] === 'sweep' ? sweepUnknownFlagNote(u, sweepPlanArgument(argv)) : undefined;
    if (note) return `${flag} (${note})`;
    return hint ? `${flag} (did you mean --${hint}?)` : flag;
  });
  return `unknown option${named.length > 1 ? 's' : ''} ${named.join(', ')}${accepted.length > 0 ? `; this command accepts --${accepted.join(', --')}` : noOptionsText(argv, unknown)}`;
}

/**
 * For a command with no options of its own (list, validate, schema): that it takes none, and, for
 * an output flag (`schema --out x`), that it prints on the standard output, which `> FILE` writes to a file.
 */
function noOptionsText(argv: readonly string[], unknown: readonly string[]): string {
  if (!COMMANDS.includes(argv[0])) return '';
  const at = argv.findIndex((a) => /^(--out|--output|-o)(=|$)/.test(a));
  if (at < 0 || !unknown.some((u) => ['out', 'output', 'o'].includes(u))) return `; cfsim ${argv[0]} takes no options`;
  const joined = argv[at].includes('=');
  const given = joined ? argv[at].slice(argv[at].indexOf('=') + 1) : argv[at + 1];
  const file = given === undefined || given.startsWith('-') ? 'FILE' : quotedIfNeeded(given);
  const others = argv.slice(1).filter((a, i) => i + 1 !== at && (joined || i + 1 !== at + 1) && !a.startsWith('-'));
  return `; cfsim ${argv[0]} takes no options: it prints on the standard output, which > writes to a file: cfsim ${[argv[0], ...others.map(quotedIfNeeded)].join(' ')} > ${file}`;
}

function simulationOptions<T>(y: Argv<T>, minReps: number) {
  return y
    .option('reps', { type: 'string', describe: `Replications per package (${minReps}-100000). Default: ${DEFAULT_REPS}.` })
    .option('days', { type: 'string', describe: "Simulated days (1-36500), or with a unit: 10d, 26w, 3y (a year is 365 days). Default: the scenario's (1095)." })
    .option('seed', { type: 'string', describe: `Experiment seed (0-${MAX_SEED}). Default: ${DEFAULT_SEED}.` })
    .option('set', { type: 'string', array: true, describe: 'Override any scenario field: PATH=VALUE (repeatable).' })
    .option('threads', { type: 'string', describe: `Worker threads (1-256). Default: this machine's available parallelism (${DEFAULT_THREADS}).` })
    .option('out', { type: 'string', describe: 'Write a results folder here (manifest, summary, per-replication metrics, time series, per-worker rows, separations).' })
    .option('replace', { type: 'boolean', default: false, describe: "With --out: replace an earlier run's results in that folder, complete or with finished replications (without it such a folder is refused)." })
    .option('resume', { type: 'boolean', default: false, describe: 'With --out: continue the run stopped short (interrupted or failed) in that folder from its first unfinished replication; give the command that began it, with any --threads. The results are the same as an uninterrupted run\'s.' })
    .option('report', { type: 'string', describe: 'Also write the HTML report to this .html (or .htm) file, or to report.html in this folder (uses --out, or a temporary results folder).' })
    .option('json', { type: 'boolean', default: false, describe: 'Print the machine-readable result document on stdout.' });
}

/** The comma-separated list flags, whose value a space after a comma splits in two arguments. */
const LIST_FLAGS = ['policies', 'policy', 'scenarios', 'range'];

/**
 * `--scenarios a.yaml, b.yaml` (or `a.yaml ,b.yaml`): the shell splits the list at the space, so the
 * flag's value ends in a comma and the rest reads as an argument of its own. Said as that, with the
 * list written whole, else undefined.
 */
function splitListSlip(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m || !LIST_FLAGS.includes(m[1])) continue;
    const valueAt = m[2] === undefined ? i + 1 : i;
    const value = m[2] ?? argv[valueAt];
    const next = argv[valueAt + 1];
    if (value === undefined || next === undefined || next.startsWith('-') || !(value.endsWith(',') || next.startsWith(','))) continue;
    const whole = `${value.replace(/,+$/, '')},${next.replace(/^,+/, '')}`;
    return `--${m[1]} ${JSON.stringify(value)} is followed by ${JSON.stringify(next)} as an argument of its own: a space after a comma ends the list; if ${JSON.stringify(next.replace(/^,+/, ''))} belongs to it, write --${m[1]} ${whole} (no spaces, or the list in quotes)`;
  }
  return undefined;
}

/**
 * The `--flags` and one-letter `-f` flags in `argv` that the command whose help is `help` does not
 * accept (its own, their one-letter aliases, camel-case and --no- forms, --help and --version), as
 * yargs lists unknown arguments.
 */
function unacceptedFlags(argv: readonly string[], help: string): string[] {
  // A one-letter alias (report's -o, --output) may be typed --o as well.
  const accepted = new Set([...help.matchAll(/^ {1,6}(?:-(\w), )?--([a-z][\w-]*)/gm)].flatMap((m) => (m[1] ? [m[1], m[2]] : [m[2]])));
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return argv.flatMap((a) => {
    // A one-letter flag (`sweep p.yaml -o r`, report's -o) took the argument after it too.
    const letter = /^-([a-zA-Z])(=|$)/.exec(a);
    if (letter) return accepted.has(letter[1]) ? [] : [letter[1]];
    const m = /^--([^=]+)/.exec(a);
    if (!m) return [];
    const name = kebab(m[1]);
    // Listed as yargs lists them: --no-jsn as "jsn".
    return accepted.has(name) || accepted.has(name.replace(/^no-/, '')) ? [] : [m[1].replace(/^no-/, '')];
  });
}

async function main(given: string[]): Promise<void> {
  const argv = helpCommandLine(given);
  const end = argv.indexOf('--');
  if (end >= 0) {
    const after = argv.slice(end + 1);
    throw new UsageError(`nothing after "--" is read${after.length > 0 ? ` (here ${after.map((a) => JSON.stringify(a)).join(' ')})` : ''}; give those arguments without the "--"`);
  }
  const split = splitListSlip(argv);
  if (split) throw new UsageError(split);
  // yargs reports the plan it lacks, not the --plan it was given: `sweep --plan p.yaml` (or --plans, --pla) said only "missing PLAN".
  if (argv[0] === 'sweep') {
    const planFlag = sweepPlanFlagMessage(argv);
    if (planFlag) throw new UsageError(planFlag);
  }
  // yargs reads `--out DIR` as merge's positional OUT, so `merge a b --out m` (sweep's way) took a for OUT and m went nowhere.
  if (argv[0] === 'merge') {
    const flag = argv.slice(1).find((a) => /^--(out|shards?)(=|$)/.test(a));
    if (flag) throw new UsageError(`merge takes no ${flag.split('=')[0]}: name the merged folder first, then the shard folders, cfsim merge OUT SHARD_DIR... (e.g. cfsim merge merged shard0 shard1)`);
  }
  const parser = yargs(argv)
    .scriptName('cfsim')
    .usage('$0 <command> [options]\n\nSimulate compassion fatigue in frontline teams under organizational support policies.')
    .version(VERSION)
    .strict()
    .recommendCommands()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error, context) => {
      if (error) throw error;
      // recommendCommands says only "Did you mean run?", and says it of anything ("help" and "hlep" are "sweep"): name the command, with our closest one.
      if (message.startsWith('Did you mean')) throw new UsageError(unknownCommandMessage(argv[0]));
      // yargs hands the failing command's usage here; its help text lists the flags it accepts.
      const help = (context as unknown as { help?: () => string }).help?.() ?? '';
      if (message.startsWith('Unknown argument')) throw new UsageError(unknownFlagMessage(message, help, argv));
      // An unknown flag takes the argument after it (`sweep --plnas p.yaml`), so yargs, finding an argument or a required flag missing, says only that: name the flag.
      const unaccepted = /^(Not enough non-option arguments|Missing required argument)/.test(message) ? unacceptedFlags(argv, help) : [];
      if (unaccepted.length > 0) throw new UsageError(unknownFlagMessage(`Unknown arguments: ${unaccepted.join(', ')}`, help, argv));
      throw new UsageError(usageMessage(message, help));
    })
    .middleware((args: Record<string, unknown>, ...instance: unknown[]) => {
      // After validation, so an unknown flag is reported as unknown rather than as repeated.
      // yargs passes itself second (its types leave that out); its options record which flags take several values.
      const options = (instance[0] as { getOptions(): DeclaredOptions }).getOptions();
      const refused = [...repeatedFlags(args, options, argv), ...switchValueIssues(options, argv)];
      if (refused.length > 0) throw new UsageError(refused.join('; '));
    }, false)
    .command(
      'run [scenario]',
      'Run replications of a scenario and report outcomes with uncertainty.',
      (y) =>
        simulationOptions(y, 1)
          .positional('scenario', { type: 'string', describe: `A population preset (${POPULATION_IDS.join(', ')}) or a YAML/JSON scenario file. Default: ma-outreach.` })
          .option('policy', { type: 'string', describe: `Policy package(s), comma-separated: ${PACKAGE_IDS.join(', ')}. Default: status-quo (or the file's base.policy).` }),
      async (args) => {
        process.exitCode = await simulate(args, { name: 'policy', value: args.policy }, false, argv);
      },
    )
    .command(
      'compare [scenario]',
      'Run several packages (or scenario files) on the same seeds and report each one\'s difference from the first.',
      (y) =>
        simulationOptions(y, 2)
          .positional('scenario', { type: 'string', describe: `A population preset (${POPULATION_IDS.join(', ')}) or a YAML/JSON scenario file. Default: ma-outreach.` })
          .option('policies', { type: 'string', describe: `Packages to compare, comma-separated; the first is the baseline: ${PACKAGE_IDS.join(', ')}.` })
          .option('scenarios', {
            type: 'string',
            describe: 'Instead of SCENARIO and --policies: scenario files to compare, comma-separated; the first is the baseline. Each is labelled by its name field (else its file name).',
          })
          .option('levers', {
            type: 'boolean',
            default: false,
            describe: 'With --policies A,B: between A and B, one arm per lever group in which B differs from A (A with that group set as B sets it), to see what each does alone.',
          })
          .option('value-per-departure', {
            type: 'string',
            describe: `What avoiding a departure is worth to you in dollars, beyond what the budget already counts for it (0-${MAX_VALUE_PER_DEPARTURE.toLocaleString('en-US')}): adds every arm's net benefit at that value, and the share of futures in which each is best.`,
          })
          .option('budget', {
            type: 'string',
            describe: `A yearly budget for staff support, in the currency of the scenario's prices (0-${MAX_BUDGET.toLocaleString('en-US')}, no separators): says whether each arm's spending on its package beyond the first arm's fits it, on average and in how many futures, and which arm within it is best on average.`,
          }),
      async (args) => {
        process.exitCode = await simulate({ ...args, valuePerDeparture: args['value-per-departure'] }, { name: 'policies', value: args.policies }, true, argv);
      },
    )
    .command(
      'report <results>',
      'Build a self-contained HTML report (or SVG/PNG figures) from a results folder.',
      (y) =>
        y
          .positional('results', { type: 'string', demandOption: true, describe: 'A results folder written by run --out or compare --out, or a sweep folder (sweep --out, merge).' })
          .option('o', { alias: 'output', type: 'string', describe: 'html: the .html (or .htm) file to write, or a folder to hold report.html (default RESULTS/report.html); svg, png: the folder (default RESULTS/figures).' })
          .option('format', { choices: REPORT_FORMATS, default: 'html' as const, describe: 'html: one offline file; svg or png: one file per chart.' })
          .option('bootstrap', { type: 'string', describe: `A sweep's Sobol and Morris intervals: bootstrap resamples, 0 (none) or ${MIN_BOOTSTRAP}-${MAX_BOOTSTRAP}. Default: those its analysis.json records (or sweep.json keeps, past a resume or merge), else ${DEFAULT_BOOTSTRAP}.` })
          .option('value-per-departure', {
            type: 'string',
            describe: `A comparison's net-benefit table at this value of a departure avoided, in dollars (0-${MAX_VALUE_PER_DEPARTURE.toLocaleString('en-US')}). Default: the value compare was run with, if any.`,
          })
          .option('budget', {
            type: 'string',
            describe: `A comparison judged against this yearly budget for staff support, in the currency of the scenario's prices (0-${MAX_BUDGET.toLocaleString('en-US')}, no separators), from its replications.csv as compare --budget judges it. Default: the budget compare was run with, if any.`,
          }),
      async (args) => {
        const issues: InputIssue[] = [];
        const bootstrap = bootstrapFlag(args.bootstrap, issues);
        const valuePerDeparture = numberFlag('value-per-departure', args['value-per-departure'], 0, MAX_VALUE_PER_DEPARTURE, issues, '50000');
        const budget = numberFlag('budget', args.budget, 0, MAX_BUDGET, issues, '60000');
        // No results to report on: that alone, not also where a report of them would go.
        const noResults = noFolderIssue('RESULTS_DIR', args.results, 'a results folder', '; name a folder written by cfsim run --out DIR, cfsim compare --out DIR or cfsim sweep PLAN --out DIR');
        // The flags this kind of folder does not take are named with those refused as read, after them, in one message.
        if (!noResults) {
          const given = { bootstrap: bootstrap ?? args.bootstrap, valuePerDeparture: valuePerDeparture ?? args['value-per-departure'], budget: budget ?? args.budget };
          issues.splice(0, issues.length, ...withFolderRefusals(issues, reportFlagRefusals(args.results, isSweepFolder(args.results), given)));
        }
        if (noResults) issues.push(noResults);
        else if (args.o !== undefined) {
          if (args.format === 'html') {
            const figures = (format: string) => `for figure files (SVG or PNG, one per chart) give ${format}, with -o naming the folder for them (default ${join(args.results, FIGURES_FOLDER)})`;
            issues.push(...htmlReportIssues('-o', args.o, reportFilePath(args.o), args.results, figures));
          } else {
            checkOutputPath('-o', args.o, 'folder', issues);
            // A folder named like a figure or report file (fig.png) is more likely a slip than a wish.
            const extension = extname(args.o).toLowerCase();
            if (FILE_LIKE_EXTENSIONS.includes(extension) && !existsSync(args.o)) {
              issues.push({ path: '-o', value: args.o, message: `${JSON.stringify(args.o)} names a file, but --format ${args.format} writes one file per chart into a folder: name a folder for them with -o (e.g. ${JSON.stringify(args.o.slice(0, -extension.length))}), which is made if it is missing` });
            }
            const other = otherResultsIssue('-o', args.o, args.o, args.results);
            if (other) issues.push(other);
          }
        } else if (existsSync(args.results)) {
          // The report goes into the results folder, which must then be writable.
          const inside: InputIssue[] = [];
          checkOutputPath('RESULTS_DIR', args.format === 'html' ? join(args.results, 'report.html') : join(args.results, FIGURES_FOLDER), args.format === 'html' ? 'file' : 'folder', inside);
          issues.push(...inside.map((i) => ({ ...i, message: `${i.message}, where the report goes by default; write it elsewhere with -o` })));
        }
        throwIfIssues(issues);
        const written = await writeReport(args.results, args.format, args.o, {
          warn: (warning) => writeReadable(process.stderr, `cfsim: warning: ${warning}\n`),
          note: (line) => writeReadable(process.stderr, `cfsim: ${line}\n`),
          bootstrap,
          valuePerDeparture,
          budget,
        });
        const folder = args.format === 'html' ? undefined : (args.o ?? join(args.results, FIGURES_FOLDER));
        writeReadable(
          process.stderr,
          written.length === 1 ? `wrote ${written[0]}\n` : written.length > 0 ? `wrote ${written.length} files to ${folder}\n` : `wrote no files to ${folder}: these results have no charts to draw\n`,
        );
      },
    )
    .command(
      'sweep <plan>',
      'Run a parameter sweep (grid, random, Latin hypercube, Sobol or Morris) from a plan file.',
      (y) =>
        y
          .positional('plan', { type: 'string', demandOption: true, describe: 'A sweep plan: YAML, or strict JSON in a .json file (see README, "Sweeps").' })
          .option('out', { type: 'string', demandOption: true, describe: 'Folder for plan.json, runs.csv and sweep.json.' })
          .option('threads', { type: 'string', describe: `Worker threads (1-256; the results are the same for any). Default: this machine's available parallelism (${DEFAULT_THREADS}); with --emit slurm, each array task's CPUs, default 1.` })
          .option('resume', { type: 'boolean', default: false, describe: 'Continue a stopped sweep in --out, skipping finished runs.' })
          .option('shard', { type: 'string', describe: 'Run only shard I of N (I from 0 to N-1), e.g. 2/8.' })
          .option('emit', { choices: ['slurm'] as const, describe: 'Write Slurm scripts for a sharded run instead of running.' })
          .option('shards', { type: 'string', describe: `Shards for --emit slurm (1 to the plan's runs, at most ${MAX_SLURM_SHARDS}; default 4).` }),
      async (args) => {
        const issues: InputIssue[] = [];
        const threads = integerFlag('threads', args.threads, DEFAULT_THREADS, 1, 256, issues);
        // At most MAX_SLURM_SHARDS and the plan's runs: checked once the plan is read, each with its own reason.
        const shards = integerFlag('shards', args.shards, 4, 1, MAX_RUNS, issues);
        if (issues.length > 0 && issues[issues.length - 1].path === '--shards') {
          issues[issues.length - 1] = { path: '--shards', value: args.shards, message: `${JSON.stringify(String(args.shards))} is not allowed; expected a whole number from 1 to ${MAX_SLURM_SHARDS}, and at most the plan's runs` };
        }
        if (args.shards !== undefined && args.emit !== 'slurm') {
          issues.push({ path: '--shards', value: args.shards, message: 'applies only with --emit slurm; to run one shard here, use --shard I/N' });
        }
        if (args.emit === 'slurm') {
          // The generated array task i runs --shard i/N --resume itself: these flags would be dropped.
          if (args.shard !== undefined) {
            issues.push({ path: '--shard', value: args.shard, message: 'cannot be combined with --emit slurm, whose array task i runs shard i of --shards N; give the number of shards with --shards N, or drop --emit slurm to run one shard here' });
          }
          if (args.resume) {
            issues.push({ path: '--resume', value: true, message: 'cannot be combined with --emit slurm: the scripts it writes already pass --resume to every shard, so a requeued or resubmitted task continues where it stopped; drop --resume (to continue a shard here, run cfsim sweep PLAN --out DIR/shard-I --shard I/N --resume)' });
          }
          const directive = slurmDirectiveIssue('--out', resolve(args.out));
          if (directive) issues.push(directive);
        }
        const outIssues = issues.length;
        checkOutputPath('--out', args.out, 'folder', issues);
        // A complete sweep on a read-only mount (an archive, a finished job's scratch): a requeued --resume writes nothing there.
        const unwritable = args.resume && args.emit === undefined && holdsCompleteSweep(args.out) ? issues.splice(outIssues) : [];
        if (args.emit === 'slurm') {
          // The scripts, shards and merged folder go inside --out, which a run's results must not share (as runSweep refuses).
          const runFolder = otherKindIssue('--out', args.out, 'sweep', 'write the sweep to another folder');
          if (runFolder) issues.push(runFolder);
        }
        let shard: { index: number; count: number } | undefined;
        if (args.shard !== undefined) {
          const m = /^(\d+)\/(\d+)$/.exec(args.shard);
          if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) issues.push({ path: '--shard', value: args.shard, message: `${JSON.stringify(args.shard)} is not allowed; expected I/N with 0 ≤ I < N, e.g. 0/4` });
          else shard = { index: Number(m[1]), count: Number(m[2]) };
        }
        // A folder given as the plan file is said as the other sweep messages say it (what it is, what to give instead, with the flags given).
        const folderAsPlan = folderAsPlanIssue(args.plan, sweepCommandWithPlan(argv));
        if (folderAsPlan) issues.push(folderAsPlan);
        // The plan file's problems are headed as validate heads them ("invalid sweep plan plan.yaml:"),
        // the flags' alone "invalid command line:"; beside each other, both are named.
        const flagIssues = issues.length;
        let levelsGiven = true;
        const plan = folderAsPlan ? undefined : collectIssues(issues, () => {
          const input = readPlanFile(args.plan);
          levelsGiven = planGivesLevels(input);
          return resolvePlan(input);
        });
        const unresumable = !plan && args.resume ? storedPlanResumeIssue(args.out, VERSION) : undefined;
        if (unresumable) issues.push(unresumable);
        throwIfIssues(issues, plan || folderAsPlan ? 'command line' : flagIssues > 0 ? `command line and ${planSubject(args.plan)}` : planSubject(args.plan));
        if (!plan) return;
        if (shard && shard.count > designPointCount(plan) * plan.reps) {
          const runs = designPointCount(plan) * plan.reps;
          throwIfIssues([{ path: '--shard', value: args.shard, message: `${shard.index}/${shard.count} is ${shard.count} shards, more than the plan's ${runs} runs (each shard takes the runs with run mod N = I, so some shards would have none); give N from 1 to ${runs}` }]);
        }
        // Before any run: a Sobol design too small for independent A and B samples biases some indices toward 0.
        const design = planDesign(plan);
        // A whole-number field given more levels than its range holds runs fewer: said before the runs, as validate says it.
        for (const capped of cappedLevelsWarnings(plan, levelsGiven)) writeReadable(process.stderr, `Warning: ${capped}\n`);
        const overlaps = designOverlaps(plan, design.design);
        if (overlaps) writeReadable(process.stderr, `Warning: ${designOverlapWarning(overlaps)}\n`);
        const draws = planDrawsWarningOf(plan, design.values);
        if (draws) writeReadable(process.stderr, `Warning: ${draws}\n`);
        const noise = independentNoiseWarning(plan.design, plan.randomNumbers, true);
        if (noise) writeReadable(process.stderr, `Warning: ${noise}\n`);
        if (args.emit === 'slurm') {
          // runSweep checks this itself; here the scripts would run shards that fail.
          const unrunnable = unrunnablePoint(plan, design.values);
          if (unrunnable) throwIfIssues([unrunnable], planSubject(args.plan));
          const runs = designPointCount(plan) * plan.reps;
          const given = args.shards === undefined ? `${shards} (the default)` : String(shards);
          const most = Math.min(runs, MAX_SLURM_SHARDS);
          if (shards > runs) {
            throwIfIssues([{ path: '--shards', value: args.shards ?? shards, message: `${given} is more shards than the plan's ${runs} runs (each shard takes the runs with run mod N = I, so some shards would have none); give --shards from 1 to ${most}` }]);
          }
          if (shards > MAX_SLURM_SHARDS) {
            throwIfIssues([{ path: '--shards', value: args.shards, message: `${given} is more array tasks than Slurm's default MaxArraySize (${MAX_SLURM_SHARDS}: array indices 0 to ${MAX_SLURM_SHARDS - 1}) takes; give --shards from 1 to ${most}, and more threads per shard with --threads` }]);
          }
          const files = writeSlurmScripts({ planText: `${JSON.stringify(planInput(plan), null, 2)}\n`, out: args.out, shards, threads: args.threads === undefined ? 1 : threads, name: plan.name, emittedBy: { command: commandLine(argv), cwd: process.cwd() } });
          process.stdout.write(`wrote ${files.join(', ')}\nsubmit with: bash ${shellQuote(files[2])}\n`);
          return;
        }
        // A point that cannot run is the plan file's problem: named with the file, as validate names it.
        const summary = await runSweep({ plan, out: args.out, threads, resume: args.resume, shard, version: VERSION, command: commandLine(argv), ...(unwritable.length > 0 ? { unwritable } : {}) }).catch((error: unknown) => {
          throw error instanceof InputError && error.subject === 'sweep plan' ? new InputError(error.issues, planSubject(args.plan)) : error;
        });
        const resume = ['cfsim', 'sweep', args.plan, '--out', args.out, ...(shard ? ['--shard', `${shard.index}/${shard.count}`] : []), ...(args.threads !== undefined ? ['--threads', String(threads)] : []), '--resume'];
        writeReadable(process.stderr, summary.untouched ? untouchedSweepLine(summary, args.out) : sweepClosingLine(summary, join(args.out, 'runs.csv'), resume.map(commandWord).join(' ')));
        if (summary.status === 'interrupted') process.exitCode = summary.signal === undefined ? EXIT_FAILURE : signalExitCode(summary.signal);
        else if (summary.failures > 0) {
          writeReadable(process.stderr, `cfsim: ${summary.failures} run${summary.failures === 1 ? '' : 's'} failed; runs.csv holds each error (status "error"), and analyze leaves them out\n`);
          process.exitCode = EXIT_FAILURE;
        }
      },
    )
    .command(
      'analyze <dir>',
      'Sensitivity analysis of a finished sweep: Sobol indices, Morris effects, or a table per point (with PRCC for random and lhs designs, and paired differences from point 0, or --vs, for a grid).',
      (y) =>
        y
          .positional('dir', { type: 'string', demandOption: true, describe: 'A sweep folder.' })
          .option('bootstrap', { type: 'string', describe: `Bootstrap resamples for Sobol and Morris intervals: 0 (none) or ${MIN_BOOTSTRAP}-${MAX_BOOTSTRAP} (default: those an earlier --bootstrap chose, kept past a resume or merge, else ${DEFAULT_BOOTSTRAP}).` })
          .option('json', { type: 'boolean', default: false, describe: 'Print analysis.json on stdout.' })
          .option('vs', { type: 'string', describe: "A grid's paired differences from this point: its number in the points table, or its values as PATH=VALUE,... (default: the point an earlier --vs chose, kept past a resume or merge; --vs 0 for point 0 again)." })
          .option('value-per-departure', {
            type: 'string',
            describe: `A grid's value for money: what avoiding a departure is worth to you in dollars, beyond what the budget already counts for it (0-${MAX_VALUE_PER_DEPARTURE.toLocaleString('en-US')}): adds each point's departures avoided, net cost and net benefit a year against the --vs point, and the point best on average (the plan must keep leaversPerYear and teamCostPerYear).`,
          }),
      (args) => {
        const issues: InputIssue[] = [];
        const bootstrap = bootstrapFlag(args.bootstrap, issues);
        const valuePerDeparture = numberFlag('value-per-departure', args['value-per-departure'], 0, MAX_VALUE_PER_DEPARTURE, issues, '50000');
        // The flags refused here are named with those the folder refuses (analyzeSweep's flagIssues), in one message.
        // Without --vs, from the point an earlier --vs chose (analysis.json records it; past a resume or
        // merge that removed it, sweep.json keeps it), as report measures; else from point 0.
        const recorded = args.vs === undefined ? recordedBaseline(args.dir) : undefined;
        const note = (line: string) => writeReadable(process.stderr, `cfsim: ${line}\n`);
        // Without --bootstrap, the resamples an earlier --bootstrap chose (kept likewise), else the default.
        const recordedCount = bootstrap === undefined ? recordedBootstrap(args.dir) : undefined;
        const analysis = analyzeSweep(args.dir, bootstrap ?? recordedCount?.count, (warning) => writeReadable(process.stderr, `cfsim: warning: ${warning}\n`), args.vs, { recorded, note, valuePerDeparture, bootstrapChosen: bootstrap !== undefined || recordedCount?.chosen === true, flagIssues: issues });
        const countNote = recordedCount && analysis.bootstrap !== undefined ? recordedBootstrapNote(recordedCount, args.dir) : undefined;
        if (countNote !== undefined) note(countNote);
        // Value for money is measured as the paired differences are: where there are none, say so rather than print nothing, and why
        // (beside --json too, which has no text to say it): --vs names a point with a run, and a recorded one without falls back, so it is point 0.
        if (valuePerDeparture !== undefined && analysis.valueForMoney === undefined) {
          writeReadable(process.stderr, `cfsim: warning: no value for money at --value-per-departure ${valuePerDeparture}: it is measured as the paired differences are, from point 0, which has no successful run in this folder (--vs POINT measures them from a point that has one)\n`);
        }
        const unused = unusedBootstrapWarning(analysis.design, bootstrap);
        if (unused !== undefined) writeReadable(process.stderr, `cfsim: warning: ${unused}\n`);
        // The text starts with the warning; beside JSON it goes to stderr, so a shard or an unfinished sweep never passes unnoticed.
        // What resumes an unfinished sweep names its plan file where the folder records it.
        const plan = resumePlanWord(args.dir);
        const warning = analysisWarning(analysis, args.dir, plan);
        if (args.json && warning !== undefined) writeReadable(process.stderr, `cfsim: warning: ${warning}\n`);
        if (args.json) process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
        else writeReadable(process.stdout, analysisText(analysis, args.dir, plan));
      },
    )
    .command(
      'merge <out> <shards..>',
      'Combine shard folders into one sweep folder whose runs.csv and plan.json are those of an unsharded run (sweep.json adds mergedFrom).',
      (y) =>
        y
          .positional('out', { type: 'string', demandOption: true, describe: 'The merged sweep folder.' })
          .positional('shards', { type: 'string', array: true, demandOption: true, default: undefined, describe: 'Shard folders.' })
          .option('allow-partial', { type: 'boolean', default: false, describe: 'Merge even if some runs are missing.' }),
      (args) => {
        const issues: InputIssue[] = [];
        checkOutputPath('OUT', args.out, 'folder', issues);
        throwIfIssues(issues);
        const { runs, missing, notes } = mergeShards(args.out, args.shards as string[], args['allow-partial'], commandLine(argv));
        writeReadable(process.stderr, `merged ${runs} runs into ${args.out}${missing > 0 ? ` (${missing} missing)` : ''}\n`);
        for (const line of notes) writeReadable(process.stderr, `cfsim: ${line}\n`);
      },
    )
    .command(
      'app',
      'Serve the classroom app and print its address: on this computer only, or with --host 0.0.0.0 on the local network too.',
      (y) =>
        y
          .option('port', { type: 'string', describe: 'Port to listen on (default 8080; 0 picks a free one).' })
          .option('host', {
            type: 'string',
            describe: `Address to listen on (default ${DEFAULT_HOST}: this computer only; 0.0.0.0: every network interface, so students on the local network can open the app and its copied links).`,
          }),
      async (args) => {
        const issues: InputIssue[] = [];
        const port = integerFlag('port', args.port, 8080, 0, 65535, issues);
        const host = hostFlag(args.host, issues);
        throwIfIssues(issues);
        const server = await serveApp(WEB_ROOT, port, host).catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
            const why = error.code === 'EADDRINUSE' ? 'is already in use' : 'needs privileges this user lacks';
            throw new InputError([{ path: '--port', value: port, message: `port ${port} ${why}; choose another with --port N, or --port 0 for a free one` }], 'command line');
          }
          // A host that is no address of this computer, or a name that does not resolve to one.
          const hostWhy: Record<string, string> = {
            EADDRNOTAVAIL: 'is not an address of this computer',
            ENOTFOUND: 'names no computer that can be found',
            EAI_AGAIN: 'could not be looked up (no name server answered)',
            EAFNOSUPPORT: 'is of an address family this computer does not support',
          };
          const why = error.code === undefined ? undefined : hostWhy[error.code];
          if (why === undefined) throw error;
          throw new InputError([{ path: '--host', value: host, message: `${JSON.stringify(host)} ${why}; give one of its addresses, or --host 0.0.0.0 for every network interface, or --host ${DEFAULT_HOST} for this computer only` }], 'command line');
        });
        const address = server.address();
        const actual = typeof address === 'object' && address ? address.port : port;
        // Listening for Ctrl-C and SIGTERM before the address is printed: one sent the moment it appears
        // (by a script that waits for it) found no listener yet and killed the process, not exit 0.
        const stopped = new Promise<void>((resolve) => {
          const stop = () => server.close(() => resolve());
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        process.stdout.write(listeningText(host, actual));
        await stopped;
      },
    )
    .command(
      'list',
      'List the population presets, the policy packages and the seed studies.',
      (y) => y,
      () => {
        // On a terminal each description wraps under its own column; piped, each entry is one line.
        const width = wrapWidth(process.stdout);
        const entry = (term: string, description: string) => definitionLine(`  ${term}`, description, 28, width);
        const lines = ['Population presets (SCENARIO):'];
        for (const id of POPULATION_IDS) lines.push(entry(id, `${POPULATIONS[id].summary}${id === 'ma-outreach' ? ' [default]' : ''}`));
        lines.push('', 'Policy packages (--policy):');
        for (const id of PACKAGE_IDS) lines.push(entry(id, `${PACKAGES[id].summary}${id === 'status-quo' ? ' [default]' : ''}`));
        // "seed 003" in the presets' texts (and docs) is a seed study, not a random seed: say which.
        lines.push('', 'Seed studies (the presets\' "seed NNN", whose figures the defaults draw on):');
        for (const [id, s] of Object.entries(SEED_STUDIES)) lines.push(entry(`seed ${id}`, `${s.citation}: ${s.study}.`));
        process.stdout.write(`${lines.join('\n')}\n`);
      },
    )
    .command(
      'show [scenario]',
      'Print the fully-resolved scenario (every field, defaults filled in).',
      (y) =>
        y
          .positional('scenario', { type: 'string', describe: 'A population preset or a scenario file. Default: ma-outreach.' })
          .option('policy', { type: 'string', describe: `Policy package: ${PACKAGE_IDS.join(', ')}. Default: status-quo (or the file's base.policy).` })
          .option('days', { type: 'string', describe: "Simulated days (1-36500), or with a unit: 10d, 26w, 3y. Default: the scenario's (1095)." })
          .option('set', { type: 'string', array: true, describe: 'Override a field: PATH=VALUE (repeatable).' })
          .option('format', { choices: ['yaml', 'json'] as const, default: 'yaml' as const, describe: 'Output format.' }),
      (args) => {
        const issues: InputIssue[] = [];
        const overrides = scenarioOverrides(args, issues);
        const scenario = collectIssues(issues, () => loadScenario(args.scenario, args.policy, overrides, '--policy'));
        throwIfIssues(issues, issuesSubject(issues, [args.scenario]));
        if (!scenario) return;
        process.stdout.write(args.format === 'json' ? `${JSON.stringify(scenario, null, 2)}\n` : toYaml(scenario, { lineWidth: 0 }));
      },
    )
    .command(
      'validate <file>',
      'Check a scenario file or a sweep plan; print every problem found.',
      (y) => y.positional('file', { type: 'string', demandOption: true, describe: 'A scenario file or sweep plan: YAML, or strict JSON in a .json file.' }),
      (args) => {
        writeReadable(process.stdout, validationText(args.file));
      },
    )
    .command(
      'schema',
      'Print the JSON Schema of the scenario format (for editor completion and checking).',
      (y) => y,
      () => {
        const schema: Record<string, unknown> = {
          $schema: 'https://json-schema.org/draft/2020-12/schema',
          $id: 'https://cfsim.org/schema/scenario.json',
          title: 'CFSim scenario',
          ...jsonSchemaOf(scenarioField),
        };
        const properties = schema.properties as Record<string, unknown>;
        properties.base = {
          type: 'object',
          description: 'Presets this scenario builds on; its own fields override them.',
          additionalProperties: false,
          properties: {
            population: { type: 'string', enum: [...POPULATION_IDS], default: 'ma-outreach', description: 'Population preset.' },
            policy: { type: 'string', enum: [...PACKAGE_IDS], default: 'status-quo', description: 'Policy package.' },
          },
        };
        process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
      },
    )
    .command(
      'starting-levels [scenario]',
      'Calibrate population.startingLevels: print the levels a scenario settles at, to start its day-0 staff there.',
      (y) =>
        y
          .positional('scenario', { type: 'string', describe: 'A population preset or a scenario file. Default: ma-outreach.' })
          .option('policy', { type: 'string', describe: 'Policy package. Default: status-quo (or the file\'s base.policy).' })
          .option('set', { type: 'string', array: true, describe: 'Override a field: PATH=VALUE (repeatable).' })
          .option('reps', { type: 'string', describe: `Replications per round (1-100000). Default: ${CALIBRATION_DEFAULTS.reps}.` })
          .option('days', { type: 'string', describe: `Days per run (2-36500), or with a unit: 10d, 26w, 3y. Default: ${CALIBRATION_DEFAULTS.days}.` })
          .option('settled-from', { type: 'string', describe: `First day of the window the settled means are taken over (0 to days - 1). Default: ${CALIBRATION_DEFAULTS.settledFrom}, or half of --days when that is shorter.` })
          .option('rounds', { type: 'string', describe: `Rounds of calibration (0-20; 0 measures the scenario's own levels). Default: ${CALIBRATION_DEFAULTS.rounds}.` })
          .option('seed', { type: 'string', describe: `Experiment seed (0-${MAX_SEED}). Default: ${DEFAULT_SEED}.` })
          .option('threads', { type: 'string', describe: `Worker threads for each round's replications (1-256; the result is the same for any). Default: this machine's available parallelism (${DEFAULT_THREADS}).` }),
      async (args) => {
        const issues: InputIssue[] = [];
        const overrides = scenarioOverrides({ set: args.set }, issues);
        const reps = integerFlag('reps', args.reps, CALIBRATION_DEFAULTS.reps, 1, 100000, issues);
        const days = daysFlag(args.days, CALIBRATION_DEFAULTS.days, 2, 36500, issues);
        const settledFrom = integerFlag('settled-from', args['settled-from'], Math.min(CALIBRATION_DEFAULTS.settledFrom, Math.floor(days / 2)), 0, days - 1, issues);
        const rounds = integerFlag('rounds', args.rounds, CALIBRATION_DEFAULTS.rounds, 0, 20, issues);
        const seed = integerFlag('seed', args.seed, DEFAULT_SEED, 0, MAX_SEED, issues);
        const threads = integerFlag('threads', args.threads, DEFAULT_THREADS, 1, 256, issues);
        const scenario = collectIssues(issues, () => loadScenario(args.scenario, args.policy, overrides, '--policy'));
        throwIfIssues(issues, issuesSubject(issues, [args.scenario]));
        if (!scenario) return;
        const file = args.scenario !== undefined && !isPopulationId(args.scenario) ? args.scenario : undefined;
        // Every round runs the same replications: the threads one of them keeps busy serve them all.
        const lanes = laneCount(reps, threads, 1);
        const pool = replicationPool(lanes);
        // Every round's replications on one progress line (stderr, on a terminal only), as run's.
        const progress = new Progress((rounds + 1) * reps, 'replications');
        const { yaml, measures } = await startingLevelsText(scenario, { reps, days, settledFrom, rounds, seed }, countedReplications(recordsOnPool(pool, lanes), progress), { file, set: args.set }).finally(() => {
          progress.finish();
          return pool.terminate();
        });
        writeReadable(process.stderr, measures);
        writeReadable(process.stdout, yaml);
      },
    )
    .command(
      'calibrate [scenario]',
      "Match one scenario field to a figure your team has: the value at which a metric's mean meets it.",
      (y) =>
        y
          .positional('scenario', { type: 'string', describe: 'A population preset or a scenario file. Default: ma-outreach.' })
          .option('target', { type: 'string', describe: 'The figure to meet: METRIC=VALUE, such as turnoverPerYear=0.35 (35% a year) or proqolBO=24 (required).' })
          .option('vary', { type: 'string', describe: 'The field that moves to meet it, by path, such as community.demandPerSeat (required; a number field, not a whole-number one).' })
          .option('range', { type: 'string', describe: "The values searched: MIN,MAX. Default: half to twice the scenario's value (within the field's range)." })
          .option('policy', { type: 'string', describe: "Policy package. Default: status-quo (or the file's base.policy)." })
          .option('set', { type: 'string', array: true, describe: 'Override a field: PATH=VALUE (repeatable).' })
          .option('reps', { type: 'string', describe: `Replications at each value (2-100000). Default: ${CALIBRATE_DEFAULTS.reps}.` })
          .option('days', { type: 'string', describe: "Simulated days (1-36500), or with a unit: 10d, 26w, 3y. Default: the scenario's (1095)." })
          .option('seed', { type: 'string', describe: `Experiment seed (0-${MAX_SEED}). Default: ${DEFAULT_SEED}.` })
          .option('threads', { type: 'string', describe: `Worker threads for each value's replications (1-256; the result is the same for any). Default: this machine's available parallelism (${DEFAULT_THREADS}).` })
          .option('json', { type: 'boolean', default: false, describe: 'Print the machine-readable result on stdout (and on stderr only warnings and errors).' }),
      async (args) => {
        const issues: InputIssue[] = [];
        const overrides = scenarioOverrides({ set: args.set, days: args.days }, issues);
        const reps = integerFlag('reps', args.reps, CALIBRATE_DEFAULTS.reps, 2, 100000, issues, 'the interval of each mean needs two');
        const seed = integerFlag('seed', args.seed, DEFAULT_SEED, 0, MAX_SEED, issues);
        const threads = integerFlag('threads', args.threads, DEFAULT_THREADS, 1, 256, issues);
        if (args.target === undefined) issues.push({ path: '--target', value: undefined, message: 'is required: the figure to meet, METRIC=VALUE, such as turnoverPerYear=0.35' });
        if (args.vary === undefined) issues.push({ path: '--vary', value: undefined, message: 'is required: the field that moves to meet the figure, such as community.demandPerSeat' });
        const target = args.target === undefined ? undefined : targetFlag(args.target, issues);
        // The file is read once: every value is resolved from the same text.
        const load = collectIssues(issues, () => scenarioLoader(args.scenario, args.policy, '--policy'));
        const scenario = load && collectIssues(issues, () => load(overrides));
        const vary = args.vary === undefined ? undefined : varyFlags(args.vary, args.range, scenario, overrides, issues);
        const beyond = target && vary && scenario ? turnoverBeyondCeiling(target.metric, target.target, scenario, vary) : undefined;
        if (beyond) issues.push({ path: '--target', value: args.target, message: beyond });
        throwIfIssues(issues, issuesSubject(issues, [args.scenario]));
        if (!load || !scenario || !target || !vary) return;
        const t = { ...target, ...vary };
        const file = args.scenario !== undefined && !isPopulationId(args.scenario) ? args.scenario : undefined;
        const run = { scenario, file, set: args.set, reps, seed };
        const warnings = plausibilityMessages([scenario]);
        writeReadable(process.stderr, plausibilityLines([scenario]));
        if (!args.json) writeReadable(process.stderr, calibrationHeading(run, t));
        const steps: number[] = [];
        let running: number | undefined;
        const runs = new CalibrationRuns(t.metric, threads, VERSION, commandLine(argv), !args.json);
        const result = await calibrateField({
          scenarioAt: (value) => {
            running = value;
            return load([...overrides, [vary.path, value]]);
          },
          metric: t.metric,
          target: t.target,
          range: vary.range,
          seed,
          reps,
          halvings: CALIBRATE_DEFAULTS.halvings,
          replications: runs.replications,
          onStep: (step) => {
            steps.push(step.value);
            if (!args.json) writeReadable(process.stderr, stepLine(step, vary.path));
          },
        }).catch((error: unknown) => {
          // A replication that failed is reproduced at its value: cfsim run with --set PATH=VALUE and the seed.
          if (error instanceof WorkerFailure) {
            writeReadable(process.stderr, `cfsim: calibrate failed at ${vary.path} ${running}: ${error.message}\n`);
            process.exitCode = EXIT_FAILURE;
            return undefined;
          }
          if (!(error instanceof CalibrationStopped)) throw error;
          // Nothing is written before a value is matched: stopping loses only the values run.
          writeReadable(process.stderr, `cfsim: calibrate ${error.message} after ${steps.length} value${steps.length === 1 ? '' : 's'} run; nothing was matched or printed\n`);
          process.exitCode = error.signal === undefined ? EXIT_FAILURE : signalExitCode(error.signal);
          return undefined;
        }).finally(() => runs.close());
        if (!result) return;
        const unmeasured = unmeasuredWarning(t, result.steps, reps);
        if (unmeasured) {
          warnings.push(unmeasured);
          writeReadable(process.stderr, `cfsim: warning: ${unmeasured}\n`);
        }
        if (result.kind !== 'matched') throwIfIssues([unmatchedIssue(t, result)]);
        else if (args.json) process.stdout.write(`${JSON.stringify(calibrationJson(run, t, result, warnings), null, 2)}\n`);
        else {
          const { yaml, summary } = calibrationText(run, t, result);
          writeReadable(process.stderr, summary);
          writeReadable(process.stdout, yaml);
        }
      },
    )
    .command(
      'validation-report',
      'Run the calibration checks (docs/VALIDATION.md lists them) and write the validation report.',
      (y) =>
        y
          .option('out', { type: 'string', describe: `Where to write the Markdown report: a file, or a folder to hold ${VALIDATION_FILE} (relative to the current folder). Default: this project's docs/${VALIDATION_FILE}, wherever the command runs.` })
          .option('reps', { type: 'string', describe: `Replications per run (2-100000): the report makes ${validationRunsWords(validationRunPlan())}, and one run serves one check or several. Default: ${VALIDATION_REPS}.` })
          .option('seed', { type: 'string', describe: `Experiment seed (0-${MAX_SEED}). Default: ${DEFAULT_SEED}.` })
          .option('threads', { type: 'string', describe: `Worker threads for each run's replications (1-256; the report is the same for any). Default: this machine's available parallelism (${DEFAULT_THREADS}).` }),
      async (args) => {
        const issues: InputIssue[] = [];
        const reps = integerFlag('reps', args.reps, VALIDATION_REPS, 2, 100000, issues);
        const seed = integerFlag('seed', args.seed, DEFAULT_SEED, 0, MAX_SEED, issues);
        const threads = integerFlag('threads', args.threads, DEFAULT_THREADS, 1, 256, issues);
        const out = validationReportPath(args.out);
        checkOutputPath('--out', out, 'file', issues);
        const dataFile = dataFileNameIssue('--out', args.out ?? out, out, VALIDATION_FILE, 'the validation report');
        if (dataFile) issues.push(dataFile);
        throwIfIssues(issues);
        // Every run makes the same number of replications: the threads one of them keeps busy serve them all.
        const lanes = laneCount(reps, threads, 1);
        const pool = replicationPool(lanes);
        // Every run's replications on one progress line (stderr, on a terminal only), as run's.
        const progress = new Progress(validationRunPlan().length * reps, 'replications');
        const report = await validationReport({ reps, seed, version: VERSION, tallies: countedReplications(talliesOnPool(pool, lanes), progress) }).finally(() => {
          progress.finish();
          return pool.terminate();
        });
        writeFileAtomically(out, report.markdown);
        // Written either way, with the failures marked; a failing check fails the command, so a script or CI notices.
        const failing = report.failed.length > 0 ? `; failing: ${report.failed.join(', ')}` : '';
        writeReadable(process.stderr, `wrote ${resolve(out)}: ${report.passed} of ${report.total} checks pass${failing}\n`);
        if (report.failed.length > 0) process.exitCode = EXIT_FAILURE;
      },
    )
    .command(
      'scenario-docs',
      false,
      (y) => y.option('out', { type: 'string', describe: "Default: this project's docs/SCENARIO.md, wherever the command runs." }),
      (args) => {
        const issues: InputIssue[] = [];
        const out = args.out ?? PROJECT_SCENARIO_REFERENCE;
        checkOutputPath('--out', out, 'file', issues);
        const dataFile = dataFileNameIssue('--out', out, out, 'SCENARIO.md', 'the scenario reference');
        if (dataFile) issues.push(dataFile);
        throwIfIssues(issues);
        writeFileAtomically(out, scenarioReference());
      },
    )
    .demandCommand(1, `Name a command: ${COMMANDS.slice(0, -1).join(', ')} or ${COMMANDS[COMMANDS.length - 1]} (see cfsim --help).`)
    .help()
    .alias('help', 'h');
  await parser.parseAsync();
}

tolerateClosedReader(process.stdout, 'the standard output', (line) => process.stderr.write(`cfsim: ${line}\n`));
tolerateClosedReader(process.stderr, 'the standard error', () => {});
try {
  await main(hideBin(process.argv));
} catch (error) {
  if (error instanceof InputError) {
    writeReadable(process.stderr, `cfsim: ${error.message}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  } else if (error instanceof WorkerFailure) {
    writeReadable(process.stderr, `cfsim: run failed: ${error.message}\n`);
    process.exitCode = EXIT_FAILURE;
  } else if (error instanceof CheckpointNotSaved) {
    writeReadable(process.stderr, `cfsim: ${error.message}\n`);
    process.exitCode = EXIT_FAILURE;
  } else if (error instanceof UsageError) {
    writeReadable(process.stderr, `cfsim: ${error.message}\nRun "cfsim --help" for usage.\n`);
    process.exitCode = EXIT_BAD_INPUT;
  } else if (fileSystemFailure(error)) {
    // Output paths are checked before any work; this is what no check can foresee (a full disk, a file removed mid-run).
    writeReadable(process.stderr, `cfsim: ${fileSystemFailure(error)}\n`);
    process.exitCode = EXIT_FAILURE;
  } else {
    // A failure of what undid the failed step after it (afterUndoing) is said too, as fileSystemFailure says it.
    const undone = undoFailureOf(error);
    process.stderr.write(`cfsim: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n${undone === undefined ? '' : `cfsim: undoing what came before it failed too: ${undone}\n`}`);
    process.exitCode = EXIT_FAILURE;
  }
}

