import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Core } from 'cytoscape';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { DATA_DIR, ROOT } from '../../server/paths.js';
import { MemoryStore } from '../../server/store/memory/memory-store.js';

/*
 * The explorer end to end: the built client (client/dist, rebuilt here when missing or older than
 * its sources), served by the real app on a MemoryStore over data/, driven in Debian's Chromium.
 * Tests run in order on one page, like a user's session.
 */
jest.setTimeout(120_000);

const DIST = join(ROOT, 'client', 'dist');
const SHOTS = join(ROOT, 'tests', 'browser', 'screenshots');

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

let server: Server;
let browser: Browser;
let page: Page;
let base: string;
const consoleErrors: string[] = [];

async function shot(name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Picks the first suggestion of a search box after typing `text`. */
async function pick(placeholder: string, text: string, option: string | RegExp, on: Page = page) {
  const input = on.getByPlaceholder(placeholder);
  await input.fill(text);
  await on.getByRole('option', { name: option }).first().waitFor();
  await input.press('Enter');
}

const details = () => page.locator('#details');

/** Waits until the locator's text matches (playwright-core has no expect; jest's does not wait). */
async function expectText(locator: Locator, pattern: string | RegExp, timeout = 10_000) {
  const matches = (t: string) => (typeof pattern === 'string' ? t.includes(pattern) : pattern.test(t));
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.allTextContents()).join(' ');
    if (matches(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(text).toMatch(pattern instanceof RegExp ? pattern : new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}


/** A page of its own (1280×800) with the overview loaded. */
async function overviewPage(): Promise<{ context: BrowserContext; p: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await context.newPage();
  await p.goto(`${base}/`);
  await p.waitForFunction(() => /^([1-9]\d*) entities/.test(document.querySelector('#view-summary')?.textContent ?? ''));
  return { context, p };
}

/** Opens the EFP tour from the Tours menu and goes to its step 2 (Estonia); returns the card. */
async function efpTourStep2(p: Page): Promise<Locator> {
  await p.getByRole('button', { name: 'Tours ▾' }).click();
  await p.getByRole('menuitem', { name: 'Enhanced Forward Presence in the Baltic States' }).click();
  const card = p.locator('#tour-card');
  await card.getByText('step 1 of 4').waitFor();
  await card.getByRole('button', { name: 'Next →' }).click();
  await card.getByText('Estonia: a battlegroup led by the United Kingdom').waitFor();
  return card;
}

/** What Cytoscape draws, read through the instance it registers on its container (tests only). */
interface DrawnNode {
  id: string;
  color: string;
  classes: string[];
  /** Page coordinates (CSS pixels) of the node's centre and of its label's box. */
  x: number;
  y: number;
  /** Graph coordinates (what the URL keeps). */
  model: { x: number; y: number };
  label: { x1: number; y1: number; x2: number; y2: number };
}

async function drawnNodes(p: Page): Promise<DrawnNode[]> {
  return p.evaluate(() => {
    const container = document.getElementById('canvas') as HTMLElement & { _cyreg?: { cy?: Core } };
    const cy = container._cyreg?.cy;
    if (!cy) throw new Error('no Cytoscape instance on #canvas');
    const box = container.getBoundingClientRect();
    const zoom = cy.zoom();
    const pan = cy.pan();
    const page = (x: number, y: number) => ({ x: box.left + pan.x + x * zoom, y: box.top + pan.y + y * zoom });
    return cy.nodes().map((n) => {
      const l = n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
      const a = page(l.x1, l.y1);
      const b = page(l.x2, l.y2);
      return {
        id: n.id(),
        color: String(n.data('color')),
        classes: n.classes(),
        x: box.left + n.renderedPosition().x,
        y: box.top + n.renderedPosition().y,
        model: { ...n.position() },
        label: { x1: a.x, y1: a.y, x2: b.x, y2: b.y },
      };
    });
  });
}

/**
 * For each node on a screenshot: the RGB at its centre, and the darkest grey in its label's box
 * (label text is #1a1a1a; faded text is drawn at 20%, so nothing in its box is darker than ~200).
 * Decoded by an about:blank page of the same browser (no CSP there, and no PNG decoder needed
 * here); a WebGL canvas cannot be read back directly.
 */
async function onScreen(p: Page, nodes: DrawnNode[]): Promise<{ centre: [number, number, number]; darkestText: number }[]> {
  const png = (await p.screenshot()).toString('base64');
  const decoder = await p.context().newPage();
  try {
    return await decoder.evaluate(
      async ({ png, nodes }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return nodes.map((n) => {
          const [r, g, b] = ctx.getImageData(Math.round(n.x), Math.round(n.y), 1, 1).data;
          const x = Math.max(0, Math.floor(n.label.x1));
          const y = Math.max(0, Math.floor(n.label.y1));
          const w = Math.max(1, Math.min(img.width - x, Math.ceil(n.label.x2 - n.label.x1)));
          const h = Math.max(1, Math.min(img.height - y, Math.ceil(n.label.y2 - n.label.y1)));
          const d = ctx.getImageData(x, y, w, h).data;
          let darkestText = 255;
          for (let i = 0; i < d.length; i += 4) {
            const [pr, pg, pb] = [d[i]!, d[i + 1]!, d[i + 2]!];
            // Grey only: coloured edges crossing the box are not text.
            if (Math.max(pr, pg, pb) - Math.min(pr, pg, pb) < 24) darkestText = Math.min(darkestText, Math.max(pr, pg, pb));
          }
          return { centre: [r!, g!, b!] as [number, number, number], darkestText };
        });
      },
      { png, nodes },
    );
  } finally {
    await decoder.close();
  }
}

function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

beforeAll(async () => {
  ensureBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', ATLAS_CLIENT_DIR: DIST });
  const app = createApp({ config, store: MemoryStore.fromDataDir(DATA_DIR) });
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  // CSP violations are reported to the page; record them where the test can read them.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('the explorer', () => {
  it('opens on an overview of NATO and its frameworks, with a legend', async () => {
    await page.goto(`${base}/`);
    await expectText(page.locator('#view-summary'), /^\d+ entities and \d+ relationships shown/);
    await page.waitForFunction(() => /^([1-9]\d*) entities/.test(document.querySelector('#view-summary')?.textContent ?? ''));
    await expectText(page.locator('#filters'), 'Framework');
    await page.waitForTimeout(500);
    await shot('01-overview');
  });

  it('finds Estonia by search and shows its details with sources', async () => {
    await pick('Search: Estonia, PfP, EFP, cyber…', 'Estonia', /^Estonia/);
    await details().getByRole('heading', { name: 'Estonia' }).waitFor();
    await details().getByText(/Member of \(\d+\)/).waitFor();
    await expectText(details(), 'North Atlantic Treaty Organization');
    expect(await details().locator('.sources a[href^="http"]').count()).toBeGreaterThan(0);
    await shot('02-estonia-details');
  });

  it('expands Estonia and finds the battlegroup it hosts with its framework nation', async () => {
    await details().getByRole('button', { name: 'Expand', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('#details .cap')?.textContent?.includes('Showing'));
    await details().getByRole('button', { name: 'Forward presence battlegroup Estonia', exact: true }).click();
    await details().getByRole('heading', { name: 'Forward presence battlegroup Estonia' }).waitFor();
    await details().getByText(/Led by \(\d+\)/).waitFor();
    const led = details().locator('.rel-group', { hasText: 'Led by' });
    await expectText(led, 'United Kingdom');
    await expectText(led, 'framework nation');
    await page.locator('#canvas').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Showing \d+ of \d+/.test(document.querySelector('#details .cap')?.textContent ?? ''));
    await page.waitForTimeout(400);
    await shot('03-battlegroup-expanded');
    // The list view mirrors the canvas.
    await page.getByRole('button', { name: 'List view' }).click();
    const edges = page.getByRole('table', { name: 'Relationships in view' });
    await expectText(edges, 'United Kingdom');
    await expectText(page.getByRole('table', { name: 'Entities in view' }), 'Forward presence battlegroup Estonia');
    await shot('04-list-view');
    await page.getByRole('button', { name: 'Graph view' }).click();
  });

  it('shows that Finland is not a member in 2000', async () => {
    await pick('Search: Estonia, PfP, EFP, cyber…', 'Finland', /^Finland/);
    await details().getByRole('heading', { name: 'Finland' }).waitFor();
    await details().getByRole('button', { name: 'Expand', exact: true }).click();
    await page.locator('#year-enabled').check();
    await page.locator('#year-number').fill('2000');
    await page.locator('#year-number').press('Enter');
    await expectText(page.locator('.year-output'), 'As of 2000');
    const member = details().locator('.rel-group', { hasText: 'Member of' }).locator('li');
    await expectText(member, 'not in 2000');
    await page.getByRole('button', { name: 'List view' }).click();
    const rows = page.getByRole('table', { name: 'Relationships in view' }).locator('tbody tr');
    await expectText(rows.filter({ hasText: 'Finland' }), 'partner in');
    const finland = await rows.filter({ hasText: 'Finland' }).allTextContents();
    expect(finland.some((t) => t.includes('partner in'))).toBe(true);
    expect(finland.some((t) => t.includes('member of'))).toBe(false);
    await page.getByRole('button', { name: 'Graph view' }).click();
    await page.waitForTimeout(400);
    await shot('05-finland-2000');
    await page.locator('#year-enabled').uncheck();
  });

  it('finds the shortest paths from Japan to Tunisia, each hop with its source', async () => {
    await pick('From… (e.g. Japan)', 'Japan', /^Japan/);
    await pick('To… (e.g. Tunisia)', 'Tunisia', /^Tunisia/);
    await page.getByRole('button', { name: 'Find paths' }).click();
    const results = page.locator('.path-results');
    await results.getByText(/shortest paths? of \d+ links?/).waitFor();
    const first = results.locator('section.path').first();
    await expectText(first.locator('h3'), 'Japan');
    await expectText(first.locator('h3'), 'Tunisia');
    expect(await first.locator('.hops a[href^="http"]').count()).toBeGreaterThan(0);
    // Each hop names the entity it reaches, never its raw id.
    const hops = await first.locator('.hops > li').allTextContents();
    expect(hops.join(' ')).toContain('Tunisia');
    expect(hops.join(' ')).not.toMatch(/\b(state|activity|framework|org):[a-z]/);
    await page.waitForTimeout(400);
    await shot('06-path-japan-tunisia');
  });

  it('restores the same view on reload', async () => {
    const before = page.url();
    const heading = await details().locator('h3').first().textContent();
    expect(before).toContain('path=state:jpn,state:tun');
    await page.reload();
    await page.locator('.path-results').getByText(/shortest paths? of/).waitFor();
    await details().getByRole('heading', { name: heading ?? '' }).waitFor();
    expect(page.url()).toBe(before);
    await page.waitForTimeout(400);
    await shot('07-reloaded');
  });

  it('exports a non-empty PNG', async () => {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'PNG image' }).click()]);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(5000);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('plays a guided tour with sources', async () => {
    const card = await efpTourStep2(page);
    await card.locator('.sources a[href^="http"]').first().waitFor();
    await page.waitForTimeout(600);
    await shot('08-tour-efp');
  });

  it('works at tablet width', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: 'Filters' }).click();
    expect(await page.locator('#filters').isVisible()).toBe(true);
    await shot('09-tablet-filters');
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('sizes by betweenness, colours by community and plays the years', async () => {
    await page.locator('#size-by').selectOption('betweenness');
    await page.locator('#color-by').selectOption('community');
    expect(page.url()).toContain('size=betweenness');
    expect(page.url()).toContain('color=community');
    await page.locator('#year-play').click();
    await page.waitForFunction(() => /As of 19[5-9]\d/.test(document.querySelector('.year-output')?.textContent ?? ''));
    await page.locator('#year-play').click(); // pause
    await page.waitForTimeout(400);
    await shot('10-analytics-and-play');
    await page.locator('#year-enabled').uncheck();
  });

  it('logged no console errors and no CSP violations', async () => {
    const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(csp).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('a tour step after a path', () => {
  it('draws every node of the step at full strength, even those first drawn faded', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p = await context.newPage();
    // The path answers first, so the battlegroup's neighbours are first drawn faded (off the path).
    let pathAnswered!: () => void;
    const answered = new Promise<void>((resolve) => (pathAnswered = resolve));
    await p.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('query Paths')) {
        await route.fulfill({ response: await route.fetch() });
        setTimeout(pathAnswered, 400);
      } else if (body.includes('query Neighborhood')) {
        await answered;
        await route.continue();
      } else {
        await route.continue();
      }
    });
    await p.goto(`${base}/?f=activity:efp-estonia&x=activity:efp-estonia;20&path=state:jpn,state:tun`);
    await p.locator('.path-results').getByText(/shortest paths? of/).waitFor();
    await p.waitForFunction(() => /^([2-9]\d|1\d) entities/.test(document.querySelector('#view-summary')?.textContent ?? ''));
    await p.waitForTimeout(500);
    expect((await drawnNodes(p)).filter((n) => n.classes.includes('faded')).length).toBeGreaterThan(5);

    await efpTourStep2(p);
    await p.waitForTimeout(800);
    await p.screenshot({ path: join(SHOTS, '12-tour-after-path.png') });

    const nodes = await drawnNodes(p);
    expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['framework:efp', 'activity:efp-estonia', 'region:baltic']));
    expect(nodes.filter((n) => n.classes.includes('faded'))).toEqual([]);
    // Each node is drawn in its kind's colour and its label in dark text (faded: ~80% white).
    const seen = await onScreen(p, nodes);
    const pale = nodes
      .map((n, i) => ({ id: n.id, want: rgbOf(n.color), ...seen[i]! }))
      .filter(({ want, centre, darkestText }) => Math.max(...want.map((v, c) => Math.abs(v - centre[c]!))) > 40 || darkestText > 110);
    expect(pale).toEqual([]);
    await context.close();
  });
});

