import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp } from '../../bin/app';
import { isListeningAddress, isThisComputerOnly, shareNoteText } from '../../viz/app/shareNote';

// "Copy a link" on a page that opens on this computer only says so (viz/app/shareNote.ts).

describe('the note after Copy a link', () => {
  it('knows the addresses that open on this computer only', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', 'app.localhost', '[::1]', '::1']) expect(isThisComputerOnly(host), host).toBe(true);
    for (const host of ['192.168.1.20', '10.0.0.5', 'classroom.example.org', '[fe80::1]', '128.0.0.1', 'localhost.example.com']) expect(isThisComputerOnly(host), host).toBe(false);
  });

  it('says a link copied on this computer only will not open on the students\' devices, and how to share; elsewhere only that it was copied', () => {
    expect(shareNoteText(true, '192.168.1.20')).toBe('Link copied.');
    expect(shareNoteText(false, '192.168.1.20')).toBe('Copy the address bar to share this state.');
    expect(shareNoteText(true, '127.0.0.1')).toBe(
      "Link copied, but it opens on this computer only (127.0.0.1): students' devices cannot open it. To share, start the app with --host 0.0.0.0 and open it at the network address it prints.",
    );
    expect(shareNoteText(false, 'localhost')).toMatch(/^Copy the address bar to share this state, but it opens on this computer only \(localhost\)/);
  });

  it('says a link copied at 0.0.0.0 or [::] (the address the app listens on) opens on no student\'s device, and what to open instead', () => {
    for (const host of ['0.0.0.0', '[::]']) {
      expect(shareNoteText(true, host)).toBe(
        `Link copied, but it names ${host}, the address the app listens on, which students' devices cannot open. Open the app at this computer's address on the local network (cfsim app --host 0.0.0.0 prints it), then share that page's link.`,
      );
    }
    expect(isListeningAddress('192.168.1.20')).toBe(false);
  });
});

let server: Server;
let port: number;
let browser: Browser;

beforeAll(async () => {
  server = await serveApp(join(process.cwd(), 'dist', 'web'), 0);
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  // classroom.test stands for a network address: Chromium resolves it to this computer, the page cannot tell.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP classroom.test 127.0.0.1'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function noteAfterCopy(host: string): Promise<string> {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`http://${host}:${port}/?day=5`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  await page.click('#share');
  await page.waitForFunction(() => (document.querySelector('#share-note')?.textContent ?? '') !== '');
  const note = (await page.textContent('#share-note')) ?? '';
  await page.close();
  return note;
}

describe('Copy a link in Chromium', () => {
  it('opened at 127.0.0.1 (cfsim app\'s default), the note says the link opens on this computer only and names --host 0.0.0.0; opened at another host name, it does not (found by an educator: students\' phones could not open the link she shared)', async () => {
    const local = await noteAfterCopy('127.0.0.1');
    expect(local).toContain('opens on this computer only (127.0.0.1)');
    expect(local).toContain('--host 0.0.0.0');
    expect(['Link copied.', 'Copy the address bar to share this state.']).toContain(await noteAfterCopy('classroom.test'));
  });
});
