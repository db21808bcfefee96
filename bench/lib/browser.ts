import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import ts from 'typescript';
import type { RendererChoice, RendererName } from '../../client/src/network/renderer-choice.js';
import { ROOT } from '../../server/paths.js';

export const CHROMIUM = '/usr/bin/chromium';
/** The flags the browser tests use (tests/support/browser-harness.ts): a machine without a GPU. */
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
  renderer: RendererName;
  webglActive: boolean;
  /** Cytoscape saw a drag or a wheel turn during the run (its viewport options applied). */
  viewportMotionSeen: boolean;
  firstRenderMs: number;
  layoutMs: number;
  frame: { frames: number; mean: number | null; p95: number | null; max: number | null };
}

export interface BrowserReport {
  chromium: string;
  flags: string[];
  /** What the explorer's renderer-choice module picked in this browser. */
  choice: RendererChoice;
  /** Flags of the reference WebGL runs (SwiftShader forced when the base flags give no WebGL2). */
  referenceFlags: string[] | null;
  runs: BrowserRun[];
  error?: string;
}

/** The explorer's renderer choice, dependency-free TypeScript, transpiled for the page as an ES module. */
function rendererChoiceModule(): string {
  const source = readFileSync(join(ROOT, 'client/src/network/renderer-choice.ts'), 'utf8');
  return ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
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
 * during a pan and zoom by mouse. First with the renderer the explorer picks in this browser
 * (client/src/network/renderer-choice.ts), then the other one for reference.
 */
export async function browserBench(options: {
  sizes: number[];
  frames: number;
  maxMs: number;
  log: (s: string) => void;
}): Promise<BrowserReport> {
  const choiceModule = rendererChoiceModule();
  const server = createServer((req, res) => {
    if (req.url === '/renderer-choice.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return void res.end(choiceModule);
    }
    const file = FILES[req.url ?? ''];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[1] });
    res.end(readFileSync(join(ROOT, file[0])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const report: BrowserReport = {
    chromium: '',
    flags: BASE_FLAGS,
    choice: { renderer: 'canvas', glRenderer: null, software: false },
    referenceFlags: null,
    runs: [],
  };
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
    const choose = async (flags: string[]) => {
      const page = await open(flags);
      const choice = await page.evaluate(() =>
        (window as unknown as { explorerChoice(): RendererChoice }).explorerChoice(),
      );
      await close();
      return choice;
    };
    report.choice = await choose(BASE_FLAGS);
    const other: RendererName = report.choice.renderer === 'webgl' ? 'canvas' : 'webgl';
    // A WebGL reference needs a WebGL2 context: the base flags' if any, else SwiftShader forced.
    report.referenceFlags =
      other === 'canvas' || report.choice.glRenderer !== null
        ? BASE_FLAGS
        : (await choose([...BASE_FLAGS, ...SWIFTSHADER_FLAGS])).glRenderer !== null
          ? [...BASE_FLAGS, ...SWIFTSHADER_FLAGS]
          : null;
    for (const [renderer, flags] of [
      [report.choice.renderer, BASE_FLAGS],
      [other, report.referenceFlags],
    ] as const) {
      if (!flags) continue;
      for (const elements of options.sizes) {
        // A fresh browser per run, so one run's garbage and caches do not slow the next.
        const page = await open(flags);
        options.log(
          `  browser: ${renderer}${renderer === report.choice.renderer ? " (the explorer's)" : ''}, ${elements} elements…`,
        );
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
