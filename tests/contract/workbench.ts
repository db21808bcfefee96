/**
 * The analyst's reads (issue 13): `changes` in a window of years or days, `compare` of two entities,
 * and `paths` mode SIMPLE with excludeIds and relationTypes, on WORKBENCH_GRAPH (a small NATO around
 * 2014–2024: enlargements, battlegroups, Russia's suspended partnership, the Gulf states in the ICI).
 */
import type { NormalizedGraph } from '../../domain/graph-data.js';
import type { Kind, RelationType } from '../../domain/model.js';
import type { ChangeReport, Comparison, GraphStore } from '../../server/store/graph-store.js';
import { LIMITS } from '../../domain/limits.js';
import { expectAppError, ids, type StoreHarness } from './contract-support.js';
import { claim, entity, link, source, type LinkOptions } from './graph-builders.js';

const S = ['source:nato'];
const PRESS = ['source:press'];
const node = (id: string, kind: Kind, p: Parameters<typeof entity>[3] = {}) => entity(id, kind, S, p);
const fact = (from: string, type: RelationType, to: string, o: LinkOptions = {}) => link(from, type, to, S, o);
const MADRID = { sinceDate: '2022-06-29', untilDate: '2022-06-30' };

export const WORKBENCH_GRAPH: NormalizedGraph = {
  sources: [source('nato', 'A'), source('press', 'C', 'Press')],
  entities: [
    node('org:nato', 'ORGANIZATION', { since: 1949 }),
    node('framework:pfp', 'FRAMEWORK', { since: 1994 }),
    node('framework:ici', 'FRAMEWORK', { sinceDate: '2004-06-28' }),
    node('framework:pag', 'FRAMEWORK', { since: 2014 }),
    node('activity:isaf', 'ACTIVITY', { since: 2001, untilDate: '2014-12-31' }),
    node('activity:efp-est', 'ACTIVITY', { sinceDate: '2017-04' }),
    node('activity:efp-svk', 'ACTIVITY', { sinceDate: '2022-03' }),
    node('region:gulf', 'REGION'),
    node('event:madrid-2022', 'EVENT', MADRID),
    ...['est', 'mne', 'mkd', 'fin', 'swe', 'rus', 'geo', 'qat', 'are', 'kwt', 'jpn'].map((s) =>
      node(`state:${s}`, 'STATE'),
    ),
  ],
  relationships: [
    fact('state:est', 'MEMBER_OF', 'org:nato', { sinceDate: '2004-03-29' }),
    fact('state:mne', 'MEMBER_OF', 'org:nato', { sinceDate: '2017-06-05' }),
    fact('state:mkd', 'MEMBER_OF', 'org:nato', { sinceDate: '2020-03-27' }),
    fact('state:fin', 'MEMBER_OF', 'org:nato', { sinceDate: '2023-04-04' }),
    fact('state:swe', 'MEMBER_OF', 'org:nato', { sinceDate: '2024-03-07' }),
    fact('state:fin', 'PARTNER_IN', 'framework:pfp', { since: 1994, untilDate: '2023-04-03' }),
    fact('state:rus', 'PARTNER_IN', 'framework:pfp', {
      since: 1994,
      suspensions: [claim(PRESS, { sinceDate: '2014-04-01' }, 'practical cooperation suspended')],
    }),
    fact('state:geo', 'PARTNER_IN', 'framework:pfp', {
      since: 1994,
      suspensions: [claim(S, { sinceDate: '2008-08-19', untilDate: '2009-12' })],
    }),
    fact('framework:pfp', 'PART_OF', 'org:nato', { since: 1994 }),
    fact('framework:ici', 'PART_OF', 'org:nato', { sinceDate: '2004-06-28' }),
    fact('framework:pag', 'PART_OF', 'org:nato', { since: 2014 }),
    fact('activity:isaf', 'PART_OF', 'org:nato', { since: 2003, untilDate: '2014-12-31' }),
    fact('activity:efp-est', 'PART_OF', 'org:nato', { sinceDate: '2017-04' }),
    // Graded C3: the evidence filters leave it out.
    link('activity:efp-svk', 'PART_OF', 'org:nato', PRESS, { sinceDate: '2022-03', credibility: 3 }),
    fact('state:est', 'HOSTS', 'activity:efp-est', { sinceDate: '2017-04' }),
    fact('state:kwt', 'PARTNER_IN', 'framework:ici', { sinceDate: '2004-12-12' }),
    fact('state:qat', 'PARTNER_IN', 'framework:ici', { sinceDate: '2005-02-16' }),
    fact('state:are', 'PARTNER_IN', 'framework:ici', { sinceDate: '2007-09-25' }),
    fact('state:qat', 'LOCATED_IN', 'region:gulf'),
    fact('state:are', 'LOCATED_IN', 'region:gulf'),
    fact('state:are', 'CONTRIBUTES_TO', 'activity:isaf', { since: 2003, until: 2014 }),
    fact('state:jpn', 'PARTNER_IN', 'framework:pag', { since: 2014 }),
    fact('state:jpn', 'ATTENDS', 'event:madrid-2022', MADRID),
    fact('state:fin', 'ATTENDS', 'event:madrid-2022', MADRID),
    // Graded A3: ranks after an A2 path of the same length.
    fact('state:swe', 'ATTENDS', 'event:madrid-2022', { ...MADRID, credibility: 3 }),
  ],
};

