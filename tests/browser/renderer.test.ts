import { describe, expect, it } from '@jest/globals';
import { entitiesShown, newPage, useAtlas } from '../support/browser-harness.js';

const atlas = useAtlas();

describe("the explorer's renderer", () => {
  it('is canvas in headless Chromium without a GPU, where WebGL is SwiftShader or absent', async () => {
    const { context, p } = await newPage(atlas);
    try {
      await p.goto(`${atlas.base}/`);
      await entitiesShown(p);
      const seen = await p.evaluate(() => {
        // The browser's own answer, read here the way renderer-choice.ts reads it.
        const gl = document.createElement('canvas').getContext('webgl2');
        const info = gl?.getExtension('WEBGL_debug_renderer_info');
        return {
          chosen: document.getElementById('canvas')?.dataset.renderer,
          glRenderer: gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : null,
        };
      });
      // This machine's Chromium does give a WebGL2 context (SwiftShader): canvas is a detection, not a fallback.
      expect(seen.glRenderer).toMatch(/SwiftShader/i);
      expect(seen.chosen).toBe('canvas');
    } finally {
      await context.close();
    }
  });
});
