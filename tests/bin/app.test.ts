import { spawn, type ChildProcess } from 'node:child_process';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, hostFlag, listeningText } from '../../bin/app';
import type { InputIssue } from '../../sim/params/issues';

// `cfsim app --host`: where the classroom app listens, and what it prints about who can open it
// (found by an educator's review: on 127.0.0.1 only, "Copy a link" gave links students could not
// open). The end-to-end tests start the built CLI (dist/cfsim.js; `npm test` builds it first).

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cfsim.js');

const checked = (raw: unknown) => {
  const issues: InputIssue[] = [];
  const host = hostFlag(raw, issues);
  return { host, issues: issues.map((i) => `${i.path}: ${i.message}`) };
};

describe('cfsim app --host, checked', () => {
  it('takes a host name or an IPv4 or IPv6 address; the default is this computer only', () => {
    expect(checked(undefined)).toEqual({ host: '127.0.0.1', issues: [] });
    expect(DEFAULT_HOST).toBe('127.0.0.1');
    for (const host of ['0.0.0.0', '127.0.0.1', '192.168.1.20', 'localhost', 'teacher-laptop.local', '::', '::1', 'fd00::2']) expect(checked(host), host).toEqual({ host, issues: [] });
    expect(checked('[::1]'), 'an IPv6 address in brackets, as in a URL').toEqual({ host: '::1', issues: [] });
    expect(checked(['localhost', '0.0.0.0']).host, 'the last given, as for the other flags').toBe('0.0.0.0');
  });

  it('refuses an empty host, a URL, an address with its port and what is no host, naming the flag and the value', () => {
    const expected = 'expected a host name or IP address to listen on, e.g. --host 0.0.0.0 (every network interface: the local network) or --host 127.0.0.1 (this computer only, the default)';
    expect(checked('')).toEqual({ host: DEFAULT_HOST, issues: [`--host: has no value; ${expected}`] });
    expect(checked(' ').issues).toEqual([`--host: has no value; ${expected}`]);
    expect(checked('http://192.168.1.20:8080/').issues).toEqual([`--host: "http://192.168.1.20:8080/" is not allowed (give the host alone, without http:// or a path); ${expected}`]);
    expect(checked('0.0.0.0:8080').issues).toEqual([`--host: "0.0.0.0:8080" is not allowed (give the port with --port); ${expected}`]);
    for (const bad of ['999.1.1.1', '10.1', 'my laptop', ' 0.0.0.0', '[localhost]', 'a_b', '-host']) expect(checked(bad).issues, bad).toEqual([`--host: ${JSON.stringify(bad)} is not allowed; ${expected}`]);
  });
});

describe('what cfsim app prints', () => {
  const eth0 = (address: string, family: 'IPv4' | 'IPv6' = 'IPv4', internal = false) => ({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;
  const interfaces = {
    lo: [eth0('127.0.0.1', 'IPv4', true), eth0('::1', 'IPv6', true)],
    eth0: [eth0('192.168.1.20'), eth0('fe80::1', 'IPv6')],
    wlan0: [eth0('10.0.0.7')],
  };

  it('on a loopback address: that it opens only on this computer, and that --host 0.0.0.0 shares it on the local network', () => {
    const note = "This address opens only on this computer: students' devices cannot open it, nor a link copied from the app. To share the app on the local network, start it with --host 0.0.0.0.\n";
    expect(listeningText('127.0.0.1', 8080, interfaces)).toBe(`CFSim classroom app: http://127.0.0.1:8080/  (Ctrl-C to stop)\n${note}`);
    expect(listeningText('localhost', 8080, interfaces)).toBe(`CFSim classroom app: http://localhost:8080/  (Ctrl-C to stop)\n${note}`);
    expect(listeningText('::1', 8080, interfaces)).toBe(`CFSim classroom app: http://[::1]:8080/  (Ctrl-C to stop)\n${note}`);
  });

  it('on every interface: each non-internal IPv4 address of this computer as an address to open, and 127.0.0.1 as this computer only', () => {
    const text = listeningText('0.0.0.0', 8080, interfaces);
    expect(text.split('\n')).toEqual([
      'CFSim classroom app, on every network interface of this computer (Ctrl-C to stop):',
      '  http://192.168.1.20:8080/  (eth0: the local network)',
      '  http://10.0.0.7:8080/  (wlan0: the local network)',
      '  http://127.0.0.1:8080/  (this computer only)',
      'Students on the same network open one of the first addresses. Open the app at one of them yourself too, so that "Copy a link" gives links they can open. A firewall may still block port 8080.',
      '',
    ]);
    expect(listeningText('::', 8080, interfaces), ':: is every interface too').toBe(text);
    expect(listeningText('0.0.0.0', 9000, { eth0: interfaces.eth0 })).toContain('open the first address. Open the app at it yourself too');
    const alone = listeningText('0.0.0.0', 8080, { lo: interfaces.lo });
    expect(alone).not.toContain('the local network)');
    expect(alone).toContain('This computer has no network address besides its own just now');
  });

  it('on another address: that address alone', () => {
    expect(listeningText('192.168.1.20', 8080, interfaces)).toBe('CFSim classroom app: http://192.168.1.20:8080/  (Ctrl-C to stop)\n');
    expect(listeningText('fd00::2', 8080, interfaces)).toBe('CFSim classroom app: http://[fd00::2]:8080/  (Ctrl-C to stop)\n');
  });
});

/** Starts `cfsim app` with `args`; resolves with the child and what it printed once it has printed `lines` lines (or exited). */
function startApp(args: string[], lines: number): Promise<{ child: ChildProcess; stdout: string; stderr: string; status: number | null | undefined }> {
  const child = spawn(process.execPath, [CLI, 'app', ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ child, stdout, stderr, status: undefined }), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.split('\n').length > lines) {
        clearTimeout(timer);
        resolve({ child, stdout, stderr, status: undefined });
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ child, stdout, stderr, status });
    });
  });
}

