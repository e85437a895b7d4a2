import { commandsOf } from './command';
import { MAX_DAY, type AppConfig } from './config';

// The "Show as command" dialog: the `cfsim run` command line of each team the app shows, for a
// researcher to run the classroom's run again exactly, with a button to copy each.

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** What the dialog says under its title: what the command runs, and how it meets the app's charts. */
export function commandIntro(config: AppConfig): string {
  const run = `one replication of seed ${config.seed} over the app's ${MAX_DAY} days`;
  const what = config.compare === undefined ? run : `one command a team, each ${run} (one seed: the same community events, as here)`;
  return (
    `Run in a terminal in the CFSim project's folder (after npm install; npx cfsim runs its own), to reproduce this run exactly: ${what}. Add --out DIR to keep its day-by-day values ` +
    `(DIR/timeseries.csv), which the charts show; the table it prints is of the run's last 90 days, not of the day shown (day ${config.day}). ` +
    'Another --seed gives another possible future; --reps 100 runs a hundred of them and gives their range.'
  );
}

/** Fills the dialog with the commands of `config` and opens it. */
export function showCommand(config: AppConfig): void {
  $('command-intro').textContent = commandIntro(config);
  const body = $('command-body');
  body.replaceChildren();
  const commands = commandsOf(config);
  for (const [k, command] of commands.entries()) {
    const id = `command-text-${k}`;
    const head = document.createElement('div');
    head.className = 'command-head';
    const name = document.createElement('h3');
    name.id = `${id}-name`;
    name.textContent = command.team;
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = 'Copy';
    copy.setAttribute('aria-describedby', name.id);
    const note = document.createElement('span');
    note.className = 'command-note';
    note.setAttribute('role', 'status');
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(command.text);
        note.textContent = 'Copied.';
      } catch {
        // No clipboard (an http page on another machine): the command is selected for Ctrl+C.
        getSelection()?.selectAllChildren($(id));
        note.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
      }
    });
    head.append(name, copy, note);
    const pre = document.createElement('pre');
    pre.className = 'command-text';
    pre.id = id;
    pre.tabIndex = 0;
    pre.setAttribute('aria-labelledby', name.id);
    pre.textContent = command.text;
    body.append(head, pre);
  }
  $<HTMLDialogElement>('command').showModal();
}
