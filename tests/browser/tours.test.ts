import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../server/paths.js';
import { drawnNodes, onScreen, overlapping, rgbOf, settle } from '../support/browser-canvas.js';
import { entitiesShown, newPage, overviewPage, shot, useAtlas } from '../support/browser-harness.js';
import { efpTourStep2, expectText, latest, pick } from '../support/browser-helpers.js';
import { waitFor } from '../support/wait-for.js';

const atlas = useAtlas();

describe('the Tours menu', () => {
  it('closes when a tour is picked and moves focus to the tour card', async () => {
    const { context, p } = await overviewPage(atlas);
    const button = p.getByRole('button', { name: 'Tours ▾' });
    const menu = p.locator('#tours-menu');
    const afterPick = async () => ({
      hidden: await menu.isHidden(),
      expanded: await button.getAttribute('aria-expanded'),
      focusInCard: await p.evaluate(() => !!document.activeElement?.closest('#tour-card')),
    });
    const closedWithFocusInCard = { hidden: true, expanded: 'false', focusInCard: true };

    // By mouse.
    await button.click();
    await p.getByRole('menuitem', { name: 'Partnership for Peace' }).click();
    await p.locator('#tour-card').getByText('step 1 of 4').waitFor();
    expect(await afterPick()).toEqual(closedWithFocusInCard);

    // By keyboard: the menu opens on its first item; Enter picks it.
    await button.focus();
    await p.keyboard.press('Enter');
    await p.getByRole('menuitem', { name: 'Enhanced Forward Presence in the Baltic States' }).waitFor();
    await p.keyboard.press('Enter');
    await expectText(p.locator('#tour-title'), 'Enhanced Forward Presence in the Baltic States');
    expect(await afterPick()).toEqual(closedWithFocusInCard);
    await context.close();
  });

  it('keeps the keyboard on Next and Previous while walking a tour', async () => {
    const { context, p } = await overviewPage(atlas);
    const card = p.locator('#tour-card');
    const focused = () =>
      p.evaluate(() => (document.activeElement === document.body ? '<body>' : document.activeElement?.textContent));
    /** Presses `key` on the focused button; returns the button that has the keyboard on that step. */
    const press = async (key: string, step: number) => {
      await p.keyboard.press(key);
      await card.getByText(`step ${step} of 4`).waitFor();
      return focused();
    };

    // Opened by keyboard: the menu opens on its first item (the EFP tour), Enter picks it.
    await p.getByRole('button', { name: 'Tours ▾' }).focus();
    await p.keyboard.press('Enter');
    await p.getByRole('menuitem', { name: 'Enhanced Forward Presence in the Baltic States' }).waitFor();
    await p.keyboard.press('Enter');
    await card.getByText('step 1 of 4').waitFor();
    await card.getByRole('button', { name: 'Next →' }).focus();

    // Forward: Next keeps the keyboard until it is disabled on the last step, then Previous has it.
    expect(await press('Enter', 2)).toBe('Next →');
    expect(await press(' ', 3)).toBe('Next →');
    expect(await press('Enter', 4)).toBe('← Previous');
    // Back: Previous keeps it until the first step, then Next has it.
    expect(await press('Enter', 3)).toBe('← Previous');
    expect(await press(' ', 2)).toBe('← Previous');
    expect(await press('Enter', 1)).toBe('Next →');
    // Closing the tour from the card hands the keyboard back to the Tours button.
    await card.getByRole('button', { name: 'Close tour' }).focus();
    await p.keyboard.press('Enter');
    await card.waitFor({ state: 'hidden' });
    expect(await focused()).toBe('Tours ▾');
    await context.close();
  });
});

describe('the Paths panel during a tour', () => {
  it('shows the endpoints of a step that sets a path, and none after a step that clears it', async () => {
    const { context, p } = await newPage(atlas);
    // The shipped tours plus one whose first step sets a path and whose second clears it.
    const shipped = JSON.parse(readFileSync(join(DATA_DIR, 'tours.json'), 'utf8')) as { tours: unknown[] };
    const withPath = {
      id: 'test-path',
      title: 'Test: a path, then none',
      summary: 'Test only.',
      steps: [
        {
          title: 'Japan to Tunisia',
          text: '.',
          focus: 'state:jpn',
          expand: [],
          path: { from: 'state:jpn', to: 'state:tun' },
          sources: [],
        },
        { title: 'No path', text: '.', focus: 'state:tun', expand: [], path: null, sources: [] },
      ],
    };
    await p.route('**/tours.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ tours: [...shipped.tours, withPath] }) }),
    );
    await p.goto(`${atlas.base}/`);
    await entitiesShown(p);
    const from = p.getByTestId('path-from');
    const to = p.getByTestId('path-to');

    await p.getByRole('button', { name: 'Tours ▾' }).click();
    await p.getByRole('menuitem', { name: 'Test: a path, then none' }).click();
    await p
      .locator('.path-results')
      .getByText(/shortest paths? of/)
      .waitFor();
    await expectText(from, /^Japan$/);
    await expectText(to, /^Tunisia$/);

    await p.locator('#tour-card').getByRole('button', { name: 'Next →' }).click();
    await p.locator('#tour-card').getByText('step 2 of 2').waitFor();
    await expectText(from, /^none$/);
    await expectText(to, /^none$/);
    expect(await p.getByRole('button', { name: 'Find paths' }).isDisabled()).toBe(true);
    // Swap has nothing to swap in: it must not bring the old path back.
    await p.locator('#paths').getByRole('button', { name: 'Swap' }).click();
    await expectText(from, /^none$/);
    expect(p.url()).not.toContain('path=');

    // A path found by hand, then a shipped tour (no path): the panel empties too.
    await p.locator('#tour-card').getByRole('button', { name: 'Close tour' }).click();
    await pick(p, 'From… (e.g. Japan)', 'Japan', /^Japan/);
    await pick(p, 'To… (e.g. Tunisia)', 'Tunisia', /^Tunisia/);
    await p.getByRole('button', { name: 'Find paths' }).click();
    await p
      .locator('.path-results')
      .getByText(/shortest paths? of/)
      .waitFor();
    await p.getByRole('button', { name: 'Tours ▾' }).click();
    await p.getByRole('menuitem', { name: 'Partnership for Peace' }).click();
    await p.locator('#tour-card').getByText('step 1 of 4').waitFor();
    await expectText(from, /^none$/);
    await expectText(to, /^none$/);
    expect(await p.locator('.path-results').textContent()).toBe('');
    await context.close();
  });
});

