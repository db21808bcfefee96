import { describe, expect, it } from '@jest/globals';
import { entitiesShown, newPage, shot, useAtlas } from '../support/browser-harness.js';

const atlas = useAtlas();

describe('the header on tablets', () => {
  type Box = { name: string; x1: number; y1: number; x2: number; y2: number; clipped: boolean };
  const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

  it.each([
    [768, 1024],
    [1024, 768],
    [900, 1200],
  ])('keeps the product name visible and nothing overlapping at %ix%i', async (width, height) => {
    const { context, p } = await newPage(atlas, { width, height });
    await p.goto(`${atlas.base}/`);
    await entitiesShown(p);
    expect(await p.getByRole('heading', { name: 'Alliance Atlas', level: 1 }).isVisible()).toBe(true);
    const boxes: Box[] = await p.evaluate(() =>
      ['.brand', '#search', '#toolbar', '.drawer-toggles'].map((selector) => {
        const el = document.querySelector(selector) as HTMLElement;
        const r = el.getBoundingClientRect();
        return {
          name: selector,
          x1: r.left,
          y1: r.top,
          x2: r.right,
          y2: r.bottom,
          clipped: el.scrollWidth > el.clientWidth,
        };
      }),
    );
    const [brand] = boxes;
    expect(brand!.x2 - brand!.x1).toBeGreaterThan(60);
    for (const b of boxes) {
      // Each part is on screen, inside the header, and shows all of its content (no scrolled-off buttons).
      expect({ name: b.name, inside: b.x1 >= 0 && b.x2 <= width && b.y1 >= 0, clipped: b.clipped }).toEqual({
        name: b.name,
        inside: true,
        clipped: false,
      });
    }
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => overlaps(a, b))
        .map((b) => `${a.name} × ${b.name}`),
    );
    expect(clashes).toEqual([]);
    // The drawers open below the header, not under it.
    const header = await p.locator('header.topbar').boundingBox();
    await p.getByRole('button', { name: 'Filters' }).click();
    const drawer = await p.locator('#filters').boundingBox();
    expect(drawer!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
    await shot(p, `13-header-${width}x${height}`);
    await context.close();
  });
});
