import { existsSync, readFileSync, statSync } from 'node:fs';
import { InputError, closest, type InputIssue } from '../sim/params/issues';
import { parseScenarioText, type FileKind } from '../scenarios/parse';
import { POPULATION_IDS, isPopulationId } from '../scenarios/presets/populations';
import { isPackageId } from '../scenarios/presets/packages';
import { resolveScenario } from '../scenarios/resolve';
import type { Scenario } from '../scenarios/schema';

/**
 * Reads and parses a scenario (or sweep plan) file, turning file-system failures into input
 * errors; `expected` is what a file holding no object is told it should hold.
 */
export function readScenarioFile(path: string, kind: 'scenario file' | 'plan file' = 'scenario file', expected: FileKind = kind): unknown {
  if (!existsSync(path)) {
    // Named without its extension (team for team.yaml), as SCENARIO's error says too.
    const hint = extendedFile(path);
    throw new InputError([{ path: '', value: path, message: `${kind} ${JSON.stringify(path)} does not exist${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}` }], kind);
  }
  const stats = statSync(path);
  if (stats.isDirectory()) throw new InputError([{ path: '', value: path, message: `${JSON.stringify(path)} is a directory, not a ${kind}` }], kind);
  // A device (/dev/zero) would be read forever; a pipe (a shell's <(...)) is fine.
  if (stats.isCharacterDevice() || stats.isBlockDevice()) throw new InputError([{ path: '', value: path, message: `${JSON.stringify(path)} is a device, not a ${kind}` }], kind);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM') throw error;
    throw new InputError([{ path: '', value: path, message: `${JSON.stringify(path)} cannot be read (${code}: no permission to read it)` }], kind);
  }
  const encoding = notUtf8(bytes);
  if (encoding !== undefined) throw new InputError([{ path: '', value: path, message: `${JSON.stringify(path)} is not UTF-8 text (${encoding}); save it as UTF-8` }], kind);
  return parseScenarioText(bytes.toString('utf8'), path, expected);
}

/** The extensions of scenario files, tried in this order when a SCENARIO names no preset and no file. */
const SCENARIO_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** The file `path` names without its extension (team for team.yaml), where one exists, trying the extensions in order. */
export function extendedFile(path: string): string | undefined {
  return SCENARIO_EXTENSIONS.map((ext) => path + ext).find((file) => existsSync(file));
}

/**
 * Resolves the SCENARIO argument of the CLI: a population preset id, or a YAML/JSON file
 * (which may name its own base presets). `policy` is a package id, given by the flag
 * `policyFlag` if one is named (a bad package name is then that flag's problem).
 */
export function loadScenario(source: string | undefined, policy: string | undefined, overrides: readonly (readonly [string, unknown])[], policyFlag?: string): Scenario {
  return scenarioLoader(source, policy, policyFlag)(overrides);
}

/**
 * loadScenario with the file read once: the scenario under any overrides, as calibrate resolves
 * it at each value of its field (a file edited while it runs does not change its later values).
 */
export function scenarioLoader(source: string | undefined, policy: string | undefined, policyFlag?: string): (overrides: readonly (readonly [string, unknown])[]) => Scenario {
  if (source !== undefined && isPopulationId(source) && existsSync(source)) {
    throw new InputError(
      [{ path: 'SCENARIO', value: source, message: `${JSON.stringify(source)} names both a population preset and a file here; write ./${source} for the file, or run from another folder for the preset` }],
      'scenario',
    );
  }
  if (source === undefined || isPopulationId(source)) return (overrides) => resolveScenario({ population: source, policy, policySource: policyFlag, overrides });
  if (!existsSync(source) && isPackageId(source)) {
    throw new InputError(
      [{ path: 'SCENARIO', value: source, message: `${JSON.stringify(source)} is a policy package, not a population preset or a scenario file; name packages with --policy (run) or --policies (compare), and SCENARIO (or --scenarios) for populations and files; presets: ${POPULATION_IDS.join(', ')}` }],
      'scenario',
    );
  }
  if (!existsSync(source)) {
    // A file named without its extension (team for team.yaml) before a preset spelt nearly so.
    const hint = extendedFile(source) ?? closest(source, POPULATION_IDS);
    throw new InputError(
      [
        {
          path: 'SCENARIO',
          value: source,
          message: `${JSON.stringify(source)} is neither a population preset nor an existing file${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; presets: ${POPULATION_IDS.join(', ')}`,
        },
      ],
      'scenario',
    );
  }
  const file = namingFile(source, [], () => readScenarioFile(source));
  return (overrides) => namingFile(source, overrides, () => resolveScenario({ file, policy, policySource: policyFlag, overrides }));
}

/**
 * `load`, whose input errors name the scenario file `file` in each of the file's issues
 * (`team.yaml: population.seats: ...`), as compare --scenarios names each of its files: run,
 * compare, show and starting-levels said `population.seats: ...` with no file name. Issues that
 * name it already (the file as a whole: path '') and the command line's (a flag, or the value
 * --set gave at that path) are kept as they are.
 */
export function namingFile<T>(file: string, overrides: readonly (readonly [string, unknown])[], load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.issues.map((issue) => (fileIssue(issue, file, overrides) ? { ...issue, path: `${file}: ${issue.path}` } : issue)), error.subject);
  }
}

/**
 * The heading of the problems found reading a command line and the scenario files it names (run,
 * compare, show, starting-levels, calibrate): "command line" where each is the command line's own
 * (a flag's, SCENARIO's, a value --set gave), as every command heads its flags' problems; "input"
 * where a file's are among them, each named `FILE: path` (namingFile, compare --scenarios) or, for
 * the file as a whole, path ''. Flag problems alone were headed "invalid input:" by these commands.
 */
export function issuesSubject(issues: readonly InputIssue[], files: readonly (string | undefined)[]): string {
  const ofFile = (issue: InputIssue) => issue.path === '' || files.some((file) => file !== undefined && issue.path.startsWith(`${file}: `));
  return issues.some(ofFile) ? 'input' : 'command line';
}

/** Whether `issue` is the scenario file's own (not the whole file's, a flag's, a value --set gave, or one already naming the file). */
export function fileIssue(issue: InputIssue, file: string, overrides: readonly (readonly [string, unknown])[]): boolean {
  const fromSet = overrides.some(([path, value]) => issue.path === path && JSON.stringify(issue.value) === JSON.stringify(value));
  return issue.path !== '' && issue.path !== 'SCENARIO' && !issue.path.startsWith('--') && !issue.path.startsWith(`${file}: `) && !fromSet;
}

/**
 * Why `bytes` are not UTF-8 text, or undefined if they are: a UTF-16 file (as some Windows editors
 * save) read as UTF-8 gave a message about its first characters, and bytes that are not UTF-8 at
 * all became U+FFFD in the names they were in.
 */
function notUtf8(bytes: Buffer): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'it is UTF-16, by its byte order mark';
  if (bytes.includes(0)) return 'it holds zero bytes, as UTF-16 text does';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    return 'some of its bytes are no UTF-8 characters; it may be in another encoding, such as Latin-1';
  }
}