/** A change as [change, relationship or entity id, year, exact date]. */
const rows = (report: ChangeReport) => ({
  relationships: report.relationships.map((c) => [c.change, c.relationship.id, c.year, c.date]),
  entities: report.entities.map((c) => [c.change, c.entity.id, c.year, c.date]),
});

/** Neighbour lists as `TYPE neighbour`. */
const groups = (c: Comparison) => ({
  shared: c.shared.map((g) => `${g.relationType} ${g.neighbor.id}`),
  onlyA: c.onlyA.map((g) => `${g.relationType} ${g.neighbor.id}`),
  onlyB: c.onlyB.map((g) => `${g.relationType} ${g.neighbor.id}`),
});

/** A graph with more simple paths than LIMITS.simplePathsBudget: a complete bipartite core between two states. */
function denseGraph(size: number): NormalizedGraph {
  const activities = Array.from({ length: size }, (_, i) => `activity:${String(i).padStart(2, '0')}`);
  const frameworks = Array.from({ length: size }, (_, i) => `framework:${String(i).padStart(2, '0')}`);
  return {
    sources: [source('nato', 'A')],
    entities: [
      node('state:a', 'STATE'),
      node('state:b', 'STATE'),
      ...activities.map((id) => node(id, 'ACTIVITY')),
      ...frameworks.map((id) => node(id, 'FRAMEWORK')),
    ],
    relationships: [
      ...activities.map((id) => fact('state:a', 'PARTICIPATES_IN', id)),
      ...frameworks.map((id) => fact('state:b', 'PARTNER_IN', id)),
      ...activities.flatMap((a) => frameworks.map((f) => fact(a, 'PART_OF', f))),
    ],
  };
}

