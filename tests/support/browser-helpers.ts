import { expect } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';

/** Picks the first suggestion of a search box after typing `text`. */
export async function pick(p: Page, placeholder: string, text: string, option: string | RegExp): Promise<void> {
  const input = p.getByPlaceholder(placeholder);
  await input.fill(text);
  await p.getByRole('option', { name: option }).first().waitFor();
  await input.press('Enter');
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check` holds (playwright-core has no expect; jest's does not wait). */
export async function until(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check()) return;
    await pause(100);
  }
  throw new Error(`timed out after ${timeout} ms waiting until ${what}`);
}

/** Waits until the locator's text matches; fails with the last text seen. */
export async function expectText(locator: Locator, pattern: string | RegExp, timeout = 10_000): Promise<void> {
  const matches = (t: string) => (typeof pattern === 'string' ? t.includes(pattern) : pattern.test(t));
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.allTextContents()).join(' ');
    if (matches(text)) return;
    await pause(100);
  }
  expect(text).toMatch(
    pattern instanceof RegExp ? pattern : new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
}

/** Opens the EFP tour from the Tours menu and goes to its step 2 (Estonia); returns the card. */
export async function efpTourStep2(p: Page): Promise<Locator> {
  await p.getByRole('button', { name: 'Tours ▾' }).click();
  await p.getByRole('menuitem', { name: 'Enhanced Forward Presence in the Baltic States' }).click();
  const card = p.locator('#tour-card');
  await card.getByText('step 1 of 4').waitFor();
  await card.getByRole('button', { name: 'Next →' }).click();
  await card.getByText('Estonia: a battlegroup led by the United Kingdom').waitFor();
  return card;
}
