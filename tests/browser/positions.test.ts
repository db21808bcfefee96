import { describe, expect, it } from '@jest/globals';
import { drawnNodes, settle } from '../support/browser-canvas.js';
import { newPage, shot, useAtlas } from '../support/browser-harness.js';

const atlas = useAtlas();

describe('a shared link with node positions', () => {
  it('draws a dragged node where it was after a reload, without re-running the layout', async () => {
    const { context, p } = await newPage(atlas);
    // An old link (no positions): the layout runs, then the URL records where it put the nodes.
    await p.goto(`${atlas.base}/?f=state:est&x=state:est;20`);
    await p.waitForFunction(
      () =>
        /[?&]xy=/.test(location.search) &&
        /^([1-9]\d*) entities/.test(document.querySelector('#view-summary')?.textContent ?? ''),
    );
    await settle(p);
    const before = await drawnNodes(p);
    expect(before.length).toBeGreaterThan(5);
    const canvas = (await p.locator('#canvas').boundingBox())!;
    const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    const node = before.find((n) => n.id !== 'state:est')!;
    // Drag it 80 px towards the middle of the canvas (so it stays on screen).
    const to = {
      x: node.page.x + Math.sign(centre.x - node.page.x) * 80,
      y: node.page.y + Math.sign(centre.y - node.page.y) * 60,
    };
    await p.mouse.move(node.page.x, node.page.y);
    await p.mouse.down();
    await p.mouse.move(to.x, to.y, { steps: 8 });
    await p.mouse.up();
    const dragged = (await drawnNodes(p)).find((n) => n.id === node.id)!;
    expect(Math.hypot(dragged.page.x - to.x, dragged.page.y - to.y)).toBeLessThan(3);
    const entry = `${node.id};${Math.round(dragged.model.x)};${Math.round(dragged.model.y)}`;
    await p.waitForFunction((e) => location.search.includes(e), entry);
    const moved = await drawnNodes(p);

    await p.reload();
    await p.waitForFunction(
      (n) => Number(/^(\d+) entities/.exec(document.querySelector('#view-summary')?.textContent ?? '')?.[1]) === n,
      moved.length,
    );
    await settle(p);
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
    await shot(p, '14-positions-reloaded');
    await context.close();
  });
});