describe('the header on tablets', () => {
  type Box = { name: string; x1: number; y1: number; x2: number; y2: number; clipped: boolean };
  const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

  it.each([
    [768, 1024],
    [1024, 768],
    [900, 1200],
  ])('keeps the product name visible and nothing overlapping at %ix%i', async (width, height) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const p = await context.newPage();
    await p.goto(`${base}/`);
    await p.waitForFunction(() => /^([1-9]\d*) entities/.test(document.querySelector('#view-summary')?.textContent ?? ''));
    expect(await p.getByRole('heading', { name: 'Alliance Atlas', level: 1 }).isVisible()).toBe(true);
    const boxes: Box[] = await p.evaluate(() =>
      ['.brand', '#search', '#toolbar', '.drawer-toggles'].map((selector) => {
        const el = document.querySelector(selector) as HTMLElement;
        const r = el.getBoundingClientRect();
        return { name: selector, x1: r.left, y1: r.top, x2: r.right, y2: r.bottom, clipped: el.scrollWidth > el.clientWidth };
      }),
    );
    const [brand] = boxes;
    expect(brand!.x2 - brand!.x1).toBeGreaterThan(60);
    for (const b of boxes) {
      // Each part is on screen, inside the header, and shows all of its content (no scrolled-off buttons).
      expect({ name: b.name, inside: b.x1 >= 0 && b.x2 <= width && b.y1 >= 0, clipped: b.clipped }).toEqual({ name: b.name, inside: true, clipped: false });
    }
    const clashes = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => `${a.name} × ${b.name}`));
    expect(clashes).toEqual([]);
    // The drawers open below the header, not under it.
    const header = await p.locator('header.topbar').boundingBox();
    await p.getByRole('button', { name: 'Filters' }).click();
    const drawer = await p.locator('#filters').boundingBox();
    expect(drawer!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
    await p.screenshot({ path: join(SHOTS, `13-header-${width}x${height}.png`) });
    await context.close();
  });
});

