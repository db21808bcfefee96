/**
 * The v2 model's write rules in both stores: the endpoint table of the new kinds and relation
 * types (domain/relation-rules.ts), the evidence rules and dates the validator enforces
 * (domain/graph-data.ts), and competing claims (alternatives) kept through writes, imports and exports.
 */
import type { NormalizedGraph } from '../../domain/graph-data.js';
import type { RelationshipInput } from '../../domain/model.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { alice, EMPTY, expectAppError, type StoreHarness } from './contract-support.js';
import { entity, source } from './graph-builders.js';

const NATO = ['source:nato'];
const RULES_GRAPH: NormalizedGraph = {
  sources: [
    source('nato', 'A', 'NATO'),
    source('nato-review', 'B', 'NATO'),
    source('press', 'C', 'Press'),
    source('stratcom-coe', 'B', 'NATO StratCom COE'),
    source('marcom', 'A', 'NATO Allied Maritime Command'),
    source('eod-coe', 'B', 'EOD COE'),
    source('kuna-copy', 'D', 'A news site (copy of KUNA)'),
    source('kuna', 'C', 'KUNA'),
  ],
  entities: [
    entity('state:est', 'STATE', NATO),
    entity('state:kwt', 'STATE', NATO),
    entity('org:nato', 'ORGANIZATION', NATO),
    entity('framework:ici', 'FRAMEWORK', NATO, { since: 2004 }),
    entity('event:summit-2010', 'EVENT', NATO, { sinceDate: '2010-11-19', untilDate: '2010-11-20' }),
    entity('document:sc-2010', 'DOCUMENT', NATO, { since: 2010 }),
    entity('document:sc-2022', 'DOCUMENT', NATO, { since: 2022 }),
    entity('mechanism:ipcp', 'MECHANISM', NATO),
    entity('command:shape', 'COMMAND', NATO),
    entity('command:jfc-brunssum', 'COMMAND', NATO),
  ],
  relationships: [],
};

const rel = (type: RelationshipInput['type'], from: string, to: string, extra: Partial<RelationshipInput> = {}) =>
  ({ type, from, to, credibility: 2, sources: NATO, ...extra }) as RelationshipInput;