/** Stops a child started by startApp, as Ctrl-C would, and resolves with its exit code. */
function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function expectApp(url: string): Promise<void> {
  const page = await fetch(url);
  expect(page.status, url).toBe(200);
  expect(await page.text()).toContain('<title>CFSim classroom');
}

describe('cfsim app, started', () => {
  it.each([[['--host', '127.0.0.1']], [[]]])('%j (127.0.0.1 by default) serves the app at the address it prints, and says it opens only on this computer', async (host) => {
    const { child, stdout, stderr } = await startApp(['--port', '0', ...host], 2);
    try {
      expect(stderr).toBe('');
      const [first, second] = stdout.split('\n');
      const url = /^CFSim classroom app: (http:\/\/127\.0\.0\.1:(\d+)\/) {2}\(Ctrl-C to stop\)$/.exec(first)?.[1];
      expect(url, stdout).toBeDefined();
      expect(second).toContain('opens only on this computer');
      expect(second).toContain('--host 0.0.0.0');
      await expectApp(url!);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('--host 0.0.0.0 listens on every interface and prints this computer\'s non-internal IPv4 addresses, each of which serves the app', async () => {
    const own = Object.values(networkInterfaces()).flatMap((infos) => (infos ?? []).filter((i) => i.family === 'IPv4' && !i.internal).map((i) => i.address));
    const { child, stdout, stderr } = await startApp(['--port', '0', '--host', '0.0.0.0'], own.length + 3);
    try {
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^CFSim classroom app, on every network interface of this computer \(Ctrl-C to stop\):\n/);
      const urls = [...stdout.matchAll(/^ {2}(http:\/\/([\d.]+):\d+\/)/gm)].map((m) => ({ url: m[1], address: m[2] }));
      expect(urls.map((u) => u.address)).toEqual([...own, '127.0.0.1']);
      for (const { url } of urls) await expectApp(url);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('ends with exit 0 on a SIGTERM or Ctrl-C sent the moment its address is printed (it listens for them before printing it)', async () => {
    // Sent from the first output's callback, the signal once arrived before the listeners were set, now and then: killed, not exit 0.
    for (let k = 0; k < 6; k++) {
      const signal = k % 2 === 0 ? 'SIGTERM' : 'SIGINT';
      const child = spawn(process.execPath, [CLI, 'app', '--port', '0'], { cwd: ROOT });
      const ended = await new Promise<{ code: number | null; by: NodeJS.Signals | null }>((resolve) => {
        child.stdout.once('data', () => child.kill(signal));
        child.on('exit', (code, by) => resolve({ code, by }));
      });
      expect(ended, `${signal}, start ${k + 1}`).toEqual({ code: 0, by: null });
    }
  });

  it('refuses a bad --host, or one that is no address of this computer, naming the flag and the value', async () => {
    for (const [host, fragment] of [
      ['', '--host: has no value; expected a host name or IP address'],
      ['http://example.org', '--host: "http://example.org" is not allowed (give the host alone, without http:// or a path)'],
      ['0.0.0.0:8080', '(give the port with --port)'],
      // TEST-NET-3 (RFC 5737): no computer's own address.
      ['203.0.113.77', '--host: "203.0.113.77" is not an address of this computer; give one of its addresses, or --host 0.0.0.0 for every network interface'],
    ]) {
      const { child, stdout, stderr, status } = await startApp(['--port', '0', '--host', host], 1);
      if (status === undefined) await stop(child);
      expect(status, `${host}: ${stderr}`).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^cfsim: invalid command line:/);
      expect(stderr).toContain(fragment);
    }
  });
});