describe('a shared link with node positions', () => {
  it('draws a dragged node where it was after a reload, without re-running the layout', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p = await context.newPage();
    // An old link (no positions): the layout runs, then the URL records where it put the nodes.
    await p.goto(`${base}/?f=state:est&x=state:est;20`);
    await p.waitForFunction(() => /[?&]xy=/.test(location.search) && /^([1-9]\d*) entities/.test(document.querySelector('#view-summary')?.textContent ?? ''));
    await p.waitForTimeout(400);
    const before = await drawnNodes(p);
    expect(before.length).toBeGreaterThan(5);
    const canvas = (await p.locator('#canvas').boundingBox())!;
    const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    const node = before.find((n) => n.id !== 'state:est')!;
    // Drag it 80 px towards the middle of the canvas (so it stays on screen).
    const to = { x: node.x + Math.sign(centre.x - node.x) * 80, y: node.y + Math.sign(centre.y - node.y) * 60 };
    await p.mouse.move(node.x, node.y);
    await p.mouse.down();
    await p.mouse.move(to.x, to.y, { steps: 8 });
    await p.mouse.up();
    const dragged = (await drawnNodes(p)).find((n) => n.id === node.id)!;
    expect(Math.hypot(dragged.x - to.x, dragged.y - to.y)).toBeLessThan(3);
    const entry = `${node.id};${Math.round(dragged.model.x)};${Math.round(dragged.model.y)}`;
    await p.waitForFunction((e) => location.search.includes(e), entry);
    const moved = await drawnNodes(p);

    await p.reload();
    await p.waitForFunction((n) => Number(/^(\d+) entities/.exec(document.querySelector('#view-summary')?.textContent ?? '')?.[1]) === n, moved.length);
    await p.waitForTimeout(600);
    const after = await drawnNodes(p);
    expect(after.map((n) => n.id).sort()).toEqual(moved.map((n) => n.id).sort());
    const drift = after
      .map((a) => {
        const b = moved.find((n) => n.id === a.id)!;
        return { id: a.id, d: Math.hypot(a.model.x - b.model.x, a.model.y - b.model.y) };
      })
      .filter(({ d }) => d > 1.5);
    expect(drift).toEqual([]);
    expect(p.url()).toContain(entry);
    await p.screenshot({ path: join(SHOTS, '14-positions-reloaded.png') });
    await context.close();
  });
});

