import { describe, expect, it } from 'vitest';
import { parseAssignment, parseScenarioText } from '../../scenarios/parse';
import { PACKAGES, PACKAGE_IDS } from '../../scenarios/presets/packages';
import { POPULATIONS, POPULATION_IDS } from '../../scenarios/presets/populations';
import { DEFAULT_PACKAGE, DEFAULT_POPULATION, defaultScenario, resolveScenario } from '../../scenarios/resolve';
import { scenarioField, type Scenario } from '../../scenarios/schema';
import { jsonSchemaOf } from '../../sim/params/jsonSchema';
import { InputError } from '../../sim/params/issues';
import { inputErrorOf } from '../inputErrorOf';

function copy(scenario: Scenario): any {
  return structuredClone(scenario);
}

describe('the default scenario', () => {
  it('is the ma-outreach population under status-quo', () => {
    expect(DEFAULT_POPULATION).toBe('ma-outreach');
    expect(DEFAULT_PACKAGE).toBe('status-quo');
    const scenario = resolveScenario();
    expect(scenario.name).toBe('ma-outreach');
    expect(scenario.policy.name).toBe('status-quo');
    expect(scenario).toEqual(resolveScenario({ population: 'ma-outreach', policy: 'status-quo' }));
    expect(resolveScenario({})).toEqual(scenario);
  });

  it('differs from the schema defaults only by the preset\'s name and description', () => {
    const expected = copy(defaultScenario());
    expected.name = 'ma-outreach';
    expected.description = POPULATIONS['ma-outreach'].patch.description;
    expect(resolveScenario()).toEqual(expected);
    expect(defaultScenario().name).toBe('custom');
    expect(defaultScenario().days).toBe(1095);
  });

  it('is a fresh object each time', () => {
    const a = resolveScenario() as any;
    const b = resolveScenario();
    a.population.roleMix.police = 99;
    a.policy.supervision.mode = 'none';
    expect(b.population.roleMix.police).toBe(0.395);
    expect(resolveScenario().population.roleMix.police).toBe(0.395);
    expect(resolveScenario().policy.supervision.mode).toBe('opt-in');
    expect(defaultScenario().population.roleMix.police).toBe(0.395);
  });
});

