// The classroom app's page: controls, team view, live charts. The engine runs in a Web Worker
// (through comlink), so the page never freezes; everything shown comes from its frames.
import { wrap, type Remote } from 'comlink';
import embed, { type Result } from 'vega-embed';
import type { TopLevelSpec } from 'vega-lite';
import { ROLE_PROFILES } from '../../models/roles';
import type { SeatSnapshot } from '../../models/snapshot';
import { formatIssue, InputError } from '../../sim/params/issues';
import { fixedDuringRun } from '../../scenarios/changes';
import { PACKAGE_IDS, PACKAGES, type PackageId } from '../../scenarios/presets/packages';
import { POPULATIONS, POPULATION_IDS, type PopulationId } from '../../scenarios/presets/populations';
import type { Scenario } from '../../scenarios/schema';
import { titleBoxWithValue } from './boxTitle';
import { BusySign } from './busySign';
import { fitHeadings } from './headingFit';
import { teamNames } from './teamNames';
import { ChartFeed, rowChanges, type ChartRows } from './chartRows';
import { careChart, CHART_TITLES, DAY_STEP, HOVER_POINTS, PLOT_MIN_HEIGHT, plotHeight, SCORE_DOMAIN, staffChart, stateChart, withHoverPoints, type ChartChange, type ChartTeam } from './charts';
import {
  changeCount,
  changeInForce,
  configFromUrl,
  configToUrl,
  isApplyMode,
  isTextSize,
  LEVER_KINDS,
  MAX_DAY,
  MAX_SEED,
  MAX_TEAM,
  MIN_TEAM,
  packageScenario,
  scenariosOf,
  SPEEDS,
  TEAM_STARTS,
  valueAt,
  valueOn,
  wholeNumber,
  withLever,
  withoutChangesOf,
  withoutPackageValues,
  type AppConfig,
  type LeverKind,
  type TeamStart,
  type TextSize,
} from './config';
import type { AppEngine, Departure, Frame, Leaver, SeriesRow, Story, TeamFrame } from './engine';
import { GLOSSARY } from './glossary';
import { clearReasons, leaverItem, reasonParts } from './leaverReason';
import { placeCostLine, renderCost, setupCostLine } from './costLine';
import { keepControlInHandInPlace } from './controlInHand';
import { watchWorkerLife, type WorkerLife } from './workerLife';
import { FUTURE_DETAIL, fitWordings, futureWordings } from './future';
import { showCommand } from './commandDialog';
import { shareNoteMs, shareNoteText } from './shareNote';
import { showZoomHint } from './zoomHint';
import { ENGINE_STOPPED_STATUS, sayEngineStoppedAgain, showEngineStopped } from './engineStopped';
import { boxNumber, boxScale, boxValue, LEVEL_ORDER, LEVERS, leverField, leverText, percentHint, refusedPercentHint, scaleHint, sliderRange, steppedValue, type Lever } from './levers';
import { optionLabel } from './optionLabels';
import { citedSummary, PACKAGE_NAMES, POPULATION_NAMES } from './presetNames';
import { changedSuffix, foldSettingsOnNarrowScreens, openGroupsHolding } from './settingsGroups';
import { pauseWhileHidden } from './hiddenPause';
import { PLAY_TICK_MS, PlayClock, playTicksIn, reachedInFirstTick } from './playClock';
import { SickMarks, sickHoldTicks } from './sickMarks';
import { RESTORE_BUTTONS, restoreLabel } from './restoreButtons';
import { LIST_REASON_WORDS, REASON_WORDS, sharesInWords, STORY_WORDS, whyTheyLeft } from './story';
import { newHireNoted, statusWords } from './statusWords';
import { dayShapes, END_WORDS, fitStatus, OVER_WORDS, reserveStatusWidth, showStatusWording } from './statusFit';
import { clearOfMessage, hideProblems, showProblems } from './problemsMessage';
import { fillTileKey } from './tileKey';
import { fillTeamFacts, teamFacts } from './teamFacts';
import { isTileMeasure, isWorse, MEASURES, band, scoreOf, tileColor, TILE_MEASURES, type TileMeasure } from './tileScale';
import { SHORT_ROLE } from './roleNames';
import { dayText as dayOfRun, shownDayOf, timeUnitOn, type TimeUnit } from './timeAxis';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The engine in its Web Worker (start() opens it; the page says why if it cannot). */
let engine: Remote<AppEngine & WorkerLife>;

/**
 * What the page says when the engine's worker cannot start. Opened from disk (a file:// page),
 * browsers refuse to run a worker script ("cannot be accessed from origin 'null'"), and the page
 * stayed on "Loading…" for ever.
 */
const START_FAILURE = {
  file: 'This app must be served over http: browsers do not run its simulation worker (worker.js) from a page opened as a file (file://). Run `npx cfsim app` (or `npm run app`) in the CFSim folder and open the address it prints, or put this folder on any static web server.',
  other: 'The simulation worker (worker.js) could not be started, so the app cannot run. Check that worker.js sits beside index.html on the server, and reload.',
  firstRun: 'The simulation failed as it computed the first run, so the app cannot run. Reload the page to try again; should it fail again, open the app without the settings in its link (its address up to the ?).',
} as const;

/** Opens the engine's worker, or says on the page why it cannot (returns false). */
function openEngine(): boolean {
  const failed = () => showStartFailure(location.protocol === 'file:' ? START_FAILURE.file : START_FAILURE.other);
  let worker: Worker;
  try {
    worker = new Worker('worker.js');
  } catch {
    failed();
    return false;
  }
  // A worker script that fails to load (or is refused) later, before the first run is drawn; after it, the worker failing
  // (its script erred, it ran out of memory) stops the run: the call in flight will never be answered.
  const lost = () => {
    if (document.body.dataset.ready !== 'true') failed();
    else stopRun();
  };
  worker.addEventListener('error', lost);
  engine = wrap<AppEngine & WorkerLife>(worker);
  // So does the worker gone with no error event (closed, ended by the browser), where the browser says so (workerLife.ts).
  // It had started (it took the lock): gone before the first run was drawn, that run failed, not the script's loading.
  watchWorkerLife(engine, stopRun);
  return true;
}

/** Puts the message in place of the controls, team view and charts, which cannot run without the engine. */
function showStartFailure(text: string): void {
  $('status').textContent = 'The app cannot start';
  const message = Object.assign(document.createElement('p'), { id: 'start-failure', className: 'start-failure', textContent: text });
  message.setAttribute('role', 'alert');
  document.querySelector('.layout')?.replaceChildren(message);
  document.body.dataset.failed = 'true';
}

/** Whether the app could not start: showStartFailure took away the controls, team view and charts. */
function startFailed(): boolean {
  return document.body.dataset.failed === 'true';
}

let config: AppConfig;
let frame: Frame | undefined;
let scenarios: { main: Scenario; twin?: Scenario };
let playing = false;
let generation = 0;
/** Work for the engine runs one job at a time, in the order asked (a click during a restart is not lost). */
let queue: Promise<void> = Promise.resolve();
let pending = 0;
/**
 * Whether the engine has failed after the start (stopRun). No job runs after it, not even with the worker alive after a
 * call that threw: an exception in a step can leave the teams on different days or a journal half read, and the frames
 * that engine gave after it could not be trusted. The link reproduces the run on reload.
 */
let engineStopped = false;
/** Resolves once the run is stopped (stopRun): no work asked so far will be done, even a call the worker never answers. */
let markStopped: () => void;
const stopped = new Promise<void>((resolve) => (markStopped = resolve));
/**
 * Queues `job`. One that is no step (a rerun, the charts drawn again) is not play: a run playing goes on after it owing
 * nothing, as play starts (its time was owed, and the first step after a change or Large text asked while playing leapt
 * a second's days, 200 at 200 days a second).
 */
function enqueue(job: () => Promise<void>, { step = false } = {}): Promise<void> {
  if (engineStopped && document.body.dataset.failed !== 'true') {
    // Work asked once the engine has stopped (a setting changed, a step or Reset from the keyboard) is not done: said again.
    sayEngineStoppedAgain($('engine-stopped'));
    setStatus(ENGINE_STOPPED_STATUS);
    return queue;
  }
  pending++;
  stepWaiting = undefined; // a step asked from now on runs after this job
  // A job that rejects stops the run where it was; those after it are not run (a rejection once left every later one
  // skipped in silence, and the page frozen with no word why).
  queue = queue
    .then(() => (engineStopped ? undefined : job()))
    .catch((error: unknown) => {
      console.error(error); // the alert says the run stopped; the console keeps why, for whoever looks into it
      stopRun();
    })
    .finally(() => {
      pending--;
      if (!step && playing) playClock.start();
    });
  return queue;
}

/** Stops the run for good once the engine has failed, and says so, keeping the link (the settings and the day shown). */
function stopRun(): void {
  if (engineStopped) return;
  engineStopped = true;
  markStopped();
  if (document.body.dataset.failed === 'true') return; // it never started, and the page says why (showStartFailure)
  // The first run failed: no run to stop, nor a day reached to keep (the alert said both, and the page was marked ready).
  if (document.body.dataset.ready !== 'true') {
    showStartFailure(START_FAILURE.firstRun);
    return;
  }
  // A pause owed to a step that will never be shown is said by the alert instead.
  stepComputing = false;
  stepWaiting = undefined; // a step asked from now on is said to be refused (enqueue), not added to one never run
  setPlaying(false, { announced: false });
  showEngineStopped($('engine-stopped'), ['play', 'step-day', 'step-week', 'reset'].map((id) => $<HTMLButtonElement>(id)));
  setStatus(ENGINE_STOPPED_STATUS);
  busy.end();
}
/**
 * The step last queued, while it waits its turn: a step asked meanwhile adds its days to it rather
 * than queueing one more. A held W key asks for weeks faster than a late run's charts draw them:
 * one job a press kept the run stepping for minutes after the key was let go.
 */
let stepWaiting: { days: number } | undefined;
/** Engine steps taken so far (for tests: steps asked while one waits join it). */
let stepsTaken = 0;
const stories = new Map<string, Story[]>(); // key: team label + worker id
const sickMarks = new SickMarks();
/** The play loop's clock (playClock.ts): its ticks keep a SICK mark readable at speed. */
const playClock = new PlayClock();
const charts: Result[] = [];

// ---------- state and URL ----------

function saveUrl(): void {
  if (!config) return;
  history.replaceState(null, '', configToUrl({ ...config, day: frame?.day ?? config.day }));
}

/** Since when a worker's counters count: their hire, or day 0 for the staff in post then (the run knows nothing before it). */
const sinceWhen = (seat: SeatSnapshot) => (seat.tenureDays > (frame?.day ?? 0) ? 'since day 0' : 'since hire');

/** The day shown: changes made "from today" take effect from it (the next day the run simulates). */
const shownDay = () => frame?.day ?? config.day;

const leverOf = (path: string) => LEVERS.find((l) => l.path === path)!;

/** A lever's label without its unit ("Grief leave after a client death (days)" → "Grief leave after a client death"), for beside a value that names its unit. */
const labelWithoutUnit = (l: Lever) => l.label.replace(/ \([^)]*\)$/, '');

