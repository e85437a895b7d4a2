import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type ViewportSize } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveApp } from '../../bin/app';

/** Debian's Chromium, headless, with no network: every request that is not a local file is refused. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface PageLog {
  readonly errors: string[];
  readonly requests: string[];
}

/** Opens a page that may load only file: and local URLs, collecting console errors and refused requests. */
export async function openOffline(browser: Browser, url: string, allowed: (url: string) => boolean = (u) => u.startsWith('file:')): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const log: PageLog = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(e.message));
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (allowed(u) || u.startsWith('data:')) return route.continue();
    log.requests.push(u);
    return route.abort();
  });
  await page.goto(url);
  return { page, log };
}

/** The app served from dist/web (built by npm test) and a Chromium to open it in, for a test file's tests: set before them, closed after. */
export interface ServedApp {
  /** The app's address, `http://127.0.0.1:PORT/`. */
  base: string;
  browser: Browser;
}

/** Serves the classroom app on a free port and launches Chromium before the file's tests, and closes both after them. */
export function servedApp(): ServedApp {
  const app = {} as ServedApp;
  let server: Server | undefined;
  beforeAll(async () => {
    server = await serveApp(join(process.cwd(), 'dist', 'web'), 0);
    const address = server.address();
    app.base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  return app;
}

/** Opens the served app at `query` ("?day=400", or "" for its defaults) and waits until it is ready and its charts are drawn. */
export async function openApp(page: Page, app: ServedApp, query: string): Promise<void> {
  await page.goto(`${app.base}${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  await page.evaluate(() => window.cfsim.settled());
}

/** A projector's screen, the size most app tests open the page at. */
const PROJECTOR: ViewportSize = { width: 1280, height: 720 };

/** How openAppPage makes its page: its size, device pixels a CSS pixel (default 1), and init scripts (inPage.ts). */
export interface AppPageOptions {
  viewport?: ViewportSize;
  deviceScaleFactor?: number;
  /** Run in turn before the page loads: init scripts must come before it. */
  prepare?: readonly ((page: Page) => Promise<void>)[];
}

/** A new page (PROJECTOR-sized unless told), prepared, with the served app opened at `query` and ready (openApp). */
export async function openAppPage(app: ServedApp, query: string, { viewport = PROJECTOR, deviceScaleFactor, prepare = [] }: AppPageOptions = {}): Promise<Page> {
  const page = await app.browser.newPage({ viewport, deviceScaleFactor });
  for (const step of prepare) await step(page);
  await openApp(page, app, query);
  return page;
}