describe('a tour step after a path', () => {
  it('draws every node of the step at full strength, even those first drawn faded', async () => {
    const { context, p } = await newPage(atlas);
    // The path is drawn first, so the battlegroup's neighbours are first drawn faded (off the path).
    let pathDrawn!: () => void;
    const neighboursMayAnswer = new Promise<void>((resolve) => (pathDrawn = resolve));
    await p.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('query Neighborhood')) await neighboursMayAnswer;
      await route.continue();
    });
    await p.goto(`${atlas.base}/?f=activity:efp-estonia&x=activity:efp-estonia;20&path=state:jpn,state:tun`);
    await p
      .locator('.path-results')
      .getByText(/shortest paths? of/)
      .waitFor();
    const pathIsDrawn = latest(async () => (await drawnNodes(p)).some((n) => n.classes.includes('path')), false);
    await waitFor(pathIsDrawn, 'the path is drawn');
    pathDrawn();
    await p.waitForFunction(() =>
      /^([2-9]\d|1\d) entities/.test(document.querySelector('#view-summary')?.textContent ?? ''),
    );
    await settle(p);
    expect((await drawnNodes(p)).filter((n) => n.classes.includes('faded')).length).toBeGreaterThan(5);

    await efpTourStep2(p);
    await settle(p);
    await shot(p, '12-tour-after-path');

    const nodes = await drawnNodes(p);
    expect(nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['framework:efp', 'activity:efp-estonia', 'region:baltic']),
    );
    expect(nodes.filter((n) => n.classes.includes('faded'))).toEqual([]);
    // Each node is drawn in its kind's colour and its label in dark text (faded: ~80% white).
    const seen = await onScreen(p, nodes);
    const pale = nodes
      .map((n, i) => ({ id: n.id, want: rgbOf(n.color), ...seen[i]! }))
      .filter(
        ({ want, centre, darkestText }) =>
          Math.max(...want.map((v, c) => Math.abs(v - centre[c]!))) > 40 || darkestText > 110,
      );
    expect(pale).toEqual([]);
    await context.close();
  });
});

describe('tour steps', () => {
  it('never draw two nodes on top of each other, walking every tour forward and back', async () => {
    const { context, p } = await overviewPage(atlas);
    const card = p.locator('#tour-card');
    const clashes: string[] = [];
    const check = async (label: string) => {
      await settle(p);
      const found = await overlapping(p);
      if (found.length > 0) {
        if (clashes.length === 0) await shot(p, '15-tour-overlap');
        clashes.push(`${label}: ${found.join(', ')}`);
      }
    };
    for (const title of [
      'Enhanced Forward Presence in the Baltic States',
      'Cooperative security in the Mediterranean and Middle East',
      'Partnership for Peace',
    ]) {
      await p.getByRole('button', { name: 'Tours ▾' }).click();
      await p.getByRole('menuitem', { name: title }).click();
      await expectText(card.locator('#tour-title'), title);
      const total = Number(/of (\d+)/.exec((await card.locator('.tour-kicker').textContent()) ?? '')?.[1]);
      for (let step = 1; step <= total; step++) {
        if (step > 1) await card.getByRole('button', { name: 'Next →' }).click();
        await card.getByText(`step ${step} of ${total}`).waitFor();
        await check(`${title} step ${step}`);
      }
      for (let step = total - 1; step >= 1; step--) {
        await card.getByRole('button', { name: '← Previous' }).click();
        await card.getByText(`step ${step} of ${total}`).waitFor();
        await check(`${title} back to step ${step}`);
      }
    }
    await shot(p, '16-tour-last-step');
    expect(clashes).toEqual([]);
    await context.close();
  });
});
