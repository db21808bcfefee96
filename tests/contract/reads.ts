/**
 * Reads on tests/fixtures/baltic.json that are not graph walks: lookups, search, entity pages, and
 * the summaries (stats, exportGraph). Registered inside the contract's 'reads' block.
 */
import type { GraphStore } from '../../server/store/graph-store.js';
import { expectAppError, ids } from './contract-support.js';

export function describeLookups(current: () => GraphStore): void {
  let store: GraphStore;
  // `current` answers the store of the enclosing block, made in its beforeAll before this one runs.
  beforeAll(() => {
    store = current();
  });

  describe('entity, relationship and batched lookups', () => {
    it('returns an entity with its fields and version 1', async () => {
      expect(await store.entity('state:est')).toEqual({
        id: 'state:est',
        kind: 'STATE',
        name: 'Estonia',
        aliases: ['Eesti'],
        summary: null,
        since: null,
        until: null,
        sinceDate: null,
        untilDate: null,
        sources: ['source:nato-members'],
        version: 1,
      });
    });

    it('returns null for an unknown id', async () => {
      expect(await store.entity('state:zzz')).toBeNull();
      expect(await store.relationship('nope')).toBeNull();
    });

    it('returns a relationship with its years, role, credibility, grade and status', async () => {
      expect(await store.relationship('state:gbr/LEADS/activity:efp-estonia/2017')).toEqual({
        id: 'state:gbr/LEADS/activity:efp-estonia/2017',
        type: 'LEADS',
        from: 'state:gbr',
        to: 'activity:efp-estonia',
        since: 2017,
        until: null,
        sinceDate: null,
        untilDate: null,
        credibility: 2,
        sources: ['source:shape-efp'],
        role: 'framework nation',
        note: null,
        suspensions: [],
        alternatives: [],
        version: 1,
        reliability: 'B',
        status: 'ACTIVE',
      });
    });

    it('looks entities up in the order asked, leaving unknown ids out', async () => {
      expect(ids(await store.entitiesByIds(['state:fin', 'nope', 'state:est']))).toEqual(['state:fin', 'state:est']);
    });

    it('looks sources up, the AI-written overview without a URL and graded F', async () => {
      expect(await store.sourcesByIds(['source:overview', 'source:missing', 'source:shape-efp'])).toEqual([
        {
          id: 'source:overview',
          title: 'Seed overview (AI-written)',
          url: null,
          publisher: null,
          date: null,
          reliability: 'F',
        },
        {
          id: 'source:shape-efp',
          title: 'SHAPE: battlegroups present structure',
          url: 'https://shape.nato.int/efp/efp/present-structure',
          publisher: 'SHAPE',
          date: null,
          reliability: 'B',
        },
      ]);
    });
  });

  describe('search', () => {
    it('ranks an exact name first with score 1', async () => {
      const hits = await store.search('estonia');
      expect(hits[0]).toMatchObject({ entity: { id: 'state:est' }, score: 1 });
    });

    it('finds acronyms among aliases, ignoring case', async () => {
      expect((await store.search('PfP')).map((h) => [h.entity.id, h.score])).toEqual([['framework:pfp', 1]]);
      expect((await store.search('efp')).map((h) => [h.entity.id, h.score])).toEqual([['framework:efp', 1]]);
    });

    it('ignores diacritics in names and queries', async () => {
      expect((await store.search('turkiye'))[0]).toMatchObject({ entity: { id: 'state:tur' }, score: 1 });
      expect((await store.search('TÜRK'))[0]).toMatchObject({ entity: { id: 'state:tur' }, score: 0.8 });
    });

    it('orders exact, then prefix, then word matches, ties by name', async () => {
      const hits = await store.search('forward');
      expect(hits.map((h) => [h.entity.id, h.score])).toEqual([
        ['activity:efp-estonia', 0.8],
        ['activity:efp-latvia', 0.8],
        ['framework:efp', 0.6],
      ]);
      expect((await store.search('cyber')).map((h) => h.entity.id)).toEqual(['threat:cyber', 'institution:ccdcoe']);
    });

    it('filters by kind and by year, and honours first', async () => {
      expect(ids((await store.search('forward', { kinds: ['FRAMEWORK'] })).map((h) => h.entity))).toEqual([
        'framework:efp',
      ]);
      expect(await store.search('forward', { asOf: 2010 })).toEqual([]);
      expect(await store.search('forward', { first: 1 })).toHaveLength(1);
    });

    it('returns nothing for a blank query', async () => {
      expect(await store.search('  ')).toEqual([]);
      expect(await store.search('+-&&||!(){}[]^"~*?:\\/')).toEqual([]);
    });

    it('rejects a too long text and a too large page naming the argument', async () => {
      await expectAppError(store.search('x'.repeat(201)), 'BAD_USER_INPUT', 'text');
      await expectAppError(store.search('a', { first: 51 }), 'BAD_USER_INPUT', 'first');
    });
  });

  describe('entities', () => {
    it('orders by name then id and pages with cursors', async () => {
      const p1 = await store.entities({ kind: 'STATE', first: 4 });
      expect(p1.items.map((e) => e.name)).toEqual(['Canada', 'Estonia', 'Finland', 'Japan']);
      expect(p1).toMatchObject({ totalCount: 9, hasNextPage: true });
      const p2 = await store.entities({ kind: 'STATE', first: 4, after: p1.endCursor });
      expect(p2.items.map((e) => e.name)).toEqual(['Latvia', 'Sweden', 'Tunisia', 'Türkiye']);
      const p3 = await store.entities({ kind: 'STATE', first: 4, after: p2.endCursor });
      expect(p3.items.map((e) => e.name)).toEqual(['United Kingdom']);
      expect(p3).toMatchObject({ totalCount: 9, hasNextPage: false });
    });

    it('counts only entities valid in asOf', async () => {
      expect((await store.entities({ asOf: 2000 })).totalCount).toBe(17);
      expect((await store.entities()).totalCount).toBe(22);
    });

    it('returns an empty last page with a null cursor', async () => {
      const all = await store.entities({ kind: 'REGION' });
      const after = await store.entities({ kind: 'REGION', after: all.endCursor });
      expect(after).toEqual({ items: [], totalCount: 1, endCursor: null, hasNextPage: false });
    });

    it('rejects a cursor it did not make', async () => {
      await expectAppError(store.entities({ after: 'garbage' }), 'BAD_USER_INPUT', 'after');
      await expectAppError(store.entities({ first: 0 }), 'BAD_USER_INPUT', 'first');
    });
  });
}

