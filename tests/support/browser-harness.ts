import { afterAll, beforeAll } from '@jest/globals';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { DATA_DIR, ROOT } from '../../server/paths.js';
import { MemoryStore } from '../../server/store/memory/memory-store.js';

/*
 * The explorer end to end: the built client (client/dist, rebuilt here when missing or older than
 * its sources), served by the real app on a MemoryStore over data/, driven in Debian's Chromium.
 */

const DIST = join(ROOT, 'client', 'dist');
const SHOTS = join(ROOT, 'tests', 'browser', 'screenshots');
export const DESKTOP = { width: 1280, height: 800 };

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

function ensureBuilt() {
  const index = join(DIST, 'index.html');
  const sources = Math.max(
    newestMtime(join(ROOT, 'client', 'src')),
    newestMtime(join(ROOT, 'client', 'index.html')),
    newestMtime(join(ROOT, 'client', 'vite.config.ts')),
    newestMtime(join(DATA_DIR, 'tours.json')),
  );
  if (!existsSync(index) || !existsSync(join(DIST, 'tours.json')) || statSync(index).mtimeMs < sources) {
    execSync('npm run build:client', { cwd: ROOT, stdio: 'pipe' });
  }
}

export interface Atlas {
  /** The app's origin, e.g. http://127.0.0.1:41234 */
  readonly base: string;
  readonly browser: Browser;
}

/**
 * Serves the app and launches Chromium for the calling test file (before its first test, closed
 * after its last). The fields are there once the file's tests run.
 */
export function useAtlas(): Atlas {
  const atlas = {} as { base: string; browser: Browser };
  let server: Server | undefined;
  beforeAll(async () => {
    ensureBuilt();
    mkdirSync(SHOTS, { recursive: true });
    const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', ATLAS_CLIENT_DIR: DIST });
    const app = createApp({ config, store: MemoryStore.fromDataDir(DATA_DIR) });
    const listening = app.listen(0, '127.0.0.1');
    server = listening;
    await new Promise<void>((resolve) => listening.once('listening', () => resolve()));
    atlas.base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    atlas.browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await atlas.browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });
  return atlas;
}

/** A page of its own, in a fresh context (no cookies, storage or routes shared with other tests). */
export async function newPage(atlas: Atlas, viewport = DESKTOP): Promise<{ context: BrowserContext; p: Page }> {
  const context = await atlas.browser.newContext({ viewport });
  return { context, p: await context.newPage() };
}

/** Waits until the summary counts a non-empty view: the first graph has arrived and is drawn. */
export async function entitiesShown(p: Page): Promise<void> {
  await p.waitForFunction(() =>
    /^([1-9]\d*) entities/.test(document.querySelector('#view-summary')?.textContent ?? ''),
  );
}

/** A page of its own (1280×800) with the overview loaded. */
export async function overviewPage(atlas: Atlas): Promise<{ context: BrowserContext; p: Page }> {
  const { context, p } = await newPage(atlas);
  await p.goto(`${atlas.base}/`);
  await entitiesShown(p);
  return { context, p };
}

export async function shot(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: join(SHOTS, `${name}.png`) });
}
