import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../tempFolder';

// `npm run odd-figures` (dist/oddFigures.js) takes minutes; this stops it at its first command.
const scratchParent = tempFolder('cfsim-odd-figures-test-');

/** Whether the process `pid` still runs (a zombie counts as gone). */
function isRunning(pid: number): boolean {
  const state = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim();
  return state !== '' && !state.startsWith('Z');
}

describe('npm run odd-figures', () => {
  it('stopped by a kill, stops the command in progress, removes its temporary folder and exits 143', async () => {
    const script = spawn(process.execPath, [resolve('dist/oddFigures.js')], {
      env: { ...process.env, TMPDIR: scratchParent },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let command: number | undefined;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      script.on('close', (code, signal) => done({ code, signal })),
    );
    await new Promise<void>((started) =>
      script.stderr.setEncoding('utf8').on('data', (text: string) => {
        stderr += text;
        if (command === undefined && stderr.includes('cfsim run ')) {
          // The script logs a command once it is started: its child then exists.
          const children = spawnSync('pgrep', ['-P', String(script.pid)], { encoding: 'utf8' }).stdout.trim().split('\n');
          command = Number(children[0]);
          started();
        }
      }),
    );
    expect(command).toBeGreaterThan(0);
    try {
      expect(readdirSync(scratchParent)).toHaveLength(1);
      script.kill('SIGTERM');
      const { code, signal } = await exited;
      expect({ code, signal }).toEqual({ code: 143, signal: null });
      expect(stderr).toContain('stopped by SIGTERM; no figures printed');
      expect(readdirSync(scratchParent)).toEqual([]);
      expect(isRunning(command!)).toBe(false);
    } finally {
      if (isRunning(command!)) process.kill(command!, 'SIGKILL');
    }
  }, 60_000);
});
