import { expect } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { waitFor } from './wait-for.js';

/** Picks the first suggestion of a search box after typing `text`. */
export async function pick(p: Page, placeholder: string, text: string, option: string | RegExp): Promise<void> {
  const input = p.getByPlaceholder(placeholder);
  await input.fill(text);
  await p.getByRole('option', { name: option }).first().waitFor();
  await input.press('Enter');
}

/**
 * Reads an asynchronous probe (the page, a locator) for waitFor's synchronous condition: each call
 * returns the latest answer and asks again once that answer is in. A failed probe fails the wait.
 */
export function latest<T>(probe: () => Promise<T>, initial: T): () => T {
  let value = initial;
  let failure: Error | undefined;
  let asking = false;
  return () => {
    if (failure !== undefined) throw failure;
    if (!asking) {
      asking = true;
      probe().then(
        (v) => {
          value = v;
          asking = false;
        },
        (e: unknown) => {
          failure = e instanceof Error ? e : new Error(`probe failed: ${String(e)}`);
        },
      );
    }
    return value;
  };
}

/** Waits until the locator's text matches; fails with the last text seen. */
export async function expectText(locator: Locator, pattern: string | RegExp, timeout = 10_000): Promise<void> {
  const matches = (t: string) => (typeof pattern === 'string' ? t.includes(pattern) : pattern.test(t));
  const text = latest(async () => (await locator.allTextContents()).join(' '), '');
  try {
    await waitFor(() => matches(text()), `text matching ${String(pattern)}`, timeout);
  } catch {
    expect(text()).toMatch(
      pattern instanceof RegExp ? pattern : new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
  }
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
