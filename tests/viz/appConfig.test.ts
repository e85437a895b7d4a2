import { describe, expect, it } from 'vitest';
import { NEW_HIRE_START } from '../../models/hiring';
import { fieldAt, type NumberField } from '../../sim/params/fields';
import { resolveScenario } from '../../scenarios/resolve';
import { scenarioField } from '../../scenarios/schema';
import { DEFAULT_CONFIG, changeCount, changeInForce, configFromUrl, configToUrl, leverKind, queryEntries, scenariosOf, valueOn, withLever, withoutChangesOf, withoutNoChanges, withoutPackageValues, type AppConfig } from '../../viz/app/config';
import { LEVERS, leverField, sliderRange, steppedValue } from '../../viz/app/levers';
import { restoreLabel } from '../../viz/app/restoreButtons';
import { modelParameters } from '../../models/parameters';
import { POPULATION_IDS } from '../../scenarios/presets/populations';

// The classroom app's state: lever changes from day 0 or from a later day ("from today"), in the
// URL and in the scenarios the app runs.

const MODE = 'policy.supervision.mode';
const BURDEN = 'community.overdoseBurden';

describe('lever changes from today', () => {
  const today: AppConfig = { ...DEFAULT_CONFIG, applyFrom: 'today' };

  it('from day 0 (the default) a change is a lever setting; from today it is a timed change from the day shown', () => {
    expect(withLever(DEFAULT_CONFIG, MODE, 'opt-out', 400)).toMatchObject({ levers: { [MODE]: 'opt-out' }, changes: [] });
    expect(withLever(today, MODE, 'opt-out', 400)).toMatchObject({ levers: {}, changes: [{ day: 400, path: MODE, value: 'opt-out' }] });
    expect(withLever(today, MODE, 'opt-out', 0), 'on day 0, from today is from day 0').toMatchObject({ levers: { [MODE]: 'opt-out' }, changes: [] });
  });

  it('the value in force on a day is the latest timed change by then, else the day-0 value', () => {
    let config = withLever(today, MODE, 'opt-out', 400);
    config = withLever(config, MODE, 'none', 900);
    const { main } = scenariosOf(config);
    expect(valueOn(config, main, MODE, 399)).toBe('opt-in');
    expect(valueOn(config, main, MODE, 400)).toBe('opt-out');
    expect(valueOn(config, main, MODE, 1200)).toBe('none');
    expect(valueOn(config, main, BURDEN, 1200), 'a lever with no timed change').toBe(main.community.overdoseBurden);
    expect(changeInForce(config, MODE, 500)?.day).toBe(400);
    expect(changeInForce(config, MODE, 100)).toBeUndefined();
    expect(withLever(config, MODE, 'none', 400).changes.map((c) => `${c.day}:${c.value}`), 'a second change on one day replaces the first; day 900 then changes nothing and goes').toEqual(['400:none']);
  });

  it('a timed change to the value already in force changes nothing and is dropped; setting it back on its day drops it', () => {
    const config = withLever(withLever(today, MODE, 'opt-out', 400), MODE, 'opt-out', 700);
    expect(config.changes.map((c) => c.day)).toEqual([400]);
    expect(withLever(today, MODE, 'opt-in', 400).changes, 'the package value').toEqual([]);
    expect(withLever(config, MODE, 'opt-in', 400).changes, 'back to the value of the day before').toEqual([]);
  });

  it('a link\'s timed change that sets the value already in force is dropped and reported, as when made in the app', () => {
    const { config, problems } = configFromUrl(`?apply=today&change=20:${MODE}=opt-in&change=30:${MODE}=opt-out&change=40:${MODE}=opt-out`);
    expect(config.changes.map((c) => `${c.day}:${c.value}`)).toEqual(['30:opt-out']);
    expect(problems).toEqual([
      `"change" = "20:${MODE}=opt-in" sets the value already in force then; it was ignored.`,
      `"change" = "40:${MODE}=opt-out" sets the value already in force then; it was ignored.`,
    ]);
  });

  it('a package switch drops a change during the run that the new package makes redundant, from the list and the link alike', () => {
    const config = withLever(today, MODE, 'opt-out', 400);
    const switched = withoutPackageValues({ ...config, policy: 'opt-out-support' });
    expect(switched.changes, 'opt-out support books supervision opt-out itself').toEqual([]);
    expect(configToUrl(switched)).not.toContain('change=');
    // Switching back does not bring it back, as for a lever set back by hand.
    expect(withoutPackageValues({ ...switched, policy: 'status-quo' }).changes).toEqual([]);
    // A later change of the lever that still changes something stays, in the list and in the link.
    const twice = withLever({ ...config, applyFrom: 'today' }, MODE, 'opt-in', 700);
    const kept = withoutPackageValues({ ...twice, policy: 'opt-out-support' });
    expect(kept.changes.map((c) => `${c.day}:${String(c.value)}`)).toEqual(['700:opt-in']);
    const link = configToUrl(kept);
    expect(link).toContain(`change=700:${MODE}=opt-in`);
    expect(link).not.toContain('change=400');
    const opened = configFromUrl(link);
    expect(opened.problems).toEqual([]);
    expect(opened.config.changes).toEqual(kept.changes);
    expect(scenariosOf(opened.config).main).toEqual(scenariosOf(kept).main);
  });

  it('a population switch drops a change of an environment setting to the new population\'s own value', () => {
    const stigma = (population: AppConfig['population']) => scenariosOf({ ...DEFAULT_CONFIG, population }).main.community.stigma;
    const other = POPULATION_IDS.find((p) => stigma(p) !== stigma(DEFAULT_CONFIG.population))!;
    const config = withLever(today, 'community.stigma', stigma(other), 400);
    expect(config.changes).toHaveLength(1);
    const switched = withoutPackageValues({ ...config, population: other });
    expect(switched.changes).toEqual([]);
    expect(configToUrl(switched)).not.toContain('change=');
  });

  it('a lever fixed on day 0 (extra staff adds seats) applies from day 0 even from today, and a link cannot schedule it', () => {
    const config = withLever(today, 'policy.staffing.extraSeatShare', 0.2, 200);
    expect(config.levers).toEqual({ 'policy.staffing.extraSeatShare': 0.2 });
    expect(config.changes).toEqual([]);
    expect(() => scenariosOf(config)).not.toThrow();
    const fromLink = configFromUrl('?change=100:policy.staffing.extraSeatShare=0.2');
    expect(fromLink.config.changes).toEqual([]);
    expect(fromLink.problems[0]).toContain('the number of seats is fixed on day 0');
  });

  it('a change from day 0 drops the timed changes of that lever up to the day shown, and keeps later ones', () => {
    const timed = withLever(withLever(today, MODE, 'opt-out', 400), MODE, 'none', 900);
    const fromStart = withLever({ ...timed, applyFrom: 'start' }, MODE, 'opt-out', 500);
    expect(fromStart.levers).toEqual({ [MODE]: 'opt-out' });
    expect(fromStart.changes.map((c) => c.day)).toEqual([900]);
  });

  it('timed changes survive the URL, in day order; a bad one is reported and ignored', () => {
    const config = withLever(withLever(today, BURDEN, 2, 800), MODE, 'opt-out', 365);
    const url = configToUrl(config);
    expect(url, 'readable as written').toContain('&change=365:policy.supervision.mode=opt-out&');
    expect(url).toContain('apply=today');
    expect(configFromUrl(configToUrl({ ...DEFAULT_CONFIG, levers: { 'community.stigma': 0.5 } })).config.levers, 'other values still read back').toEqual({ 'community.stigma': 0.5 });
    const back = configFromUrl(url);
    expect(back.problems).toEqual([]);
    expect(back.config.changes).toEqual(config.changes);
    expect(back.config.applyFrom).toBe('today');

    const bad = configFromUrl('?change=0:policy.supervision.mode=opt-out&change=365:policy.supervision.mode=sometimes&change=400:policy.nope=1&change=oops&apply=later');
    expect(bad.config.changes).toEqual([]);
    expect(bad.config.applyFrom).toBe('start');
    expect(bad.problems).toHaveLength(5);
    expect(bad.problems[0]).toContain('a day from 1 to 3649');
    expect(bad.problems[1]).toMatch(/policy\.supervision\.mode=sometimes": "sometimes" is not allowed; expected one of .*"opt-out"/);
    expect(bad.problems[2]).toContain('"policy.nope" is not a setting of this app');
    expect(bad.problems[4]).toContain('expected one of start, today');

    // The same lever changed twice on one day: reported, and the first value used, as for any setting given twice.
    const twice = configFromUrl(`?change=120:${MODE}=opt-out&change=120:${MODE}=none`);
    expect(twice.config.changes).toEqual([{ day: 120, path: MODE, value: 'opt-out' }]);
    expect(twice.problems).toEqual([`"change" = "120:${MODE}=none": day 120 already sets ${MODE} (to opt-out), which is used. It was ignored.`]);
  });

  it('the edited team runs its timed changes; in compare mode the twin shares only the environment ones', () => {
    const config = { ...withLever(withLever(today, MODE, 'opt-out', 365), BURDEN, 2, 730), compare: 'status-quo' as const };
    const { main, twin } = scenariosOf(config);
    expect(main.changes).toEqual([
      { day: 365, set: { [MODE]: 'opt-out' } },
      { day: 730, set: { [BURDEN]: 2 } },
    ]);
    expect(twin?.changes).toEqual([{ day: 730, set: { [BURDEN]: 2 } }]);
    expect(main.policy.supervision.mode, 'the day-0 value is untouched').toBe('opt-in');
  });

  it('a timed change left setting the value the lever already holds is dropped: after a removal, and after an earlier change to that value', () => {
    const both = withLever(withLever(today, MODE, 'opt-out', 100), MODE, 'opt-in', 170);
    expect(both.changes.map((c) => `${c.day}:${c.value}`)).toEqual(['100:opt-out', '170:opt-in']);
    const removed = { ...both, changes: both.changes.filter((c) => c.day !== 100) };
    expect(withoutNoChanges(removed, MODE).changes, 'day 170 sets opt-in, the package value').toEqual([]);
    expect(withoutNoChanges(removed, BURDEN), 'another lever\'s changes are left as they are').toBe(removed);
    const later = withLever(today, MODE, 'opt-out', 700);
    expect(withLever(later, MODE, 'opt-out', 400).changes.map((c) => c.day), 'day 700 now sets what day 400 set').toEqual([400]);
  });
});

describe('the app state in a URL', () => {
  const PACKAGES_ALLOWED = 'status-quo, opt-out-support, multi-level, stigma-reduction, individual-resilience, mandatory-debrief';

  it('a misspelt package, population or other name names the closest allowed one (did you mean), and the default is used', () => {
    expect(configFromUrl('?policy=opt-out-suport')).toMatchObject({
      config: { policy: 'status-quo' },
      problems: [`"policy" = "opt-out-suport" is not allowed; expected one of ${PACKAGES_ALLOWED} (did you mean "opt-out-support"?). Using "status-quo".`],
    });
    const compared = configFromUrl('?compare=multilevel');
    expect(compared.config.compare).toBeUndefined();
    expect(compared).toMatchObject({
      problems: [`"compare" = "multilevel" is not allowed; expected one of ${PACKAGES_ALLOWED} (did you mean "multi-level"?). Using no comparison.`],
    });
    expect(configFromUrl('?population=ma-outrech')).toMatchObject({
      config: { population: 'ma-outreach' },
      problems: ['"population" = "ma-outrech" is not allowed; expected one of ma-outreach, ct-harm-reduction, canada-first-responders (did you mean "ma-outreach"?). Using "ma-outreach".'],
    });
    expect(configFromUrl('?population=canada-first-responder').problems[0]).toContain('(did you mean "canada-first-responders"?). Using "ma-outreach".');
    expect(configFromUrl('?start=fresch').problems).toEqual(['"start" = "fresch" is not allowed; expected one of settled, fresh (did you mean "fresh"?). Using "settled".']);
    expect(configFromUrl('?tiles=Burnout').problems).toEqual(['"tiles" = "Burnout" is not allowed; expected one of sts, burnout, satisfaction (did you mean "burnout"?). Using "sts".']);
    expect(configFromUrl('?apply=todya').problems[0]).toContain('expected one of start, today (did you mean "today"?)');
    // Nothing close: no guess.
    expect(configFromUrl('?policy=bogus').problems).toEqual([`"policy" = "bogus" is not allowed; expected one of ${PACKAGES_ALLOWED}. Using "status-quo".`]);
    expect(configFromUrl('?population=ct').problems[0]).not.toContain('did you mean');
    // A space around a name is refused as such, not taken for a typo.
    expect(configFromUrl('?policy=multi-level%20').problems).toEqual([`"policy" = "multi-level " is not allowed; expected one of ${PACKAGES_ALLOWED}. Using "status-quo".`]);
  });

  it('a misspelt setting name names the closest setting, in a change too; a dotted name is compared with the levers only', () => {
    expect(configFromUrl(`?policy.supervison.mode=opt-out`)).toMatchObject({
      config: { levers: {} },
      problems: [`"policy.supervison.mode" is not a setting of this app (did you mean "${MODE}"?); it was ignored.`],
    });
    expect(configFromUrl(`?change=365:policy.supervison.mode=opt-out`)).toMatchObject({
      config: { changes: [] },
      problems: [`"change" = "365:policy.supervison.mode=opt-out": "policy.supervison.mode" is not a setting of this app (did you mean "${MODE}"?). It was ignored.`],
    });
    expect(configFromUrl('?polcy=multi-level').problems).toEqual(['"polcy" is not a setting of this app (did you mean "policy"?); it was ignored.']);
    expect(configFromUrl('?Day=30').problems).toEqual(['"Day" is not a setting of this app (did you mean "day"?); it was ignored.']);
    expect(configFromUrl('?community.stigmaa=0.2').problems[0]).toContain('(did you mean "community.stigma"?)');
    // A lever named without its level: the one lever whose path it ends.
    expect(configFromUrl('?stigma=0.2').problems).toEqual(['"stigma" is not a setting of this app (did you mean "community.stigma"?); it was ignored.']);
    expect(configFromUrl('?supervision.mode=opt-out').problems[0]).toContain(`(did you mean "${MODE}"?)`);
    expect(configFromUrl('?change=200:stigma=0.2').problems).toEqual(['"change" = "200:stigma=0.2": "stigma" is not a setting of this app (did you mean "community.stigma"?). It was ignored.']);
    // Nothing close, or several as close: no guess, but what the names are (the keys, and where the levers' paths are written), as the command line says after a name it does not know.
    const allowed = 'expected one of population, policy, compare, team, start, seed, day, speed, apply, tiles, text, change, or a lever\'s scenario path (such as policy.supervision.mode; "Copy a link" writes each lever changed by its path)';
    expect(configFromUrl('?foo=1').problems).toEqual([`"foo" is not a setting of this app; ${allowed}; it was ignored.`]);
    expect(configFromUrl('?policy.staffing.x=1').problems).toEqual([`"policy.staffing.x" is not a setting of this app; ${allowed}; it was ignored.`]);
    expect(configFromUrl('?change=400:policy.nope=1').problems).toEqual([
      '"change" = "400:policy.nope=1": "policy.nope" is not a setting of this app; expected a lever\'s scenario path (such as policy.supervision.mode; "Copy a link" writes each lever changed by its path). It was ignored.',
    ]);
    // A setting of the app that is not a lever cannot change during the run.
    expect(configFromUrl('?change=200:seed=2').problems).toEqual(['"change" = "200:seed=2": "seed" is not a lever; a change sets a lever (a policy or environment setting, by its scenario path) from a day on. It was ignored.']);
  });

  it('names the settings its problems point to, each once, in the URL\'s order, for the page to show their controls: a key, a lever (set alone or by a change), the closest name to a misspelt one, "change" for a change tied to no lever; a name close to none points to none', () => {
    expect(configFromUrl('?team=999&foo=1&policy.supervision.mode=weekly&team=3&speed=7').settings).toEqual(['team', 'policy.supervision.mode', 'speed']);
    expect(configFromUrl('?seed=x&stigma=0.2&polcy=multi-level').settings).toEqual(['seed', 'community.stigma', 'policy']);
    expect(configFromUrl(`?change=oops&change=400:${MODE}=sometimes&change=400:community.stigmaa=0.2&change=400:policy.nope=1`).settings).toEqual(['change', MODE, 'community.stigma']);
    expect(configFromUrl(`?change=200:${MODE}=opt-in`).settings, 'a change to the value already in force').toEqual([MODE]);
    expect(configFromUrl('?policy=multi-level&team=20').settings).toEqual([]);
  });

  it('a day past the end of the run shows its last day and says so; a day that is no whole number shows day 0', () => {
    expect(configFromUrl('?day=3650')).toMatchObject({ config: { day: 3650 }, problems: [] });
    expect(configFromUrl('?day=5000')).toMatchObject({
      config: { day: 3650 },
      problems: ['"day" = "5000" is past the end of the run (day 3650); expected a whole number from 0 to 3650. Using 3650, the last day of the run.'],
    });
    expect(configFromUrl('?day=3651').config.day).toBe(3650);
    expect(configFromUrl('?day=99999999999999999999').config.day, 'beyond any safe integer').toBe(3650);
    expect(configFromUrl('?day=-3')).toMatchObject({ config: { day: 0 }, problems: ['"day" = "-3" is not allowed; expected a whole number from 0 to 3650. Using 0.'] });
    expect(configFromUrl('?day=1e9')).toMatchObject({ config: { day: 0 }, problems: ['"day" = "1e9" is not allowed; expected a whole number from 0 to 3650. Using 0.'] });
    expect(configFromUrl('?day=5000&day=12').problems, 'given twice: the first usable value, as for every setting').toEqual([
      '"day" is given 2 times ("5000", "12"): "5000" is past the end of the run (day 3650); expected a whole number from 0 to 3650. Using 3650, the last day of the run.',
    ]);
    expect(configFromUrl('?day=x&day=4000').config.day).toBe(3650);
    // The link the app then writes holds the day shown.
    expect(new URLSearchParams(configToUrl(configFromUrl('?day=5000').config)).get('day')).toBe('3650');
  });

  it('a key given twice is reported, naming the values and the one used (the first allowed); a fallback named is the value used', () => {
    const { config, problems } = configFromUrl('?seed=5&seed=x&team=30&team=abc&policy=multi-level&policy=bogus&day=7&day=9');
    expect(config).toMatchObject({ seed: 5, team: 30, policy: 'multi-level', day: 7 });
    expect(problems).toEqual([
      '"seed" is given 2 times ("5", "x"): "x" is not allowed; expected a whole number from 0 to 4294967295. Using 5.',
      '"team" is given 2 times ("30", "abc"): "abc" is not allowed; expected a whole number from 2 to 80. Using 30.',
      '"policy" is given 2 times ("multi-level", "bogus"): "bogus" is not allowed; expected one of status-quo, opt-out-support, multi-level, stigma-reduction, individual-resilience, mandatory-debrief. Using "multi-level".',
      '"day" is given 2 times ("7", "9"). Using 7.',
    ]);
    const none = configFromUrl('?seed=x&seed=-2');
    expect(none.config.seed).toBe(1);
    expect(none.problems).toEqual(['"seed" is given 2 times ("x", "-2"): "x" is not allowed; expected a whole number from 0 to 4294967295; "-2" is not allowed; expected a whole number from 0 to 4294967295. Using 1.']);
    const lever = configFromUrl('?community.stigma=0.2&community.stigma=0.9');
    expect(lever.config.levers).toEqual({ 'community.stigma': 0.2 });
    expect(lever.problems).toEqual(['"community.stigma" is given 2 times ("0.2", "0.9"). Using 0.2.']);
  });

  it('a lever value not allowed names the value used instead: the package\'s, or for the environment the population\'s; an empty value is called empty', () => {
    const { config, problems } = configFromUrl('?population=ct-harm-reduction&community.stigma=&policy.supervision.mode=weekly&policy.grief.checkIn=');
    expect(config.levers).toEqual({});
    const own = scenariosOf(config).main;
    expect(problems).toEqual([
      `"community.stigma" = "" is empty; expected a number from 0 to 1. Using the population's value, ${own.community.stigma}.`,
      '"policy.supervision.mode" = "weekly" is not allowed; expected one of "none", "opt-in", "opt-out". Using the package\'s value, "opt-in".',
      '"policy.grief.checkIn" = "" is empty; expected true or false. Using the package\'s value, false.',
    ]);
    expect(configFromUrl('?change=30:community.stigma=').problems).toEqual(['"change" = "30:community.stigma=": "community.stigma" is empty; expected a number from 0 to 1. It was ignored.']);
  });

  it('a team size or seed must be written as a whole number', () => {
    for (const team of ['2.6', '', '1e1', ' 12']) expect(configFromUrl(`?team=${encodeURIComponent(team)}`).config.team, team).toBe(DEFAULT_CONFIG.team);
  });

  it('a query is read as URLSearchParams reads it ("+" is a space), and each key and value is kept as written too ("+" stays "+")', () => {
    const search = '?seed=+5&team=%2B12&&day=1+2&a+b=c=d&e&policy=%C3%A9';
    expect(queryEntries(search).map((e) => [e.key, e.value])).toEqual([...new URLSearchParams(search)]);
    expect(queryEntries(search).map((e) => [e.keyWritten, e.valueWritten])).toEqual([['seed', '+5'], ['team', '+12'], ['day', '1+2'], ['a+b', 'c=d'], ['e', ''], ['policy', 'é']]);
    expect(queryEntries('')).toEqual([]);
  });

  it('a message quotes a value as written: "+5", not " 5"; a "+" that the link read as a space is said to be one', () => {
    expect(configFromUrl('?seed=+5').problems).toEqual(['"seed" = "+5" is not allowed; expected a whole number from 0 to 4294967295 (a "+" in a link reads as a space). Using 1.']);
    expect(configFromUrl('?seed=%2B5').problems, 'a plus sign itself (%2B)').toEqual(['"seed" = "+5" is not allowed; expected a whole number from 0 to 4294967295. Using 1.']);
    expect(configFromUrl('?seed=5&seed=+6').problems).toEqual(['"seed" is given 2 times ("5", "+6"): "+6" is not allowed; expected a whole number from 0 to 4294967295 (a "+" in a link reads as a space). Using 5.']);
    expect(configFromUrl('?policy=multi+level').problems[0]).toBe('"policy" = "multi+level" is not allowed; expected one of status-quo, opt-out-support, multi-level, stigma-reduction, individual-resilience, mandatory-debrief (did you mean "multi-level"?) (a "+" in a link reads as a space). Using "status-quo".');
    expect(configFromUrl('?seed+=5').problems).toEqual(['"seed+" is not a setting of this app (did you mean "seed"?) (a "+" in a link reads as a space); it was ignored.']);
    expect(configFromUrl(`?change=120:${MODE}=opt+out`).problems).toEqual([`"change" = "120:${MODE}=opt+out": "opt out" is not allowed; expected one of "none", "opt-in", "opt-out" (did you mean "opt-out"?) (a "+" in a link reads as a space). It was ignored.`]);
    expect(configFromUrl(`?change=120:${MODE}+=opt-out`).problems).toEqual([`"change" = "120:${MODE}+=opt-out": "${MODE}+" is not a setting of this app (did you mean "${MODE}"?) (a "+" in a link reads as a space). It was ignored.`]);
    expect(configFromUrl(`?change=+120:${MODE}=opt-out`).problems[0]).toMatch(/^"change" = "\+120:.*e\.g\. 365:policy\.supervision\.mode=opt-out \(a "\+" in a link reads as a space\)\. It was ignored\.$/);
  });

  it('a space before or after a value is refused for every setting, levers and changes as the whole numbers and names: the message names the setting, the value as written and what is allowed', () => {
    const own = scenariosOf(DEFAULT_CONFIG).main;
    const cases: [string, string][] = [
      ['team=%2012', '"team" = " 12" is not allowed; expected a whole number from 2 to 80. Using 12.'],
      ['day=5%20', '"day" = "5 " is not allowed; expected a whole number from 0 to 3650. Using 0.'],
      ['start=fresh%20', '"start" = "fresh " is not allowed; expected one of settled, fresh. Using "settled".'],
      ['speed=%0950', '"speed" = "\\t50" is not allowed; expected one of 1, 5, 10, 25, 50, 100, 200 (days per second). Using 25.'],
      ['community.stigma=%200.5', `"community.stigma" = " 0.5" is not allowed; expected a number from 0 to 1. Using the population's value, ${own.community.stigma}.`],
      ['policy.staffing.hiringDelayDays=30%20', `"policy.staffing.hiringDelayDays" = "30 " is not allowed; expected a whole number from 0 to 3650 (days). Using the package's value, ${own.policy.staffing.hiringDelayDays}.`],
      [`${MODE}=%20opt-out`, `"${MODE}" = " opt-out" is not allowed; expected one of "none", "opt-in", "opt-out". Using the package's value, "opt-in".`],
      ['policy.grief.checkIn=true+', '"policy.grief.checkIn" = "true+" is not allowed; expected true or false (a "+" in a link reads as a space). Using the package\'s value, false.'],
      [`change=120:${MODE}=opt-out%20`, `"change" = "120:${MODE}=opt-out ": "${MODE}" = "opt-out " is not allowed; expected one of "none", "opt-in", "opt-out". It was ignored.`],
      [`change=120:${MODE}=+opt-out`, `"change" = "120:${MODE}=+opt-out": "${MODE}" = "+opt-out" is not allowed; expected one of "none", "opt-in", "opt-out" (a "+" in a link reads as a space). It was ignored.`],
    ];
    for (const [query, problem] of cases) {
      const { config, problems } = configFromUrl(`?${query}`);
      expect(problems, query).toEqual([problem]);
      expect(config, query).toEqual(DEFAULT_CONFIG);
    }
    // Without the spaces, each is used.
    expect(configFromUrl(`?team=12&day=5&start=fresh&speed=50&community.stigma=0.5&policy.staffing.hiringDelayDays=30&${MODE}=opt-out&policy.grief.checkIn=true&change=120:community.fatality=0.05`).problems).toEqual([]);
  });
});

describe('how the team starts ("start" in the URL)', () => {
  it('is settled unless the URL says fresh; a link leaves the default out and round-trips fresh', () => {
    expect(DEFAULT_CONFIG.teamStart).toBe('settled');
    expect(configFromUrl('').config.teamStart).toBe('settled');
    const fresh = configFromUrl('?population=ct-harm-reduction&start=fresh&seed=4');
    expect(fresh.problems).toEqual([]);
    expect(fresh.config).toMatchObject({ teamStart: 'fresh', population: 'ct-harm-reduction', seed: 4 });
    const url = configToUrl(fresh.config);
    expect(new URLSearchParams(url).get('start')).toBe('fresh');
    expect(configFromUrl(url)).toEqual(fresh);
    expect(new URLSearchParams(configToUrl(DEFAULT_CONFIG)).has('start'), 'the default is left out').toBe(false);
    expect(configFromUrl(configToUrl({ ...fresh.config, teamStart: 'settled' })).config.teamStart).toBe('settled');
  });

  it('a value not allowed is reported, naming it and the values allowed, and settled is used', () => {
    expect(configFromUrl('?start=x')).toMatchObject({ config: { teamStart: 'settled' }, problems: ['"start" = "x" is not allowed; expected one of settled, fresh. Using "settled".'] });
    expect(configFromUrl('?start=Fresh').problems, 'ids are lower case, as the others').toHaveLength(1);
  });

  it('fresh sets both teams\' starting levels to the new hires\' and their initial tenure to 0; settled keeps the population\'s own', () => {
    const newHire = { ...NEW_HIRE_START };
    const { main, twin } = scenariosOf({ ...DEFAULT_CONFIG, population: 'canada-first-responders', compare: 'multi-level', teamStart: 'fresh' });
    for (const team of [main, twin!]) {
      expect(team.population.startingLevels).toEqual(newHire);
      expect(team.population.initialTenureMeanDays).toBe(0);
    }
    const own = resolveScenario({ population: 'canada-first-responders' }).population;
    const settled = scenariosOf({ ...DEFAULT_CONFIG, population: 'canada-first-responders', compare: 'multi-level' });
    for (const team of [settled.main, settled.twin!]) {
      expect(team.population.startingLevels).toEqual(own.startingLevels);
      expect(team.population.initialTenureMeanDays).toBe(own.initialTenureMeanDays);
    }
  });
});

describe('arrow keys on a numeric lever step from the value in force', () => {
  const numberField = (path: string) => fieldAt(scenarioField, path.split('.')) as NumberField;
  const hiring = numberField('policy.staffing.hiringDelayDays');
  const cap = numberField('policy.staffing.caseloadCap');
  const stigma = numberField('community.stigma');

  it('a value on a step moves one step, as the slider itself does', () => {
    expect(steppedValue(28, -1, { min: 0, max: 365, step: 1 }, hiring)).toBe(27);
    expect(steppedValue(0.4, 1, { min: 0, max: 1, step: 0.01 }, stigma)).toBe(0.41);
    expect(steppedValue(0.41, -1, { min: 0, max: 1, step: 0.01 }, stigma)).toBe(0.4);
  });

  it('a value beyond the slider\'s end steps from itself, both ways, within the schema\'s range', () => {
    const slider = { min: 0, max: 365, step: 1 };
    expect(steppedValue(1000, -1, slider, hiring)).toBe(999);
    expect(steppedValue(1000, 1, slider, hiring)).toBe(1001);
    expect(steppedValue(hiring.max, 1, slider, hiring)).toBe(hiring.max);
    expect(steppedValue(0.5, 1, { min: 1, max: 30, step: 0.5 }, cap), 'below the slider: up to its first step').toBe(1);
    expect(steppedValue(0.5, -1, { min: 1, max: 30, step: 0.5 }, cap), 'no lower than the schema allows').toBe(cap.min);
  });

  it('a value between two steps goes to the next step either way', () => {
    const slider = { min: 1, max: 30, step: 0.5 };
    expect(steppedValue(12.3, 1, slider, cap)).toBe(12.5);
    expect(steppedValue(12.3, -1, slider, cap)).toBe(12);
    expect(steppedValue(0.123456, 1, { min: 0, max: 1, step: 0.01 }, stigma)).toBe(0.13);
  });
});

describe('slider ranges', () => {
  it('the pay raise slider reaches the raise that closes the pay gap in every population, past which a raise only costs more', () => {
    const l = LEVERS.find((x) => x.path === 'policy.compensation.payRaise')!;
    const { max } = sliderRange(l, leverField(l) as NumberField);
    expect(max).toBeLessThan(1);
    const at = (population: string, raise: number) => modelParameters(resolveScenario({ population, overrides: [['policy.compensation.payRaise', raise]] })).payAdequacy;
    for (const population of POPULATION_IDS) expect(at(population, max), population).toBe(1);
    // And not much further: in some population a raise 20 points below its end still matters.
    expect(POPULATION_IDS.some((population) => at(population, max - 0.2) < 1)).toBe(true);
  });
});


describe('what the tiles show ("tiles" in the URL)', () => {
  it('is STS unless the URL says otherwise; a link leaves the default out and round-trips burnout and satisfaction', () => {
    expect(DEFAULT_CONFIG.tiles).toBe('sts');
    expect(configFromUrl('').config.tiles).toBe('sts');
    for (const tiles of ['burnout', 'satisfaction'] as const) {
      const read = configFromUrl(`?tiles=${tiles}&seed=3&day=50`);
      expect(read.problems).toEqual([]);
      expect(read.config).toMatchObject({ tiles, seed: 3, day: 50 });
      const url = configToUrl(read.config);
      expect(new URLSearchParams(url).get('tiles')).toBe(tiles);
      expect(configFromUrl(url)).toEqual(read);
    }
    expect(new URLSearchParams(configToUrl(DEFAULT_CONFIG)).has('tiles'), 'the default is left out').toBe(false);
  });

  it('a value not allowed is reported, naming the field, the value and the values allowed, and STS is used', () => {
    expect(configFromUrl('?tiles=heat')).toMatchObject({ config: { tiles: 'sts' }, problems: ['"tiles" = "heat" is not allowed; expected one of sts, burnout, satisfaction. Using "sts".'] });
    expect(configFromUrl('?tiles=Burnout').problems, 'ids are lower case, as the others').toHaveLength(1);
  });

  it('does not change the scenarios the app runs', () => {
    expect(scenariosOf({ ...DEFAULT_CONFIG, tiles: 'satisfaction' })).toEqual(scenariosOf(DEFAULT_CONFIG));
  });
});

describe('the text size ("text" in the URL: Large text, for a projector)', () => {
  it('is normal unless the URL says large; a link leaves the default out and round-trips large', () => {
    expect(DEFAULT_CONFIG.text).toBe('normal');
    expect(configFromUrl('').config.text).toBe('normal');
    const read = configFromUrl('?text=large&seed=3&day=50');
    expect(read.problems).toEqual([]);
    expect(read.config).toMatchObject({ text: 'large', seed: 3, day: 50 });
    const url = configToUrl(read.config);
    expect(new URLSearchParams(url).get('text')).toBe('large');
    expect(configFromUrl(url)).toEqual(read);
    expect(new URLSearchParams(configToUrl(DEFAULT_CONFIG)).has('text'), 'the default is left out').toBe(false);
  });

  it('a value not allowed is reported, naming the field, the value and the values allowed, and normal text is used', () => {
    expect(configFromUrl('?text=huge')).toMatchObject({ config: { text: 'normal' }, problems: ['"text" = "huge" is not allowed; expected one of normal, large. Using "normal".'] });
    expect(configFromUrl('?text=lrage').problems).toEqual(['"text" = "lrage" is not allowed; expected one of normal, large (did you mean "large"?). Using "normal".']);
    expect(configFromUrl('?text=').problems).toEqual(['"text" = "" is not allowed; expected one of normal, large. Using "normal".']);
    expect(configFromUrl('?text=large&text=huge').problems).toEqual(['"text" is given 2 times ("large", "huge"): "huge" is not allowed; expected one of normal, large. Using "large".']);
  });

  it('does not change the scenarios the app runs', () => {
    expect(scenariosOf({ ...DEFAULT_CONFIG, text: 'large' })).toEqual(scenariosOf(DEFAULT_CONFIG));
  });
});

describe('restoring one kind of lever (Restore package defaults; Restore population values)', () => {
  // An educator's high-burden, high-stigma community, a package lever changed from day 0, and changes of both during the run.
  const { config } = configFromUrl('?day=400&community.overdoseBurden=2&community.stigma=0.9&policy.supervision.mode=opt-out&change=100:community.stigma=0.6&change=200:policy.debrief.mode=ongoing&change=300:policy.supervision.mode=none');

  it('the package\'s levers are every level but the Environment; the Environment settings are the levers both teams share', () => {
    const environment = LEVERS.filter((l) => l.level === 'Environment');
    expect(environment.map((l) => l.path)).toEqual(['community.overdoseBurden', 'community.fatality', 'community.stigma', 'community.tightKnit', 'community.systemBarriers']);
    for (const l of LEVERS) expect(leverKind(l.path), l.path).toBe(l.level === 'Environment' ? 'environment' : 'package');
    for (const l of LEVERS) expect(leverKind(l.path) === 'environment', l.path).toBe(l.shared);
    // The package's community-level levers (stigma reduction) are the package's, not the Environment's.
    expect(leverKind('policy.stigmaReduction.education')).toBe('package');
  });

  it('counts each kind\'s changes apart, from day 0 and during the run', () => {
    expect(changeCount(config, 'package')).toBe(3);
    expect(changeCount(config, 'environment')).toBe(3);
    expect(changeCount(DEFAULT_CONFIG, 'package') + changeCount(DEFAULT_CONFIG, 'environment')).toBe(0);
  });

  it('undoing the package\'s levers keeps the Environment settings and their changes during the run, and the reverse', () => {
    const noPackage = withoutChangesOf(config, 'package');
    expect(noPackage.levers).toEqual({ 'community.overdoseBurden': 2, 'community.stigma': 0.9 });
    expect(noPackage.changes).toEqual([{ day: 100, path: 'community.stigma', value: 0.6 }]);
    expect(changeCount(noPackage, 'package')).toBe(0);
    expect(withoutPackageValues(noPackage), 'nothing left changes nothing').toEqual(noPackage);
    const noEnvironment = withoutChangesOf(config, 'environment');
    expect(noEnvironment.levers).toEqual({ 'policy.supervision.mode': 'opt-out' });
    expect(noEnvironment.changes).toEqual([{ day: 200, path: 'policy.debrief.mode', value: 'ongoing' }, { day: 300, path: 'policy.supervision.mode', value: 'none' }]);
    expect(withoutChangesOf(noPackage, 'environment')).toMatchObject({ levers: {}, changes: [] });
    // The rest of the state (the day, the package, the seed) stays.
    expect({ ...noPackage, levers: config.levers, changes: config.changes }).toEqual(config);
  });

  it('the scenarios run keep the community and lose the package\'s changes; the link says the same', () => {
    const { main } = scenariosOf(withoutChangesOf(config, 'package'));
    const own = scenariosOf({ ...config, levers: {}, changes: [] }).main;
    expect(main.community.overdoseBurden).toBe(2);
    expect(main.community.stigma).toBe(0.9);
    expect(main.policy).toEqual(own.policy);
    expect(main.changes).toEqual([{ day: 100, set: { 'community.stigma': 0.6 } }]);
    const link = configToUrl(withoutChangesOf(config, 'package'));
    expect(link).toContain('community.stigma=0.9');
    expect(link).toContain('change=100:community.stigma=0.6');
    expect(link).not.toContain('policy.');
    expect(configFromUrl(link).config).toEqual(withoutChangesOf(config, 'package'));
  });

  it('each button counts its own kind, says what it counts, and is disabled with nothing to undo', () => {
    expect(restoreLabel('package', 3)).toEqual({ text: 'Restore package defaults (3)', ariaLabel: 'Restore package defaults: undo 3 package lever changes', disabled: false });
    expect(restoreLabel('environment', 1)).toEqual({ text: 'Restore population values (1)', ariaLabel: 'Restore population values: undo 1 environment setting change', disabled: false });
    expect(restoreLabel('package', 0)).toEqual({ text: 'Restore package defaults', disabled: true });
    expect(restoreLabel('environment', 0)).toEqual({ text: 'Restore population values', disabled: true });
  });
});