describe('precedence: defaults < population preset < package < file < overrides', () => {
  it('a population preset overrides the defaults', () => {
    const defaults = defaultScenario();
    const ct = resolveScenario({ population: 'ct-harm-reduction' });
    expect(defaults.population.seats).toBe(38);
    expect(ct.population.seats).toBe(17);
    expect(ct.community.systemBarriers).toBe(0.75);
    // Fields the preset leaves alone keep their defaults.
    expect(ct.population.baseSatisfaction).toBe(defaults.population.baseSatisfaction);
    expect(ct.costs).toEqual(defaults.costs);
    expect(ct.policy).toEqual(resolveScenario().policy);
  });

  it('a package overrides the defaults and combines with the population preset', () => {
    const scenario = resolveScenario({ population: 'ct-harm-reduction', policy: 'opt-out-support' });
    expect(scenario.policy.supervision).toEqual({ mode: 'opt-out', intervalDays: 14, quality: 0.7, affirmation: 0.3 });
    expect(scenario.policy.debrief.mode).toBe('ongoing');
    expect(scenario.policy.grief).toEqual({ leaveDays: 2, checkIn: true });
    expect(scenario.population.seats).toBe(17);
    expect(scenario.name).toBe('ct-harm-reduction');
  });

  it('a file overrides the presets it builds on, field by field', () => {
    const scenario = resolveScenario({
      file: {
        base: { population: 'ct-harm-reduction', policy: 'opt-out-support' },
        name: 'mine',
        population: { seats: 20 },
        policy: { name: 'my-package', supervision: { intervalDays: 7 } },
      },
    });
    const expected = copy(resolveScenario({ population: 'ct-harm-reduction', policy: 'opt-out-support' }));
    expected.name = 'mine';
    expected.population.seats = 20;
    expected.policy.name = 'my-package';
    expected.policy.supervision.intervalDays = 7;
    expect(scenario).toEqual(expected);
  });

  it('overrides beat the file, and a later override beats an earlier one', () => {
    const scenario = resolveScenario({
      file: { days: 365, population: { seats: 20 }, policy: { supervision: { intervalDays: 7 } } },
      overrides: [
        ['policy.supervision.intervalDays', 21],
        ['population.seats', 25],
        ['days', 100],
        ['days', 200],
      ],
    });
    expect(scenario.policy.supervision.intervalDays).toBe(21);
    expect(scenario.population.seats).toBe(25);
    expect(scenario.days).toBe(200);
  });

  it("a package named by another package's id is refused (its results would pass for the other package's); its own id or a name of one's own is fine", () => {
    const bySet = inputErrorOf(() => resolveScenario({ policy: 'multi-level', overrides: [['policy.name', 'status-quo']] }));
    expect(bySet.issues).toEqual([
      {
        path: 'policy.name',
        value: 'status-quo',
        message: `"status-quo" is the id of another package, and this scenario's package is multi-level: every output would label multi-level's results "status-quo"; give a name that is no package's id, or leave policy.name out (a file whose policy.name is a package's id, such as cfsim show --policy status-quo writes, runs as that package when no --policy, --policies or base.policy names another)`,
      },
    ]);
    const byFile = inputErrorOf(() => resolveScenario({ file: { base: { policy: 'opt-out-support' }, policy: { name: 'multi-level' } } }));
    expect(byFile.issues.map((i) => i.path)).toEqual(['policy.name']);
    expect(resolveScenario({ file: { policy: { name: 'status-quo' } } }).policy.name).toBe('status-quo');
    // A file that names no package otherwise is the package its policy.name names: show's output and a manifest's scenarios run again as written.
    expect(resolveScenario({ file: { policy: { name: 'multi-level' } } })).toEqual(resolveScenario({ policy: 'multi-level' }));
    const shown = resolveScenario({ policy: 'opt-out-support', overrides: [['policy.supervision.intervalDays', 7], ['days', 200]] });
    expect(resolveScenario({ file: JSON.parse(JSON.stringify(shown)) })).toEqual(shown);
    expect(inputErrorOf(() => resolveScenario({ policy: 'status-quo', file: { policy: { name: 'multi-level' } } })).issues.map((i) => i.path)).toEqual(['policy.name']);
    expect(resolveScenario({ policy: 'multi-level', overrides: [['policy.name', 'ours']] }).policy.name).toBe('ours');
  });

  it('an override of one nested field keeps its siblings', () => {
    const scenario = resolveScenario({ policy: 'opt-out-support', overrides: [['policy.supervision.quality', 0.9]] });
    expect(scenario.policy.supervision).toEqual({ mode: 'opt-out', intervalDays: 14, quality: 0.9, affirmation: 0.3 });
  });

  it('a requested policy replaces the file\'s base.policy, while the file\'s own policy fields still apply', () => {
    const file = {
      base: { population: 'ct-harm-reduction', policy: 'opt-out-support' },
      policy: { supervision: { intervalDays: 7 }, grief: { leaveDays: 5 } },
    };
    const scenario = resolveScenario({ file, policy: 'mandatory-debrief' });
    expect(scenario.policy.name).toBe('mandatory-debrief');
    expect(scenario.policy.description).toBe(PACKAGES['mandatory-debrief'].patch.policy?.description);
    expect(scenario.policy.debrief.mode).toBe('single-session');
    // Nothing of opt-out-support is left...
    expect(scenario.policy.supervision.mode).toBe('opt-in');
    expect(scenario.policy.supervision.quality).toBe(0.6);
    expect(scenario.policy.grief.checkIn).toBe(false);
    // ...but the file's own fields are.
    expect(scenario.policy.supervision.intervalDays).toBe(7);
    expect(scenario.policy.grief.leaveDays).toBe(5);
    // The file's base.population still applies.
    expect(scenario.population.seats).toBe(17);
    // Without the request, the file's base.policy is used.
    expect(resolveScenario({ file }).policy.name).toBe('opt-out-support');
    expect(resolveScenario({ file }).policy.supervision.mode).toBe('opt-out');
  });

  it('a requested population replaces the file\'s base.population', () => {
    const file = { base: { population: 'ct-harm-reduction' }, community: { stigma: 0.2 } };
    const scenario = resolveScenario({ file, population: 'canada-first-responders' });
    expect(scenario.name).toBe('canada-first-responders');
    expect(scenario.population.seats).toBe(40);
    expect(scenario.community.stigma).toBe(0.2);
  });

  it('a retired field is refused with what became of it, not pointed at the closest name (which means something else)', () => {
    for (const request of [
      { file: { coefficients: { optInAttendance: 0.1 } } },
      { overrides: [['coefficients.optInAttendance', 0.1]] as [string, unknown][] },
    ]) {
      const error = inputErrorOf(() => resolveScenario(request));
      expect(error.issues).toEqual([expect.objectContaining({ path: 'coefficients.optInAttendance', value: 0.1 })]);
      expect(error.message).toContain('coefficients.optInAttendance: is no longer a field: replaced in CFSim 0.3.0 by coefficients.optInSelfReferral');
      expect(error.message).not.toContain('did you mean');
    }
    const changed = inputErrorOf(() => resolveScenario({ file: { changes: [{ day: 10, set: { 'coefficients.optInAttendance': 0.1 } }] } }));
    expect(changed.message).toContain('changes[0].set.coefficients.optInAttendance: is no longer a field: replaced in CFSim 0.3.0');
    expect(changed.message).not.toContain('optOutAttendance');
  });

  it('a base preset left empty (null) is refused, not taken as the default', () => {
    const population = inputErrorOf(() => resolveScenario({ file: { base: { population: null } } }));
    expect(population.issues).toEqual([expect.objectContaining({ path: 'base.population', value: null })]);
    expect(population.message).toContain('null (a field with no value) is not a population preset; expected one of ma-outreach');
    const policy = inputErrorOf(() => resolveScenario({ file: { base: { policy: null } } }));
    expect(policy.issues).toEqual([expect.objectContaining({ path: 'base.policy', value: null })]);
  });

  it('a file without base builds on the defaults preset pair', () => {
    const scenario = resolveScenario({ file: { days: 30 } });
    const expected = copy(resolveScenario());
    expected.days = 30;
    expect(scenario).toEqual(expected);
  });
});

