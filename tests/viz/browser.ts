import { chromium, type Browser, type Page } from 'playwright-core';

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
