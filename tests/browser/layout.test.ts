import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { entitiesShown, newPage, useAtlas } from '../support/browser-harness.js';

/*
 * The explorer's panels at 1280×800 (the harness's desktop size): nothing runs out of its panel
 * sideways and the list view's status line never covers the list.
 */
const atlas = useAtlas();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, p: page } = await newPage(atlas));
});
afterAll(async () => context?.close());

/** The filters panel's content width against its box, and every descendant sticking out of it. */
async function filtersOverflow(p: Page) {
  return p.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('aside#filters')!;
    const style = getComputedStyle(panel);
    const inner = panel.getBoundingClientRect().right - parseFloat(style.borderRightWidth);
    const outside = [...panel.querySelectorAll<HTMLElement>('*')]
      .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > inner + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} ${e.textContent?.trim().slice(0, 40)}`);
    return { scrollWidth: panel.scrollWidth, clientWidth: panel.clientWidth, outside };
  });
}

describe('the layout at 1280×800', () => {
  for (const focus of ['state:rus', 'state:kwt']) {
    it(`keeps the filters panel within its width around ${focus}`, async () => {
      await page.goto(`${atlas.base}/?f=${focus}&x=${focus};40`);
      await entitiesShown(page);
      const { scrollWidth, clientWidth, outside } = await filtersOverflow(page);
      expect(outside).toEqual([]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });

    it(`keeps the list view's status line off the table around ${focus}`, async () => {
      await page.goto(`${atlas.base}/?f=${focus}&x=${focus};40`);
      await entitiesShown(page);
      await page.locator('#mode-toggle').click();
      const list = page.locator('#list-view');
      await list.locator('table[aria-label="Relationships in view"] tbody tr').first().waitFor();
      // Scrolled to the end and at the start, no drawn part of the list lies under the status line.
      for (const top of [Number.MAX_SAFE_INTEGER, 0]) {
        await list.evaluate((e, y) => e.scrollTo(0, y), top);
        const overlaps = await page.evaluate(() => {
          const status = document.querySelector('#view-summary')!.getBoundingClientRect();
          const view = document.querySelector('#list-view')!.getBoundingClientRect();
          const clip = { top: Math.max(view.top, 0), bottom: view.bottom, left: view.left, right: view.right };
          return [...document.querySelectorAll('#list-view caption, #list-view tr')]
            .map((e) => e.getBoundingClientRect())
            .map((r) => ({
              top: Math.max(r.top, clip.top),
              bottom: Math.min(r.bottom, clip.bottom),
              left: Math.max(r.left, clip.left),
              right: Math.min(r.right, clip.right),
            }))
            .filter((r) => r.bottom > r.top && r.right > r.left)
            .filter(
              (r) => r.top < status.bottom && r.bottom > status.top && r.left < status.right && r.right > status.left,
            )
            .map((r) => `${Math.round(r.top)}–${Math.round(r.bottom)}`);
        });
        expect(overlaps).toEqual([]);
      }
      // The table fits the view's width, or the view scrolls to show all of it.
      const widths = await list.evaluate((e) => ({
        scroll: e.scrollWidth,
        client: e.clientWidth,
        overflow: getComputedStyle(e).overflowX,
      }));
      if (widths.scroll > widths.client) expect(['auto', 'scroll']).toContain(widths.overflow);
      await page.locator('#mode-toggle').click();
    });
  }
});
