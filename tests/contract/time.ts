/**
 * The time rule for days (domain/valid-at.ts): `at` a calendar day uses exact dates where known and
 * whole years otherwise; a YYYY-MM start is the month's first day, a YYYY-MM end its last; `asOf`
 * and `at` are never given together. On a small graph seeded for these cases.
 */
import type { NormalizedGraph } from '../../domain/graph-data.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { expectAppError, ids, type StoreHarness } from './contract-support.js';
import { entity, link, source } from './graph-builders.js';

const S = ['source:time'];
const TIME_GRAPH: NormalizedGraph = {
  sources: [source('time', 'A')],
  entities: [
    entity('org:nato', 'ORGANIZATION', S, { since: 1949 }),
    entity('state:est', 'STATE', S),
    entity('state:lva', 'STATE', S),
    entity('state:fin', 'STATE', S),
    entity('framework:pfp', 'FRAMEWORK', S, { since: 1994 }),
    entity('activity:efp-estonia', 'ACTIVITY', S, { sinceDate: '2017-04-20' }, 'Forward presence battlegroup'),
  ],
  relationships: [
    // Estonia: a member from 29 March 2004, a partner until the day before.
    link('state:est', 'MEMBER_OF', 'org:nato', S, { sinceDate: '2004-03-29' }),
    link('state:est', 'PARTNER_IN', 'framework:pfp', S, { since: 1994, untilDate: '2004-03-28' }),
    // Latvia: known only to the year.
    link('state:lva', 'MEMBER_OF', 'org:nato', S, { since: 2004 }),
    // Finland: a partner from May 1994 to April 2023 (months only).
    link('state:fin', 'PARTNER_IN', 'framework:pfp', S, { sinceDate: '1994-05', untilDate: '2023-04' }),
    link('state:est', 'HOSTS', 'activity:efp-estonia', S, { sinceDate: '2017-04-20' }),
  ],
};

export function describeTime(harness: StoreHarness): void {
  describe('time: days and exact dates', () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await harness.fresh(TIME_GRAPH);
    });
    const edgesOf = async (id: string, at: string) => ids((await store.neighborhood({ id, at })).edges);

    it('is a member from the day of accession, not the day before', async () => {
      expect(await edgesOf('state:est', '2004-03-28')).toEqual(['state:est/PARTNER_IN/framework:pfp']);
      expect(await edgesOf('state:est', '2004-03-29')).toEqual(['state:est/MEMBER_OF/org:nato']);
      // A year holds what held on any of its days: in 2004 Estonia was both.
      expect(ids((await store.neighborhood({ id: 'state:est', asOf: 2004 })).edges)).toEqual([
        'state:est/MEMBER_OF/org:nato',
        'state:est/PARTNER_IN/framework:pfp',
      ]);
      expect(await store.paths({ from: 'state:est', to: 'org:nato', at: '2004-03-28' })).toEqual([]);
      const paths = await store.paths({ from: 'state:est', to: 'org:nato', at: '2004-03-29' });
      expect(paths.map((p) => ids(p.edges))).toEqual([['state:est/MEMBER_OF/org:nato']]);
    });

    it('holds a fact known only to its years on every day of them', async () => {
      expect(await edgesOf('state:lva', '2003-12-31')).toEqual([]);
      expect(await edgesOf('state:lva', '2004-01-01')).toEqual(['state:lva/MEMBER_OF/org:nato']);
      expect(await edgesOf('state:lva', '2004-12-31')).toEqual(['state:lva/MEMBER_OF/org:nato']);
    });

    it("starts a YYYY-MM date on the month's first day and ends it on its last", async () => {
      expect(await edgesOf('state:fin', '1994-04-30')).toEqual([]);
      expect(await edgesOf('state:fin', '1994-05-01')).toEqual(['state:fin/PARTNER_IN/framework:pfp']);
      expect(await edgesOf('state:fin', '2023-04-30')).toEqual(['state:fin/PARTNER_IN/framework:pfp']);
      expect(await edgesOf('state:fin', '2023-05-01')).toEqual([]);
    });

    it('applies exact dates to entities in search, entities, neighborhood and counts', async () => {
      const before = '2017-04-19';
      const on = '2017-04-20';
      expect(await store.search('forward', { at: before })).toEqual([]);
      expect(ids((await store.search('forward', { at: on })).map((h) => h.entity))).toEqual(['activity:efp-estonia']);
      expect((await store.entities({ kind: 'ACTIVITY', at: before })).totalCount).toBe(0);
      expect((await store.entities({ kind: 'ACTIVITY', at: on })).totalCount).toBe(1);
      expect(await store.neighborhood({ id: 'activity:efp-estonia', at: before })).toMatchObject({
        edges: [],
        total: 0,
      });
      expect(await store.neighborCounts('state:est', { at: on })).toEqual([
        { relationType: 'HOSTS', kind: 'ACTIVITY', count: 1 },
        { relationType: 'MEMBER_OF', kind: 'ORGANIZATION', count: 1 },
      ]);
      const members = async (at: string) =>
        (await store.stats({ at })).byRelationType.find((t) => t.relationType === 'MEMBER_OF')!.count;
      expect([await members('2004-03-28'), await members('2004-03-29')]).toEqual([1, 2]);
      expect(await store.stats({ at: '2003-12-31' })).toMatchObject({ entities: 5, relationships: 2 });
    });

    it('exports what held on a day, exact dates kept', async () => {
      const g = await store.exportGraph({ at: '2004-03-29' });
      expect(g.relationships.map((r) => r.id)).toEqual([
        'state:est/MEMBER_OF/org:nato',
        'state:fin/PARTNER_IN/framework:pfp',
        'state:lva/MEMBER_OF/org:nato',
      ]);
      expect(g.relationships[0]).toEqual({
        id: 'state:est/MEMBER_OF/org:nato',
        type: 'MEMBER_OF',
        from: 'state:est',
        to: 'org:nato',
        since: 2004,
        sinceDate: '2004-03-29',
        credibility: 2,
        sources: S,
      });
      expect(g.entities.map((e) => e.id)).not.toContain('activity:efp-estonia');
    });

    it('refuses asOf and at together, naming at', async () => {
      const both = { asOf: 2004, at: '2004-03-29' };
      await expectAppError(store.neighborhood({ id: 'state:est', ...both }), 'BAD_USER_INPUT', 'at');
      await expectAppError(store.paths({ from: 'state:est', to: 'org:nato', ...both }), 'BAD_USER_INPUT', 'at');
      await expectAppError(store.search('estonia', both), 'BAD_USER_INPUT', 'at');
      await expectAppError(store.entities(both), 'BAD_USER_INPUT', 'at');
      await expectAppError(store.neighborCounts('state:est', both), 'BAD_USER_INPUT', 'at');
      await expectAppError(store.stats(both), 'BAD_USER_INPUT', 'at');
      await expectAppError(store.exportGraph(both), 'BAD_USER_INPUT', 'at');
    });

    it('refuses an at that is not a calendar day, naming at', async () => {
      for (const at of ['2004-3-29', '2004-03', '2004', '2023-02-29', '2004-13-01', 'yesterday']) {
        await expectAppError(store.neighborhood({ id: 'state:est', at }), 'BAD_USER_INPUT', 'at');
      }
      await expectAppError(store.stats({ at: '2004-02-30' }), 'BAD_USER_INPUT', 'at');
      expect(await edgesOf('state:est', '2024-02-29')).toEqual([
        'state:est/HOSTS/activity:efp-estonia',
        'state:est/MEMBER_OF/org:nato',
      ]);
    });
  });
}
