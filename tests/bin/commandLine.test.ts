import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { commandLine } from '../../bin/commandLine';

describe('commandLine', () => {
  it('leaves plain words alone and quotes the rest, so a shell reads back the same arguments', () => {
    const argv = ['run', '/tmp/dir with space/s1.yaml', '--set', 'changes=[{day: 20, set: {community.overdoseBurden: 2}}]', '--set', "name=it's $HOME", '--reps', '4', '--policy', 'status-quo,multi-level'];
    const line = commandLine(argv);
    expect(line).toBe(`cfsim run '/tmp/dir with space/s1.yaml' --set 'changes=[{day: 20, set: {community.overdoseBurden: 2}}]' --set 'name=it'\\''s $HOME' --reps 4 --policy status-quo,multi-level`);
    // bash splits it back into the very arguments (printf prints one per line).
    const echoed = spawnSync('bash', ['-c', `set -- ${line}; shift; printf '%s\\n' "$@"`], { encoding: 'utf8' });
    expect(echoed.stdout).toBe(`${argv.join('\n')}\n`);
  });
});
