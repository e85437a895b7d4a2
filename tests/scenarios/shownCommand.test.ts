import { describe, expect, it } from 'vitest';
import { shownCommand } from '../../scenarios/shownCommand';

describe('shownCommand', () => {
  it('gives a command line of up to 160 characters whole', () => {
    const command = `cfsim sweep plan.yaml --out ${'r'.repeat(160 - 'cfsim sweep plan.yaml --out '.length)}`;
    expect(command).toHaveLength(160);
    expect(shownCommand(command)).toBe(command);
  });

  it('cuts a longer one between words, keeping its start and end, and says how many characters it leaves out', () => {
    const command = `cfsim run ${Array.from({ length: 50 }, (_, k) => `--set a.b${k}=${k}`).join(' ')} --out results/x --resume`;
    const shown = shownCommand(command);
    const [head, tail] = shown.split(/ … \(\d+ characters left out\) … /);
    expect(command.startsWith(`${head} `)).toBe(true);
    expect(command.endsWith(` ${tail}`)).toBe(true);
    expect(tail.endsWith('--out results/x --resume')).toBe(true);
    const left = Number(/\((\d+) characters left out\)/.exec(shown)?.[1]);
    expect(head.length + left + tail.length).toBe(command.length);
    expect(shown.length).toBeLessThanOrEqual(200);
  });

  it('cuts within a word too long to keep whole (a long path)', () => {
    const command = `cfsim sweep /${'d'.repeat(400)}/plan.yaml`;
    const shown = shownCommand(command);
    const [head, tail] = shown.split(/ … \(\d+ characters left out\) … /);
    const left = Number(/\((\d+) characters left out\)/.exec(shown)?.[1]);
    expect(command.startsWith(head) && command.endsWith(tail)).toBe(true);
    expect(head.length + left + tail.length).toBe(command.length);
  });
});

describe('shownCommand, characters beyond one UTF-16 unit', () => {
  it('never cuts within a character written as two UTF-16 units (an emoji in a path), and counts each as one character', () => {
    // No space to cut at: the head is cut at its 100th character and the tail at its 40th from the end, each within the emoji run.
    const command = `cfsim sweep /${'😀'.repeat(300)}`;
    const shown = shownCommand(command);
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    const [head, tail] = shown.split(/ … \(\d+ characters left out\) … /);
    const left = Number(/\((\d+) characters left out\)/.exec(shown)?.[1]);
    expect(command.startsWith(head) && command.endsWith(tail)).toBe(true);
    expect([...head].length + left + [...tail].length).toBe([...command].length);
  });
});

describe('shownCommand, where cutting saves nothing', () => {
  it('gives a line whole where its words leave out too little to make it shorter (one space between a 100- and a 60-character word)', () => {
    const command = `${'a'.repeat(100)} ${'b'.repeat(60)}`;
    expect(command).toHaveLength(161);
    expect(shownCommand(command)).toBe(command);
  });
});