/** What a timed change sets: "Supervision → opt-out, booked in advance" (and which team, in compare mode). */
function changeWords(c: { path: string; value: unknown }): string {
  const l = leverOf(c.path);
  const team = config.compare && !l.shared ? ' (team B)' : '';
  return `${labelWithoutUnit(l)} → ${leverText(l, c.value)}${team}`;
}

/** A timed change in words: "Day 365: Supervision → opt-out, booked in advance". */
const changeText = (c: { day: number; path: string; value: unknown }) => `Day ${c.day}: ${changeWords(c)}`;

/** The charts' rules: one per day with changes, labelled with all of that day's. */
function chartChanges(): ChartChange[] {
  const byDay = new Map<number, string[]>();
  for (const c of config.changes) byDay.set(c.day, [...(byDay.get(c.day) ?? []), changeWords(c)]);
  return [...byDay].map(([day, words]) => ({ day, label: `Day ${day}: ${words.join('; ')}`, count: words.length }));
}

/** Runs computed so far (a rerun may tell another story with as many leavers: the team view's list of them is drawn again). */
let runsDrawn = 0;

/** Shown while the runs are computed again, at the foot of the team view and charts. */
let busy: BusySign;

/**
 * Rebuilds the runs for the current configuration and fast-forwards to `day`, or, without one, to the day the run has
 * reached when its turn comes. A change made while a step of play was computed reran to the day shown before that step,
 * after the step had been shown: the run went back a second's days on screen (since 0.42.0 it goes on from the day the
 * step reached; the change keeps the day it was made on, so the results are the same however fast the machine).
 */
function restart(day?: number): Promise<void> {
  const mine = ++generation;
  if (day !== undefined) lastRerunToDay = mine;
  return busy.during(enqueue(() => rebuild(mine, day)));
}

/** The generation of the last rerun asked with a day (Reset, the link opened). */
let lastRerunToDay = 0;

async function rebuild(mine: number, toDay: number | undefined): Promise<void> {
  // A newer configuration is already queued: its rerun computes this one's. Not the last rerun asked with a day (Reset):
  // it moves the run, and the reruns queued after it, which have none, go on from the day it reached (since 0.42.0; it
  // was dropped too, and Reset followed by a change before Reset's turn was lost: the run stayed on its day). Earlier
  // ones are dropped still: a held R key asks for many.
  if (mine !== generation && (toDay === undefined || mine !== lastRerunToDay)) return;
  const day = toDay ?? frame?.day ?? 0;
  scenarios = scenariosOf(config);
  const named = teamNames(config);
  const teams = config.compare && scenarios.twin
    ? [
        { label: named[0].label, scenario: scenarios.twin, population: config.population },
        { label: named[1].label, scenario: scenarios.main, population: config.population },
      ]
    : [{ label: named[0].label, scenario: scenarios.main, population: config.population }];
  const next = await engine.reset(teams, config.seed, Math.min(day, MAX_DAY));
  runsDrawn++;
  stories.clear();
  // The rerun's day is announced, once: a rerun landing on the end has it announced as the end already (render).
  if (!render(next)) announce(statusText);
  await resetCharts(named, chartChanges(), next);
  renderLevers();
  saveUrl();
}

// ---------- controls ----------

const TEAM_START_NAMES: Readonly<Record<TeamStart, string>> = { settled: 'Settled: staff in post', fresh: 'Fresh: a new programme' };
const TEAM_START_SUMMARIES: Readonly<Record<TeamStart, string>> = {
  settled: 'Staff start where this population usually is, so a status-quo team holds steady from day 0.',
  fresh: 'Everyone starts as a new hire: low stress, in their first months, no long-term clients yet. Watch the strain build.',
};

function option(select: HTMLSelectElement, value: string, label: string): void {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  select.append(o);
}