describe('the practice: the policy starts from it, and the package applies on top', () => {
  const practice = { supervision: { mode: 'opt-out', intervalDays: 7 }, compensation: { ptoDaysPerYear: 25 }, staffing: { workdaysPerWeek: 4 } };

  it('is the status quo by default, in every preset, and then changes nothing', () => {
    for (const policy of PACKAGE_IDS) {
      const scenario = resolveScenario({ policy });
      const { name: _n, description: _d, ...levers } = resolveScenario().policy;
      expect(scenario.practice, policy).toEqual(levers);
    }
  });

  it('gives every package the levers it does not set itself', () => {
    const statusQuo = resolveScenario({ file: { practice } });
    expect(statusQuo.policy.supervision).toMatchObject({ mode: 'opt-out', intervalDays: 7 });
    expect(statusQuo.policy.compensation.ptoDaysPerYear).toBe(25);
    expect(statusQuo.policy.staffing.workdaysPerWeek).toBe(4);
    expect(statusQuo.policy.name).toBe('status-quo');
    // opt-out-support sets its own interval (14) and quality; the leave and the workweek stay as practised.
    const optOut = resolveScenario({ policy: 'opt-out-support', file: { practice } });
    expect(optOut.policy.supervision).toMatchObject({ mode: 'opt-out', intervalDays: 14, quality: 0.7 });
    expect(optOut.policy.compensation.ptoDaysPerYear).toBe(25);
    expect(optOut.policy.staffing.workdaysPerWeek).toBe(4);
    const multi = resolveScenario({ policy: 'multi-level', file: { practice } });
    expect(multi.policy.compensation).toMatchObject({ payRaise: 0.1, ptoDaysPerYear: 25 });
    expect(multi.policy.staffing.extraSeatShare).toBe(0.15);
  });

  it('is beaten by the file\'s policy and by --set, and is set by --set like any field', () => {
    const file = resolveScenario({ file: { practice, policy: { compensation: { ptoDaysPerYear: 30 } } } });
    expect(file.policy.compensation.ptoDaysPerYear).toBe(30);
    expect(file.practice.compensation.ptoDaysPerYear).toBe(25);
    const set = resolveScenario({ policy: 'opt-out-support', overrides: [['practice.grief.leaveDays', 3], ['practice.compensation.ptoDaysPerYear', 20]] });
    expect(set.practice.grief.leaveDays).toBe(3);
    expect(set.policy.grief.leaveDays).toBe(2); // the package sets it
    expect(set.policy.compensation.ptoDaysPerYear).toBe(20);
    const setOver = resolveScenario({ file: { practice }, overrides: [['policy.staffing.workdaysPerWeek', 5]] });
    expect(setOver.policy.staffing.workdaysPerWeek).toBe(5);
    expect(setOver.practice.staffing.workdaysPerWeek).toBe(4);
  });

  it('refuses a scenario or package name that is not one line, or is blank: names label the rows of CSV files and the columns of tables', () => {
    // Invisible characters too: a right-to-left override shows "status-quo\u202E..." reordered, and a zero-width space makes two names look alike.
    // The line and paragraph separators too (since 0.41.0): they end a string in a chart's expressions, and no report could draw them.
    const invisible = [['name', 'ours\u202Eeuq-sutats'], ['policy.name', 'status\u200B-quo'], ['name', '\uFEFFteam'], ['name', 'a\u2066b\u2069'], ['name', 'line\u2028break'], ['policy.name', 'para\u2029graph']] as const;
    // The message writes each such character as an escape (JSON.stringify leaves them as they are, drawn as a space or nothing).
    const written = (name: string) => JSON.stringify(name).replace(/[\u200B\u2028\u2029\u202E\u2066\u2069\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    for (const [path, name] of [['name', 'Year 2 opt-out\n'], ['policy.name', 'ours\r'], ['name', 'a\tb'], ['name', ''], ['policy.name', '   '], ...invisible] as const) {
      const error = inputErrorOf(() => resolveScenario({ file: path === 'name' ? { name } : { policy: { name } } }));
      expect(error.issues).toEqual([expect.objectContaining({ path, value: name })]);
      expect(error.message).toContain(`${path}: ${written(name)} is not allowed; expected one line of text, not blank, without line breaks, other control characters or invisible ones`);
    }
    expect(inputErrorOf(() => resolveScenario({ file: { name: 'line\u2028break' } })).message).toContain('name: "line\\u2028break" is not allowed');
    for (const [, name] of invisible) expect(new RegExp((jsonSchemaOf(scenarioField) as any).properties.name.pattern, 'u').test(name), JSON.stringify(name)).toBe(false);
    // Joiners stay: scripts and emoji sequences need them.
    expect(resolveScenario({ file: { name: 'team \u{1F469}\u200D\u{1F692} \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645' } }).name).toContain('\u200D');
    expect(resolveScenario({ file: { name: 'Team #2 — année 2' } }).name).toBe('Team #2 — année 2');
    expect(resolveScenario({ file: { name: ' x ' } }).name).toBe(' x ');
    const schema = jsonSchemaOf(scenarioField) as any;
    expect(new RegExp(schema.properties.name.pattern, 'u').test('Year 2\n')).toBe(false);
    expect(new RegExp(schema.properties.name.pattern, 'u').test('  ')).toBe(false);
    expect(new RegExp(schema.properties.name.pattern, 'u').test('')).toBe(false);
    expect(new RegExp(schema.properties.name.pattern, 'u').test(' x ')).toBe(true);
    expect(new RegExp(schema.properties.policy.properties.name.pattern, 'u').test('Team #2 — année 2')).toBe(true);
  });

  it('refuses seats a package would add, levers with no such field and changes during the run, naming the field and the value', () => {
    const seats = inputErrorOf(() => resolveScenario({ file: { practice: { staffing: { extraSeatShare: 0.1 } } } }));
    expect(seats.issues).toEqual([expect.objectContaining({ path: 'practice.staffing.extraSeatShare', value: 0.1 })]);
    expect(seats.message).toContain('practice.staffing.extraSeatShare: 0.1 is out of range; expected 0 (share of seats): the staff in post before day 0 are population.seats');
    // Editors see the same bound: the JSON Schema allows only 0 there, and any share under policy.
    const schema = jsonSchemaOf(scenarioField) as any;
    expect(schema.properties.practice.properties.staffing.properties.extraSeatShare).toMatchObject({ minimum: 0, maximum: 0 });
    expect(schema.properties.policy.properties.staffing.properties.extraSeatShare.maximum).toBe(5);
    expect(seats.message).toContain('population.seats');
    const name = inputErrorOf(() => resolveScenario({ overrides: [['practice.name', 'ours']] }));
    expect(name.message).toContain('practice.name: unknown field');
    expect(name.message).toContain('allowed at practice: supervision, debrief, grief');
    const range = inputErrorOf(() => resolveScenario({ file: { practice: { compensation: { ptoDaysPerYear: 90 } } } }));
    expect(range.issues.map((i) => i.path)).toEqual(['practice.compensation.ptoDaysPerYear']);
    const change = inputErrorOf(() => resolveScenario({ file: { changes: [{ day: 5, set: { 'practice.supervision.mode': 'opt-out' } }] } }));
    expect(change.message).toContain('changes[0].set.practice.supervision.mode: cannot change during a run: it is what the organization did before day 0');
  });
});

describe('every population × package combination', () => {
  const combinations = POPULATION_IDS.flatMap((population) => PACKAGE_IDS.map((policy) => ({ population, policy })));

  it('covers 3 populations and 6 packages', () => {
    expect(POPULATION_IDS).toHaveLength(3);
    expect(PACKAGE_IDS).toHaveLength(6);
    expect(combinations).toHaveLength(18);
  });

  it.each(combinations)('$population with $policy resolves', ({ population, policy }) => {
    const scenario = resolveScenario({ population, policy });
    expect(scenario.name).toBe(population);
    expect(scenario.description).toBe(POPULATIONS[population].patch.description);
    expect(scenario.policy.name).toBe(policy);
    expect(scenario.policy.description).toBe(PACKAGES[policy].patch.policy?.description);
    expect(scenario.population.seats).toBe(POPULATIONS[population].patch.population?.seats ?? 38);
    // The population and the package are independent: each half equals the half of a single-preset resolution.
    expect(scenario.population).toEqual(resolveScenario({ population }).population);
    expect(scenario.community).toEqual(resolveScenario({ population }).community);
    expect(scenario.policy).toEqual(resolveScenario({ policy }).policy);
    // The same pair named as a file's base gives the same scenario.
    expect(resolveScenario({ file: { base: { population, policy } } })).toEqual(scenario);
  });
});

describe('parseScenarioText', () => {
  const expected = { name: 'x', days: 100, policy: { supervision: { mode: 'opt-out', quality: 0.5 }, grief: { checkIn: true } } };

  it('accepts JSON', () => {
    const text = JSON.stringify(expected, null, 2);
    expect(parseScenarioText(text)).toEqual(expected);
  });

  it('accepts YAML, block and flow style, with comments', () => {
    const text = [
      '# a comment',
      'name: x',
      'days: 100 # trailing comment',
      'policy:',
      '  supervision: { mode: opt-out, quality: 0.5 }',
      '  grief:',
      '    checkIn: true',
      '',
    ].join('\n');
    expect(parseScenarioText(text)).toEqual(expected);
  });

  it('parses what it accepts into a scenario that resolves', () => {
    const text = 'base: { population: ct-harm-reduction, policy: opt-out-support }\nname: ct-weekly\npolicy:\n  supervision: { intervalDays: 7 }\n';
    const scenario = resolveScenario({ file: parseScenarioText(text) });
    expect(scenario.name).toBe('ct-weekly');
    expect(scenario.policy.supervision.intervalDays).toBe(7);
    expect(scenario.policy.supervision.mode).toBe('opt-out');
  });

  it('rejects duplicate keys in YAML, naming the field and both lines and columns', () => {
    const error = inputErrorOf(() => parseScenarioText('name: x\ndays: 1\ndays: 2\n', 'dup.yaml'));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0].message).toBe('dup.yaml: the field days is given twice in one object, at line 2, column 1 and at line 3, column 1; remove one');
  });

  it('rejects duplicate keys in JSON text read as YAML (a file not named .json), naming the field and both places', () => {
    const error = inputErrorOf(() => parseScenarioText('{\n  "policy": {"name": "a", "name": "b"}\n}', 'dup'));
    expect(error.issues[0].message).toBe('dup: the field policy.name is given twice in one object, at line 2, column 14 and at line 2, column 27; remove one');
  });

  it('rejects YAML syntax errors with the line and column', () => {
    const error = inputErrorOf(() => parseScenarioText('name: "unterminated\ndays: 3\n', 'bad.yaml'));
    expect(error.issues[0].path).toBe('');
    expect(error.issues[0].message).toContain('bad.yaml is not valid YAML or JSON at line 3, column 1');
    expect(error.issues[0].message).toMatch(/quote/i);
  });

  it('rejects JSON syntax errors with the line and column', () => {
    const error = inputErrorOf(() => parseScenarioText('{\n  "days": 100\n  "name": "x"\n}'));
    expect(error.issues[0].message).toMatch(/^scenario is not valid YAML or JSON at line 2, column \d+: \S/);
  });

  it('rejects a file of several YAML documents in words for its writer, not the parser\'s advice to programmers', () => {
    const error = inputErrorOf(() => parseScenarioText('name: a\n---\nname: b\n', 'two.yaml'));
    expect(error.issues[0].message).toBe('two.yaml is not valid YAML or JSON at line 2, column 1: it holds several YAML documents (a line "---" starts the next); a scenario file holds one: remove the "---" or split the file');
  });

  it('rejects bad indentation with the line and column', () => {
    const error = inputErrorOf(() => parseScenarioText('days: 100\n\tname: x\n', 'tab.yaml'));
    expect(error.issues[0].message).toContain('tab.yaml is not valid YAML or JSON at line 2, column 1');
  });

  it('rejects a file that is a list or a text, naming the file and showing a long text by its start', () => {
    expect(inputErrorOf(() => parseScenarioText('- a\n- b\n', 'list.yaml')).issues[0].message).toBe(
      'list.yaml holds a list of 2, not an object of fields; expected a scenario object (for example "base: { population: ma-outreach }")',
    );
    const csv = `policy,rep,worker\n${'status-quo,0,1\n'.repeat(2000)}`;
    const message = inputErrorOf(() => parseScenarioText(csv, 'workers.csv')).issues[0].message;
    expect(message).toBe(`workers.csv holds the text ${JSON.stringify(csv.replace(/\n/g, ' ').slice(0, 100))}... (${csv.replace(/\n/g, ' ').trim().length} characters), not an object of fields; expected a scenario object (for example "base: { population: ma-outreach }")`);
  });

  it('rejects an alias to an undefined anchor as bad input', () => {
    // yaml throws a ReferenceError here, not a YAMLParseError.
    const error = inputErrorOf(() => parseScenarioText('name: *nowhere\n', 'alias.yaml'));
    expect(error.issues[0].message).toContain('alias.yaml');
    expect(error.issues[0].message).toContain('nowhere');
  });

  it('rejects an alias bomb as bad input', () => {
    const text = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      '',
    ].join('\n');
    const error = inputErrorOf(() => parseScenarioText(text, 'bomb.yaml'));
    expect(error.issues[0].message).toContain('bomb.yaml');
  });
});

