import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { settle } from '../support/browser-canvas.js';
import { newPage, shot, useAtlas } from '../support/browser-harness.js';
import { expectText, pick } from '../support/browser-helpers.js';
import { waitFor } from '../support/wait-for.js';

/*
 * Paths under the analyst's control: every simple path from Japan to Tunisia with NATO left out
 * (picked in the panel), each explained in a sentence that copies with its citations.
 */
const atlas = useAtlas();
let context: BrowserContext;
let page: Page;
const NATO = 'North Atlantic Treaty Organization';

beforeAll(async () => {
  ({ context, p: page } = await newPage(atlas));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: atlas.base });
});
afterAll(async () => context?.close());

describe('Paths under control', () => {
  it('finds simple paths from Japan to Tunisia that avoid NATO, set by mouse and kept in the URL', async () => {
    await page.goto(`${atlas.base}/`);
    await settle(page);
    const panel = page.locator('#paths');
    await pick(page, 'From… (e.g. Japan)', 'Japan', /^Japan/);
    await pick(page, 'To… (e.g. Tunisia)', 'Tunisia', /^Tunisia/);
    await panel.locator('#path-mode').selectOption('SIMPLE');
    await panel.locator('#path-max-length').fill('4');
    await panel.locator('#path-max-length').press('Tab');
    await pick(page, 'Leave out… (e.g. NATO)', 'NATO', new RegExp(NATO));
    await expectText(panel.locator('.chips'), NATO);
    await panel.getByRole('button', { name: 'Find paths' }).click();
    await waitFor(
      () => page.url().includes('px=org:nato') && page.url().includes('pm=simple'),
      'the options in the URL',
    );
    await expectText(panel.locator('.path-results'), 'simple path');
    const heads = await panel.locator('.path-results section.path h3').allTextContents();
    expect(heads.length).toBeGreaterThan(0);
    for (const head of heads) {
      expect(head).toMatch(/^Path \d+: Japan → .* → Tunisia$/);
      expect(head).not.toContain(NATO);
    }
    await shot(page, 'workbench-06-paths-without-nato');
  });

  it('explains the first path in a sentence with dates and grades, and copies it with its citations', async () => {
    const explain = page.locator('#paths [data-testid="explanation"]').first();
    const sentence = (await explain.locator('.explain-sentence').textContent()) ?? '';
    expect(sentence).toMatch(/^Japan (has|was|attended|took) .*\([A-F][1-6]\)/);
    await explain.getByTestId('copy-explanation').click();
    await expectText(explain.getByTestId('copy-explanation'), 'Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(
      copied.startsWith(
        sentence
          .replace(/\[(\d+)\]/g, ' [$1]')
          .replace(/ {2}/g, ' ')
          .slice(0, 20),
      ),
    ).toBe(true);
    expect(copied).toMatch(/\n\nSources:\n\[1\] .+/);
    expect(copied).toMatch(/<https?:\/\//);
  });
});
