import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { settle } from '../support/browser-canvas.js';
import { DESKTOP, shot, useAtlas } from '../support/browser-harness.js';
import { efpTourStep2, expectText, pick } from '../support/browser-helpers.js';

/*
 * A user's session: the tests run in order on one page, each starting where the last one left it,
 * and the last checks that nothing in the whole session logged an error.
 */
const atlas = useAtlas();
let page: Page;
const consoleErrors: string[] = [];
const details = () => page.locator('#details');

beforeAll(async () => {
  const context = await atlas.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
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

describe('the explorer', () => {
  it('opens on an overview of NATO and its frameworks, with a legend', async () => {
    await page.goto(`${atlas.base}/`);
    await expectText(page.locator('#view-summary'), /^\d+ entities and \d+ relationships shown/);
    await page.waitForFunction(() =>
      /^([1-9]\d*) entities/.test(document.querySelector('#view-summary')?.textContent ?? ''),
    );
    await expectText(page.locator('#filters'), 'Framework');
    await settle(page);
    await shot(page, '01-overview');
  });

  it('finds Estonia by search and shows its details with sources', async () => {
    await pick(page, 'Search: Estonia, PfP, EFP, cyber…', 'Estonia', /^Estonia/);
    await details().getByRole('heading', { name: 'Estonia' }).waitFor();
    await details()
      .getByText(/Member of \(\d+\)/)
      .waitFor();
    await expectText(details(), 'North Atlantic Treaty Organization');
    expect(await details().locator('.sources a[href^="http"]').count()).toBeGreaterThan(0);
    await shot(page, '02-estonia-details');
  });

  it('expands Estonia and finds the battlegroup it hosts with its framework nation', async () => {
    await details().getByRole('button', { name: 'Expand', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('#details .cap')?.textContent?.includes('Showing'));
    await details().getByRole('button', { name: 'Forward presence battlegroup Estonia', exact: true }).click();
    await details().getByRole('heading', { name: 'Forward presence battlegroup Estonia' }).waitFor();
    await details()
      .getByText(/Led by \(\d+\)/)
      .waitFor();
    const led = details().locator('.rel-group', { hasText: 'Led by' });
    await expectText(led, 'United Kingdom');
    await expectText(led, 'framework nation');
    await page.locator('#canvas').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      /Showing \d+ of \d+/.test(document.querySelector('#details .cap')?.textContent ?? ''),
    );
    await settle(page);
    await shot(page, '03-battlegroup-expanded');
    // The list view mirrors the canvas.
    await page.getByRole('button', { name: 'List view' }).click();
    const edges = page.getByRole('table', { name: 'Relationships in view' });
    await expectText(edges, 'United Kingdom');
    await expectText(page.getByRole('table', { name: 'Entities in view' }), 'Forward presence battlegroup Estonia');
    await shot(page, '04-list-view');
    await page.getByRole('button', { name: 'Graph view' }).click();
  });

  it('shows that Finland is not a member in 2000', async () => {
    await pick(page, 'Search: Estonia, PfP, EFP, cyber…', 'Finland', /^Finland/);
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
    await settle(page);
    await shot(page, '05-finland-2000');
    await page.locator('#year-enabled').uncheck();
  });

  it('finds the shortest paths from Japan to Tunisia, each hop with its source', async () => {
    await pick(page, 'From… (e.g. Japan)', 'Japan', /^Japan/);
    await pick(page, 'To… (e.g. Tunisia)', 'Tunisia', /^Tunisia/);
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
    await settle(page);
    await shot(page, '06-path-japan-tunisia');
  });

  it('restores the same view on reload', async () => {
    const before = page.url();
    const heading = await details().locator('h3').first().textContent();
    expect(before).toContain('path=state:jpn,state:tun');
    await page.reload();
    await page
      .locator('.path-results')
      .getByText(/shortest paths? of/)
      .waitFor();
    await details()
      .getByRole('heading', { name: heading ?? '' })
      .waitFor();
    expect(page.url()).toBe(before);
    await settle(page);
    await shot(page, '07-reloaded');
  });

  it('exports a non-empty PNG', async () => {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'PNG image' }).click(),
    ]);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(5000);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('plays a guided tour with sources', async () => {
    const card = await efpTourStep2(page);
    await card.locator('.sources a[href^="http"]').first().waitFor();
    await settle(page);
    await shot(page, '08-tour-efp');
  });

  it('works at tablet width', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.waitForFunction(() => window.innerWidth === 768 && window.innerHeight === 1024);
    await page.getByRole('button', { name: 'Filters' }).click();
    expect(await page.locator('#filters').isVisible()).toBe(true);
    await shot(page, '09-tablet-filters');
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.setViewportSize(DESKTOP);
  });

  it('sizes by betweenness, colours by community and plays the years', async () => {
    await page.locator('#size-by').selectOption('betweenness');
    await page.locator('#color-by').selectOption('community');
    expect(page.url()).toContain('size=betweenness');
    expect(page.url()).toContain('color=community');
    await page.locator('#year-play').click();
    await page.waitForFunction(() => /As of 19[5-9]\d/.test(document.querySelector('.year-output')?.textContent ?? ''));
    await page.locator('#year-play').click(); // pause
    await settle(page);
    await shot(page, '10-analytics-and-play');
    await page.locator('#year-enabled').uncheck();
  });

  it('logged no console errors and no CSP violations', async () => {
    const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(csp).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