export function describeWorkbench(harness: StoreHarness): void {
  describe('changes, compare and simple paths', () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await harness.fresh(WORKBENCH_GRAPH);
    });

    it('changes 2014 → 2024 around NATO: memberships and battlegroups begin, ISAF and a partnership end', async () => {
      const report = await store.changes({ from: 2014, to: 2024, focus: 'org:nato' });
      expect(rows(report)).toEqual({
        relationships: [
          ['BEGAN', 'framework:pag/PART_OF/org:nato', 2014, null],
          ['ENDED', 'activity:isaf/PART_OF/org:nato', 2014, '2014-12-31'],
          ['BEGAN', 'activity:efp-est/PART_OF/org:nato', 2017, '2017-04'],
          ['BEGAN', 'state:est/HOSTS/activity:efp-est', 2017, '2017-04'],
          ['BEGAN', 'state:mne/MEMBER_OF/org:nato', 2017, '2017-06-05'],
          ['BEGAN', 'state:mkd/MEMBER_OF/org:nato', 2020, '2020-03-27'],
          ['BEGAN', 'activity:efp-svk/PART_OF/org:nato', 2022, '2022-03'],
          ['ENDED', 'state:fin/PARTNER_IN/framework:pfp', 2023, '2023-04-03'],
          ['BEGAN', 'state:fin/MEMBER_OF/org:nato', 2023, '2023-04-04'],
          ['BEGAN', 'state:swe/MEMBER_OF/org:nato', 2024, '2024-03-07'],
        ],
        entities: [
          ['BEGAN', 'framework:pag', 2014, null],
          ['ENDED', 'activity:isaf', 2014, '2014-12-31'],
          ['BEGAN', 'activity:efp-est', 2017, '2017-04'],
          ['BEGAN', 'activity:efp-svk', 2022, '2022-03'],
        ],
      });
      expect(report).toMatchObject({
        fromDay: '2014-01-01',
        toDay: '2024-12-31',
        byRelationType: [
          { relationType: 'MEMBER_OF', began: 4, ended: 0, suspended: 0, resumed: 0 },
          { relationType: 'PARTNER_IN', began: 0, ended: 1, suspended: 0, resumed: 0 },
          { relationType: 'HOSTS', began: 1, ended: 0, suspended: 0, resumed: 0 },
          { relationType: 'PART_OF', began: 3, ended: 1, suspended: 0, resumed: 0 },
        ],
        byKind: [
          { kind: 'FRAMEWORK', began: 1, ended: 0 },
          { kind: 'ACTIVITY', began: 2, ended: 1 },
        ],
        total: 14,
        truncated: false,
      });
      const finland = report.relationships.find((c) => c.relationship.id === 'state:fin/MEMBER_OF/org:nato')!;
      expect(finland.relationship).toMatchObject({ sources: S, credibility: 2, reliability: 'A', status: 'ACTIVE' });
    });

    it("changes two hops from NATO: Russia's partnership is suspended, with the suspension's sources", async () => {
      const report = await store.changes({ from: 2014, to: 2024, focus: 'org:nato', depth: 2 });
      const suspended = report.relationships.filter((c) => c.change === 'SUSPENDED');
      expect(suspended.map((c) => [c.relationship.id, c.relationship.status])).toEqual([
        ['state:rus/PARTNER_IN/framework:pfp', 'SUSPENDED'],
      ]);
      expect(suspended.map(({ relationship: _r, ...change }) => change)).toEqual([
        {
          change: 'SUSPENDED',
          year: 2014,
          date: '2014-04-01',
          suspension: {
            since: 2014,
            until: null,
            sinceDate: '2014-04-01',
            untilDate: null,
            note: 'practical cooperation suspended',
            sources: PRESS,
          },
        },
      ]);
      expect(ids(report.relationships.map((c) => c.relationship))).toEqual(
        expect.arrayContaining([
          'state:jpn/PARTNER_IN/framework:pag',
          'state:are/CONTRIBUTES_TO/activity:isaf',
          'state:fin/ATTENDS/event:madrid-2022',
        ]),
      );
      // Depth 1's 14, Russia's suspension, Japan's PAG, the UAE's ISAF contribution, three delegations
      // at Madrid (each beginning and ending) and the summit itself.
      expect(report.total).toBe(14 + 1 + 1 + 1 + 6 + 2);
    });

    it('changes in the whole graph, by years or by days (both ends included), with suspensions resumed', async () => {
      expect(rows(await store.changes({ from: 2004, to: 2004 }))).toEqual({
        relationships: [
          ['BEGAN', 'state:est/MEMBER_OF/org:nato', 2004, '2004-03-29'],
          ['BEGAN', 'framework:ici/PART_OF/org:nato', 2004, '2004-06-28'],
          ['BEGAN', 'state:kwt/PARTNER_IN/framework:ici', 2004, '2004-12-12'],
        ],
        entities: [['BEGAN', 'framework:ici', 2004, '2004-06-28']],
      });
      expect(rows(await store.changes({ fromDate: '2023-04-04', toDate: '2024-03-07' })).relationships).toEqual([
        ['BEGAN', 'state:fin/MEMBER_OF/org:nato', 2023, '2023-04-04'],
        ['BEGAN', 'state:swe/MEMBER_OF/org:nato', 2024, '2024-03-07'],
      ]);
      const georgia = await store.changes({ from: 2008, to: 2009 });
      expect(rows(georgia).relationships).toEqual([
        ['SUSPENDED', 'state:geo/PARTNER_IN/framework:pfp', 2008, '2008-08-19'],
        ['RESUMED', 'state:geo/PARTNER_IN/framework:pfp', 2009, '2009-12'],
      ]);
      expect(georgia.byRelationType).toEqual([
        { relationType: 'PARTNER_IN', began: 0, ended: 0, suspended: 1, resumed: 1 },
      ]);
      expect(await store.changes({ from: 1900, to: 1901 })).toEqual({
        fromDay: '1900-01-01',
        toDay: '1901-12-31',
        relationships: [],
        entities: [],
        byRelationType: [],
        byKind: [],
        total: 0,
        truncated: false,
      });
    });

    it('changes follow kinds, relationTypes and the evidence filters, and cut each list at limit', async () => {
      const around = { from: 2014, to: 2024, focus: 'org:nato' };
      const members = await store.changes({ ...around, relationTypes: ['MEMBER_OF'] });
      expect(members.relationships.map((c) => c.relationship.from)).toEqual([
        'state:mne',
        'state:mkd',
        'state:fin',
        'state:swe',
      ]);
      // The focus is never filtered by kind; the activities are left out, and their relationships with them.
      const states = await store.changes({ ...around, kinds: ['STATE'] });
      expect(states.entities).toEqual([]);
      expect(states.relationships.map((c) => c.relationship.type)).toEqual(Array(4).fill('MEMBER_OF'));
      const graded = ids(
        (await store.changes({ ...around, maxCredibility: 2 })).relationships.map((c) => c.relationship),
      );
      expect(graded).not.toContain('activity:efp-svk/PART_OF/org:nato');
      const reliable = await store.changes({ ...around, minReliability: 'B' });
      expect(reliable.relationships).toHaveLength(9);
      const cut = await store.changes({ ...around, limit: 2 });
      expect(cut).toMatchObject({ total: 14, truncated: true });
      expect(cut.relationships).toHaveLength(2);
      expect(cut.entities).toHaveLength(2);
      expect(cut.byRelationType).toEqual((await store.changes(around)).byRelationType);
      const counted = await store.changes({ ...around, limit: 0 });
      expect(counted).toMatchObject({ relationships: [], entities: [], total: 14, truncated: true });
    });

    it('changes refuse a missing, reversed or mixed window and bad arguments, naming them', async () => {
      await expectAppError(store.changes({}), 'BAD_USER_INPUT', 'from');
      await expectAppError(store.changes({ from: 2014 }), 'BAD_USER_INPUT', 'to');
      await expectAppError(store.changes({ toDate: '2020-01-01' }), 'BAD_USER_INPUT', 'fromDate');
      await expectAppError(store.changes({ from: 2024, to: 2014 }), 'BAD_USER_INPUT', 'to');
      await expectAppError(store.changes({ from: 2014, toDate: '2020-01-01' }), 'BAD_USER_INPUT', 'fromDate');
      await expectAppError(store.changes({ fromDate: '2020-01-01', toDate: '2020-02-30' }), 'BAD_USER_INPUT', 'toDate');
      await expectAppError(store.changes({ fromDate: '2020-01-02', toDate: '2020-01-01' }), 'BAD_USER_INPUT', 'toDate');
      await expectAppError(store.changes({ from: 1800, to: 2000 }), 'BAD_USER_INPUT', 'from');
      await expectAppError(store.changes({ from: 2014, to: 2024, depth: 2 }), 'BAD_USER_INPUT', 'depth');
      await expectAppError(
        store.changes({ from: 2014, to: 2024, focus: 'org:nato', depth: 4 }),
        'BAD_USER_INPUT',
        'depth',
      );
      await expectAppError(store.changes({ from: 2014, to: 2024, limit: 2001 }), 'BAD_USER_INPUT', 'limit');
      await expectAppError(store.changes({ from: 2014, to: 2024, focus: 'org:zzz' }), 'NOT_FOUND', 'focus');
    });

    it('compare: two Gulf states share the ICI and the Gulf; only the UAE contributed to ISAF', async () => {
      const c = await store.compare({ a: 'state:qat', b: 'state:are' });
      expect(groups(c)).toEqual({
        shared: ['LOCATED_IN region:gulf', 'PARTNER_IN framework:ici'],
        onlyA: [],
        onlyB: ['CONTRIBUTES_TO activity:isaf'],
      });
      expect(ids([c.a, c.b])).toEqual(['state:qat', 'state:are']);
      expect(c.between).toEqual([]);
      const ici = c.shared[1]!;
      expect(ids(ici.a)).toEqual(['state:qat/PARTNER_IN/framework:ici']);
      expect(ids(ici.b)).toEqual(['state:are/PARTNER_IN/framework:ici']);
      expect(ici.b[0]).toMatchObject({ sinceDate: '2007-09-25', sources: S, reliability: 'A', credibility: 2 });
      expect(c.byRelationType).toEqual([
        { relationType: 'CONTRIBUTES_TO', shared: 0, onlyA: 0, onlyB: 1, between: 0 },
        { relationType: 'LOCATED_IN', shared: 1, onlyA: 0, onlyB: 0, between: 0 },
        { relationType: 'PARTNER_IN', shared: 1, onlyA: 0, onlyB: 0, between: 0 },
      ]);
      expect(c.truncated).toBe(false);
    });

    it('compare at a time, by kinds and types, with the relationships between the two', async () => {
      expect(groups(await store.compare({ a: 'state:qat', b: 'state:are', asOf: 2006 }))).toEqual({
        shared: ['LOCATED_IN region:gulf'],
        onlyA: ['PARTNER_IN framework:ici'],
        onlyB: ['CONTRIBUTES_TO activity:isaf'],
      });
      expect(groups(await store.compare({ a: 'state:qat', b: 'state:are', kinds: ['FRAMEWORK'] }))).toEqual({
        shared: ['PARTNER_IN framework:ici'],
        onlyA: [],
        onlyB: [],
      });
      // Estonia hosts the battlegroup NATO counts as its own: one neighbour, two relation types.
      const est = await store.compare({
        a: 'state:est',
        b: 'org:nato',
        relationTypes: ['MEMBER_OF', 'HOSTS', 'PART_OF'],
      });
      expect(ids(est.between)).toEqual(['state:est/MEMBER_OF/org:nato']);
      expect(groups(est)).toEqual({
        shared: [],
        onlyA: ['HOSTS activity:efp-est'],
        onlyB: [
          'MEMBER_OF state:fin',
          'MEMBER_OF state:mkd',
          'MEMBER_OF state:mne',
          'MEMBER_OF state:swe',
          'PART_OF activity:efp-est',
          'PART_OF activity:efp-svk',
          'PART_OF activity:isaf',
          'PART_OF framework:ici',
          'PART_OF framework:pag',
          'PART_OF framework:pfp',
        ],
      });
      const cut = await store.compare({ a: 'state:est', b: 'org:nato', limit: 2, maxCredibility: 2 });
      expect(groups(cut).onlyB).toEqual(['MEMBER_OF state:fin', 'MEMBER_OF state:mkd']);
      expect(cut.truncated).toBe(true);
      expect(cut.byRelationType.find((r) => r.relationType === 'PART_OF')).toEqual({
        relationType: 'PART_OF',
        shared: 0,
        onlyA: 0,
        onlyB: 5,
        between: 0,
      });
      const suspendedLeftOut = await store.compare({ a: 'state:rus', b: 'state:geo', includeSuspended: false });
      expect(groups(suspendedLeftOut)).toEqual({ shared: [], onlyA: [], onlyB: ['PARTNER_IN framework:pfp'] });
    });

    it('compare refuses unknown or equal entities and bad arguments, naming them', async () => {
      await expectAppError(store.compare({ a: 'state:zzz', b: 'state:are' }), 'NOT_FOUND', 'a');
      await expectAppError(store.compare({ a: 'state:qat', b: 'state:zzz' }), 'NOT_FOUND', 'b');
      await expectAppError(store.compare({ a: 'state:qat', b: 'state:qat' }), 'BAD_USER_INPUT', 'b');
      await expectAppError(store.compare({ a: 'state:qat', b: 'state:are', limit: 1001 }), 'BAD_USER_INPUT', 'limit');
      await expectAppError(
        store.compare({ a: 'state:qat', b: 'state:are', asOf: 2006, at: '2006-01-01' }),
        'BAD_USER_INPUT',
        'at',
      );
    });

    it('simple paths are ranked by length, then weakest grade, then node ids', async () => {
      const paths = await store.paths({ from: 'state:fin', to: 'state:swe', mode: 'SIMPLE', maxLength: 3, limit: 20 });
      expect(paths.map((p) => [p.length, p.weakestGrade, ...ids(p.nodes)])).toEqual([
        [2, 'A2', 'state:fin', 'org:nato', 'state:swe'],
        [2, 'A3', 'state:fin', 'event:madrid-2022', 'state:swe'],
        [3, 'A2', 'state:fin', 'framework:pfp', 'org:nato', 'state:swe'],
      ]);
      // The shortest mode orders the same two by node ids.
      const shortest = await store.paths({ from: 'state:fin', to: 'state:swe', limit: 20 });
      expect(shortest.map((p) => p.nodes[1]!.id)).toEqual(['event:madrid-2022', 'org:nato']);
      const japan = await store.paths({ from: 'state:jpn', to: 'org:nato', mode: 'SIMPLE', maxLength: 3, limit: 20 });
      expect(japan.map((p) => ids(p.nodes))).toEqual([
        ['state:jpn', 'framework:pag', 'org:nato'],
        ['state:jpn', 'event:madrid-2022', 'state:fin', 'org:nato'],
        ['state:jpn', 'event:madrid-2022', 'state:swe', 'org:nato'],
      ]);
    });

    it('both modes leave out excludeIds and follow relationTypes; the ends are never excluded', async () => {
      const viaMadrid = await store.paths({ from: 'state:fin', to: 'state:swe', excludeIds: ['org:nato'] });
      expect(viaMadrid.map((p) => p.nodes[1]!.id)).toEqual(['event:madrid-2022']);
      const members = await store.paths({
        from: 'state:jpn',
        to: 'org:nato',
        mode: 'SIMPLE',
        maxLength: 4,
        relationTypes: ['ATTENDS', 'MEMBER_OF'],
        limit: 20,
      });
      expect(members.map((p) => ids(p.nodes))).toEqual([
        ['state:jpn', 'event:madrid-2022', 'state:fin', 'org:nato'],
        ['state:jpn', 'event:madrid-2022', 'state:swe', 'org:nato'],
      ]);
      const noPag = await store.paths({ from: 'state:jpn', to: 'org:nato', relationTypes: ['ATTENDS', 'MEMBER_OF'] });
      expect(noPag.map((p) => p.length)).toEqual([3, 3]);
      await expectAppError(
        store.paths({ from: 'state:jpn', to: 'org:nato', excludeIds: ['org:nato'] }),
        'BAD_USER_INPUT',
        'excludeIds',
      );
      const tooMany = Array.from({ length: LIMITS.excludeIds.max + 1 }, (_, i) => `state:x${i}`);
      await expectAppError(
        store.paths({ from: 'state:jpn', to: 'org:nato', excludeIds: tooMany }),
        'BAD_USER_INPUT',
        'excludeIds',
      );
    });

    it('simple paths follow the time and the kinds, never run through an entity twice, and cut at limit', async () => {
      // In 2013 neither the PAG nor Madrid exists: no path within three hops.
      expect(
        await store.paths({ from: 'state:jpn', to: 'org:nato', mode: 'SIMPLE', maxLength: 3, asOf: 2013 }),
      ).toEqual([]);
      const viaFrameworks = await store.paths({
        from: 'state:jpn',
        to: 'org:nato',
        mode: 'SIMPLE',
        maxLength: 3,
        kinds: ['FRAMEWORK'],
      });
      expect(viaFrameworks.map((p) => ids(p.nodes))).toEqual([['state:jpn', 'framework:pag', 'org:nato']]);
      const long = await store.paths({ from: 'state:fin', to: 'state:geo', mode: 'SIMPLE', maxLength: 6, limit: 20 });
      for (const p of long) expect(new Set(ids(p.nodes)).size).toBe(p.nodes.length);
      expect(long.map((p) => p.length)).toEqual([...long.map((p) => p.length)].sort((x, y) => x - y));
      expect(long[0]!.nodes.map((n) => n.id)).toEqual(['state:fin', 'framework:pfp', 'state:geo']);
      const first = await store.paths({ from: 'state:fin', to: 'state:geo', mode: 'SIMPLE', maxLength: 6, limit: 2 });
      expect(first).toEqual(long.slice(0, 2));
    });
  });

  describe('simple paths on a dense graph', () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await harness.fresh(denseGraph(40));
    });

    it('refuses to rank more partial paths than its budget, naming maxLength; the shortest mode answers', async () => {
      const three = await store.paths({ from: 'state:a', to: 'state:b', mode: 'SIMPLE', maxLength: 3, limit: 2 });
      expect(three.map((p) => ids(p.nodes))).toEqual([
        ['state:a', 'activity:00', 'framework:00', 'state:b'],
        ['state:a', 'activity:00', 'framework:01', 'state:b'],
      ]);
      await expectAppError(
        store.paths({ from: 'state:a', to: 'state:b', mode: 'SIMPLE', maxLength: 5 }),
        'BAD_USER_INPUT',
        'maxLength',
      );
      expect(await store.paths({ from: 'state:a', to: 'state:b', maxLength: 5, limit: 1 })).toHaveLength(1);
    });
  });
}
