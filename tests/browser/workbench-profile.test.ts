import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { settle } from '../support/browser-canvas.js';
import { newPage, shot, useAtlas } from '../support/browser-harness.js';
import { expectText, pick } from '../support/browser-helpers.js';
import { waitFor } from '../support/wait-for.js';

/*
 * Two entities side by side: Qatar and the United Arab Emirates are both partners in the Istanbul
 * Cooperation Initiative, so the ICI is shared (under partner in), with both partnerships as bars
 * on one time axis.
 */
const atlas = useAtlas();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, p: page } = await newPage(atlas));
});
afterAll(async () => context?.close());

describe('Compare two entities', () => {
  it('opens from the keyboard (v on a selected entity) and shows the ICI as shared by Qatar and the UAE', async () => {
    await page.goto(`${atlas.base}/?f=state:qat&x=state:qat;20&s=state:qat`);
    await settle(page);
    await page.locator('#canvas').focus();
    await page.keyboard.press('v');
    const profile = page.locator('#profile-view');
    await expectText(profile.locator('[data-testid="profile-a"]'), 'Qatar');
    // The keyboard lands in the second picker.
    await page.waitForFunction(() => document.activeElement?.getAttribute('placeholder')?.startsWith('Compare with'));
    await pick(page, 'Compare with… (e.g. UAE)', 'United Arab', /United Arab Emirates/);
    await waitFor(() => page.url().includes('cmp=state:qat,state:are'), 'the pair in the URL');
    const shared = profile.locator('[data-testid="profile-shared"]');
    const ici = shared.locator('tr', { hasText: 'Istanbul Cooperation Initiative' });
    await expectText(ici, 'partner in');
    // Both sides' partnerships, each with its grade and a source link, and both bars on the shared axis.
    expect(await ici.locator('td.side-a .badge.grade').count()).toBeGreaterThan(0);
    expect(await ici.locator('td.side-b .badge.grade').count()).toBeGreaterThan(0);
    expect(await ici.locator('td.side-a .cites a').first().getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await ici.locator('svg.aligned-bars .fact-bar').count()).toBeGreaterThanOrEqual(2);
    await expectText(profile, 'Only United Arab Emirates');
    await shot(page, 'workbench-03-profile-qatar-uae');
  });

  it('comes back from a shared link, and closes back to the canvas', async () => {
    const other = await context.newPage();
    await other.goto(page.url());
    await expectText(other.locator('#profile-view [data-testid="profile-shared"]'), 'Istanbul Cooperation Initiative');
    await other.locator('#profile-close').click();
    await waitFor(() => !other.url().includes('cmp='), 'the pair gone from the URL');
    expect(await other.locator('#profile-view').isHidden()).toBe(true);
    await other.close();
  });
});