describe('when the API fails', () => {
  it('shows a readable message with Retry, and Retry recovers', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p = await context.newPage();
    let fail = true;
    await p.route('**/graphql', (route) =>
      fail ? route.fulfill({ status: 503, contentType: 'text/plain', body: 'down' }) : route.continue(),
    );
    await p.goto(`${base}/`);
    const banner = p.locator('#problem');
    await banner.getByText(/unavailable|cannot be reached|server/i).first().waitFor();
    expect(await banner.getAttribute('role')).toBe('alert');
    await p.screenshot({ path: join(SHOTS, '11-api-failure.png') });
    fail = false;
    await banner.getByRole('button', { name: 'Retry' }).click();
    await p.waitForFunction(() => /^([1-9]\d*) entities/.test(document.querySelector('#view-summary')?.textContent ?? ''));
    expect(await banner.isHidden()).toBe(true);
    await context.close();
  });
});

describe('the Tours menu', () => {
  it('closes when a tour is picked and moves focus to the tour card', async () => {
    const { context, p } = await overviewPage();
    const button = p.getByRole('button', { name: 'Tours ▾' });
    const menu = p.locator('#tours-menu');
    const afterPick = async () => ({
      hidden: await menu.isHidden(),
      expanded: await button.getAttribute('aria-expanded'),
      focusInCard: await p.evaluate(() => !!document.activeElement?.closest('#tour-card')),
    });
    const closedWithFocusInCard = { hidden: true, expanded: 'false', focusInCard: true };

    // By mouse.
    await button.click();
    await p.getByRole('menuitem', { name: 'Partnership for Peace' }).click();
    await p.locator('#tour-card').getByText('step 1 of 4').waitFor();
    expect(await afterPick()).toEqual(closedWithFocusInCard);

    // By keyboard: the menu opens on its first item; Enter picks it.
    await button.focus();
    await p.keyboard.press('Enter');
    await p.getByRole('menuitem', { name: 'Enhanced Forward Presence in the Baltic States' }).waitFor();
    await p.keyboard.press('Enter');
    await expectText(p.locator('#tour-title'), 'Enhanced Forward Presence in the Baltic States');
    expect(await afterPick()).toEqual(closedWithFocusInCard);
    await context.close();
  });

  it('keeps the keyboard on Next and Previous while walking a tour', async () => {
    const { context, p } = await overviewPage();
    const card = p.locator('#tour-card');
    const focused = () => p.evaluate(() => (document.activeElement === document.body ? '<body>' : document.activeElement?.textContent));
    /** Presses `key` on the focused button; returns the button that has the keyboard on that step. */
    const press = async (key: string, step: number) => {
      await p.keyboard.press(key);
      await card.getByText(`step ${step} of 4`).waitFor();
      return focused();
    };

    // Opened by keyboard: the menu opens on its first item (the EFP tour), Enter picks it.
    await p.getByRole('button', { name: 'Tours ▾' }).focus();
    await p.keyboard.press('Enter');
    await p.getByRole('menuitem', { name: 'Enhanced Forward Presence in the Baltic States' }).waitFor();
    await p.keyboard.press('Enter');
    await card.getByText('step 1 of 4').waitFor();
    await card.getByRole('button', { name: 'Next →' }).focus();

    // Forward: Next keeps the keyboard until it is disabled on the last step, then Previous has it.
    expect(await press('Enter', 2)).toBe('Next →');
    expect(await press(' ', 3)).toBe('Next →');
    expect(await press('Enter', 4)).toBe('← Previous');
    // Back: Previous keeps it until the first step, then Next has it.
    expect(await press('Enter', 3)).toBe('← Previous');
    expect(await press(' ', 2)).toBe('← Previous');
    expect(await press('Enter', 1)).toBe('Next →');
    // Closing the tour from the card hands the keyboard back to the Tours button.
    await card.getByRole('button', { name: 'Close tour' }).focus();
    await p.keyboard.press('Enter');
    await card.waitFor({ state: 'hidden' });
    expect(await focused()).toBe('Tours ▾');
    await context.close();
  });
});

