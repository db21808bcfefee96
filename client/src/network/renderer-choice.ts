/**
 * Which Cytoscape renderer the explorer uses. WebGL draws big graphs faster than canvas on a real
 * GPU, but where the only WebGL is a software rasteriser (Chromium's SwiftShader on a machine
 * without a GPU or with `--disable-gpu`, Mesa's llvmpipe or softpipe, Windows' WARP) it is many
 * times slower than canvas (about 20× for 5,000 elements in the benchmark). The unmasked renderer
 * string (WEBGL_debug_renderer_info) names it. Dependency-free: the benchmark's page loads this
 * file too, so it measures the choice the explorer makes.
 */

export type RendererName = 'webgl' | 'canvas';

export interface RendererChoice {
  renderer: RendererName;
  /** The WebGL2 renderer's name (unmasked where the browser allows), or null without a WebGL2 context. */
  glRenderer: string | null;
  /** The name is a software rasteriser's. */
  software: boolean;
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

/** The choice for a WebGL2 renderer's name (null: no WebGL2 context). */
export function rendererFor(glRenderer: string | null): RendererChoice {
  const software = glRenderer !== null && SOFTWARE_RENDERERS.test(glRenderer);
  return { renderer: glRenderer !== null && !software ? 'webgl' : 'canvas', glRenderer, software };
}

/** The WebGL2 renderer's name in this browser, or null; the probing context is released at once. */
export function webgl2RendererName(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

export function chooseRenderer(): RendererChoice {
  return rendererFor(webgl2RendererName());
}