export function describeSummaries(current: () => GraphStore): void {
  let store: GraphStore;
  // `current` answers the store of the enclosing block, made in its beforeAll before this one runs.
  beforeAll(() => {
    store = current();
  });

  describe('stats', () => {
    it('counts every kind and relation type, zeros included', async () => {
      const s = await store.stats();
      expect(s).toMatchObject({
        entities: 22,
        relationships: 33,
        activeRelationships: 33,
        suspendedRelationships: 0,
        sources: 4,
      });
      expect(s.byKind).toEqual([
        { kind: 'STATE', count: 9 },
        { kind: 'ORGANIZATION', count: 1 },
        { kind: 'FRAMEWORK', count: 4 },
        { kind: 'MECHANISM', count: 1 },
        { kind: 'ACTIVITY', count: 3 },
        { kind: 'INSTITUTION', count: 1 },
        { kind: 'THREAT', count: 2 },
        { kind: 'REGION', count: 1 },
        { kind: 'EVENT', count: 0 },
        { kind: 'DOCUMENT', count: 0 },
        { kind: 'COMMAND', count: 0 },
      ]);
      expect(Object.fromEntries(s.byRelationType.map((r) => [r.relationType, r.count]))).toEqual({
        MEMBER_OF: 7,
        PARTNER_IN: 4,
        INVITED_TO: 0,
        HOSTS: 3,
        LEADS: 3,
        CONTRIBUTES_TO: 3,
        PARTICIPATES_IN: 0,
        PART_OF: 6,
        USES: 1,
        ADDRESSES: 3,
        FOCUSES_ON: 1,
        LOCATED_IN: 2,
        SUCCEEDS: 0,
        ATTENDS: 0,
        DECIDED_AT: 0,
        PARTY_TO: 0,
        SPONSORS: 0,
        COMMANDS: 0,
        COOPERATES_WITH: 0,
      });
    });

    it('counts what is valid in a year (Finland a partner in 2010, a member in 2023)', async () => {
      expect(await store.stats({ asOf: 2010 })).toMatchObject({ entities: 19, relationships: 17 });
      const in2010 = await store.neighborhood({ id: 'state:fin', asOf: 2010 });
      expect(ids(in2010.edges)).toEqual(['state:fin/PARTNER_IN/framework:pfp/1994']);
      const in2023 = await store.neighborhood({ id: 'state:fin', asOf: 2023 });
      expect(ids(in2023.edges)).toEqual(['state:fin/MEMBER_OF/org:nato/2023']);
    });
  });

  describe('exportGraph', () => {
    it('exports an id set with the relationships among it and the sources it cites', async () => {
      expect(await store.exportGraph({ ids: ['state:est', 'org:nato', 'state:nope'] })).toEqual({
        sources: [
          {
            id: 'source:nato-members',
            title: 'NATO member countries',
            url: 'https://www.nato.int/cps/en/natohq/topics_52044.htm',
            publisher: 'NATO',
            reliability: 'A',
          },
        ],
        entities: [
          {
            id: 'org:nato',
            kind: 'ORGANIZATION',
            name: 'North Atlantic Treaty Organization',
            aliases: ['NATO', 'OTAN'],
            since: 1949,
            sources: ['source:nato-members'],
          },
          { id: 'state:est', kind: 'STATE', name: 'Estonia', aliases: ['Eesti'], sources: ['source:nato-members'] },
        ],
        relationships: [
          {
            id: 'state:est/MEMBER_OF/org:nato/2004',
            type: 'MEMBER_OF',
            from: 'state:est',
            to: 'org:nato',
            since: 2004,
            credibility: 2,
            sources: ['source:nato-members'],
          },
        ],
      });
    });

    it('exports what was valid in a year', async () => {
      const g = await store.exportGraph({ asOf: 2000 });
      expect(g.entities).toHaveLength(17);
      expect(g.relationships).toHaveLength(12);
    });
  });
}