export function describeModelRules(harness: StoreHarness): void {
  describe('model rules', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await harness.fresh(RULES_GRAPH);
    });

    it('links the new kinds as the endpoint table allows, and refuses the reverse naming type', async () => {
      for (const ok of [
        rel('ATTENDS', 'state:est', 'event:summit-2010'),
        rel('ATTENDS', 'org:nato', 'event:summit-2010', { role: 'host' }),
        rel('HOSTS', 'state:est', 'event:summit-2010'),
        rel('DECIDED_AT', 'document:sc-2010', 'event:summit-2010'),
        rel('PARTY_TO', 'state:est', 'document:sc-2010'),
        rel('SUCCEEDS', 'document:sc-2022', 'document:sc-2010'),
        rel('PART_OF', 'command:jfc-brunssum', 'command:shape'),
        rel('PART_OF', 'command:shape', 'org:nato'),
      ]) {
        expect(await store.upsertRelationship(ok, alice)).toMatchObject({ type: ok.type, from: ok.from, version: 1 });
      }
      for (const refused of [
        rel('ATTENDS', 'event:summit-2010', 'state:est'),
        rel('SUCCEEDS', 'document:sc-2022', 'mechanism:ipcp'),
        rel('PART_OF', 'org:nato', 'command:shape'),
        rel('DECIDED_AT', 'state:est', 'event:summit-2010'),
      ]) {
        await expectAppError(store.upsertRelationship(refused, alice), 'BAD_USER_INPUT', 'input.type');
      }
      expect(await store.neighborCounts('event:summit-2010')).toEqual([
        { relationType: 'ATTENDS', kind: 'ORGANIZATION', count: 1 },
        { relationType: 'ATTENDS', kind: 'STATE', count: 1 },
        { relationType: 'DECIDED_AT', kind: 'DOCUMENT', count: 1 },
        { relationType: 'HOSTS', kind: 'STATE', count: 1 },
      ]);
    });

    it('confirms a fact (credibility 1) only on sources from two publishers, naming credibility', async () => {
      const confirmed = rel('MEMBER_OF', 'state:est', 'org:nato', { credibility: 1 });
      await expectAppError(store.upsertRelationship(confirmed, alice), 'BAD_USER_INPUT', 'input.credibility');
      await expectAppError(
        store.upsertRelationship({ ...confirmed, sources: ['source:nato', 'source:nato-review'] }, alice),
        'BAD_USER_INPUT',
        'input.credibility',
      );
      const saved = await store.upsertRelationship({ ...confirmed, sources: ['source:nato', 'source:press'] }, alice);
      expect(saved).toMatchObject({ credibility: 1, reliability: 'A' });
      const report = await store.importGraph({ relationships: [{ ...confirmed, since: 2004 }] }, alice);
      expect(report.problems.map((p) => p.field)).toEqual(['credibility']);
    });

    it('counts NATO bodies as one publisher (NATO) and a copy as its original’s when confirming a fact', async () => {
      const confirmed = rel('MEMBER_OF', 'state:est', 'org:nato', { credibility: 1 });
      for (const sameFamily of [
        ['source:nato', 'source:stratcom-coe'],
        ['source:marcom', 'source:eod-coe'],
        ['source:kuna', 'source:kuna-copy'],
      ]) {
        await expectAppError(
          store.upsertRelationship({ ...confirmed, sources: sameFamily }, alice),
          'BAD_USER_INPUT',
          'input.credibility',
        );
      }
      const saved = await store.upsertRelationship(
        { ...confirmed, sources: ['source:stratcom-coe', 'source:kuna-copy'] },
        alice,
      );
      expect(saved).toMatchObject({ credibility: 1, reliability: 'B' });
    });

    it('refuses a suspension without a start, naming suspensions.N.since', async () => {
      await expectAppError(
        store.upsertRelationship(
          rel('PARTNER_IN', 'state:kwt', 'framework:ici', { since: 2005, suspensions: [{ sources: NATO }] }),
          alice,
        ),
        'BAD_USER_INPUT',
        'input.suspensions.0.since',
      );
      const report = await store.importGraph(
        {
          relationships: [
            {
              ...rel('PARTNER_IN', 'state:kwt', 'framework:ici', { since: 2005 }),
              suspensions: [{ until: 2006, note: 'no start', sources: NATO }],
            },
          ],
        },
        alice,
      );
      expect(report.problems.map((p) => p.field)).toEqual(['suspensions.0.since']);
    });

    it('refuses a suspension starting before its relationship starts or after it ends', async () => {
      const partner = (p: Partial<RelationshipInput>, suspension: Partial<RelationshipInput>) =>
        rel('PARTNER_IN', 'state:kwt', 'framework:ici', { ...p, suspensions: [{ ...suspension, sources: NATO }] });
      for (const [p, suspension, field] of [
        [{ since: 2005 }, { since: 2004 }, 'since'],
        [{ sinceDate: '2005-03' }, { sinceDate: '2005-02-28' }, 'sinceDate'],
        [{ since: 2005, until: 2010 }, { since: 2011 }, 'since'],
        [{ since: 2005, untilDate: '2010-06-30' }, { sinceDate: '2010-07' }, 'sinceDate'],
      ] as const) {
        await expectAppError(
          store.upsertRelationship(partner(p, suspension), alice),
          'BAD_USER_INPUT',
          `input.suspensions.0.${field}`,
        );
      }
      // A year alone may be any day of it: a suspension of 2005 fits a relationship from March 2005.
      for (const [p, suspension] of [
        [{ sinceDate: '2005-03' }, { since: 2005 }],
        [{ since: 2005, untilDate: '2010-06-30' }, { sinceDate: '2010-06-30' }],
      ] as const) {
        expect(await store.upsertRelationship(partner(p, suspension), alice)).toMatchObject({ type: 'PARTNER_IN' });
      }
    });

    it('refuses a source with a URL and no publisher, and one without a URL not graded F', async () => {
      const report = await store.importGraph(
        {
          sources: [
            { id: 'source:blog', title: 'A blog', url: 'https://example.org/blog', reliability: 'D' },
            { id: 'source:rumour', title: 'Heard somewhere', reliability: 'E' },
            { id: 'source:ai', title: 'AI overview', reliability: 'F' },
          ],
        },
        alice,
      );
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => [p.entry.split(' ')[0], p.field])).toEqual([
        ['sources[0]', 'publisher'],
        ['sources[1]', 'url'],
      ]);
      expect(await store.sourcesByIds(['source:blog', 'source:rumour', 'source:ai'])).toEqual([]);
      const noGrade = await store.importGraph(
        { sources: [{ id: 'source:x', title: 'X', url: 'https://x.org/' }] },
        alice,
      );
      expect(noGrade.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['reliability']));
    });

    it('refuses a date outside the year beside it, naming the field', async () => {
      await expectAppError(
        store.upsertRelationship(
          rel('MEMBER_OF', 'state:est', 'org:nato', { since: 2004, sinceDate: '2005-03-29' }),
          alice,
        ),
        'BAD_USER_INPUT',
        'input.sinceDate',
      );
      await expectAppError(
        store.upsertEntity(
          { id: 'state:fin', kind: 'STATE', name: 'Finland', sources: NATO, until: 2022, untilDate: '2023-04-04' },
          alice,
        ),
        'BAD_USER_INPUT',
        'input.untilDate',
      );
      const dated = await store.upsertRelationship(
        rel('MEMBER_OF', 'state:est', 'org:nato', { sinceDate: '2004-03-29' }),
        alice,
      );
      expect(dated).toMatchObject({ id: 'state:est/MEMBER_OF/org:nato/2004', since: 2004, sinceDate: '2004-03-29' });
    });

    it('keeps competing claims (alternatives) through a write, an export and an import', async () => {
      const kuwait = rel('PARTNER_IN', 'state:kwt', 'framework:ici', {
        sinceDate: '2004-12',
        credibility: 2,
        alternatives: [{ since: 2005, note: 'joined in 2005 by another account', sources: ['source:press'] }],
      });
      const saved = await store.upsertRelationship(kuwait, alice);
      expect(saved).toMatchObject({
        id: 'state:kwt/PARTNER_IN/framework:ici/2004',
        alternatives: [
          {
            since: 2005,
            until: null,
            sinceDate: null,
            untilDate: null,
            note: 'joined in 2005 by another account',
            sources: ['source:press'],
          },
        ],
        suspensions: [],
        status: 'ACTIVE',
      });
      expect(await store.relationship(saved.id)).toEqual(saved);
      const exported = await store.exportGraph();
      expect(exported.relationships).toEqual([
        {
          id: 'state:kwt/PARTNER_IN/framework:ici/2004',
          type: 'PARTNER_IN',
          from: 'state:kwt',
          to: 'framework:ici',
          since: 2004,
          sinceDate: '2004-12',
          credibility: 2,
          sources: NATO,
          alternatives: [{ since: 2005, note: 'joined in 2005 by another account', sources: ['source:press'] }],
        },
      ]);
      const partial = await store.exportGraph({ ids: ['state:kwt', 'framework:ici'] });
      expect(partial.sources.map((s) => s.id)).toEqual(['source:nato', 'source:press']);
      const copy = await harness.fresh(EMPTY);
      expect((await copy.importGraph(exported, alice)).ok).toBe(true);
      expect(await copy.exportGraph()).toEqual(exported);
      expect(await copy.relationship(saved.id)).toEqual(saved);
    });

    it('refuses an alternative citing an unknown source, naming the field', async () => {
      await expectAppError(
        store.upsertRelationship(
          rel('PARTNER_IN', 'state:kwt', 'framework:ici', {
            alternatives: [{ since: 2005, sources: ['source:nope'] }],
          }),
          alice,
        ),
        'BAD_USER_INPUT',
        'input.alternatives.0.sources.0',
      );
    });

    it('refuses an alternative better graded than the primary value, which must be the best-graded source’s', async () => {
      await expectAppError(
        store.upsertRelationship(
          rel('PARTNER_IN', 'state:kwt', 'framework:ici', {
            sources: ['source:press'],
            alternatives: [{ since: 2005, sources: NATO }],
          }),
          alice,
        ),
        'BAD_USER_INPUT',
        'input.alternatives.0.sources',
      );
    });
  });
}
