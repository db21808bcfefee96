/**
 * Graded evidence (domain/evidence.ts): a relationship's reliability is its best cited source's,
 * a path's weakest grade is its worst reliability and worst credibility, and the filters
 * minReliability / maxCredibility leave facts out of every read that returns relationships (a path
 * never goes through a fact left out). Entities are never filtered by evidence.
 */
import type { NormalizedGraph } from '../../domain/graph-data.js';
import type { GraphStore, Path } from '../../server/store/graph-store.js';
import { alice, expectAppError, ids, type StoreHarness } from './contract-support.js';
import { entity, link, source } from './graph-builders.js';

const NATO = ['source:nato'];
const EVIDENCE_GRAPH: NormalizedGraph = {
  sources: [source('nato', 'A', 'NATO'), source('press', 'C', 'Press'), source('overview', 'F', null)],
  entities: [
    entity('state:a', 'STATE', NATO),
    entity('state:b', 'STATE', NATO),
    entity('org:x', 'ORGANIZATION', NATO),
    entity('org:y', 'ORGANIZATION', NATO),
    entity('framework:p', 'FRAMEWORK', NATO),
    entity('framework:q', 'FRAMEWORK', NATO),
  ],
  relationships: [
    link('state:a', 'MEMBER_OF', 'org:x', NATO), // A2
    link('state:b', 'MEMBER_OF', 'org:x', ['source:press']), // C2
    link('state:a', 'MEMBER_OF', 'org:y', ['source:nato', 'source:press'], { credibility: 1 }), // A1
    link('state:b', 'MEMBER_OF', 'org:y', NATO, { credibility: 4 }), // A4
    link('state:a', 'PARTNER_IN', 'framework:p', ['source:overview', 'source:press'], { credibility: 3 }), // C3
    link('state:b', 'PARTNER_IN', 'framework:p', ['source:overview']), // F2
    // A longer route of A2 facts: a, x, q, b.
    link('framework:q', 'PART_OF', 'org:x', NATO),
    link('state:b', 'PARTNER_IN', 'framework:q', NATO),
  ],
};

const route = (p: Path) => [ids(p.nodes).join(' '), p.weakestGrade];

