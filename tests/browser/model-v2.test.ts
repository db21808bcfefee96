import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { TEST_HOOK_GLOBAL, type AtlasTestHook, type DrawnEdge } from '../../client/src/network/test-hook-api.js';
import { suspensionLabel } from '../../client/src/model/time.js';
import { drawnNodes, settle } from '../support/browser-canvas.js';
import { newPage, useAtlas } from '../support/browser-harness.js';
import { expectText } from '../support/browser-helpers.js';
import { waitFor } from '../support/wait-for.js';

/*
 * Model v2 in the explorer: suspended links drawn and said, grades beside facts, the disputed mark,
 * the evidence filter and the day picker driving the server. Expectations come from the server's
 * own answers (the data is being filled in parallel), not from hard-coded counts.
 */
const atlas = useAtlas();
let context: BrowserContext;
let page: Page;
/** The variables of every GraphQL request the page sent, by operation name. */
const sent: { operation: string; variables: Record<string, unknown> }[] = [];

interface Edge {
  id: string;
  type: string;
  status: string;
  grade: string;
  disputed: boolean;
  from: { id: string };
  to: { id: string };
  suspensions: { since: number | null; until: number | null; sinceDate: string | null; untilDate: string | null }[];
}

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${atlas.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const EDGE = 'id type status grade disputed from { id } to { id } suspensions { since until sinceDate untilDate }';

async function neighbourhood(id: string, args = ''): Promise<{ nodes: { id: string }[]; edges: Edge[] }> {
  const q = `query($id: ID!) { neighborhood(id: $id, limit: 2000${args}) { nodes { id } edges { ${EDGE} } } }`;
  return (await gql<{ neighborhood: { nodes: { id: string }[]; edges: Edge[] } }>(q, { id })).neighborhood;
}

async function drawnEdges(p: Page): Promise<DrawnEdge[]> {
  return p.evaluate((name) => (window as unknown as Record<string, AtlasTestHook>)[name]!.edges(), TEST_HOOK_GLOBAL);
}

const details = () => page.locator('#details');
const relationshipsShown = async () =>
  Number(/(\d+) relationships shown/.exec((await page.locator('#view-summary').textContent()) ?? '')?.[1] ?? -1);

beforeAll(async () => {
  ({ context, p: page } = await newPage(atlas));
  page.on('request', (r: Request) => {
    if (!r.url().endsWith('/graphql') || r.method() !== 'POST') return;
    const body = JSON.parse(r.postData() ?? '{}') as { query?: string; variables?: Record<string, unknown> };
    sent.push({ operation: /query (\w+)/.exec(body.query ?? '')?.[1] ?? '', variables: body.variables ?? {} });
  });
});
afterAll(async () => context?.close());

describe('Model v2 in the explorer', () => {
  it('draws a suspended link distinctly and says since when in details, with its grade', async () => {
    const { edges } = await neighbourhood('state:rus');
    const suspended = edges.find((e) => e.status === 'SUSPENDED' && e.suspensions.length > 0);
    expect(suspended).toBeDefined();
    const rel = suspended!;
    const open = rel.suspensions.find((s) => s.until === null && s.untilDate === null) ?? rel.suspensions[0]!;
    await page.goto(`${atlas.base}/?f=state:rus&x=state:rus;60&s=${encodeURIComponent(rel.id)}`);
    await expectText(details(), suspensionLabel(open));
    await expectText(details().locator('[data-testid="status"]'), 'Suspended');
    expect(await details().locator('[data-grade]').first().textContent()).toBe(rel.grade);
    await settle(page);
    const drawn = await drawnEdges(page);
    const bar = drawn.find((e) => e.id === rel.id);
    expect(bar).toMatchObject({ status: 'SUSPENDED', visible: true });
    expect(bar!.classes).toContain('suspended');
    expect(bar!.style.arrowColor).toBe('rgb(0,0,0)');
    const active = drawn.find((e) => e.status === 'ACTIVE');
    expect(active).toBeDefined();
    expect(active!.style.arrowColor).not.toBe('rgb(0,0,0)');
  });

  it('says the suspension and the grade in the list view too', async () => {
    await page.locator('#mode-toggle').click();
    const row = page.locator('table[aria-label="Relationships in view"] tr.suspended').first();
    await expectText(row, 'suspended since');
    expect(await row.locator('[data-grade]').textContent()).toMatch(/^[A-F][1-6]$/);
    await page.locator('#mode-toggle').click();
  });

  it('shows the legend with the new kinds, the grade line styles and the suspended mark', async () => {
    for (const label of ['Event', 'Document', 'Command', 'attends', 'decided at', 'cooperates with']) {
      await expectText(page.locator('#filters'), label);
    }
    await expectText(page.locator('#evidence-filter'), 'suspended (faint, black arrowhead)');
  });

  it('opens both claims of a disputed fact with their sources', async () => {
    const { edges } = await neighbourhood('state:kwt');
    const disputed = edges.find((e) => e.disputed);
    expect(disputed).toBeDefined();
    await page.goto(`${atlas.base}/?f=state:kwt&x=state:kwt;40&s=${encodeURIComponent(disputed!.id)}`);
    const mark = details().locator('[data-testid="disputed"]').first();
    await mark.locator('summary').click();
    await expectText(mark, 'Primary claim');
    await expectText(mark, 'Other claim');
    expect(await mark.locator('.sources li').count()).toBeGreaterThan(1);
  });

  it('sends the evidence filter to the server, which returns fewer links, and keeps it in the URL', async () => {
    const all = await neighbourhood('state:rus');
    let level: string | null = null;
    let fewer = 0;
    for (const r of ['A', 'B', 'C', 'D']) {
      const n = (await neighbourhood('state:rus', `, minReliability: ${r}`)).edges.length;
      if (n < all.edges.length) {
        level = r;
        fewer = n;
      }
      if (n < all.edges.length && n > 0) break;
    }
    expect(level).not.toBeNull();
    await page.goto(`${atlas.base}/?f=state:rus&x=state:rus;60`);
    await settle(page);
    const before = await relationshipsShown();
    sent.length = 0;
    await page.locator('#min-reliability').selectOption(level);
    await waitFor(
      () => sent.some((s) => s.operation === 'Neighborhood' && s.variables.minReliability === level),
      'a neighbourhood request with the reliability filter',
    );
    await settle(page);
    const after = await relationshipsShown();
    expect(after).toBeLessThan(before);
    expect(after).toBeLessThanOrEqual(fewer);
    expect(page.url()).toContain(`rel=${level}`);
    await page.locator('#max-credibility').selectOption('2');
    await waitFor(
      () => sent.some((s) => s.operation === 'Neighborhood' && s.variables.maxCredibility === 2),
      'a neighbourhood request with the credibility filter',
    );
    await page.locator('#include-suspended').uncheck();
    await waitFor(
      () => sent.some((s) => s.operation === 'Neighborhood' && s.variables.includeSuspended === false),
      'a neighbourhood request leaving suspended links out',
    );
    expect(page.url()).toContain('cred=2');
    expect(page.url()).toContain('susp=0');
  });

  it('sends `at` for a picked day: Estonia a member of NATO as the server says, on 28 and 29 March 2004', async () => {
    const memberOn = async (at: string) =>
      (await neighbourhood('org:nato', `, relationTypes: [MEMBER_OF], at: "${at}"`)).nodes.some(
        (n) => n.id === 'state:est',
      );
    // Estonia acceded on 29 March 2004: the data holds the exact day, and the server honours it.
    expect(await memberOn('2004-03-28')).toBe(false);
    expect(await memberOn('2004-03-29')).toBe(true);
    await page.goto(`${atlas.base}/?f=org:nato&x=org:nato;200;STATE;MEMBER_OF&s=org:nato`);
    await settle(page);
    const shown = async () => (await drawnNodes(page)).some((n) => n.id === 'state:est');
    for (const [day, expected] of [
      ['2004-03-28', false],
      ['2004-03-29', true],
    ] as const) {
      sent.length = 0;
      await page.locator('#day-picker').fill(day);
      await waitFor(
        () => sent.some((s) => s.operation === 'NeighborCounts' && s.variables.at === day && s.variables.asOf == null),
        `neighbour counts asked with at: ${day}`,
      );
      await settle(page);
      expect(await shown()).toBe(expected);
      expect(page.url()).toContain(`d=${day}`);
    }
    await expectText(page.locator('#view-summary'), 'as of 29 March 2004');
  });
});