describe('the Paths panel during a tour', () => {
  it('shows the endpoints of a step that sets a path, and none after a step that clears it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p = await context.newPage();
    // The shipped tours plus one whose first step sets a path and whose second clears it.
    const shipped = JSON.parse(readFileSync(join(DATA_DIR, 'tours.json'), 'utf8')) as { tours: unknown[] };
    const withPath = {
      id: 'test-path',
      title: 'Test: a path, then none',
      summary: 'Test only.',
      steps: [
        { title: 'Japan to Tunisia', text: '.', focus: 'state:jpn', expand: [], path: { from: 'state:jpn', to: 'state:tun' }, sources: [] },
        { title: 'No path', text: '.', focus: 'state:tun', expand: [], path: null, sources: [] },
      ],
    };
    await p.route('**/tours.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ tours: [...shipped.tours, withPath] }) }),
    );
    await p.goto(`${base}/`);
    await p.waitForFunction(() => /^([1-9]\d*) entities/.test(document.querySelector('#view-summary')?.textContent ?? ''));
    const from = p.getByTestId('path-from');
    const to = p.getByTestId('path-to');

    await p.getByRole('button', { name: 'Tours ▾' }).click();
    await p.getByRole('menuitem', { name: 'Test: a path, then none' }).click();
    await p.locator('.path-results').getByText(/shortest paths? of/).waitFor();
    await expectText(from, /^Japan$/);
    await expectText(to, /^Tunisia$/);

    await p.locator('#tour-card').getByRole('button', { name: 'Next →' }).click();
    await p.locator('#tour-card').getByText('step 2 of 2').waitFor();
    await expectText(from, /^none$/);
    await expectText(to, /^none$/);
    expect(await p.getByRole('button', { name: 'Find paths' }).isDisabled()).toBe(true);
    // Swap has nothing to swap in: it must not bring the old path back.
    await p.locator('#paths').getByRole('button', { name: 'Swap' }).click();
    await expectText(from, /^none$/);
    expect(p.url()).not.toContain('path=');

    // A path found by hand, then a shipped tour (no path): the panel empties too.
    await p.locator('#tour-card').getByRole('button', { name: 'Close tour' }).click();
    await pick('From… (e.g. Japan)', 'Japan', /^Japan/, p);
    await pick('To… (e.g. Tunisia)', 'Tunisia', /^Tunisia/, p);
    await p.getByRole('button', { name: 'Find paths' }).click();
    await p.locator('.path-results').getByText(/shortest paths? of/).waitFor();
    await p.getByRole('button', { name: 'Tours ▾' }).click();
    await p.getByRole('menuitem', { name: 'Partnership for Peace' }).click();
    await p.locator('#tour-card').getByText('step 1 of 4').waitFor();
    await expectText(from, /^none$/);
    await expectText(to, /^none$/);
    expect(await p.locator('.path-results').textContent()).toBe('');
    await context.close();
  });
});

