import type { SweepSession } from '../scenarios/sweepAnalysis';
import { killedWords, wasKilled } from '../viz/report/killedWords';
import { recordedTimeWords } from './recordedTimeWords';
import { shownCommand } from '../scenarios/shownCommand';

/** A recorded time in UTC words; a field that is no ISO time, as written (a dash where it is no text). */
function timeWords(x: unknown): string {
  if (typeof x === 'string') return recordedTimeWords(x);
  return typeof x === 'number' ? String(x) : '–';
}

/**
 * sweep.json's `sessions` as analyze's text says them (since 0.43.0): a block only where the folder was written by more
 * than one command or one that did not complete, as one complete command says nothing its heading does not. sweep.json is
 * read as written: a field a session lacks shows as a dash, and a long command line is shortened (shownCommand; --json and
 * analysis.json keep it whole).
 */
export function sessionLines(sessions: readonly SweepSession[] | undefined): string[] {
  if (sessions === undefined || sessions.length === 0 || (sessions.length === 1 && sessions[0].status === 'complete')) return [];
  const text = (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? String(x) : '–');
  const lines = sessions.map((s, k) => {
    const end = wasKilled(s.status, k < sessions.length - 1)
      ? killedWords(typeof s.lastHeartbeatAt === 'string' ? timeWords(s.lastHeartbeatAt) : undefined)
      : `${s.endedAt === null ? 'unfinished' : timeWords(s.endedAt)}, ${text(s.status)}`;
    const runs = typeof s.runsBefore === 'number' && s.runsBefore > 0 ? `runs ${s.runsBefore} → ${text(s.completed)}` : `runs 0 → ${text(s.completed)}`;
    return `  ${k + 1}. ${timeWords(s.startedAt)} – ${end}, ${runs}: ${typeof s.command === 'string' ? shownCommand(s.command) : text(s.command)}`;
  });
  return ['Sessions (the commands that wrote this folder, from sweep.json):', ...lines];
}
