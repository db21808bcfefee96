import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { TEST_HOOK_GLOBAL, type AtlasTestHook, type DrawnEdge } from '../../client/src/network/test-hook-api.js';
import { settle } from '../support/browser-canvas.js';
import { newPage, shot, useAtlas } from '../support/browser-harness.js';
import { expectText } from '../support/browser-helpers.js';
import { waitFor } from '../support/wait-for.js';

/*
 * Compare-times mode: 2014 → 2024 around NATO. Finland joined NATO on 4 April 2023, so its
 * membership is a change that began in the window; the row names the source the server gives it
 * (read from the server, since the data is being enlarged in parallel).
 */
const atlas = useAtlas();
let context: BrowserContext;
let page: Page;

const FINLAND = 'state:fin/MEMBER_OF/org:nato';

async function finlandSources(): Promise<{ title: string; publisher: string | null }[]> {
  const res = await fetch(`${atlas.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ changes(from: 2014, to: 2024, focus: "org:nato", relationTypes: [MEMBER_OF], limit: 2000) {
        relationships { change relationship { id sources { title publisher } } } } }`,
    }),
  });
  const body = (await res.json()) as {
    data: {
      changes: {
        relationships: {
          change: string;
          relationship: { id: string; sources: { title: string; publisher: string | null }[] };
        }[];
      };
    };
  };
  const row = body.data.changes.relationships.find((c) => c.relationship.id.startsWith(FINLAND));
  expect(row?.change).toBe('BEGAN');
  return row!.relationship.sources;
}

async function drawnEdges(p: Page): Promise<DrawnEdge[]> {
  return p.evaluate((name) => (window as unknown as Record<string, AtlasTestHook>)[name]!.edges(), TEST_HOOK_GLOBAL);
}

beforeAll(async () => {
  ({ context, p: page } = await newPage(atlas));
});
afterAll(async () => context?.close());

describe('Compare two times', () => {
  it('picks 2014 and 2024 by mouse: Finland’s membership began, drawn as begun, its row naming its source', async () => {
    const sources = await finlandSources();
    expect(sources.length).toBeGreaterThan(0);
    await page.goto(`${atlas.base}/`);
    await settle(page);
    await page.locator('#compare-times-toggle').click();
    await page.locator('#compare-from-year').fill('2014');
    await page.locator('#compare-from-year').press('Tab');
    await page.locator('#compare-to-year').fill('2024');
    await page.locator('#compare-to-year').press('Tab');
    await waitFor(() => page.url().includes('ct=2014,2024'), 'the window in the URL');
    const card = page.locator('#changes');
    await expectText(card.locator('#changes-title'), 'Changes 2014 → 2024 around North Atlantic Treaty Organization');
    const row = card.locator('tr', { hasText: 'Finland member of North Atlantic Treaty Organization' });
    await expectText(row, 'began');
    await expectText(row, '4 April 2023');
    const titles = await row
      .locator('.cites a, .cites span')
      .evaluateAll((els) => els.map((e) => e.getAttribute('title')));
    expect(titles).toEqual(expect.arrayContaining([sources[0]!.title]));
    // The row names it too, by its publisher.
    if (sources[0]!.publisher) await expectText(row.locator('.cites'), `[1] ${sources[0]!.publisher}`);
    expect(await row.locator('.cites a').first().getAttribute('href')).toMatch(/^https?:\/\//);
    await expectText(page.locator('#compare-legend'), 'began');
    await settle(page);
    const edge = (await drawnEdges(page)).find((e) => e.id.startsWith(FINLAND));
    expect(edge?.classes).toContain('ch-began');
    expect(edge?.visible).toBe(true);
    await shot(page, 'workbench-01-compare-2014-2024');
    // The list view says it too.
    await page.locator('#mode-toggle').click();
    const listed = page.locator('table[aria-label="Relationships in view"] tr', { hasText: 'member of' }).filter({
      hasText: 'Finland',
    });
    expect(await listed.locator('td.change').textContent()).toBe('began');
    await page.locator('#mode-toggle').click();
  });

  it('sorts the changelog by a column, and keeps the sort and the window in a shared link', async () => {
    const header = page.locator('#changes th', { hasText: 'Change' });
    await header.getByRole('button').click();
    await waitFor(() => page.url().includes('cs=change'), 'the sort in the URL');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await header.getByRole('button').click();
    expect(await page.locator('#changes th', { hasText: 'Change' }).getAttribute('aria-sort')).toBe('descending');
    const url = page.url();
    const other = await context.newPage();
    await other.goto(url);
    await expectText(other.locator('#changes-title'), 'Changes 2014 → 2024');
    expect(await other.locator('#changes th', { hasText: 'Change' }).getAttribute('aria-sort')).toBe('descending');
    await other.close();
  });

  it('steps through the changes by keyboard ( ] ) and Play, selecting each change', async () => {
    await page.locator('body').press('Escape');
    await page.locator('#changes th', { hasText: 'Date' }).getByRole('button').focus();
    await page.keyboard.press('Escape');
    await page.locator('#canvas').focus();
    await page.keyboard.press(']');
    await waitFor(() => page.url().includes('cts=0'), 'the first change reached');
    await expectText(page.locator('#changes .step-position'), 'Change 1 of');
    await page.keyboard.press(']');
    await waitFor(() => page.url().includes('cts=1'), 'the second change reached');
    expect(await page.locator('#changes tr.current').count()).toBe(1);
    await page.locator('#changes-play').click();
    await waitFor(() => /cts=([2-9]|\d\d)/.test(page.url()), 'Play moving on', 10_000);
    await page.locator('#changes-play').click();
    await shot(page, 'workbench-02-compare-play');
  });

  it('turns off with d, back to the year controls', async () => {
    await page.locator('#canvas').focus();
    await page.keyboard.press('d');
    await waitFor(() => !page.url().includes('ct='), 'compare mode off');
    expect(await page.locator('#changes').isHidden()).toBe(true);
    expect(await page.locator('#year-range').isVisible()).toBe(true);
  });
});
