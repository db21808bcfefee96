/**
 * The analyst's reads over GraphQL (issue 13), on the contract's WORKBENCH_GRAPH: `changes` with its
 * dates, grades and sources, `compare` of two Gulf states, `paths` mode SIMPLE with excludeIds, the
 * errors naming their argument, and the store calls each answer takes.
 */
import type { Express } from 'express';
import type { StoreHarness } from '../contract/graph-store.contract.js';
import { WORKBENCH_GRAPH } from '../contract/workbench.js';
import { appFor, countingStore, expectError, gql } from './api-support.js';

const CHANGES = `query($from: Int, $to: Int, $fromDate: String, $toDate: String, $focus: ID, $depth: Int, $limit: Int) {
  changes(from: $from, to: $to, fromDate: $fromDate, toDate: $toDate, focus: $focus, depth: $depth, limit: $limit) {
    fromDay toDay total truncated
    relationships { change year date
      relationship { id type status sinceDate grade from { id name } to { id } sources { id title url } }
      suspension { sinceDate note sources { id publisher } } }
    entities { change year date entity { id kind sources { id } } }
    byRelationType { relationType began ended suspended resumed }
    byKind { kind began ended } } }`;
interface Changes {
  changes: {
    fromDay: string;
    toDay: string;
    total: number;
    truncated: boolean;
    relationships: {
      change: string;
      year: number;
      date: string | null;
      relationship: { id: string; type: string; status: string; grade: string; from: { id: string } };
      suspension: { sinceDate: string; note: string; sources: { id: string; publisher: string }[] } | null;
    }[];
    entities: { change: string; entity: { id: string } }[];
    byRelationType: { relationType: string; began: number }[];
    byKind: { kind: string }[];
  };
}

const COMPARE = `query($a: ID!, $b: ID!, $asOf: Int) { compare(a: $a, b: $b, asOf: $asOf) {
  a { id name } b { id name } truncated
  between { id }
  shared { relationType neighbor { id name } a { id sinceDate grade sources { id } } b { id sinceDate grade } }
  onlyA { relationType neighbor { id } a { id } b { id } }
  onlyB { relationType neighbor { id } a { id } b { id from { id } to { id } } }
  byRelationType { relationType shared onlyA onlyB between } } }`;
interface Neighbour {
  relationType: string;
  neighbor: { id: string };
  a: { id: string }[];
  b: { id: string }[];
}
interface Compare {
  compare: { shared: Neighbour[]; onlyA: Neighbour[]; onlyB: Neighbour[] };
}

const PATHS = `query($from: ID!, $to: ID!, $mode: PathMode, $exclude: [ID!], $types: [RelationType!], $maxLength: Int) {
  paths(from: $from, to: $to, mode: $mode, excludeIds: $exclude, relationTypes: $types, maxLength: $maxLength, limit: 20) {
    length weakestGrade nodes { id } edges { id grade sources { id } } } }`;
interface Paths {
  paths: { length: number; weakestGrade: string; nodes: { id: string }[] }[];
}