describe('parseAssignment', () => {
  it.each([
    ['days=100', ['days', 100]],
    ['policy.supervision.quality=0.75', ['policy.supervision.quality', 0.75]],
    ['costs.salary=-3', ['costs.salary', -3]],
    ['costs.salary=1e5', ['costs.salary', 100000]],
    ['policy.grief.checkIn=true', ['policy.grief.checkIn', true]],
    ['policy.grief.checkIn=false', ['policy.grief.checkIn', false]],
    ['policy.supervision.mode=opt-out', ['policy.supervision.mode', 'opt-out']],
    ['name=my scenario', ['name', 'my scenario']],
    ['name="123"', ['name', '123']],
    [' days = 7 ', ['days', 7]],
    ['description=a=b', ['description', 'a=b']],
    // A # after a space would start a YAML comment and drop the rest: the value is the text written.
    ['name=Team #2', ['name', 'Team #2']],
    ['name=#2', ['name', '#2']],
    ['community.stigma=0.5 # was 0.4', ['community.stigma', '0.5 # was 0.4']],
    ['name=Team#2', ['name', 'Team#2']],
    ['changes=[{day: 10, set: {policy.name: "a #b"}}]', ['changes', [{ day: 10, set: { 'policy.name': 'a #b' } }]]],
  ] as const)('%s', (text, expected) => {
    expect(parseAssignment(text)).toEqual(expected);
  });

  it.each(['days', '=100', '', 'no-equals-sign'])('rejects %j (no PATH=)', (text) => {
    expect(parseAssignment(text)).toBeUndefined();
  });

  it('gives values that resolve as overrides', () => {
    const overrides = ['days=100', 'policy.grief.checkIn=true', 'policy.supervision.mode=opt-out'].map((t) => parseAssignment(t)!);
    const scenario = resolveScenario({ overrides });
    expect(scenario.days).toBe(100);
    expect(scenario.policy.grief.checkIn).toBe(true);
    expect(scenario.policy.supervision.mode).toBe('opt-out');
  });
});

