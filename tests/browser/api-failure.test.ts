import { describe, expect, it } from '@jest/globals';
import { entitiesShown, newPage, shot, useAtlas } from '../support/browser-harness.js';

const atlas = useAtlas();

describe('when the API fails', () => {
  it('shows a readable message with Retry, and Retry recovers', async () => {
    const { context, p } = await newPage(atlas);
    let fail = true;
    await p.route('**/graphql', (route) =>
      fail ? route.fulfill({ status: 503, contentType: 'text/plain', body: 'down' }) : route.continue(),
    );
    await p.goto(`${atlas.base}/`);
    const banner = p.locator('#problem');
    await banner
      .getByText(/unavailable|cannot be reached|server/i)
      .first()
      .waitFor();
    expect(await banner.getAttribute('role')).toBe('alert');
    await shot(p, '11-api-failure');
    fail = false;
    await banner.getByRole('button', { name: 'Retry' }).click();
    await entitiesShown(p);
    expect(await banner.isHidden()).toBe(true);
    await context.close();
  });
});