export function describeEvidence(harness: StoreHarness): void {
  describe('graded evidence', () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await harness.fresh(EVIDENCE_GRAPH);
    });

    it("grades a relationship by its best cited source's reliability", async () => {
      expect(await store.relationship('state:a/PARTNER_IN/framework:p')).toMatchObject({
        reliability: 'C',
        credibility: 3,
      });
      expect(await store.relationship('state:b/PARTNER_IN/framework:p')).toMatchObject({
        reliability: 'F',
        credibility: 2,
      });
      expect(await store.relationship('state:a/MEMBER_OF/org:y')).toMatchObject({ reliability: 'A', credibility: 1 });
      const hood = await store.neighborhood({ id: 'state:b' });
      expect(hood.edges.map((e) => [e.id, `${e.reliability}${e.credibility}`])).toEqual([
        ['framework:q/PART_OF/org:x', 'A2'],
        ['state:b/MEMBER_OF/org:x', 'C2'],
        ['state:b/MEMBER_OF/org:y', 'A4'],
        ['state:b/PARTNER_IN/framework:p', 'F2'],
        ['state:b/PARTNER_IN/framework:q', 'A2'],
      ]);
    });

    it('gives each path its weakest grade: worst reliability, worst credibility', async () => {
      expect((await store.paths({ from: 'state:a', to: 'state:b' })).map(route)).toEqual([
        ['state:a framework:p state:b', 'F3'],
        ['state:a org:x state:b', 'C2'],
        ['state:a org:y state:b', 'A4'],
      ]);
    });

    it('never walks a path through a fact the filter leaves out', async () => {
      expect((await store.paths({ from: 'state:a', to: 'state:b', minReliability: 'B' })).map(route)).toEqual([
        ['state:a org:y state:b', 'A4'],
      ]);
      expect((await store.paths({ from: 'state:a', to: 'state:b', maxCredibility: 2 })).map(route)).toEqual([
        ['state:a org:x state:b', 'C2'],
      ]);
      expect(
        (await store.paths({ from: 'state:a', to: 'state:b', minReliability: 'A', maxCredibility: 2 })).map(route),
      ).toEqual([['state:a org:x framework:q state:b', 'A2']]);
      expect(await store.paths({ from: 'state:a', to: 'state:b', minReliability: 'A', maxCredibility: 1 })).toEqual([]);
    });

    it('leaves filtered facts out of neighbourhoods and neighbour counts, never the entities met otherwise', async () => {
      const reliable = await store.neighborhood({ id: 'state:b', minReliability: 'B' });
      expect(ids(reliable.edges)).toEqual(['state:b/MEMBER_OF/org:y', 'state:b/PARTNER_IN/framework:q']);
      expect(ids(reliable.nodes)).toEqual(['state:b', 'framework:q', 'org:y']);
      const credible = await store.neighborhood({ id: 'state:b', maxCredibility: 2 });
      expect(ids(credible.edges)).toEqual([
        'framework:q/PART_OF/org:x',
        'state:b/MEMBER_OF/org:x',
        'state:b/PARTNER_IN/framework:p',
        'state:b/PARTNER_IN/framework:q',
      ]);
      const deep = await store.neighborhood({ id: 'state:b', depth: 2, minReliability: 'A', maxCredibility: 2 });
      expect(ids(deep.nodes)).toEqual(['state:b', 'framework:q', 'org:x']);
      expect(await store.neighborCounts('state:b', { minReliability: 'C', maxCredibility: 3 })).toEqual([
        { relationType: 'MEMBER_OF', kind: 'ORGANIZATION', count: 1 },
        { relationType: 'PARTNER_IN', kind: 'FRAMEWORK', count: 1 },
      ]);
    });

    it('leaves filtered facts out of stats and exports, but keeps every entity', async () => {
      expect(await store.stats()).toMatchObject({ entities: 6, relationships: 8, sources: 3 });
      expect(await store.stats({ minReliability: 'B' })).toMatchObject({
        entities: 6,
        relationships: 5,
        activeRelationships: 5,
      });
      expect(await store.stats({ maxCredibility: 1 })).toMatchObject({ entities: 6, relationships: 1 });
      const g = await store.exportGraph({ maxCredibility: 1 });
      expect(g.relationships.map((r) => r.id)).toEqual(['state:a/MEMBER_OF/org:y']);
      expect(g.entities).toHaveLength(6);
      expect(g.sources.map((s) => s.id)).toEqual(['source:nato', 'source:press']);
      expect((await store.exportGraph({ minReliability: 'E' })).relationships).toHaveLength(7);
    });

    it('refuses a grade out of the scales, naming the argument', async () => {
      await expectAppError(
        store.neighborhood({ id: 'state:a', minReliability: 'G' as never }),
        'BAD_USER_INPUT',
        'minReliability',
      );
      await expectAppError(
        store.paths({ from: 'state:a', to: 'state:b', maxCredibility: 7 as never }),
        'BAD_USER_INPUT',
        'maxCredibility',
      );
      await expectAppError(store.stats({ maxCredibility: 0 as never }), 'BAD_USER_INPUT', 'maxCredibility');
    });

    // Last in the block: it regrades a source.
    it("regrades every fact citing a source when an import changes the source's reliability", async () => {
      expect(await store.paths({ from: 'state:a', to: 'state:b', minReliability: 'B' })).toHaveLength(1);
      const press = {
        id: 'source:press',
        title: 'press',
        url: 'https://example.org/press',
        publisher: 'Press',
        reliability: 'B',
      };
      expect((await store.importGraph({ sources: [press] }, alice)).ok).toBe(true);
      expect(await store.relationship('state:a/PARTNER_IN/framework:p')).toMatchObject({ reliability: 'B' });
      expect((await store.paths({ from: 'state:a', to: 'state:b', minReliability: 'B' })).map(route)).toEqual([
        ['state:a org:x state:b', 'B2'],
        ['state:a org:y state:b', 'A4'],
      ]);
      expect(await store.stats({ minReliability: 'B' })).toMatchObject({ relationships: 7 });
    });
  });
}
