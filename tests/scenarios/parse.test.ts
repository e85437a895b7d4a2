import { describe, expect, it } from 'vitest';
import { isJsonFileName, parseScenarioText } from '../../scenarios/parse';
import { inputErrorOf } from '../inputErrorOf';

// The YAML path (files not named .json) is tested with the scenarios it resolves, in resolve.test.ts.

/** The single message of the InputError `fn` throws. */
function messageOf(fn: () => unknown): string {
  const { issues } = inputErrorOf(fn);
  expect(issues).toHaveLength(1);
  expect(issues[0].path).toBe('');
  return issues[0].message;
}

const STRICT = 'a .json file is read as strict JSON';

describe('isJsonFileName', () => {
  it.each([
    ['team.json', true],
    ['dir/TEAM.JSON', true],
    ['plan.Json', true],
    ['team.yaml', false],
    ['team.yml', false],
    ['team', false],
    ['team.json.yaml', false],
    ['json', false],
  ])('%s: %s', (name, expected) => {
    expect(isJsonFileName(name)).toBe(expected);
  });
});

describe('parseScenarioText of a .json file', () => {
  it('reads strict JSON, a byte order mark ignored', () => {
    const value = { name: 'x', days: 100, policy: { supervision: { mode: 'opt-out', quality: 0.5 } }, changes: [{ day: 10, set: { 'community.stigma': 0.2 } }] };
    expect(parseScenarioText(JSON.stringify(value, null, 2), 'team.json')).toEqual(value);
    expect(parseScenarioText(`\uFEFF${JSON.stringify(value)}`, 'team.JSON')).toEqual(value);
  });

  it('refuses a trailing comma, naming the file, the line and column of the comma, and advising a rename', () => {
    expect(messageOf(() => parseScenarioText('{\n  "name": "x",\n  "days": 100,\n}\n', 'dir/team.json'))).toBe(
      `dir/team.json is not valid JSON at line 3, column 14: a comma after the last field, before "}", which JSON does not allow; ${STRICT} (rename it dir/team.yaml to have it read as YAML, which allows this)`,
    );
    expect(messageOf(() => parseScenarioText('{"changes": [\n  {"day": 10, "set": {"days": 3}},\n]}', 'plan.JSON'))).toBe(
      `plan.JSON is not valid JSON at line 2, column 34: a comma after the last item, before "]", which JSON does not allow; ${STRICT} (rename it plan.yaml to have it read as YAML, which allows this)`,
    );
  });

  it('refuses what YAML would read (comments, single quotes, unquoted names and text) and what it would not', () => {
    const cases: [string, string][] = [
      ['{\n  # supervision\n  "days": 3\n}', `at line 2, column 3: a "#" comment, which JSON does not allow; ${STRICT} (rename it`],
      ['{\n  // supervision\n  "days": 3\n}', `at line 2, column 3: a comment, which JSON does not allow (YAML does, after a "#"); ${STRICT}`],
      ["{\n  'days': 3\n}", `at line 2, column 3: a field name in single quotes; JSON field names take double quotes; ${STRICT} (rename it`],
      ['{\n  days: 3\n}', `at line 2, column 3: the field name days without double quotes; JSON field names take double quotes ("days"); ${STRICT} (rename it`],
      ['{"policy": {"supervision": {"mode": opt-out}}}', `at line 1, column 37: opt-out is not a JSON value; text takes double quotes ("opt-out"), and the only words are true, false and null; ${STRICT} (rename it`],
      ['{\n  "days": 100\n  "name": "x"\n}', `at line 3, column 3: no comma between the value of days and the next field; ${STRICT}`],
      ['{"days" 100}', `at line 1, column 9: "1" after the field name "days", where ":" was expected; ${STRICT}`],
      ['{"days": 0100}', `at line 1, column 10: 0100 is not a number as JSON writes them (such as 12, 0.5, -3 or 1e5: no leading zeros, "+" or bare "."); ${STRICT}`],
      ['{"name": "x\n"}', `at line 1, column 12: a line break inside the string begun at line 1, column 10; end the string with a double quote, or write a line break in it as \\n; ${STRICT}`],
      ['{\n  "days": 100', `at line 2, column 14: the file ends before the "}" that closes the object begun at line 1, column 1; ${STRICT}`],
      ['{"days": 100}\n{"days": 200}', `at line 2, column 1: "{" after the end of the file's value (the text must hold one value only); ${STRICT}`],
    ];
    for (const [text, expected] of cases) {
      const message = messageOf(() => parseScenarioText(text, 'team.json'));
      expect(message, text).toContain(`team.json is not valid JSON ${expected}`);
      // The rename is advised only where YAML would read the text as meant.
      expect(message.includes('rename it team.yaml'), text).toBe(expected.endsWith('(rename it'));
    }
  });

  it('refuses a field name given twice in one object, naming its path and both places, escapes decoded as JSON.parse decodes them', () => {
    expect(messageOf(() => parseScenarioText('{\n  "policy": {"name": "a", "name": "b"}\n}', 'dup.json'))).toBe(
      'dup.json: the field policy.name is given twice in one object, at line 2, column 14 and at line 2, column 27; remove one (a JSON reader would silently keep the last)',
    );
    expect(messageOf(() => parseScenarioText('{"changes": [{"day": 1, "set": {"days": 2, "d\\u0061ys": 3}}]}', 'dup.json'))).toBe(
      'dup.json: the field changes[0].set.days is given twice in one object, at line 1, column 33 and at line 1, column 44; remove one (a JSON reader would silently keep the last)',
    );
    // The same name in different objects is no duplicate.
    expect(parseScenarioText('{"policy": {"name": "a"}, "name": "b"}', 'ok.json')).toEqual({ policy: { name: 'a' }, name: 'b' });
  });

  it('tells an empty file from one holding null or no object, with an example in the file\'s own syntax', () => {
    const json = 'expected a scenario object (for example {"base": {"population": "ma-outreach"}})';
    expect(messageOf(() => parseScenarioText('', 'empty.json'))).toBe(`empty.json is empty; ${json}`);
    expect(messageOf(() => parseScenarioText(' \n\t\r\n', 'empty.json'))).toBe(`empty.json is empty; ${json}`);
    expect(messageOf(() => parseScenarioText('null', 'null.json'))).toBe(`null.json holds null; ${json}`);
    expect(messageOf(() => parseScenarioText('[1, 2]', 'list.json'))).toBe(`list.json holds a list of 2, not an object of fields; ${json}`);
    expect(messageOf(() => parseScenarioText('"x"', 'text.json'))).toBe(`text.json holds the text "x", not an object of fields; ${json}`);
    const yaml = 'expected a scenario object (for example "base: { population: ma-outreach }")';
    expect(messageOf(() => parseScenarioText('# nothing yet\n---\n\n', 'team.yaml'))).toBe(`team.yaml is empty; ${yaml}`);
    expect(messageOf(() => parseScenarioText('~\n', 'team.yaml'))).toBe(`team.yaml holds null; ${yaml}`);
    expect(messageOf(() => parseScenarioText('null # a comment', 'team.yaml'))).toBe(`team.yaml holds null; ${yaml}`);
  });

  it('says a sweep plan was expected where one was, and either where validate reads one', () => {
    expect(messageOf(() => parseScenarioText('', 'plan.yaml', 'plan file'))).toBe(
      'plan.yaml is empty; expected a sweep plan object (for example "parameters: { community.stigma: { min: 0.1, max: 0.9 } }"; see README, "Sweeps")',
    );
    expect(messageOf(() => parseScenarioText('[]', 'plan.json', 'plan file'))).toBe(
      'plan.json holds a list of 0, not an object of fields; expected a sweep plan object (for example {"parameters": {"community.stigma": {"min": 0.1, "max": 0.9}}}; see README, "Sweeps")',
    );
    expect(messageOf(() => parseScenarioText('null', 'file.json', 'scenario file or sweep plan'))).toBe(
      'file.json holds null; expected a scenario object (for example {"base": {"population": "ma-outreach"}}) or a sweep plan (one with "parameters", for example {"parameters": {"community.stigma": {"min": 0.1, "max": 0.9}}})',
    );
    // The examples are what they claim to be.
    expect(parseScenarioText('{"parameters": {"community.stigma": {"min": 0.1, "max": 0.9}}}', 'plan.json')).toEqual(parseScenarioText('parameters: { community.stigma: { min: 0.1, max: 0.9 } }', 'plan.yaml'));
    expect(parseScenarioText('{"base": {"population": "ma-outreach"}}', 'team.json')).toEqual(parseScenarioText('base: { population: ma-outreach }', 'team.yaml'));
  });

  it('names a field given twice in a YAML file, with both places, as in a .json file', () => {
    expect(messageOf(() => parseScenarioText('name: a\npolicy:\n  supervision:\n    mode: opt-in\n    mode: opt-out\n', 'team.yaml'))).toBe(
      'team.yaml: the field policy.supervision.mode is given twice in one object, at line 4, column 5 and at line 5, column 5; remove one',
    );
    expect(messageOf(() => parseScenarioText('changes:\n  - day: 3\n    set: { days: 2, days: 3 }\n', 'team.yaml'))).toBe(
      'team.yaml: the field changes[0].set.days is given twice in one object, at line 3, column 12 and at line 3, column 21; remove one',
    );
    // `{ salary: 1,000,000 }`: salary 1 and the field 000 twice, with no value, is a thousands separator, not a field to remove.
    expect(messageOf(() => parseScenarioText('costs: { salary: 1,000,000 }\n', 'team.yaml'))).toBe(
      'team.yaml: the field costs.0 is given twice in one object, at line 1, column 20 and at line 1, column 24; a field named by digits alone (000, or 000.50), with no value, is how YAML reads a thousands separator inside { } (`{ salary: 62,000 }` is salary 62 and a field 000): write the number with digits only (62000)',
    );
    expect(messageOf(() => parseScenarioText('costs: { 5: 1, 5: 2 }\n', 'team.yaml'))).toMatch(/; remove one$/);
    // The same name in different mappings is no duplicate; another error beside a duplicate keeps the parser's message.
    expect(parseScenarioText('policy: { name: a }\nname: a\n', 'ok.yaml')).toEqual({ policy: { name: 'a' }, name: 'a' });
    expect(messageOf(() => parseScenarioText('a: 1\na: 2\nb: [\n', 'bad.yaml'))).toMatch(/^bad\.yaml is not valid YAML or JSON at line \d+, column \d+: /);
  });

  it('names a thousands separator inside { } in a YAML file, with its place, and only there', () => {
    expect(messageOf(() => parseScenarioText('costs: { salary: 62,000 }\n', 'team.yaml'))).toBe(
      'team.yaml: the field costs.000 at line 1, column 21 has no value; a field named by digits alone (000, or 000.50), with no value, is how YAML reads a thousands separator inside { } (`{ salary: 62,000 }` is salary 62 and a field 000): write the number with digits only (62000)',
    );
    expect(messageOf(() => parseScenarioText('changes:\n  - { day: 3, set: { costs.salary: 62,000 } }\n', 'team.yaml'))).toMatch(/^team\.yaml: the field changes\[0\]\.set\.000 at line 2, column 39 has no value; a field named by digits alone/);
    // A decimal's fraction comes along: 62,000.50 is salary 62 and a field 000.50 (which YAML reads as 0.5).
    expect(messageOf(() => parseScenarioText('costs: { salary: 62,000.50 }\n', 'team.yaml'))).toMatch(/^team\.yaml: the field costs\.000\.50 at line 1, column 21 has no value; a field named by digits alone/);
    expect(messageOf(() => parseScenarioText('costs: { salary: 1,000.50, benefits: 2,000.50 }\n', 'team.yaml'))).toMatch(/^team\.yaml: the field costs\.0\.5 is given twice in one object, at line 1, column 20 and at line 1, column 40; a field named by digits alone/);
    // Not a split number: a field written on its own line, and a .json file's field (JSON has no such splitting).
    expect(parseScenarioText('costs:\n  000:\n', 'team.yaml')).toEqual({ costs: { 0: null } });
    expect(parseScenarioText('{"costs": {"000": null}}', 'team.json')).toEqual({ costs: { '000': null } });
    // Nor a list written in braces ({0.1, 0.5} for [0.1, 0.5]): its numbers follow no number, and are left for the
    // plan's or scenario's own message (expected a list); the same number twice is a plain duplicate.
    expect(parseScenarioText('parameters:\n  community.stigma: { values: {0.1, 0.5} }\n', 'plan.yaml')).toEqual({ parameters: { 'community.stigma': { values: { '0.1': null, '0.5': null } } } });
    expect(parseScenarioText('seeds: {1, 2}\n', 'team.yaml')).toEqual({ seeds: { 1: null, 2: null } });
    expect(messageOf(() => parseScenarioText('values: {1, 1}\n', 'plan.yaml'))).toMatch(/; remove one$/);
  });

  it('reads the same texts as YAML in a file not named .json, as before', () => {
    expect(parseScenarioText('{\n  "name": "x",\n  "days": 100,\n}\n', 'team.yaml')).toEqual({ name: 'x', days: 100 });
    expect(parseScenarioText("{\n  # a comment\n  'days': 3, name: x\n}", 'team')).toEqual({ days: 3, name: 'x' });
    expect(messageOf(() => parseScenarioText('{\n  "policy": {"name": "a", "name": "b"}\n}', 'dup.yml'))).toBe('dup.yml: the field policy.name is given twice in one object, at line 2, column 14 and at line 2, column 27; remove one');
  });
});

