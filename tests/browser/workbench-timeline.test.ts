import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { settle } from '../support/browser-canvas.js';
import { newPage, shot, useAtlas } from '../support/browser-harness.js';
import { expectText } from '../support/browser-helpers.js';
import { waitFor } from '../support/wait-for.js';

/*
 * The timeline under the canvas: Finland's relationships as bars (its NATO membership among them),
 * the summits it attended as points; brushing across the years sets the as-of year, the keyboard
 * moves it, and clicking an event focuses it.
 */
const atlas = useAtlas();
let context: BrowserContext;
let page: Page;

/** The page x of a year's tick on the timeline's axis. */
async function tickX(p: Page, year: number): Promise<number> {
  const tick = p.locator('#timeline .axis-ticks text', { hasText: String(year) }).first();
  const box = await tick.boundingBox();
  if (!box) throw new Error(`no tick for ${year}`);
  return box.x + box.width / 2;
}

beforeAll(async () => {
  ({ context, p: page } = await newPage(atlas));
});
afterAll(async () => context?.close());

describe('Timeline', () => {
  it('opens with t and draws the selected entity’s relationships as bars and its events as points', async () => {
    await page.goto(`${atlas.base}/?f=state:fin&x=state:fin;20&s=state:fin`);
    await settle(page);
    await page.locator('#canvas').focus();
    await page.keyboard.press('t');
    await waitFor(() => page.url().includes('tl=1'), 'the timeline in the URL');
    const timeline = page.locator('#timeline');
    await expectText(timeline.locator('.panel-title'), 'Timeline: Finland');
    await page.waitForFunction(() => document.querySelectorAll('#timeline .fact-bar').length > 0);
    const titles = await timeline.locator('.fact-bar > title').allTextContents();
    expect(titles.some((t) => /^member of North Atlantic Treaty Organization: 4 April 2023–/.test(t))).toBe(true);
    expect(await timeline.locator('.event-point').count()).toBeGreaterThan(0);
    await shot(page, 'workbench-04-timeline-finland');
  });

  it('sets the year by brushing across the axis, and by the keyboard', async () => {
    const chart = page.locator('#timeline .timeline-chart');
    const box = (await chart.boundingBox())!;
    const y = box.y + 8;
    await page.mouse.move((await tickX(page, 2000)) + 3, y);
    await page.mouse.down();
    await page.mouse.move((await tickX(page, 2010)) + 3, y, { steps: 8 });
    await page.mouse.up();
    await waitFor(() => page.url().includes('y=2010'), 'the brushed year in the URL');
    await expectText(page.locator('#timeline .timeline-slider'), 'Year 2010');
    await expectText(page.locator('#view-summary'), 'as of 2010');
    await page.locator('#timeline .timeline-slider').focus();
    await page.keyboard.press('ArrowRight');
    await waitFor(() => page.url().includes('y=2011'), 'the year one on');
    await shot(page, 'workbench-05-timeline-brushed');
  });

  it('brushes the two compared years in compare-times mode', async () => {
    await page.locator('#compare-times-toggle').click();
    const y = (await page.locator('#timeline .timeline-chart').boundingBox())!.y + 8;
    await page.mouse.move((await tickX(page, 2000)) + 3, y);
    await page.mouse.down();
    await page.mouse.move((await tickX(page, 2020)) + 3, y, { steps: 6 });
    await page.mouse.up();
    await waitFor(() => page.url().includes('ct=2000,2020'), 'the brushed window in the URL');
    await page.locator('#compare-times-toggle').click();
  });

  it('follows the evidence filter: with A sources only, every bar is graded A', async () => {
    const grades = async () =>
      (await page.locator('#timeline .fact-bar > title').allTextContents()).map(
        (t) => /\(([A-F][1-6])\)$/.exec(t)?.[1],
      );
    const before = await grades();
    expect(before.some((g) => g && !g.startsWith('A'))).toBe(true);
    await page.locator('#min-reliability').selectOption('A');
    await waitFor(() => page.url().includes('rel=A'), 'the filter in the URL');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#timeline .fact-bar > title')].every((t) =>
        /\(A[1-6]\)$/.test(t.textContent ?? ''),
      ),
    );
    const after = await grades();
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    await page.locator('#min-reliability').selectOption('');
  });

  it('focuses an event when its point is clicked', async () => {
    const point = page.locator('#timeline .event-point').first();
    const id = (await point.getAttribute('data-event'))!;
    expect(id).toMatch(/^event:/);
    await point.click();
    await waitFor(() => new URL(page.url()).searchParams.get('f') === id, `the focus on ${id}`);
  });
});