describe('tour steps', () => {
  /** Pairs of visible nodes whose bodies overlap by more than a tenth of the smaller one. */
  async function overlapping(p: Page): Promise<string[]> {
    return p.evaluate(() => {
      const cy = (document.getElementById('canvas') as HTMLElement & { _cyreg?: { cy?: Core } })._cyreg?.cy;
      if (!cy) throw new Error('no Cytoscape instance on #canvas');
      const boxes = cy.nodes(':visible').map((n) => ({
        id: n.id(),
        b: n.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false }),
      }));
      const found: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const w = Math.min(a.b.x2, b.b.x2) - Math.max(a.b.x1, b.b.x1);
          const h = Math.min(a.b.y2, b.b.y2) - Math.max(a.b.y1, b.b.y1);
          const share = w > 0 && h > 0 ? (w * h) / Math.min(a.b.w * a.b.h, b.b.w * b.b.h) : 0;
          if (share > 0.1) found.push(`${a.id} × ${b.id} (${Math.round(share * 100)}%)`);
        }),
      );
      return found;
    });
  }

  /** Waits until nothing loads, the canvas draws what the summary counts, and no node moves. */
  async function settle(p: Page) {
    const snapshot = () =>
      p.evaluate(() => {
        const cy = (document.getElementById('canvas') as HTMLElement & { _cyreg?: { cy?: Core } })._cyreg!.cy!;
        const count = Number(/^(\d+) entities/.exec(document.querySelector('#view-summary')?.textContent ?? '')?.[1] ?? -1);
        const busy = document.body.classList.contains('busy');
        const at = cy.nodes().map((n) => `${n.id()}@${Math.round(n.position().x)},${Math.round(n.position().y)}`).join(' ');
        return busy || count !== cy.nodes().length ? null : at;
      });
    const deadline = Date.now() + 15_000;
    let last: string | null = null;
    while (Date.now() < deadline) {
      await p.waitForTimeout(400);
      const now = await snapshot();
      if (now !== null && now === last) return;
      last = now;
    }
    throw new Error('the canvas did not settle');
  }

  it('never draw two nodes on top of each other, walking every tour forward and back', async () => {
    const { context, p } = await overviewPage();
    const card = p.locator('#tour-card');
    const clashes: string[] = [];
    const check = async (label: string) => {
      await settle(p);
      const found = await overlapping(p);
      if (found.length > 0) {
        if (clashes.length === 0) await p.screenshot({ path: join(SHOTS, '15-tour-overlap.png') });
        clashes.push(`${label}: ${found.join(', ')}`);
      }
    };
    for (const title of ['Enhanced Forward Presence in the Baltic States', 'Cooperative security in the Mediterranean and Middle East', 'Partnership for Peace']) {
      await p.getByRole('button', { name: 'Tours ▾' }).click();
      await p.getByRole('menuitem', { name: title }).click();
      await expectText(card.locator('#tour-title'), title);
      const total = Number(/of (\d+)/.exec((await card.locator('.tour-kicker').textContent()) ?? '')?.[1]);
      for (let step = 1; step <= total; step++) {
        if (step > 1) await card.getByRole('button', { name: 'Next →' }).click();
        await card.getByText(`step ${step} of ${total}`).waitFor();
        await check(`${title} step ${step}`);
      }
      for (let step = total - 1; step >= 1; step--) {
        await card.getByRole('button', { name: '← Previous' }).click();
        await card.getByText(`step ${step} of ${total}`).waitFor();
        await check(`${title} back to step ${step}`);
      }
    }
    await p.screenshot({ path: join(SHOTS, '16-tour-last-step.png') });
    expect(clashes).toEqual([]);
    await context.close();
  });
});
