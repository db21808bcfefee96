import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from '../../server/paths.js';

export const CHROMIUM = '/usr/bin/chromium';
export const BASE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const SWIFTSHADER_FLAGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export interface BrowserRun {
  elements: number;
  nodes: number;
  edges: number;
  layout: string;
  webglRequested: boolean;
  webglActive: boolean;
  firstRenderMs: number;
  layoutMs: number;
  frame: { frames: number; mean: number | null; p95: number | null; max: number | null };
}

export interface BrowserReport {
  chromium: string;
  flags: string[];
  webgl: { tried: { flags: string[]; webgl2: boolean; renderer: string | null }[]; usedFlags: string[] | null };
  runs: BrowserRun[];
  error?: string;
}

const FILES: Record<string, [string, string]> = {
  '/': ['bench/browser/page.html', 'text/html'],
  '/vendor/cytoscape.min.js': ['node_modules/cytoscape/dist/cytoscape.min.js', 'text/javascript'],
  '/vendor/layout-base.js': ['node_modules/layout-base/layout-base.js', 'text/javascript'],
  '/vendor/cose-base.js': ['node_modules/cose-base/cose-base.js', 'text/javascript'],
  '/vendor/cytoscape-fcose.js': ['node_modules/cytoscape-fcose/cytoscape-fcose.js', 'text/javascript'],
};

/**
 * Renders 1k/5k/20k generated elements with Cytoscape in headless Chromium (playwright-core, the
 * system Chromium; never a downloaded browser): time to first render, layout time, and frame times
 * during a scripted pan and zoom, on the canvas renderer and, where a WebGL2 context exists, the
 * WebGL renderer.
 */
export async function browserBench(options: {
  sizes: number[];
  frames: number;
  maxMs: number;
  log: (s: string) => void;
}): Promise<BrowserReport> {
  const server = createServer((req, res) => {
    const file = FILES[req.url ?? ''];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[1] });
    res.end(readFileSync(join(ROOT, file[0])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const report: BrowserReport = { chromium: '', flags: BASE_FLAGS, webgl: { tried: [], usedFlags: null }, runs: [] };
  let browser: Browser | null = null;
  try {
    const open = async (flags: string[]) => {
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: flags });
      report.chromium = browser.version();
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      return page;
    };
    const close = async () => {
      if (browser) await browser.close();
      browser = null;
    };
    // Which flags give WebGL2 headless? First the plain flags, then SwiftShader.
    let webglFlags: string[] | null = null;
    for (const flags of [BASE_FLAGS, [...BASE_FLAGS, ...SWIFTSHADER_FLAGS]]) {
      const page = await open(flags);
      const renderer = await page.evaluate(() =>
        (window as unknown as { webgl2Available(): string | null }).webgl2Available(),
      );
      const ok = renderer !== null;
      report.webgl.tried.push({ flags: flags.filter((f) => !BASE_FLAGS.includes(f)), webgl2: ok, renderer });
      await close();
      if (ok) {
        webglFlags = flags;
        break;
      }
    }
    report.webgl.usedFlags = webglFlags;
    for (const [renderer, flags] of [
      ['canvas', BASE_FLAGS],
      ['webgl', webglFlags],
    ] as const) {
      if (!flags) continue;
      for (const elements of options.sizes) {
        // A fresh browser per run, so one run's garbage and caches do not slow the next.
        const page = await open(flags);
        options.log(`  browser: ${renderer}, ${elements} elements…`);
        const run = (await page.evaluate(
          (o) => (window as unknown as { runBench(o: unknown): Promise<unknown> }).runBench(o),
          { elements, webgl: renderer === 'webgl', frames: options.frames, maxMs: options.maxMs },
        )) as BrowserRun;
        report.runs.push(run);
        await close();
      }
    }
  } catch (e) {
    report.error = String(e);
  } finally {
    if (browser) await (browser as Browser).close().catch(() => undefined);
    server.close();
  }
  return report;
}
