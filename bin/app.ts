import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { isIP } from 'node:net';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputIssue } from '../sim/params/issues';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The built classroom app (dist/web, beside this bundle). */
export const WEB_ROOT = fileURLToPath(new URL('./web/', import.meta.url));

/** The address `cfsim app` listens on unless --host says otherwise: this computer only. */
export const DEFAULT_HOST = '127.0.0.1';

/** What --host takes, for messages. */
const HOST_EXPECTED = `expected a host name or IP address to listen on, e.g. --host 0.0.0.0 (every network interface: the local network) or --host ${DEFAULT_HOST} (this computer only, the default)`;

/** A host name as DNS allows it (letters, digits and hyphens, in dot-separated labels). */
const HOST_NAME = /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;

/**
 * The host `cfsim app --host` gives, checked: a host name, an IPv4 address or an IPv6 one (in
 * brackets or not); the default when not given. A value that is none of these (empty, a URL, an
 * address with its port) is reported with the flag and the value, and the default returned.
 */
export function hostFlag(raw: unknown, issues: InputIssue[]): string {
  if (raw === undefined) return DEFAULT_HOST;
  const text = String(Array.isArray(raw) ? raw[raw.length - 1] : raw);
  if (isIP(text) !== 0) return text;
  if (/^\[.*\]$/.test(text) && isIP(text.slice(1, -1)) === 6) return text.slice(1, -1);
  // A name, but not digits and dots that are no IPv4 address (999.1.1.1, 10.1).
  if (HOST_NAME.test(text) && !/^[\d.]+$/.test(text)) return text;
  const why =
    text.trim() === ''
      ? 'has no value'
      : /^[a-z][a-z0-9+.-]*:\/\//i.test(text.trim())
        ? `${JSON.stringify(text)} is not allowed (give the host alone, without http:// or a path)`
        : /^[^:]+:\d+$/.test(text.trim())
          ? `${JSON.stringify(text)} is not allowed (give the port with --port)`
          : `${JSON.stringify(text)} is not allowed`;
  issues.push({ path: '--host', value: text, message: `${why}; ${HOST_EXPECTED}` });
  return DEFAULT_HOST;
}

/** Whether `host` is this computer's own address only (127.x.x.x, ::1, localhost): no other device can open it. */
export const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host) || /^::ffff:127\./i.test(host);

/** Whether `host` means every network interface (0.0.0.0, or :: for IPv6 and IPv4). */
export const isEveryInterface = (host: string) => host === '0.0.0.0' || host === '::';

/** A host in a URL: an IPv6 address in brackets. */
const urlHost = (host: string) => (isIP(host) === 6 ? `[${host}]` : host);

/**
 * What `cfsim app` prints once it listens on `host` and `port`: the address to open, and who can
 * open it. On a loopback address, that it opens only on this computer and that --host 0.0.0.0
 * shares it on the local network; on every interface, the computer's non-internal IPv4 addresses
 * (from `interfaces`, node:os networkInterfaces()) as the addresses to open and share.
 */
export function listeningText(host: string, port: number, interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string {
  if (isEveryInterface(host)) {
    const shared = Object.entries(interfaces).flatMap(([name, infos]) => (infos ?? []).filter((i) => i.family === 'IPv4' && !i.internal).map((i) => `  http://${i.address}:${port}/  (${name}: the local network)`));
    const lines = [`CFSim classroom app, on every network interface of this computer (Ctrl-C to stop):`, ...shared, `  http://127.0.0.1:${port}/  (this computer only)`];
    lines.push(
      shared.length > 0
        ? `Students on the same network open ${shared.length > 1 ? 'one of the first addresses' : 'the first address'}. Open the app at ${shared.length > 1 ? 'one of them' : 'it'} yourself too, so that "Copy a link" gives links they can open. A firewall may still block port ${port}.`
        : 'This computer has no network address besides its own just now (no IPv4 address on a network interface): connect it to the network, then open the app at its address there, or students cannot reach it.',
    );
    return `${lines.join('\n')}\n`;
  }
  const address = `CFSim classroom app: http://${urlHost(host)}:${port}/  (Ctrl-C to stop)`;
  if (!isLoopback(host)) return `${address}\n`;
  return `${address}\nThis address opens only on this computer: students' devices cannot open it, nor a link copied from the app. To share the app on the local network, start it with --host 0.0.0.0.\n`;
}

/**
 * Serves the classroom app's static files on `host` (by default this computer only; the app itself
 * has no server logic: any static host works). Resolves with the server once it listens.
 */
export function serveApp(root: string, port: number, host = DEFAULT_HOST): Promise<Server> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`the classroom app is not built in ${root}: run npm run build`);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let decoded: string;
    try {
      decoded = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    const path = normalize(join(root, decoded));
    if (!path.startsWith(root.endsWith(sep) ? root : root + sep) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
