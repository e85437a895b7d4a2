import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The built classroom app (dist/web, beside this bundle). */
export const WEB_ROOT = fileURLToPath(new URL('./web/', import.meta.url));

/**
 * Serves the classroom app's static files on localhost (the app itself has no server logic:
 * any static host works). Resolves with the server once it listens.
 */
export function serveApp(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
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