function setupControls(): void {
  const population = $<HTMLSelectElement>('population');
  // Lists show names; their values (and so the URL) stay ids.
  for (const id of POPULATION_IDS) option(population, id, POPULATION_NAMES[id]);
  const policy = $<HTMLSelectElement>('policy');
  const compare = $<HTMLSelectElement>('compare');
  for (const id of PACKAGE_IDS) {
    option(policy, id, PACKAGE_NAMES[id]);
    option(compare, id, PACKAGE_NAMES[id]);
  }
  const speed = $<HTMLSelectElement>('speed');
  for (const s of SPEEDS) option(speed, String(s), `${s} ${s === 1 ? 'day' : 'days'}/s`);
  const teamStart = $<HTMLSelectElement>('team-start');
  for (const s of TEAM_STARTS) option(teamStart, s, TEAM_START_NAMES[s]);
  const tileMeasure = $<HTMLSelectElement>('tile-measure');
  for (const m of TILE_MEASURES) option(tileMeasure, m, MEASURES[m].name);
  const team = $<HTMLInputElement>('team');
  team.min = String(MIN_TEAM);
  team.max = String(MAX_TEAM);
  $('team-hint').textContent = `Seats, ${MIN_TEAM} to ${MAX_TEAM}.`;
  $('seed-hint').textContent = `A whole number, 0 to ${MAX_SEED}: the same seed replays the same run.`;
  // A wheel turned over a focused number box steps its value, unseen while the panel is being
  // scrolled: the box lets go of focus instead (as leaving it does), and the wheel scrolls the panel.
  document.addEventListener(
    'wheel',
    (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'number' && e.target === document.activeElement) e.target.blur();
    },
    { passive: true },
  );

  population.addEventListener('change', () => change({ population: population.value as PopulationId }));
  teamStart.addEventListener('change', () => change({ teamStart: teamStart.value as TeamStart }));
  policy.addEventListener('change', () => change({ policy: policy.value as PackageId }));
  compare.addEventListener('change', () => change({ compare: compare.value as PackageId }));
  $<HTMLInputElement>('compare-on').addEventListener('change', (e) => change({ compare: (e.target as HTMLInputElement).checked ? (compare.value as PackageId) : undefined }));
  // A number box reads "" for an empty box and for text that is not a number: both are refused, never read as 0.
  team.addEventListener('change', () => {
    const n = wholeNumber(team.value, MIN_TEAM, MAX_TEAM);
    if (n !== undefined) change({ team: n });
    else rejected(team, `Team size${team.validity.badInput ? ': ' : ' '}${entryProblem(team)}; expected a whole number from ${MIN_TEAM} to ${MAX_TEAM}.`, config.team);
  });
  const seed = $<HTMLInputElement>('seed');
  seed.addEventListener('change', () => {
    // A pasted seed may bring spaces with it.
    const n = wholeNumber(seed.value.trim(), 0, MAX_SEED);
    if (n !== undefined) change({ seed: n });
    else rejected(seed, `Seed ${JSON.stringify(seed.value)} is not allowed; expected a whole number from 0 to ${MAX_SEED}.`, config.seed);
  });
  speed.addEventListener('change', () => {
    playClock.oweTimeSoFar(config.speed, performance.now()); // the time before the change at the speed before it
    config = { ...config, speed: Number(speed.value) };
    saveUrl();
  });
  // What the tiles show: the run stays as it is, the team view and its key are drawn again.
  tileMeasure.addEventListener('change', () => {
    if (!isTileMeasure(tileMeasure.value)) return;
    config = { ...config, tiles: tileMeasure.value };
    fillTileKey($('colour-key-title'), $('colour-key'), config.tiles);
    if (frame) renderTeams(frame);
    saveUrl();
  });
  const largeText = $<HTMLInputElement>('large-text');
  largeText.addEventListener('change', () => setTextSize(largeText.checked ? 'large' : 'normal'));
  // A folded list is opened for the link to land in (a folded list's items cannot take the focus).
  $('skip-departures').addEventListener('click', () => {
    const departures = document.querySelector<HTMLDetailsElement>('#departures-box-0');
    if (departures && !departures.open) departures.open = true;
  });
  $('play').addEventListener('click', togglePlay);
  pauseWhileHidden(document, {
    playing: () => playing,
    pause: () => setPlaying(false, { reason: 'hidden' }),
    // Not played again at the end: the step computed as the page was hidden may have reached it (the button read Pause
    // until the loop's next tick stopped it).
    resume: () => {
      if (!atEnd()) setPlaying(true, { reason: 'shown' });
    },
  });
  $('step-day').addEventListener('click', () => void advance(1));
  $('step-week').addEventListener('click', () => void advance(7));
  $('reset').addEventListener('click', () => {
    setPlaying(false, { announced: false }); // the rerun announces day 0
    void restart(0);
  });
  const restorePackage = $<HTMLButtonElement>(RESTORE_BUTTONS.package.id);
  restorePackage.title = RESTORE_BUTTONS.package.title;
  // Past the button, from the keyboard: the first of the levers it restored.
  restorePackage.addEventListener('click', () => restore('package', restorePackage, () => $('levers').querySelector('input, select')));
  document.querySelectorAll<HTMLInputElement>('#apply-from input[name=apply]').forEach((radio) =>
    radio.addEventListener('change', () => {
      // How later changes apply; the run itself does not change.
      if (radio.checked && isApplyMode(radio.value)) config = { ...config, applyFrom: radio.value };
      saveUrl();
      renderLevers();
    }),
  );
  // Said under the button: the status line keeps the day.
  const shareNote = $('share-note');
  let shareNoteTimer: ReturnType<typeof setTimeout> | undefined;
  $('share').addEventListener('click', async () => {
    saveUrl();
    let copied = true;
    try {
      await navigator.clipboard.writeText(location.href);
    } catch {
      copied = false;
    }
    shareNote.textContent = shareNoteText(copied, location.hostname);
    clearTimeout(shareNoteTimer);
    shareNoteTimer = setTimeout(() => (shareNote.textContent = ''), shareNoteMs(shareNote.textContent));
  });
  $('card').addEventListener('close', () => (cardSeat = undefined));
  // A click beside a dialog (on its backdrop) closes it, as its × and Escape do.
  for (const id of ['card', 'glossary', 'command']) {
    const dialog = $<HTMLDialogElement>(id);
    dialog.addEventListener('click', (e) => {
      if (e.target !== dialog) return;
      const r = dialog.getBoundingClientRect();
      if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) dialog.close();
    });
  }
  $('glossary-open').addEventListener('click', () => $<HTMLDialogElement>('glossary').showModal());
  $('future').title = FUTURE_DETAIL;
  setupCostLine();
  $('command-open').addEventListener('click', () => showCommand({ ...config, day: shownDay() }));
  const dl = $('glossary-body');
  for (const g of GLOSSARY) {
    const dt = document.createElement('dt');
    dt.textContent = g.term;
    const dd = document.createElement('dd');
    dd.textContent = g.text;
    dl.append(dt, dd);
  }
  // A control reached with Tab (Shift+Tab up the controls) is scrolled out from under the message that sticks over them under 700 px.
  $('controls').addEventListener('focusin', (e) => {
    // Not an open list's option: the list drew it over the page, on top of the message too.
    if (e.target instanceof Element && !inOpenList(e.target) && !$('problems').contains(e.target)) clearOfMessage(e.target);
  });
  // Escape puts the message away, as its × does, from anywhere but an open dialog (whose own Escape closes it).
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented && !inOpenList(e.target) && !$('problems').hidden && !document.querySelector('dialog[open]')) hideProblems();
  });
  let listTyping = { list: null as EventTarget | null, at: -Infinity };
  document.addEventListener('keydown', (e) => {
    if (typesText(e.target) || inOpenList(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    if ($<HTMLDialogElement>('glossary').open || $<HTMLDialogElement>('command').open) return; // reading: keys scroll and close it, nothing runs behind it
    const key = e.key.toLowerCase();
    if (e.target instanceof HTMLSelectElement && key.length === 1) {
      // A list jumps to the option whose name is being typed ("op" → Opt-out support): a letter
      // that starts an option, or follows another within a second, is the list's.
      const typing = listTyping.list === e.target && e.timeStamp - listTyping.at < 1000;
      listTyping = { list: e.target, at: e.timeStamp };
      if (typing || Array.from(e.target.options).some((o) => o.text.toLowerCase().startsWith(key))) return;
    }
    const card = $<HTMLDialogElement>('card').open;
    // Space plays and pauses in a worker's card unless a button there takes it; the card takes no other shortcut but P.
    if (key === 'p' || (key === ' ' && card && !(e.target instanceof HTMLButtonElement))) togglePlay();
    else if (card) return;
    else if (key === 'd') void advance(1);
    else if (key === 'w') void advance(7);
    else if (key === 'r') $('reset').click();
    // A held T switches once: its key repeats would flick the text size, and redraw the charts, many times a second.
    else if (key === 't') {
      if (!e.repeat) setTextSize(config.text === 'large' ? 'normal' : 'large');
    }
    else return;
    e.preventDefault();
  });
}

/**
 * Whether a key goes to an open list: a list lever's options, drawn by the page (style.css: appearance
 * base-select), take the focus while open, and its keys (letters that pick an option, Escape that closes
 * it) are the list's, as a native list's open options keep theirs from the page.
 */
function inOpenList(target: EventTarget | null): boolean {
  return target instanceof HTMLOptionElement;
}

/** Boxes where letters are typed (text, numbers): shortcuts stay off there. Sliders, checkboxes and radios take only keys the shortcuts leave alone (arrows, Space, Home, End); lists are handled apart (type-ahead). */
function typesText(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color'].includes(target.type);
}

function syncControls(): void {
  const population = $<HTMLSelectElement>('population');
  population.value = config.population;
  population.title = citedSummary(POPULATIONS[config.population].summary);
  $('population-summary').textContent = citedSummary(POPULATIONS[config.population].summary);
  $<HTMLSelectElement>('policy').value = config.policy;
  $<HTMLSelectElement>('policy').title = citedSummary(PACKAGES[config.policy].summary);
  $('policy-summary').textContent = citedSummary(PACKAGES[config.policy].summary);
  // Compare turned off keeps the twin's package chosen, for when it is turned on again.
  if (config.compare) $<HTMLSelectElement>('compare').value = config.compare;
  $<HTMLSelectElement>('compare').disabled = !config.compare;
  $<HTMLInputElement>('compare-on').checked = Boolean(config.compare);
  $<HTMLInputElement>('team').value = String(config.team);
  $<HTMLSelectElement>('team-start').value = config.teamStart;
  $<HTMLSelectElement>('team-start').title = TEAM_START_SUMMARIES[config.teamStart];
  $('team-start-summary').textContent = TEAM_START_SUMMARIES[config.teamStart];
  $<HTMLInputElement>('seed').value = String(config.seed);
  fitHeader(); // the caution names the seed
  $<HTMLSelectElement>('speed').value = String(config.speed);
  $<HTMLSelectElement>('tile-measure').value = config.tiles;
  showTextSize();
  document.querySelectorAll<HTMLInputElement>('#apply-from input[name=apply]').forEach((radio) => (radio.checked = radio.value === config.applyFrom));
}

/** The page's text at the size chosen: style.css reads the root's data-text ("large" raises the explanations, the chart titles and the team view's text and tiles). */
function showTextSize(): void {
  $<HTMLInputElement>('large-text').checked = config.text === 'large';
  document.documentElement.dataset.text = config.text;
  // The headings' least size follows the facts line's.
  fitTeamHeadings();
  // The zoom note no longer advises Large text once it is on.
  showZoomHint($('zoom-hint'), config.text);
}

/**
 * Large text on or off (the checkbox, or T): the explanations change size at once, and the charts
 * are drawn again with their labels at the new size (charts.ts, CHART_FONT_SIZES), from the rows
 * they hold, after the engine's work asked so far. The run stays as it is.
 */
function setTextSize(text: TextSize): void {
  if (!isTextSize(text) || text === config.text) return;
  config = { ...config, text };
  showTextSize();
  saveUrl();
  void enqueue(async () => {
    if (charts.length !== CHART_IDS.length || !frame) return;
    if (chartsStandIn) {
      // Day 0's stand-ins, drawn again at the new size: they hold the room the charts will take.
      for (const c of charts.splice(0)) c.finalize();
      await drawStandIns(frame.day);
      return;
    }
    flushChartRows();
    await redrawInPlace(chartSeriesHeld, frame.day);
  });
}

/**
 * What is wrong with a box's entry, its text quoted ("\"200\" is not allowed"). A number box
 * holding text that is no number ("1e", "-") reads "" to the page, which would say the box was
 * empty: that is said instead, as the page cannot quote the text.
 */
const entryProblem = (input: HTMLInputElement) => (input.validity.badInput ? 'what was typed is not a number' : `${JSON.stringify(input.value)} is not allowed`);

/** An entry the app cannot use: says why, and puts the value still in use back in the box (`keptText`: that value as the control reads it, a share as a percentage). */
function rejected(input: HTMLInputElement, message: string, kept: unknown, keptText = String(kept)): void {
  input.value = String(kept);
  showProblems('entry', [`${message} Kept ${keptText}.`]);
}

/**
 * Undoes every change of the levers of `kind` (config.ts's withoutChangesOf), from day 0 and
 * during the run, and keeps the other kind's: Restore package defaults keeps the Environment
 * settings, Restore population values the package's levers. The button pressed from the keyboard
 * is then disabled (nothing is left to undo), which would drop its focus to the top of the page:
 * focus goes on to `next`, the control after it.
 */
function restore(kind: LeverKind, button: HTMLButtonElement, next: () => HTMLElement | null): void {
  const focused = document.activeElement === button;
  const { levers, changes } = withoutChangesOf(config, kind);
  change({ levers, changes });
  if (focused && button.disabled) next()?.focus();
}

/** A configuration change: the runs restart with it and return to the day the run reached (restart). A lever
 * set to the package's own value is no longer a change (so a change can be undone by hand), nor is
 * a change during the run that sets the value already in force (withoutPackageValues). */
function change(patch: Partial<AppConfig>): void {
  const next = withoutPackageValues({ ...config, ...patch });
  let resolved: typeof scenarios;
  try {
    resolved = scenariosOf(next);
  } catch (error) {
    // The controls only offer valid values, so this is a combination the scenario rejects: say
    // why and keep the state that works.
    if (!(error instanceof InputError)) throw error;
    showProblems('change', error.issues.map((i) => `${formatIssue(i)}.`));
    syncControls();
    renderLevers();
    return;
  }
  config = next;
  scenarios = resolved;
  hideProblems(); // a valid change: earlier messages no longer apply
  syncControls();
  renderLevers(); // the controls show the change at once; the run catches up
  void restart();
}

/** The lever's value on the day shown (its latest change by then, else its value from day 0). */
function leverValue(l: Lever): unknown {
  return valueOn(config, scenarios.main, l.path, shownDay());
}

/** Sets a lever from day 0 or from the day shown, as "Lever changes apply" says. */
function setLever(l: Lever, value: unknown): void {
  if (config.applyFrom === 'today' && shownDay() >= MAX_DAY) {
    // No day is left for a change from today to take effect. Said with the other refused entries:
    // the status line keeps to one line in the header.
    showProblems('runEnd', [`Not applied: ${changeWords({ path: l.path, value })}. A change from today needs a day still to run: press Reset (R), or apply changes from day 0.`]);
    renderLevers();
    return;
  }
  const { levers, changes } = withLever(config, l.path, value, shownDay());
  change({ levers, changes });
}

/** A scenario message with the lever paths it names as their labels ("set policy.staffing.floatPool" → "set Float pool"). */
const withLeverLabels = (text: string) => LEVERS.reduce((t, l) => t.replaceAll(l.path, labelWithoutUnit(l)), text);

/** The id of a lever's control (its box, for a numeric lever); its label, slider and readout add a suffix. */
const leverId = (l: Lever) => `lever-${l.path.replace(/\./g, '-')}`;

/** The ids of the controls that set the link's settings other than the levers; the day has none (the status line shows it). */
const SETTING_CONTROLS: Readonly<Record<string, string>> = {
  population: 'population',
  policy: 'policy',
  compare: 'compare-on',
  team: 'team',
  start: 'team-start',
  seed: 'seed',
  speed: 'speed',
  apply: 'apply-from',
  // Changes during the run are made under "Lever changes apply", and listed there.
  change: 'apply-from',
  tiles: 'tile-measure',
  text: 'large-text',
};

/** The control that sets a link's setting (a key, or a lever's path; see configFromUrl's `settings`), if it has one. */
function controlOf(setting: string): HTMLElement | null {
  const lever = LEVERS.find((l) => l.path === setting);
  const id = lever ? leverId(lever) : Object.hasOwn(SETTING_CONTROLS, setting) ? SETTING_CONTROLS[setting] : undefined;
  return id === undefined ? null : document.getElementById(id);
}

/** The arrow keys of a slider: up and right step up, down and left step down. */
const ARROW_DIRECTIONS: ReadonlyMap<string, 1 | -1> = new Map([['ArrowUp', 1], ['ArrowRight', 1], ['ArrowDown', -1], ['ArrowLeft', -1]]);

/** Builds the lever controls once; renderLevers() refreshes their values. */
function buildLevers(): void {
  const root = $('levers');
  root.replaceChildren();
  for (const level of LEVEL_ORDER) {
    const set = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = level === 'Environment' ? 'Environment (both teams)' : `${level} level`;
    set.append(legend);
    if (level === 'Environment') {
      // The Environment's own way back to the population's values, as Restore package defaults is the package's.
      const b = RESTORE_BUTTONS.environment;
      const button = Object.assign(document.createElement('button'), { type: 'button', id: b.id, className: 'restore', title: b.title });
      button.addEventListener('click', () => restore('environment', button, () => set.querySelector('.lever input, .lever select')));
      set.append(button);
    }
    for (const l of LEVERS.filter((x) => x.level === level)) {
      const field = leverField(l);
      const wrapper = document.createElement('div');
      wrapper.className = 'lever';
      const id = leverId(l);
      const label = document.createElement('label');
      label.htmlFor = id;
      label.id = `${id}-label`;
      label.textContent = l.label;
      const explain = document.createElement('span');
      explain.className = 'explain';
      explain.id = `${id}-explain`;
      explain.textContent = l.explain;
      // A unitless 0–1 lever says what its ends mean ("Scale: 0 none, 1 full."), part of the slider's description.
      const hint = scaleHint(l);
      if (hint !== undefined) explain.append(' ', Object.assign(document.createElement('span'), { className: 'scale-hint', textContent: `Scale: ${hint}.` }));
      const changed = document.createElement('span');
      changed.className = 'changed-note';
      changed.hidden = true;
      // Shown while changes apply from today: this lever still applies from day 0.
      const fixed = fixedDuringRun(l.path);
      const fixedNote = Object.assign(document.createElement('span'), { className: 'fixed-note', hidden: true, textContent: fixed ? `Applies from day 0 even from today: ${withLeverLabels(fixed)}.` : '' });
      /** The lever's own control: the one its label names and renderLevers() finds by path. */
      const identify = <T extends HTMLElement>(input: T): T => {
        input.id = id;
        input.dataset.path = l.path;
        input.setAttribute('aria-describedby', explain.id);
        return input;
      };
      if (field.kind === 'enum') {
        const select = identify(document.createElement('select'));
        for (const v of field.values) option(select, v, optionLabel(l.path, v));
        select.addEventListener('change', () => setLever(l, select.value));
        wrapper.append(label, select);
      } else if (field.kind === 'boolean') {
        const box = identify(document.createElement('input'));
        box.type = 'checkbox';
        box.addEventListener('change', () => setLever(l, box.checked));
        const row = document.createElement('div');
        row.className = 'row';
        row.append(box, label);
        wrapper.append(row);
      } else if (field.kind === 'number') {
        // A slider, and a box beside it for exact values. The engine reruns from day 0 on every
        // change, so dragging (input events) only moves the readout and the box; the value
        // applies on release (change, which each arrow key press also fires).
        const range = sliderRange(l, field);
        const slider = document.createElement('input');
        slider.type = 'range';
        slider.id = `${id}-slider`;
        slider.className = 'slider';
        slider.min = String(range.min);
        slider.max = String(range.max);
        slider.step = String(range.step);
        slider.setAttribute('aria-labelledby', label.id);
        slider.setAttribute('aria-describedby', explain.id);
        slider.addEventListener('input', () => showNumber(l, Number(slider.value), { slider: false }));
        // Under a share's box: what a number from 0 to 1 typed there reads as (0.1 is 0.1%), until the lever is set again.
        const typedNote = Object.assign(document.createElement('span'), { id: `${id}-typed-note`, className: 'typed-note', hidden: true });
        typedNote.setAttribute('role', 'status');
        const noteTyped = (text = '') => {
          typedNote.textContent = text;
          typedNote.hidden = text === '';
          typedNote.dataset.typed = box.value;
        };
        slider.addEventListener('change', () => {
          noteTyped();
          setLever(l, Number(slider.value));
        });
        // A typed value the slider cannot show (beyond its range, or between its steps) leaves it
        // at its end or nearest step; an arrow key then steps from the value in force, not from
        // the slider's own position (which jumped to the slider's neighbour of its end).
        slider.addEventListener('keydown', (e) => {
          const direction = ARROW_DIRECTIONS.get(e.key);
          if (direction === undefined || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
          const value = leverValue(l) as number;
          if (value === Number(slider.value)) return; // the slider shows it: its own step is right
          e.preventDefault();
          const next = steppedValue(value, direction, range, field);
          if (next !== value) setLever(l, next);
        });
        // A share is typed as a percentage, as its readout shows it (boxScale).
        const scale = boxScale(l);
        const box = identify(document.createElement('input'));
        box.type = 'number';
        box.min = String(field.min * scale);
        box.max = String(field.max * scale);
        box.step = field.integer ? '1' : scale === 100 ? '0.1' : '0.01';
        // Named apart from the slider: "<label> exact value" (a hidden element still names by aria-labelledby).
        const exact = Object.assign(document.createElement('span'), { id: `${id}-exact`, hidden: true, textContent: scale === 100 ? 'exact value in percent' : 'exact value' });
        box.setAttribute('aria-labelledby', `${label.id} ${exact.id}`);
        box.addEventListener('blur', () => showNumber(l, leverValue(l) as number));
        box.addEventListener('input', () => titleBoxWithValue(box, boxUnit(l)));
        box.addEventListener('change', () => {
          const n = boxValue(l, Number(box.value));
          noteTyped();
          if (box.value !== '' && Number.isFinite(n) && n >= field.min && n <= field.max && (!field.integer || Number.isInteger(n))) {
            noteTyped(percentHint(l, Number(box.value)));
            setLever(l, n);
          } else {
            const allowed = scale === 100 ? `a percentage from ${field.min * 100} to ${field.max * 100}` : `${field.integer ? 'a whole number' : 'a number'} from ${field.min} to ${field.max}`;
            // A number past a 0–1 lever's end that reads as a percentage (35) gets the command line's hint: "; if 35 is a percentage, write 0.35".
            const hint = box.value === '' ? '' : refusedPercentHint(l, Number(box.value));
            rejected(box, `${l.label}: ${entryProblem(box)}; expected ${allowed}${hint}.`, boxNumber(l, leverValue(l) as number), leverText(l, leverValue(l)));
            showNumber(l, leverValue(l) as number);
          }
        });
        const head = Object.assign(document.createElement('div'), { className: 'head' });
        head.append(label, Object.assign(document.createElement('span'), { id: `${id}-readout`, className: 'readout' }));
        const inputs = Object.assign(document.createElement('div'), { className: 'inputs' });
        inputs.append(slider, box, exact);
        if (scale === 100) inputs.append(Object.assign(document.createElement('span'), { className: 'box-unit', textContent: '%', ariaHidden: 'true' }));
        wrapper.append(head, inputs, typedNote);
      } else continue;
      wrapper.append(changed, ...(fixed ? [fixedNote] : []), explain);
      set.append(wrapper);
    }
    root.append(set);
  }
}

/** The unit shown beside a numeric lever's box: "%" for a share, typed as a percentage (boxScale). */
const boxUnit = (l: Lever) => (boxScale(l) === 100 ? '%' : '');

/**
 * Shows a numeric lever's value in its box (and its title), its readout and (unless `slider` is false) its
 * slider; a value beyond the slider's range leaves the slider at its end, and the readout and
 * the slider's spoken value (aria-valuetext) say the value itself.
 */
function showNumber(l: Lever, value: number, { slider = true, box = true } = {}): void {
  const id = leverId(l);
  const range = $<HTMLInputElement>(`${id}-slider`);
  const text = leverText(l, value);
  if (box) {
    const input = $<HTMLInputElement>(id);
    input.value = String(boxNumber(l, value));
    titleBoxWithValue(input, boxUnit(l));
  }
  if (slider) range.value = String(value);
  range.setAttribute('aria-valuetext', text);
  $(`${id}-readout`).textContent = text;
}

/** Shows each lever's value, marks the ones changed from the package, and counts them on the restore buttons, each its own kind's. */
function renderLevers(): void {
  const own = packageScenario(config);
  for (const l of LEVERS) {
    const input = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-path="${l.path}"]`);
    if (!input) continue;
    const value = leverValue(l);
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = Boolean(value);
    else if (input instanceof HTMLInputElement && input.type === 'number') {
      // A slider held by the pointer keeps what the drag shows, and a box being typed in keeps
      // what is typed (a restart may end mid-drag or mid-typing; the box catches up on blur).
      const typing = input === document.activeElement && Number(input.value) !== boxNumber(l, value as number);
      if (!input.parentElement?.querySelector('.slider:active')) showNumber(l, value as number, { box: !typing });
      // A note on a typed number goes once the box holds another (Restore package defaults, a rerun's value).
      const typedNote = document.getElementById(`${leverId(l)}-typed-note`);
      if (typedNote && Number(typedNote.dataset.typed) !== Number(input.value)) typedNote.hidden = true;
    } else input.value = String(value);
    const timed = changeInForce(config, l.path, shownDay());
    const changed = timed !== undefined || Object.hasOwn(config.levers, l.path);
    const wrapper = input.closest('.lever') as HTMLElement;
    wrapper.classList.toggle('changed', changed);
    const note = wrapper.querySelector('.changed-note') as HTMLElement;
    note.hidden = !changed;
    // A community setting's own value is the population's; a policy lever's, the package's.
    const source = l.path.startsWith('policy.') ? 'package' : 'population';
    note.textContent = changed ? `${timed ? `Changed on day ${timed.day}` : 'Changed'} (${source}: ${leverText(l, valueAt(own, l.path))})` : '';
    const fixedNote = wrapper.querySelector<HTMLElement>('.fixed-note');
    if (fixedNote) fixedNote.hidden = config.applyFrom !== 'today';
  }
  renderSchedule();
  // The group's summary counts every change it holds, package levers and environment alike.
  $('levers-changed').textContent = changedSuffix(Object.keys(config.levers).length + config.changes.length);
  for (const kind of LEVER_KINDS) {
    const button = $<HTMLButtonElement>(RESTORE_BUTTONS[kind].id);
    const shown = restoreLabel(kind, changeCount(config, kind));
    button.disabled = shown.disabled;
    button.textContent = shown.text;
    if (shown.ariaLabel === undefined) button.removeAttribute('aria-label');
    else button.setAttribute('aria-label', shown.ariaLabel);
  }
}

/** The list of changes during the run, each with a button to remove it. */
function renderSchedule(): void {
  const list = $('scheduled-list');
  $('scheduled').hidden = config.changes.length === 0;
  // Rebuilt only when the list changes, so a focused button is not swept away by a redraw.
  const shown = config.changes.map(changeText).join('\n');
  if (list.dataset.shown === shown) return;
  list.dataset.shown = shown;
  list.replaceChildren(
    ...config.changes.map((c) => {
      const item = document.createElement('li');
      const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Remove' });
      remove.setAttribute('aria-label', `Remove: ${changeText(c)}`);
      remove.addEventListener('click', () => {
        const same = (x: { day: number; path: string }) => x.day === c.day && x.path === c.path;
        const k = config.changes.findIndex(same);
        // A later change of the lever may now set the value it already holds: it goes too (change()).
        change({ changes: config.changes.filter((x) => !same(x)) });
        // Keyboard users stay in the list: the next change's button, else the previous one's, else the list's choice above.
        const buttons = list.querySelectorAll('button');
        (buttons[Math.min(k, buttons.length - 1)] ?? document.querySelector<HTMLInputElement>('#apply-from input:checked'))?.focus();
      });
      item.append(Object.assign(document.createElement('span'), { textContent: changeText(c) }), remove);
      return item;
    }),
  );
}

// ---------- running ----------

/** Why play was paused or played other than by the educator: the page was hidden, or shown again. */
type PlayReason = 'hidden' | 'shown';

/** What screen readers are told as the run plays or pauses on `f` (`reason`: not by the educator's hand). */
function playWords(on: boolean, f: Frame, reason?: PlayReason): string {
  if (!on) return `Paused on ${dayText(f)}${reason === 'hidden' ? ' while the page is hidden' : ''}.`;
  return `Playing${reason === 'shown' ? ' again' : ''} at ${config.speed} ${config.speed === 1 ? 'day' : 'days'} a second from ${dayText(f)}.`;
}

/**
 * A pause or play made while a step was computed in the worker, to be announced once that step is shown, on the day it
 * reaches (since 0.43.0: the day shown as it was made was announced, and the step then moved the run on from it).
 */
let playUnsaid: { on: boolean; reason?: PlayReason } | undefined;
/** Whether a step is being computed in the worker (its frame not yet shown). */
let stepComputing = false;

/** Plays or pauses; `announced` (default) has screen readers told so, and why where `reason` is given. */
function setPlaying(on: boolean, { announced = true, reason }: { announced?: boolean; reason?: PlayReason } = {}): void {
  playing = on;
  playUnsaid = undefined;
  if (on) playClock.start();
  // Where the play loop's first tick reaches the end, the end's announcement follows at once and says it: the one of
  // play was replaced within 40 ms, before a screen reader could read it (since 0.38.0).
  const endsAtOnce = on && frame !== undefined && reachedInFirstTick(frame.horizon - frame.day, config.speed);
  if (frame && announced && stepComputing) playUnsaid = { on, reason };
  else if (frame && announced && !endsAtOnce) announce(playWords(on, frame, reason));
  const button = $('play');
  button.textContent = on ? 'Pause' : 'Play';
  button.setAttribute('aria-pressed', String(on));
  if ($<HTMLDialogElement>('card').open) fillCard(); // it says whether the run plays
  // The charts' hover points (for their tooltips) only while the run stands still.
  for (const c of charts) c.view.signal(HOVER_POINTS, !on).run();
  if (!on) {
    saveUrl();
    flushChartRows();
    // Paused: the team view shows today's state only, without marks held from recent days.
    sickMarks.clear();
    if (frame) renderTeams(frame);
  }
}

const atEnd = () => frame !== undefined && frame.day >= frame.horizon;
/** Short enough for the header's one line at 1024 px, beside the title (the tagline gives way). */
const END_MESSAGE = OVER_WORDS;

function togglePlay(): void {
  if (engineStopped) return; // the alert says why
  if (!playing && atEnd()) setStatus(`${dayText(frame!)}: ${END_MESSAGE}`, { announced: true });
  else setPlaying(!playing);
}

/** Steps the run `days` days; a step asked by hand (`announced`, not the play loop's) has its day announced. */
function advance(days: number, { announced = true } = {}): Promise<void> {
  if (stepWaiting) {
    stepWaiting.days += days;
    return queue;
  }
  const asked = { days };
  const done = enqueue(async () => {
    if (stepWaiting === asked) stepWaiting = undefined; // the days are read now: a step asked from now on queues anew
    if (!frame) return;
    if (atEnd()) {
      setStatus(`${dayText(frame)}: ${END_MESSAGE}`, { announced: true });
      return;
    }
    stepsTaken++;
    stepComputing = true;
    const next = await engine.step(asked.days).finally(() => (stepComputing = false));
    // A step onto the end has the end announced already (render), once; a pause or play made as it was computed names
    // its day, unless play's first tick reaches the end, whose announcement follows (setPlaying).
    const unsaid = playUnsaid;
    playUnsaid = undefined;
    if (!render(next)) {
      if (unsaid) {
        if (!unsaid.on || !reachedInFirstTick(next.horizon - next.day, config.speed)) announce(playWords(unsaid.on, next, unsaid.reason));
      } else if (announced) announce(statusText);
    }
    await addChartRows(next);
  }, { step: true });
  stepWaiting = asked;
  return done;
}

let lastUrlSave = 0;
setInterval(() => {
  if (!playing) return;
  playClock.countTick();
  if (pending > 0) return;
  if (frame && frame.day >= frame.horizon) {
    setPlaying(false, { announced: false }); // the end was announced
    return;
  }
  const days = playClock.takeDaysDue(config.speed, performance.now());
  if (days < 1) return;
  void advance(days, { announced: false }).then(() => {
    if (Date.now() - lastUrlSave > 1000) {
      lastUrlSave = Date.now();
      saveUrl();
    }
  });
}, PLAY_TICK_MS);

// ---------- rendering ----------

/** "Day 400 of 3650", or "Day 2000 of 3650 (5.4 years)" once the charts count years. */
const dayText = (f: Frame) => dayOfRun(f.day, f.horizon);

/** How long an announcement stays in the announcer before it is cleared (ms): long enough for a screen reader that queues it behind other speech (the end sentence takes about 5 s to say). */
const ANNOUNCEMENT_HELD_MS = 7000;
let announcementClear: ReturnType<typeof setTimeout> | undefined;

/**
 * Has screen readers read `text` out (the announcer, a polite live region that is not shown), then clears it: held,
 * a screen reader browsing the page met the last announcement again after the status saying it (the end of the run twice).
 */
function announce(text: string): void {
  const announcer = $('announcer');
  // The same words again (a second press at the end) are read again only if the region changes.
  if (announcer.textContent === text) announcer.textContent = '';
  announcer.textContent = text;
  clearTimeout(announcementClear);
  announcementClear = setTimeout(() => (announcer.textContent = ''), ANNOUNCEMENT_HELD_MS);
}

/** The status's shape (its digits all 0): with tabular digits, texts of one shape take one width. */
let statusShape = '';
/** The status's whole text, and which of its wordings (statusFit.ts) the header has room for. */
let statusText = document.getElementById('status')?.textContent ?? '';
let statusWording = 0;

/**
 * Shows `text` in the status line; `announced` has screen readers read it out too. The status
 * line changes on every frame of a run, ten times a second: it is not a live region itself, and
 * only play, pause, a step, a rerun, the end and the end-of-run messages are announced.
 */
function setStatus(text: string, { announced = false } = {}): void {
  if (announced) announce(text);
  if (statusText === text) return;
  statusText = text;
  // The status's room changes with its shape only (the window's width is the resize observer's):
  // refit then, at once, as the status takes its room (the observer would leave it cut for a frame),
  // and not on every frame of a run, where each fit forces layouts.
  const shape = text.replace(/\d/g, '0');
  if (shape === statusShape) {
    showStatusWording($('status'), text, statusWording);
    return;
  }
  statusShape = shape;
  // The header's height as it was: the new wording may take it (statusFit.ts), so that the team view does not move.
  fitHeader(document.querySelector('header')!.getBoundingClientRect().height);
}

/** The run's length and the zoom the status's width was last measured for (statusFit.ts, reserveStatusWidth). */
let statusReservedFor = '';

/** Holds the status as wide as its widest day in this run from day 0, so the header does not take a line more mid-run. */
function reserveDayWidth(): void {
  const horizon = frame?.horizon ?? MAX_DAY;
  const key = `${horizon} ${devicePixelRatio}`;
  if (key === statusReservedFor) return;
  statusReservedFor = key;
  reserveStatusWidth($('status'), dayShapes(horizon, (day) => dayOfRun(day, horizon)));
}

/**
 * The tagline's wordings, longest first: the header shows the longest that fits whole beside the
 * status, or none. The longest is the page's own (index.html), so the two cannot drift apart.
 */
const TAGLINES = [
  document.querySelector<HTMLElement>('.tagline > span')?.textContent ?? '',
  'How a frontline team drifts into compassion fatigue.',
  'Compassion fatigue in a frontline team.',
] as const;

/**
 * Fits the status line to the header's height with the day alone, or `kept` where taller (statusFit.ts: the end of the
 * run takes no line more, nor one less), and the header's caution ("One possible future of many (seed 1)"), then the tagline, to their room (which
 * the status line's length and the window's width set): never cut, never a lone "…". The tagline gives way first
 * (style.css), and takes the room the caution leaves.
 */
function fitHeader(kept = 0): void {
  reserveDayWidth();
  statusWording = fitStatus($('status'), document.querySelector('header')!, statusText, () => {
    fitWordings($('future'), futureWordings(config.seed));
    fitWordings(document.querySelector<HTMLElement>('.tagline')!, TAGLINES);
  }, kept);
}

function statusMark(seat: SeatSnapshot, sick: boolean): string {
  if (seat.status === 'on-leave') return 'LEAVE';
  if (sick) return 'SICK';
  if (seat.newHire) return 'NEW';
  return '';
}

function shortRole(seat: SeatSnapshot): string {
  return SHORT_ROLE[seat.role];
}

/** The burnout bar's length: the ProQOL burnout score on its 10–50 scale, as the card and the Burnout chart show it. */
const burnoutBarPercent = (proqolBO: number) => Math.round(Math.min(Math.max((proqolBO - 10) / 40, 0), 1) * 1000) / 10;

/**
 * Compare mode's team headings on one line where a slightly smaller type lets them (headingFit.ts), never smaller
 * than the facts line under them (12.8 px at normal size, 16 px under Large text).
 */
function fitTeamHeadings(): void {
  const facts = document.querySelector<HTMLElement>('#teams > .team > .facts');
  const floor = facts ? parseFloat(getComputedStyle(facts).fontSize) : 0;
  fitHeadings(Array.from(document.querySelectorAll<HTMLElement>('#teams > .team > h2')), $('teams').children.length > 1, floor);
}

/** Whether "Recent departures" is open (a click on it folds it), kept while the page is open. */
let departuresOpen = true;

function renderTeams(f: Frame): void {
  const root = $('teams');
  const measure = config.tiles;
  const m = MEASURES[measure];
  if (root.children.length !== f.teams.length) {
    root.replaceChildren(
      ...f.teams.map((_, t) => {
        const section = document.createElement('section');
        section.className = 'team';
        // Under one team only: in compare mode two lists, even folded, push the charts below a 1280×720 projector's fold.
        // Folded, it stays folded when the team view is built again (compare mode on and off).
        const departures = Object.assign(document.createElement('details'), { id: `departures-box-${t}`, className: 'departures', open: departuresOpen, hidden: f.teams.length > 1 });
        departures.addEventListener('toggle', () => (departuresOpen = departures.open));
        const heading = Object.assign(document.createElement('summary'), { id: `departures-${t}`, textContent: 'Recent departures' });
        // The skip link's target (index.html): focusable by it, not by Tab.
        const list = Object.assign(document.createElement('ol'), { id: `departures-list-${t}`, tabIndex: -1 });
        list.setAttribute('aria-labelledby', heading.id);
        departures.append(heading, list, ...reasonParts());
        section.append(document.createElement('h2'), Object.assign(document.createElement('p'), { className: 'facts' }), Object.assign(document.createElement('div'), { className: 'tiles' }), departures);
        return section;
      }),
    );
  }
  // Two teams share their rows (style.css): headings of different lengths leave their tiles level.
  root.classList.toggle('compare', f.teams.length > 1);
  $('skip-departures').hidden = f.teams.length > 1;
  f.teams.forEach((team, t) => {
    const section = root.children[t] as HTMLElement;
    // "Team A: Status quo (untouched)" in compare mode; one team is named by its package ("Team: Status quo", "Team: Status quo + your changes").
    const heading = section.children[0] as HTMLElement;
    const name = f.teams.length > 1 ? `Team ${team.label}` : `Team: ${team.label}`;
    if (heading.textContent !== name || heading.dataset.teams !== String(f.teams.length)) {
      heading.textContent = name;
      heading.dataset.teams = String(f.teams.length);
      fitTeamHeadings();
    }
    const inPost = team.seats.filter((s) => s.status !== 'vacant');
    const worse = inPost.filter((s) => isWorse(measure, scoreOf(s, measure))).length;
    const last = team.rows.length > 0 ? team.rows[team.rows.length - 1] : undefined;
    // Day 0 has no row yet, and none have left: "separations so far: 0" from the start (it came on the first step, and where
    // it took the line a line more, below 1024 px, everything under it moved down about 20 px; since 0.36.0).
    const separations = last?.separations ?? (f.day === 0 ? 0 : undefined);
    fillTeamFacts(section.children[1] as HTMLElement, teamFacts({ inPost: inPost.length, seats: team.seats.length, worse, separations }, measure, f.teams.length > 1));
    const tiles = section.children[2] as HTMLElement;
    while (tiles.children.length > team.seats.length) tiles.lastElementChild?.remove();
    while (tiles.children.length < team.seats.length) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'tile';
      b.innerHTML = '<span class="role"></span><span class="numbers"></span><span class="mark"></span><span class="burnout"></span>';
      b.addEventListener('click', () => openCard(t, Number(b.dataset.seat)));
      tiles.append(b);
    }
    team.seats.forEach((seat, i) => {
      const b = tiles.children[i] as HTMLButtonElement;
      b.dataset.seat = String(seat.seat);
      const vacant = seat.status === 'vacant';
      const score = scoreOf(seat, measure);
      b.classList.toggle('vacant', vacant);
      b.classList.toggle('away', seat.status === 'on-leave' || seat.status === 'sick');
      // The worse band's outline is the chosen scale's (high STS, high burnout, low satisfaction); the others' are off.
      for (const other of TILE_MEASURES) b.classList.toggle(MEASURES[other].worseClass, other === measure && !vacant && isWorse(measure, score));
      b.style.backgroundColor = vacant ? '' : tileColor(measure, score);
      const [role, numbers, mark, burnout] = Array.from(b.children) as HTMLElement[];
      const left = vacant ? departureOf(team, seat.seat) : undefined;
      role.textContent = vacant ? 'vacant' : shortRole(seat);
      b.title = vacant ? `Vacant seat: ${left ? leftWords(left) : BEFORE_DAY_0}` : ROLE_PROFILES[seat.role].label;
      // The chosen scale's score alone, large: the colour key under the tiles names the scale, and so does the tile's accessible name.
      numbers.textContent = vacant ? '' : score.toFixed(0);
      mark.textContent = vacant ? '' : statusMark(seat, sickMarks.shows(team.label, seat, playClock.ticks));
      mark.hidden = mark.textContent === '';
      burnout.style.width = vacant ? '0' : `${burnoutBarPercent(seat.proqolBO)}%`;
      b.setAttribute(
        'aria-label',
        vacant
          ? `Seat ${seat.seat + 1}: vacant, ${left ? leftWords(left) : BEFORE_DAY_0}`
          : `Seat ${seat.seat + 1}: ${ROLE_PROFILES[seat.role].label}, ${statusWords(seat)}${newHireNoted(seat) ? ', new hire' : ''}, ${scoresInWords(seat, measure)}`,
      );
    });
    renderDepartures(section.children[3] as HTMLElement, team);
  });
  renderCost(f);
}

/**
 * A tile's scores for its accessible name: the chosen scale's first, with its band, as the tile
 * shows it ("burnout 44 (high), STS 30, satisfaction 38"); then the other two.
 */
function scoresInWords(seat: SeatSnapshot, measure: TileMeasure): string {
  const others = TILE_MEASURES.filter((x) => x !== measure).map((x) => `${MEASURES[x].short} ${scoreOf(seat, x).toFixed(0)}`);
  const score = scoreOf(seat, measure);
  return [`${MEASURES[measure].short} ${score.toFixed(0)} (${band(score)})`, ...others].join(', ');
}

/**
 * The team's latest leavers under its tiles, newest first ("Day 212: Outreach, burnout weighed most"), or
 * "None yet". Drawn again only when a worker has left or the run was computed again (a rerun may
 * tell another story with as many leavers): at 200 days a second the team view is drawn ten times
 * a second, and leavers are rare.
 */
function renderDepartures(box: HTMLElement, team: TeamFrame): void {
  const shown = `${runsDrawn}:${team.leavers.count}`;
  if (box.dataset.shown === shown) return;
  box.dataset.shown = shown;
  const list = box.querySelector('ol')!;
  // A leaver whose reason is open (focused) when the list is drawn again keeps the focus, and the reason stays shown.
  const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.worker : undefined;
  clearReasons(box);
  const items = team.leavers.recent.map((d) => leaverItem(box, leaverLine(d), sentence(leftWords(d)), leftWords(d), d.worker));
  list.replaceChildren(...(items.length > 0 ? items : [Object.assign(document.createElement('li'), { className: 'none', textContent: 'None yet' })]));
  if (focused !== undefined) list.querySelector<HTMLElement>(`button[data-worker="${focused}"]`)?.focus({ preventScroll: true });
}

/**
 * A leaver in the team view's list, by the role's name on the tiles and the list's shorter reason (its tooltip names
 * both in full, as leftWords does): "Day 212: Outreach, burnout weighed most". It keeps one line where the charts stand
 * side by side (style.css).
 */
const leaverLine = (d: Leaver) => `Day ${shownDayOf(d.day)}: ${SHORT_ROLE[d.role]}, ${LIST_REASON_WORDS[d.reason]}`;

/** The worker who left a vacant seat during the run (none for a seat already vacant on day 0). */
const departureOf = (team: TeamFrame, seat: number): Departure | undefined => team.departures.find((d) => d.seat === seat);

/** A seat vacant on day 0: its worker left during the warm-up (population.warmUpDays), which the app does not show. */
const BEFORE_DAY_0 = 'its worker left before day 0, during the warm-up';

/** A phrase as a sentence: "The harm reduction outreach worker left on day 212 (burnout)." */
const sentence = (words: string) => `${words[0].toUpperCase()}${words.slice(1)}.`;

/** "the harm reduction outreach worker left on day 212 (burnout)" */
const leftWords = (d: Leaver) => `the ${roleInSentence(d.role)} left on day ${shownDayOf(d.day)} (${REASON_WORDS[d.reason]})`;

/** A role's name inside a sentence ("Harm reduction outreach worker" → "harm reduction outreach worker"). */
const roleInSentence = (role: SeatSnapshot['role']) => {
  const label = ROLE_PROFILES[role].label;
  return label[0].toLowerCase() + label.slice(1);
};

/** The seat whose card is open: the card follows the run (a frame redraws it), so it is never a stale snapshot. */
let cardSeat: { team: number; seat: number } | undefined;

function openCard(team: number, seatIndex: number): void {
  cardSeat = { team, seat: seatIndex };
  fillCard();
  const dialog = $<HTMLDialogElement>('card');
  if (!dialog.open) dialog.showModal();
}

/** Draws the open card from the frame shown. */
function fillCard(): void {
  const t = cardSeat && frame?.teams[cardSeat.team];
  const seat = cardSeat && t?.seats[cardSeat.seat];
  const dialog = $<HTMLDialogElement>('card');
  if (!t || !seat) {
    if (dialog.open) dialog.close(); // the seat is gone (a smaller team)
    return;
  }
  $('card-day').textContent = `${dayText(frame!)}${playing ? ', playing' : ''}. The card follows the run; P or Space plays and pauses.`;
  const body = $('card-body');
  body.replaceChildren();
  if (seat.status === 'vacant') {
    // The seat's card stays on the seat: when its worker leaves it tells how, until a new hire joins.
    const left = departureOf(t, seat.seat);
    $('card-title').textContent = left ? `${ROLE_PROFILES[left.role].label}: left on day ${shownDayOf(left.day)} (seat ${seat.seat + 1}, team ${t.label})` : `Seat ${seat.seat + 1}: vacant, ${BEFORE_DAY_0}`;
    if (left) body.append(...departedCard(t, left, frame!));
  } else {
    $('card-title').textContent = `${ROLE_PROFILES[seat.role].label} (seat ${seat.seat + 1}, team ${t.label})`;
    const rows: [string, string][] = [
      ['Today', statusWords(seat) + (newHireNoted(seat) ? ' (new hire)' : '')],
      ['In post for', `${seat.tenureDays} day${seat.tenureDays === 1 ? '' : 's'}`],
      ['Lived experience', seat.livedExperience ? 'yes' : 'no'],
      ['Lives in the community served', seat.livesInCommunity ? 'yes' : 'no'],
      ['Empathic concern / ability', `${seat.empathicConcern.toFixed(2)} / ${seat.empathicAbility.toFixed(2)}`],
      ['Help-seeking / numbing propensity', `${seat.helpSeeking.toFixed(2)} / ${seat.numbingPropensity.toFixed(2)}`],
      ['ProQOL STS / burnout / satisfaction', `${seat.proqolSTS.toFixed(0)} / ${seat.proqolBO.toFixed(0)} / ${seat.proqolCS.toFixed(0)}`],
      ['Traumatic memories / numbing', `${seat.traumaticMemories.toFixed(2)} / ${seat.numbing.toFixed(2)}`],
      ['Detachment / self-care / social support', `${seat.detachment.toFixed(2)} / ${seat.selfCare.toFixed(2)} / ${seat.socialSupport.toFixed(2)}`],
      ['Compassion fatigue (0–1)', seat.cf.toFixed(2)],
      // Counted from the hire, or from day 0 for the staff in post then.
      [`Supervision kept / offered ${sinceWhen(seat)}`, `${seat.supportAttended} / ${seat.supportOffered}`],
      [`${STORY_WORDS[config.population].deaths} ${sinceWhen(seat)}`, String(seat.clientDeaths)],
    ];
    const table = cardTable(rows);
    body.append(table, ...eventList(t, seat.worker, 'Recent events', 'Nothing notable in the last weeks.'));
  }
}

/** A rows table for the card. */
function cardTable(rows: readonly (readonly [string, string])[]): HTMLTableElement {
  const table = document.createElement('table');
  for (const [k, v] of rows) {
    const tr = table.insertRow();
    tr.insertCell().textContent = k;
    tr.insertCell().textContent = v;
  }
  return table;
}

/** A worker's last events, newest first, under a heading. */
function eventList(t: TeamFrame, worker: number, title: string, none: string): HTMLElement[] {
  const heading = document.createElement('h3');
  heading.textContent = title;
  const list = document.createElement('ul');
  const mine = stories.get(`${t.label}\u0000${worker}`) ?? [];
  for (const s of mine.slice(-8).reverse()) list.append(Object.assign(document.createElement('li'), { textContent: s.text }));
  if (mine.length === 0) list.append(Object.assign(document.createElement('li'), { textContent: none }));
  return [heading, list];
}

/** The card of a seat its worker left: who left, when and why, how they were doing, and when the seat fills again. */
function departedCard(t: TeamFrame, d: Departure, f: Frame): HTMLElement[] {
  // Days as the status line counts them: the worker left at the end of the day shown as
  // shownDayOf(d.day), the first day the tile is vacant, and the new hire shows from hireDue on.
  const hire = d.hireDue <= f.horizon ? `a new hire is due to join on day ${d.hireDue}, when the hiring delay ends` : `the hiring delay runs past the end of the run (day ${f.horizon}), so no new hire joins`;
  const summary = document.createElement('p');
  summary.className = 'departed';
  summary.textContent = `Left the team at the end of day ${shownDayOf(d.day)}, after ${d.tenureDays} day${d.tenureDays === 1 ? '' : 's'} in post. The seat has been vacant since then; ${hire}.`;
  const table = cardTable([
    ['Why they left', whyTheyLeft(d)],
    ['Shares of their leaving hazard', sharesInWords(d.shares)],
    ['ProQOL STS / burnout / satisfaction on their last day', `${d.proqolSTS.toFixed(0)} / ${d.proqolBO.toFixed(0)} / ${d.proqolCS.toFixed(0)}`],
  ]);
  return [summary, table, ...eventList(t, d.worker, 'Their last events', 'Nothing notable in their last weeks.')];
}

const CHART_IDS = ['chart-states', 'chart-staff', 'chart-care'] as const;
/** Each chart's rows among a ChartFeed's (in CHART_IDS's order). */
const CHART_ROWS: readonly (keyof ChartRows)[] = ['states', 'staff', 'care'];
/** Each chart's title, above its drawing (`${id}-plot`). */
const CHART_TITLE_TEXTS = [CHART_TITLES.states, CHART_TITLES.staff, CHART_TITLES.care] as const;

/** The teams and change rules of the current charts, kept until the first rows arrive (a run at day 0 has none). */
let chartTeamsShown: readonly ChartTeam[] = [];
let chartMarks: readonly ChartChange[] = [];

/** Hands the charts the rows held back while playing: each chart takes the new days' rows only. */
function flushChartRows(): void {
  chartTick = playClock.ticks;
  if (chartBacklog.length === 0) return;
  const rows = chartBacklog;
  chartBacklog = [];
  for (const r of rows) chartSeriesHeld.push(r);
  const { insert, remove } = chartFeed.update(rows);
  charts.forEach((c, i) => c.view.change('rows', c.view.changeset().remove(remove[CHART_ROWS[i]]).insert(insert[CHART_ROWS[i]])).run());
}

/**
 * Shows a run drawn anew (a rerun: a setting changed, Reset). Charts already drawn take the new
 * run in place (`redrawInPlace`); with no rows yet, the charts of the previous run are dropped and
 * new ones drawn from the first rows (never empty, so Vega never lays them out without data: empty
 * charts got no room for legends or axis labels).
 */
async function resetCharts(teams: readonly ChartTeam[], changes: readonly ChartChange[], first: Frame): Promise<void> {
  chartBacklog = [];
  chartTeamsShown = teams;
  chartMarks = changes;
  const rows = first.teams.flatMap((t: TeamFrame) => t.rows);
  if (charts.length === CHART_IDS.length && rows.length > 0 && !chartsStandIn) {
    await redrawInPlace(rows, first.day);
    return;
  }
  for (const c of charts.splice(0)) c.finalize();
  chartsStandIn = false;
  chartSeriesHeld = [];
  if (rows.length === 0) await drawStandIns(first.day);
  else await addChartRows(first);
}

/**
 * Whether the charts drawn are day 0's stand-ins: before day 1 there are no rows to draw, and the charts came on the
 * first Play or step, taking their room then (the tiles were squeezed, the plots lowered, a moment into the run). The
 * stand-ins are the charts drawn hidden from one row a team (standInRow), under the words "The chart starts when the run
 * does", so the page is laid out from day 0 as it is once the run starts (since 0.36.0).
 */
let chartsStandIn = false;

/**
 * The stand-ins' one row a team (hidden: it only gives the charts their axes and legends). Its values lie within the
 * axes' scales: the ProQOL scores at 0, below their axis (10 to 50), drew the hidden points under the plot, and the
 * scores' chart 6 px taller than the run's (its legend pushed down), which it became on the first step.
 */
const standInRow = (team: string): SeriesRow => {
  const score = SCORE_DOMAIN[0];
  return { team, day: 0, sts: score, burnout: score, satisfaction: score, headcount: 0, separations: 0, careQuality: 0 };
};

/** Draws day 0's stand-in charts (chartsStandIn), hidden, each under the words that say when its chart starts. */
async function drawStandIns(day: number): Promise<void> {
  chartsStandIn = true;
  chartMarksDrawn = marksReached(day).length;
  chartUnitDrawn = timeUnitOn(day);
  chartEndDrawn = runEndOn(day);
  const fed = newChartFeed().rowsOf(chartTeamsShown.map((t) => standInRow(t.label)));
  for (const [i, spec] of chartSpecs(day).entries()) {
    charts.push(await embedChart(i, spec, fed[CHART_ROWS[i]], { standIn: true }));
    const plot = $(`${CHART_IDS[i]}-plot`);
    plot.dataset.standIn = '';
    plot.append(Object.assign(document.createElement('p'), { className: 'chart-waiting', textContent: 'The chart starts when the run does (Play or +1 day).' }));
  }
  await fitChartHeights();
}

/** Rows handed to the charts by in-place redraws so far (inserted, removed or with a value set anew; for tests: only what changed). */
let rowsRedrawn = 0;

/**
 * The charts show `rows` (a whole run to `day`), one chart a task (the page draws between them).
 * A chart whose spec stays as it is (the same teams' names, change rules and time unit) keeps the
 * rows it holds that come back the same and takes only the others: a lever change reruns both
 * teams from day 0, but the untouched team's rows, and with a change from today every day shown,
 * come back the same. A chart whose spec changed (the edited team is renamed "+ your changes" by
 * its first change) is drawn anew. Drawing all three anew in one task late in a run blocked the
 * page for most of a second: compiling the specs, and creating thousands of SVG elements (the
 * hover strips) again.
 */
async function redrawInPlace(rows: readonly SeriesRow[], day: number): Promise<void> {
  chartMarksDrawn = marksReached(day).length;
  chartUnitDrawn = timeUnitOn(day);
  chartEndDrawn = runEndOn(day);
  chartTick = playClock.ticks;
  chartSeriesHeld = [...rows];
  chartFeed = newChartFeed();
  const fed = chartFeed.rowsOf(rows);
  const specs = chartSpecs(day);
  const kept = new Map<object, object>();
  for (const [i, spec] of specs.entries()) {
    if (i > 0) await nextTask();
    const key = CHART_ROWS[i];
    if (specKey(spec) !== chartSpecsDrawn[i]) {
      charts[i].finalize();
      charts[i] = await embedChart(i, spec, fed[key]);
      continue;
    }
    const view = charts[i].view;
    const changes = rowChanges<ChartRows[typeof key][number]>(view.data('rows') as ChartRows[typeof key], fed[key]);
    for (const [row, heldRow] of changes.kept) kept.set(row, heldRow);
    const changeset = view.changeset().remove(changes.remove).insert(changes.insert);
    for (const m of changes.modify) changeset.modify(m.row, m.field, m.value);
    rowsRedrawn += changes.remove.length + changes.insert.length + changes.modify.length;
    view.change('rows', changeset).run();
  }
  // The feed's last day, held back to be removed later, is removed by the rows the charts hold.
  const keptOf = <T extends object>(list: readonly T[]) => list.map((r) => (kept.get(r) as T | undefined) ?? r);
  chartFeed.adopt((held) => ({ states: keptOf(held.states), staff: keptOf(held.staff), care: keptOf(held.care) }));
  await fitChartHeights();
}

/** Settles in a task of its own: what the page does meanwhile (drawing a frame, input) comes first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * While playing, the charts take new rows every CHART_TICKS play ticks (twice a second) rather
 * than on every tick: each update recomputes whole series, and at ten updates a second a run of
 * several years fell behind its speed (200 days/s slowed to about 100 by year 9).
 */
const CHART_TICKS = playTicksIn(500);
let chartBacklog: SeriesRow[] = [];
let chartTick = 0;
/** The engine's rows the charts hold (drawn again from these when a chart's spec changes). */
let chartSeriesHeld: SeriesRow[] = [];
/** Makes the charts' own rows from the engine's (every day's, or every fifth once the axis reads years); a new one for each drawing. */
let chartFeed = new ChartFeed();

/** Streams a frame's rows into the charts, drawing them on the first rows. */
async function addChartRows(next: Frame): Promise<void> {
  const rows = next.teams.flatMap((t: TeamFrame) => t.rows);
  if (rows.length === 0) return;
  if (chartsStandIn) {
    // The run's first rows: the charts drawn for them take the stand-ins' place (and their room).
    for (const c of charts.splice(0)) c.finalize();
    chartsStandIn = false;
    await drawCharts(rows, next.day);
    return;
  }
  if (charts.length > 0 && (marksReached(next.day).length !== chartMarksDrawn || timeUnitOn(next.day) !== chartUnitDrawn || runEndOn(next.day) !== chartEndDrawn)) {
    // The run reached a change's day, two years (the time axis turns to years) or its end (the axis runs to it): drawn again.
    const all = [...chartSeriesHeld, ...chartBacklog, ...rows];
    for (const c of charts.splice(0)) c.finalize();
    chartBacklog = [];
    await drawCharts(all, next.day);
    return;
  }
  if (charts.length > 0) {
    chartBacklog.push(...rows);
    if (playing && next.day < next.horizon && playClock.ticks - chartTick < CHART_TICKS) return;
    flushChartRows();
    return;
  }
  await drawCharts(rows, next.day);
}

/**
 * The changes the charts mark on `day` (the days run): those made on a day before it, so a rule
 * stands on its day's point (`shownDayOf`) once the run has gone on from it.
 */
const marksReached = (day: number) => chartMarks.filter((c) => c.day < day);
let chartMarksDrawn = 0;
let chartUnitDrawn: TimeUnit = 'days';
/** The run's last day once `day` has reached it (the time axes then run to it: a 10-year run's end at 10), else undefined. */
const runEndOn = (day: number) => (day >= MAX_DAY ? MAX_DAY : undefined);
let chartEndDrawn: number | undefined;

/** The feed of a drawing: every fifth day once the axis reads years, the points the change rules stand on kept (a change's day is a day shown: its row's `day` is one less). */
const newChartFeed = () => new ChartFeed({ step: DAY_STEP[chartUnitDrawn], keepDays: chartMarks.map((c) => c.day - 1) });

/** The charts' specs on `day` (hover points on, as their spec declares them: the page sets them). */
function chartSpecs(day: number): TopLevelSpec[] {
  const marks = marksReached(day);
  const unit = timeUnitOn(day);
  const end = runEndOn(day);
  return [stateChart(chartTeamsShown, marks, unit, end, config.text), staffChart(chartTeamsShown, marks, unit, end, config.text), careChart(chartTeamsShown, marks, unit, end, config.text)];
}
/** A spec without its signals' values (hover points: the page sets them on a chart drawn). */
const specKey = (spec: TopLevelSpec) => JSON.stringify({ ...spec, params: undefined });
/** The specs of the charts drawn (`specKey`). */
let chartSpecsDrawn: string[] = [];

async function drawCharts(rows: readonly SeriesRow[], day: number): Promise<void> {
  chartMarksDrawn = marksReached(day).length;
  chartUnitDrawn = timeUnitOn(day);
  chartEndDrawn = runEndOn(day);
  chartTick = playClock.ticks;
  const specs = chartSpecs(day);
  chartSeriesHeld = [...rows];
  chartFeed = newChartFeed();
  const fed = chartFeed.rowsOf(rows);
  for (const [i, spec] of specs.entries()) charts.push(await embedChart(i, spec, fed[CHART_ROWS[i]]));
  await fitChartHeights();
}

/**
 * The plots' height as the page last fitted it (pixels), or undefined for their full height
 * (`plotHeight`). Where the charts stand side by side, a larger team's tiles (up to 32 seats, or
 * two teams of 16) would push them below the fold of a 1280×720 projector: their plots are
 * lowered, down to PLOT_MIN_HEIGHT, so the cards end on screen and the page does not scroll.
 * Where the plots at that height still end a little past the fold (a system font whose lines are
 * taller than the one tested: the page's text takes more height, the tiles and plots do not), the
 * tiles give up to tileSqueezeMax() pixels each row (`--tile-squeeze`, style.css). Where even that
 * would not do (a smaller screen, a team too large), or the charts stack (a narrow screen), the
 * page scrolls anyway and the plots and tiles keep their full height.
 */
let plotHeightFitted: number | undefined;

/**
 * The most pixels a row of tiles gives to keep the charts above the fold: 6 at normal size (48 px tiles down to 42), 7
 * under Large text, whose taller tiles have the room (54 or 56 px down to 47 or 49). The seventh pixel fits two teams of
 * 12 coloured by satisfaction under Large text with a 17 px root font (2 px short at 6), and two of 13 (four rows).
 */
const tileSqueezeMax = () => (config.text === 'large' ? 7 : 6);

/** The plots' height to draw a chart with: the fitted one, never above the full height for the teams shown. */
const plotHeightNow = () => Math.min(plotHeightFitted ?? Infinity, plotHeight(chartTeamsShown));

/** The rows of tiles the team view takes: the most of any team's (in compare mode the teams share their rows). */
function tileRows(): number {
  const tops = Array.from(document.querySelectorAll('#teams .tiles'), (tiles) => new Set(Array.from(tiles.children, (t) => Math.round((t as HTMLElement).offsetTop))).size);
  return Math.max(0, ...tops);
}

/** Sets how many pixels each tile gives up (0: their full height). */
function setTileSqueeze(pixels: number): void {
  const teams = $('teams');
  if (pixels > 0) {
    teams.style.setProperty('--tile-squeeze', `${pixels}px`);
    teams.dataset.squeezed = '';
  } else {
    teams.style.removeProperty('--tile-squeeze');
    delete teams.dataset.squeezed;
  }
}
let tileSqueeze = 0;

/** Lowers (or raises back) the plots, and where need be the tiles, so the charts end above the fold, as plotHeightFitted says. */
async function fitChartHeights(): Promise<void> {
  if (charts.length !== CHART_IDS.length) return;
  const full = plotHeight(chartTeamsShown);
  const cards = CHART_IDS.map((id) => $(id).getBoundingClientRect());
  const current = charts[0].view.height();
  let target = full;
  let squeeze = 0;
  if (cards.every((c) => Math.abs(c.top - cards[0].top) < 1) && innerWidth > 700) {
    const layout = document.querySelector<HTMLElement>('.layout')!;
    const rows = tileRows();
    // How far the cards end past the fold with the tiles at their full height.
    const over = Math.max(...cards.map((c) => c.bottom)) + scrollY + parseFloat(getComputedStyle(layout).paddingBottom) - innerHeight + tileSqueeze * rows;
    const fitted = Math.floor(current - over);
    if (fitted < full) {
      if (fitted >= PLOT_MIN_HEIGHT) target = fitted;
      else {
        const needed = rows > 0 ? Math.ceil((PLOT_MIN_HEIGHT - fitted) / rows) : Infinity;
        if (needed <= tileSqueezeMax()) {
          squeeze = needed;
          target = Math.min(full, fitted + squeeze * rows);
        }
      }
    }
  }
  plotHeightFitted = target < full ? target : undefined;
  if (squeeze !== tileSqueeze) {
    tileSqueeze = squeeze;
    setTileSqueeze(squeeze);
  }
  if (charts.every((c) => c.view.height() === target)) return;
  for (const c of charts) c.view.height(target);
  await Promise.all(charts.map((c) => c.view.runAsync()));
}

/** Fits the plots again after the engine's work asked so far (the team view or the window changed size); one fit waits at a time. */
let fitWaiting = false;
function refitCharts(): void {
  // Once the engine has stopped no job follows, and the one in flight may wait for ever on a worker that erred (its call
  // never answered, before it changed anything shown): the charts as last shown are fitted at once. Queued, a window
  // resized after it left them cut at the fold (since 0.44.0).
  if (engineStopped) {
    void fitChartHeights();
    return;
  }
  if (fitWaiting) return;
  fitWaiting = true;
  queue = queue.then(() => {
    fitWaiting = false;
    return fitChartHeights();
  });
}

/** Charts drawn anew so far (for tests: a lever change that leaves the specs as they are draws none). */
let chartsEmbedded = 0;

/** Draws chart `i` anew from `spec` and its rows. */
async function embedChart(i: number, spec: TopLevelSpec, rows: readonly object[], { standIn = false } = {}): Promise<Result> {
  if (!standIn) chartsEmbedded++;
  chartSpecsDrawn[i] = specKey(spec);
  const plot = $(`${CHART_IDS[i]}-plot`);
  plot.replaceChildren();
  delete plot.dataset.standIn;
  // Hover points (tooltips) only while the run stands still.
  return embed(`#${CHART_IDS[i]}-plot`, { ...withHoverPoints(spec, !playing), height: plotHeightNow(), data: { name: 'rows', values: rows } } as TopLevelSpec, { actions: false, renderer: 'svg' });
}

/** Shows `next`; returns whether it announced the run's end (reached by this frame). */
function render(next: Frame): boolean {
  const before = frame?.day ?? 0;
  frame = next;
  // The levers show the values of the day shown: redraw them when the run passes a change's day (or goes back).
  if (config.changes.some((c) => (c.day > before && c.day <= next.day) || (c.day <= before && c.day > next.day))) renderLevers();
  if (playing) sickMarks.note(next, playClock.ticks, sickHoldTicks(config.speed));
  else sickMarks.clear();
  for (const team of next.teams) {
    for (const s of team.stories) {
      const key = `${team.label}\u0000${s.worker}`;
      const list = stories.get(key) ?? [];
      list.push(s);
      if (list.length > 20) list.splice(0, list.length - 20);
      stories.set(key, list);
    }
  }
  renderTeams(next);
  if ($<HTMLDialogElement>('card').open) fillCard();
  // The end is announced as the run gets there.
  const endReached = next.day >= next.horizon && before < next.horizon;
  setStatus(next.day >= next.horizon ? `${dayText(next)}: ${END_WORDS}` : dayText(next), { announced: endReached });
  document.body.dataset.day = String(next.day);
  // While playing the URL catches up once a second (browsers throttle history updates).
  if (!playing) saveUrl();
  return endReached;
}

// ---------- start ----------

declare global {
  interface Window {
    cfsim: {
      frame: () => Frame | undefined;
      config: () => AppConfig;
      chartRows: () => number[];
      chartSeries: () => SeriesRow[];
      chartData: () => object[][];
      chartRowsRedrawn: () => number;
      chartsEmbedded: () => number;
      chartTimeDomains: () => number[][];
      restarts: () => number;
      steps: () => number;
      settled: () => Promise<void>;
      ready: Promise<void>;
    };
  }
}

async function start(): Promise<void> {
  if (!openEngine()) return;
  busy = new BusySign($('busy'), $('busy-text'), [$('teams'), $('charts')], 'Computing the run…');
  const parsed = configFromUrl(location.search);
  config = withoutPackageValues(parsed.config);
  showProblems('link', parsed.problems);
  setupControls();
  foldSettingsOnNarrowScreens(Array.from(document.querySelectorAll<HTMLDetailsElement>('details.settings-group')));
  placeCostLine();
  const scroller = document.querySelector<HTMLElement>('.controls-scroll')!;
  // The messages above them too: the problems message comes, grows or goes as a change is refused or made (since
  // 0.39.0); the alert saying the engine stopped comes as a step fails, 130 px at 1280×720 (since 0.44.0).
  keepControlInHandInPlace($('controls'), scroller, [$('problems'), $('engine-stopped'), ...Array.from(scroller.querySelectorAll(':scope > section')), $('scheduled')], clearOfMessage);
  syncControls();
  scenarios = scenariosOf(config);
  buildLevers();
  // The groups holding the settings the link's message names open, folded as they are on a phone.
  openGroupsHolding(parsed.settings.flatMap((s) => controlOf(s) ?? []));
  fillTileKey($('colour-key-title'), $('colour-key'), config.tiles);
  // Their room changes with the window too: fitted again whenever either's width changes.
  // A start failure (showStartFailure) takes away the views these fit: nothing is left to fit after it.
  const header = new ResizeObserver(() => startFailed() || fitHeader());
  header.observe(document.querySelector<HTMLElement>('.tagline')!);
  header.observe($('future'));
  // A font loaded after the first fit (a web font from the user's or a school's stylesheet) draws the days wider or
  // narrower: the status's width is measured again in it, and the header's wordings fitted again (since 0.38.0).
  document.fonts.addEventListener('loadingdone', () => {
    statusReservedFor = '';
    fitHeader();
  });
  CHART_IDS.forEach((id, i) => ($(`${id}-title`).textContent = CHART_TITLE_TEXTS[i]));
  // The charts' plots are fitted to the room the team view leaves them (a team's rows of tiles, its departures folded or not, the window).
  const resized = new ResizeObserver(refitCharts);
  for (const id of ['teams', 'charts']) resized.observe($(id));
  resized.observe(document.querySelector('.tile-key')!);
  addEventListener('resize', refitCharts);
  // The headings' room is the team view's width, which changes with the window, with a classic scrollbar coming or going,
  // and with Large text (the facts line's size sets the least heading size): fitted again whenever that width changes,
  // or the text size.
  let teamsFitted = '';
  new ResizeObserver(() => {
    if (startFailed()) return;
    const now = `${$('teams').clientWidth} ${config.text}`;
    if (now === teamsFitted) return;
    teamsFitted = now;
    fitTeamHeadings();
  }).observe($('teams'));
  // A zoom is a resize too: the note goes at 150%.
  showZoomHint($('zoom-hint'), config.text);
  addEventListener('resize', () => startFailed() || showZoomHint($('zoom-hint'), config.text));
  await restart(config.day);
  if (document.body.dataset.failed !== 'true') document.body.dataset.ready = 'true';
}

/** The days each chart's lines reach, summed over the teams: one per team and day run (for tests: rows held back while playing must all arrive). */
function chartRows(): number[] {
  if (chartsStandIn) return charts.map(() => 0);
  return charts.map((c) => {
    const reached = new Map<string, number>();
    for (const r of c.view.data('rows') as { team: string; day: number }[]) reached.set(r.team, Math.max(reached.get(r.team) ?? 0, r.day + 1));
    return [...reached.values()].reduce((a, b) => a + b, 0);
  });
}

/** The engine's rows the charts hold (for tests: a change from today leaves the days before it as they were). */
const chartSeries = () => chartSeriesHeld;

/** Each chart's rows as it holds them (copies; for tests: a chart redrawn in place holds what a chart drawn anew would). */
const chartData = () => charts.map((c) => (chartsStandIn ? [] : (c.view.data('rows') as object[]).map((r) => ({ ...r }))));

/** Restarts asked for so far (for tests: dragging a slider must not ask for any). */
const restarts = () => generation;
const steps = () => stepsTaken;
/** Settles when the engine work asked for so far is done, charts included, or the run has stopped (for tests). */
const settled = () => Promise.race([queue, stopped]);

window.cfsim = { frame: () => frame, config: () => config, chartRows, chartSeries, chartData, chartRowsRedrawn: () => rowsRedrawn, chartsEmbedded: () => chartsEmbedded, chartTimeDomains: () => charts.map((c) => c.view.scale('x').domain() as number[]), restarts, steps, settled, ready: start() };