describe('parseScenarioText of a YAML file that starts with a byte order mark', () => {
  it('gives the columns of its first line as an editor counts them, without the mark', () => {
    expect(messageOf(() => parseScenarioText('\uFEFFcosts: { salary: 62,000 }\n', 'team.yaml'))).toMatch(/^team\.yaml: the field costs\.000 at line 1, column 21 has no value/);
    expect(messageOf(() => parseScenarioText('\uFEFFcosts: { salary: 1, salary: 2 }\n', 'team.yaml'))).toMatch(/at line 1, column 10 and at line 1, column 21; remove one$/);
    expect(messageOf(() => parseScenarioText('\uFEFFname: a: b\n', 'team.yaml'))).toMatch(/^team\.yaml is not valid YAML or JSON at line 1, column 7: /);
    expect(messageOf(() => parseScenarioText('\uFEFFdays: 1\ncosts: { salary: 62,000 }\n', 'team.yaml'))).toMatch(/at line 2, column 21 has no value/);
  });
});

describe('parseScenarioText of a YAML file with a common slip', () => {
  it.each([
    ['a tab for indentation', 'population:\n\tseats: 12\n', 'line 2, column 1: a tab indents this line, and YAML indents with spaces only: replace it with spaces'],
    ['a name without its colon', 'population\n  seats: 12\n', 'line 1, column 1: a name without its colon (such as population where population: was meant)'],
    ['a field indented further than the one above', 'population:\n  seats: 12\n   teamSize: 3\n', 'line 2, column 10: a field whose value is followed by more fields, on its line (a: b: c) or on the next one indented further'],
    // A text holding ': ' is read as a field inside a field's value: the message says to quote it.
    ['a text holding a colon and a space', 'name: Team A: outreach\n', 'line 1, column 7: a field whose value is followed by more fields, on its line (a: b: c) or on the next one indented further: give each field a line of its own, and indent the fields of one group alike; a text holding a colon and a space goes in quotes (name: "Team A: outreach")'],
    // Inside { }, a line break is no separator: "12 teamSize" reads as one name over two lines.
    ['a comma missing inside { }', 'population: { seats: 12\n  teamSize: 3 }\n', 'line 1, column 22: inside { } or [ ], fields are separated by commas: a comma is missing at the end of this line'],
    ['a field indented less than its group', 'population:\n  seats: 12\n teamSize: 3\n', 'line 3, column 1: this field is indented differently from the others of its group'],
  ])('names %s with what to write', (_, text, expected) => {
    expect(messageOf(() => parseScenarioText(text, 'team.yaml'))).toContain(`team.yaml is not valid YAML or JSON at ${expected}`);
  });
});
