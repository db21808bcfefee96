import type { Page } from 'playwright-core';
import { TEST_HOOK_GLOBAL, type AtlasTestHook, type DrawnNode } from '../../client/src/network/test-hook-api.js';

/*
 * What the canvas draws, read through the app's test hook (client/src/network/test-hook.ts): a
 * canvas is pixels to the DOM, and Cytoscape's own instance is private.
 */

interface CanvasState {
  nodes: DrawnNode[];
  /** Entities the summary line counts (-1 when it counts none). */
  counted: number;
  /** Something is loading. */
  busy: boolean;
}

/** One read of the page, so the count and the drawing cannot disagree by a frame. */
function canvasState(p: Page): Promise<CanvasState> {
  return p.evaluate((name) => {
    const hook = (window as unknown as Record<string, AtlasTestHook | undefined>)[name];
    if (!hook) throw new Error(`no window.${name}: the app installs it only under automation (navigator.webdriver)`);
    return {
      nodes: hook.nodes(),
      counted: Number(/^(\d+) entities/.exec(document.querySelector('#view-summary')?.textContent ?? '')?.[1] ?? -1),
      busy: document.body.classList.contains('busy'),
    };
  }, TEST_HOOK_GLOBAL);
}

export async function drawnNodes(p: Page): Promise<DrawnNode[]> {
  return (await canvasState(p)).nodes;
}

/**
 * Waits until nothing loads, the canvas draws what the summary counts, and no node moves, in the
 * graph or on the page (so layouts and viewport animations have ended).
 */
export async function settle(p: Page, timeout = 15_000): Promise<void> {
  const snapshot = async () => {
    const { nodes, counted, busy } = await canvasState(p);
    if (busy || counted !== nodes.length) return null;
    const r = Math.round;
    return nodes.map((n) => `${n.id}@${r(n.model.x)},${r(n.model.y)}/${r(n.page.x)},${r(n.page.y)}`).join(' ');
  };
  const deadline = Date.now() + timeout;
  let last: string | null = null;
  while (Date.now() < deadline) {
    // The polling interval: two equal snapshots this far apart mean the drawing is still.
    await p.waitForTimeout(400);
    const now = await snapshot();
    if (now !== null && now === last) return;
    last = now;
  }
  throw new Error('the canvas did not settle');
}

/** Pairs of visible nodes whose bodies overlap by more than a tenth of the smaller one. */
export async function overlapping(p: Page): Promise<string[]> {
  const boxes = (await drawnNodes(p)).filter((n) => n.visible).map((n) => ({ id: n.id, b: n.body }));
  const area = (b: DrawnNode['body']) => (b.x2 - b.x1) * (b.y2 - b.y1);
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const w = Math.min(a.b.x2, b.b.x2) - Math.max(a.b.x1, b.b.x1);
      const h = Math.min(a.b.y2, b.b.y2) - Math.max(a.b.y1, b.b.y1);
      const share = w > 0 && h > 0 ? (w * h) / Math.min(area(a.b), area(b.b)) : 0;
      if (share > 0.1) found.push(`${a.id} × ${b.id} (${Math.round(share * 100)}%)`);
    }),
  );
  return found;
}

/**
 * For each node on a screenshot: the RGB at its centre, and the darkest grey in its label's box
 * (label text is #1a1a1a; faded text is drawn at 20%, so nothing in its box is darker than ~200).
 * Decoded by an about:blank page of the same browser (no CSP there, and no PNG decoder needed
 * here); a WebGL canvas cannot be read back directly.
 */
export async function onScreen(
  p: Page,
  nodes: DrawnNode[],
): Promise<{ centre: [number, number, number]; darkestText: number }[]> {
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
          const [r, g, b] = ctx.getImageData(Math.round(n.page.x), Math.round(n.page.y), 1, 1).data;
          const x = Math.max(0, Math.floor(n.label.x1));
          const y = Math.max(0, Math.floor(n.label.y1));
          const w = Math.max(1, Math.min(img.width - x, Math.ceil(n.label.x2 - n.label.x1)));
          const h = Math.max(1, Math.min(img.height - y, Math.ceil(n.label.y2 - n.label.y1)));
          const d = ctx.getImageData(x, y, w, h).data;
          let darkestText = 255;
          for (let i = 0; i < d.length; i += 4) {
            const [pr, pg, pb] = [d[i]!, d[i + 1]!, d[i + 2]!];
            // Grey only: coloured edges crossing the box are not text.
            if (Math.max(pr, pg, pb) - Math.min(pr, pg, pb) < 24)
              darkestText = Math.min(darkestText, Math.max(pr, pg, pb));
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

export function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