export function describeWorkbenchApi(harness: StoreHarness): void {
  describe('the analyst’s reads: changes, compare, simple paths', () => {
    let app: Express;
    beforeAll(async () => {
      app = appFor(await harness.fresh(WORKBENCH_GRAPH));
    });

    it("changes 2014 → 2024 around NATO: Finland's membership begins, named with its source; Russia's partnership is suspended", async () => {
      const r = await gql<Changes>(app, CHANGES, { from: 2014, to: 2024, focus: 'org:nato', depth: 2 });
      expect(r.errors).toBeUndefined();
      const changes = r.data!.changes;
      expect(changes).toMatchObject({ fromDay: '2014-01-01', toDay: '2024-12-31', total: 25, truncated: false });
      const finland = changes.relationships.find((c) => c.relationship.id === 'state:fin/MEMBER_OF/org:nato');
      expect(finland).toEqual({
        change: 'BEGAN',
        year: 2023,
        date: '2023-04-04',
        relationship: {
          id: 'state:fin/MEMBER_OF/org:nato',
          type: 'MEMBER_OF',
          status: 'ACTIVE',
          sinceDate: '2023-04-04',
          grade: 'A2',
          from: { id: 'state:fin', name: 'state:fin' },
          to: { id: 'org:nato' },
          sources: [{ id: 'source:nato', title: 'nato', url: 'https://example.org/nato' }],
        },
        suspension: null,
      });
      const russia = changes.relationships.find((c) => c.change === 'SUSPENDED');
      expect(russia).toMatchObject({
        relationship: { id: 'state:rus/PARTNER_IN/framework:pfp', status: 'SUSPENDED', grade: 'A2' },
        suspension: {
          sinceDate: '2014-04-01',
          note: 'practical cooperation suspended',
          sources: [{ id: 'source:press', publisher: 'Press' }],
        },
      });
      expect(changes.byRelationType.find((c) => c.relationType === 'MEMBER_OF')).toMatchObject({ began: 4 });
      expect(changes.entities.map((c) => [c.change, c.entity.id])).toContainEqual(['BEGAN', 'event:madrid-2022']);
    });

    it('compare: Qatar and the UAE share the ICI and the Gulf; only the UAE contributed to ISAF', async () => {
      const r = await gql<Compare>(app, COMPARE, { a: 'state:qat', b: 'state:are' });
      expect(r.errors).toBeUndefined();
      expect(r.data!.compare).toEqual({
        a: { id: 'state:qat', name: 'state:qat' },
        b: { id: 'state:are', name: 'state:are' },
        truncated: false,
        between: [],
        shared: [
          {
            relationType: 'LOCATED_IN',
            neighbor: { id: 'region:gulf', name: 'region:gulf' },
            a: [
              {
                id: 'state:qat/LOCATED_IN/region:gulf',
                sinceDate: null,
                grade: 'A2',
                sources: [{ id: 'source:nato' }],
              },
            ],
            b: [{ id: 'state:are/LOCATED_IN/region:gulf', sinceDate: null, grade: 'A2' }],
          },
          {
            relationType: 'PARTNER_IN',
            neighbor: { id: 'framework:ici', name: 'framework:ici' },
            a: [
              {
                id: 'state:qat/PARTNER_IN/framework:ici',
                sinceDate: '2005-02-16',
                grade: 'A2',
                sources: [{ id: 'source:nato' }],
              },
            ],
            b: [{ id: 'state:are/PARTNER_IN/framework:ici', sinceDate: '2007-09-25', grade: 'A2' }],
          },
        ],
        onlyA: [],
        onlyB: [
          {
            relationType: 'CONTRIBUTES_TO',
            neighbor: { id: 'activity:isaf' },
            a: [],
            b: [
              {
                id: 'state:are/CONTRIBUTES_TO/activity:isaf',
                from: { id: 'state:are' },
                to: { id: 'activity:isaf' },
              },
            ],
          },
        ],
        byRelationType: [
          { relationType: 'CONTRIBUTES_TO', shared: 0, onlyA: 0, onlyB: 1, between: 0 },
          { relationType: 'LOCATED_IN', shared: 1, onlyA: 0, onlyB: 0, between: 0 },
          { relationType: 'PARTNER_IN', shared: 1, onlyA: 0, onlyB: 0, between: 0 },
        ],
      });
      const before = await gql<Compare>(app, COMPARE, { a: 'state:qat', b: 'state:are', asOf: 2006 });
      expect(before.data!.compare.onlyA.map((n) => n.neighbor.id)).toEqual(['framework:ici']);
    });

    it('paths mode SIMPLE: ranked by length then weakest grade, leaving out excludeIds', async () => {
      const r = await gql<Paths>(app, PATHS, { from: 'state:jpn', to: 'org:nato', mode: 'SIMPLE', maxLength: 3 });
      expect(r.errors).toBeUndefined();
      expect(r.data!.paths.map((p) => [p.length, p.weakestGrade, ...p.nodes.map((n) => n.id)])).toEqual([
        [2, 'A2', 'state:jpn', 'framework:pag', 'org:nato'],
        [3, 'A2', 'state:jpn', 'event:madrid-2022', 'state:fin', 'org:nato'],
        [3, 'A3', 'state:jpn', 'event:madrid-2022', 'state:swe', 'org:nato'],
      ]);
      const around = await gql<Paths>(app, PATHS, {
        from: 'state:fin',
        to: 'state:swe',
        mode: 'SIMPLE',
        exclude: ['org:nato'],
        maxLength: 4,
      });
      expect(around.data!.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
        ['state:fin', 'event:madrid-2022', 'state:swe'],
      ]);
      const shortest = await gql<Paths>(app, PATHS, { from: 'state:fin', to: 'state:swe', types: ['ATTENDS'] });
      expect(shortest.data!.paths.map((p) => p.nodes[1]!.id)).toEqual(['event:madrid-2022']);
    });

    it('refuses bad arguments with BAD_USER_INPUT or NOT_FOUND naming the argument', async () => {
      expectError(await gql(app, '{ changes { total } }'), 'BAD_USER_INPUT', 'from');
      expectError(await gql(app, '{ changes(from: 2024, to: 2014) { total } }'), 'BAD_USER_INPUT', 'to');
      expectError(
        await gql(app, '{ changes(fromDate: "2024-01-01", toDate: "2024-13-01") { total } }'),
        'BAD_USER_INPUT',
        'toDate',
      );
      expectError(
        await gql(app, '{ changes(from: 2014, to: 2024, focus: "org:zzz") { total } }'),
        'NOT_FOUND',
        'focus',
      );
      expectError(await gql(app, '{ compare(a: "state:qat", b: "state:zzz") { truncated } }'), 'NOT_FOUND', 'b');
      expectError(await gql(app, '{ compare(a: "state:qat", b: "state:qat") { truncated } }'), 'BAD_USER_INPUT', 'b');
      expectError(
        await gql(app, '{ paths(from: "state:fin", to: "state:swe", excludeIds: ["state:swe"]) { length } }'),
        'BAD_USER_INPUT',
        'excludeIds',
      );
      expectError(
        await gql(app, '{ paths(from: "state:fin", to: "state:swe", mode: LONGEST) { length } }'),
        'GRAPHQL_VALIDATION_FAILED',
      );
    });

    it('answers in bounded store calls: one for the read, one batch of endpoints, sources in at most two', async () => {
      const counting = countingStore(await harness.fresh(WORKBENCH_GRAPH));
      const counted = appFor(counting.store);
      const changes = await gql<Changes>(counted, CHANGES, { from: 1990, to: 2024 });
      expect(changes.errors).toBeUndefined();
      expect(changes.data!.changes.total).toBeGreaterThan(30);
      expect(counting.calls.get('changes')).toBe(1);
      expect(counting.calls.get('entitiesByIds')).toBe(1);
      expect(counting.calls.get('sourcesByIds') ?? 0).toBeLessThanOrEqual(2);
      expect(counting.total()).toBeLessThanOrEqual(4);
      counting.calls.clear();
      const compare = await gql(counted, COMPARE, { a: 'state:qat', b: 'state:are' });
      expect(compare.errors).toBeUndefined();
      // Both ends and every neighbour come with the comparison: no entity lookup.
      expect([...counting.calls.keys()].sort()).toEqual(['compare', 'sourcesByIds']);
      expect(counting.calls.get('sourcesByIds')).toBeLessThanOrEqual(2);
      counting.calls.clear();
      const paths = await gql<Paths>(counted, PATHS, {
        from: 'state:fin',
        to: 'state:geo',
        mode: 'SIMPLE',
        maxLength: 6,
      });
      expect(paths.data!.paths.length).toBeGreaterThan(3);
      expect([...counting.calls.keys()].sort()).toEqual(['paths', 'sourcesByIds']);
    });
  });
}