describe('a run setting written into a scenario', () => {
  it('is refused as an unknown field that says where it goes, in a file and through --set alike; other unknown fields are not told so', () => {
    const file = inputErrorOf(() => resolveScenario({ file: { seed: 4, reps: 10 } }));
    expect(file.issues.map((i) => i.path)).toEqual(['seed', 'reps']);
    expect(file.issues[0].message).toMatch(/^unknown field; allowed here: name, .*; seed is a setting of the run, not of the scenario: give it as --seed N on run and compare, or a sweep plan's seed$/);
    expect(file.issues[1].message).toContain("reps is a setting of the run, not of the scenario: give it as --reps N on run and compare, or a sweep plan's reps");
    const set = inputErrorOf(() => resolveScenario({ overrides: [['threads', 2], ['policies', 'a,b']] }));
    expect(set.issues[0].message).toMatch(/^unknown field; allowed at the top level: .*; threads is a setting of the run, not of the scenario: give it as --threads N on run, compare and sweep$/);
    expect(set.issues[1].message).toContain('give it as --policies A,B on compare');
    // A misspelt scenario field, or a run setting's name inside a group, is only an unknown field.
    expect(inputErrorOf(() => resolveScenario({ file: { dayz: 5 } })).issues[0].message).not.toContain('setting of the run');
    expect(inputErrorOf(() => resolveScenario({ overrides: [['policy.seed', 3]] })).issues[0].message).not.toContain('setting of the run');
  });
});

describe('a role that is not one of the model\'s', () => {
  it('is refused with each role and what it is, in a file and through --set alike', () => {
    const listed = 'police "Police officer", fire-ems "Firefighter / EMS", recovery-coach "Recovery coach (peer)"';
    const file = inputErrorOf(() => resolveScenario({ file: { population: { roleMix: { paramedic: 12, 'fire-ems': 1 } } } }));
    expect(file.issues[0].message).toContain(`unknown key; allowed keys: ${listed}`);
    const set = inputErrorOf(() => resolveScenario({ overrides: [['population.roleMix.paramedic', 12]] }));
    expect(set.issues[0].message).toContain(`unknown field; allowed at population.roleMix: ${listed}`);
    // Other groups list their fields' names alone.
    expect(inputErrorOf(() => resolveScenario({ overrides: [['policy.supervision.moda', 'opt-out']] })).issues[0].message).toContain('allowed at policy.supervision: mode, intervalDays, quality, affirmation');
  });
});
