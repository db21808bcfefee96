import { rendererFor } from '../../../client/src/network/renderer-choice.js';

describe("the explorer's renderer choice", () => {
  it('uses canvas where WebGL is a software rasteriser', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
    ]) {
      expect(rendererFor(name)).toEqual({ renderer: 'canvas', glRenderer: name, software: true });
    }
  });

  it('uses WebGL on a real GPU and canvas without WebGL2', () => {
    const gpu = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)';
    expect(rendererFor(gpu)).toEqual({ renderer: 'webgl', glRenderer: gpu, software: false });
    expect(rendererFor('Apple M2')).toMatchObject({ renderer: 'webgl' });
    expect(rendererFor(null)).toEqual({ renderer: 'canvas', glRenderer: null, software: false });
  });
});
