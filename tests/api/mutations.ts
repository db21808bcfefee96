/**
 * The write side of the API over a store reseeded for each test: editor tokens, upserts and
 * deletes with versions, imports, the audit log, and awkward text carried through the exports.
 */
import type { Express } from 'express';
import request from 'supertest';
import type { GraphData } from '../../domain/model.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { BALTIC, type StoreHarness } from '../contract/graph-store.contract.js';
import { graphFromGraphML } from '../support/graphml.js';
import { relationshipsFromCsv } from '../support/relationships-csv.js';
import {
  ALICE,
  appFor,
  BOB,
  comparable,
  ENTITY_FIELDS,
  expectError,
  gql,
  REL_FIELDS,
  type PageInfo,
  type WithId,
} from './api-support.js';

export function describeMutations(harness: StoreHarness): void {
  describe('mutations, auth and the audit log', () => {
    let store: GraphStore;
    let app: Express;
    beforeEach(async () => {
      store = await harness.fresh(BALTIC);
      app = appFor(store);
    });

    const POLAND = {
      id: 'state:pol',
      kind: 'STATE',
      name: 'Poland',
      aliases: ['Polska'],
      sources: ['source:nato-members'],
    };
    const UPSERT_ENTITY = `mutation($input: EntityInput!, $v: Int) { upsertEntity(input: $input, expectedVersion: $v) { ${ENTITY_FIELDS} } }`;
    const UPSERT_REL = `mutation($input: RelationshipInput!, $v: Int) { upsertRelationship(input: $input, expectedVersion: $v) { ${REL_FIELDS} } }`;

    it('writes need an editor token: none or a wrong one is UNAUTHENTICATED; reads stay public', async () => {
      const none = expectError(await gql(app, UPSERT_ENTITY, { input: POLAND }), 'UNAUTHENTICATED');
      expect(none.message).toMatch(/Authorization: Bearer/);
      expectError(await gql(app, UPSERT_ENTITY, { input: POLAND }, 'wrong-token'), 'UNAUTHENTICATED');
      expectError(await gql(app, UPSERT_ENTITY, { input: POLAND }, `${ALICE}x`), 'UNAUTHENTICATED');
      expect((await gql(app, '{ entity(id: "state:pol") { id } }')).data!.entity).toBeNull();
      const read = await gql(app, '{ entity(id: "state:est") { name } }', {}, 'wrong-token');
      expect(read.data!.entity).toEqual({ name: 'Estonia' });
    });

    it('no editor tokens configured: writes and the audit log are FORBIDDEN, saying how to enable them', async () => {
      const closed = appFor(store, { ATLAS_EDITOR_TOKENS: '', ATLAS_ADMIN_TOKENS: '' });
      const error = expectError(await gql(closed, UPSERT_ENTITY, { input: POLAND }, ALICE), 'FORBIDDEN');
      expect(error.message).toMatch(/ATLAS_EDITOR_TOKENS/);
      expectError(await gql(closed, '{ auditLog { totalCount } }'), 'FORBIDDEN');
      expectError(
        await gql(closed, 'mutation { deleteEntity(id: "state:est") { entity { id } } }', {}, ALICE),
        'FORBIDDEN',
      );
    });

    it('upsertEntity creates (version 1) and replaces (version 2), returning what was saved', async () => {
      const created = await gql<{ upsertEntity: { sources: WithId[] } }>(
        app,
        UPSERT_ENTITY,
        { input: POLAND, v: 0 },
        ALICE,
      );
      expect(created.errors).toBeUndefined();
      expect(created.data!.upsertEntity).toMatchObject({
        id: 'state:pol',
        name: 'Poland',
        aliases: ['Polska'],
        version: 1,
      });
      expect(created.data!.upsertEntity.sources).toEqual([expect.objectContaining({ id: 'source:nato-members' })]);
      const replaced = await gql(
        app,
        UPSERT_ENTITY,
        { input: { ...POLAND, since: 1918, summary: 'A NATO member since 1999.' }, v: 1 },
        ALICE,
      );
      expect(replaced.data!.upsertEntity).toMatchObject({
        since: 1918,
        summary: 'A NATO member since 1999.',
        version: 2,
      });
      const read = await gql(app, '{ entity(id: "state:pol") { version since } }');
      expect(read.data!.entity).toEqual({ version: 2, since: 1918 });
    });

    it('a stale expectedVersion is CONFLICT; nothing changes', async () => {
      const stale = await gql(
        app,
        UPSERT_ENTITY,
        { input: { ...POLAND, id: 'state:est', name: 'Eesti' }, v: 7 },
        ALICE,
      );
      expect(expectError(stale, 'CONFLICT').message).toMatch(/version/);
      expectError(await gql(app, UPSERT_ENTITY, { input: { ...POLAND, id: 'state:est' }, v: 0 }, ALICE), 'CONFLICT');
      expectError(
        await gql(app, 'mutation { deleteEntity(id: "state:est", expectedVersion: 3) { entity { id } } }', {}, ALICE),
        'CONFLICT',
      );
      expect((await gql(app, '{ entity(id: "state:est") { name version } }')).data!.entity).toEqual({
        name: 'Estonia',
        version: 1,
      });
    });

    it('invalid input is BAD_USER_INPUT naming the field', async () => {
      expectError(
        await gql(app, UPSERT_ENTITY, { input: { ...POLAND, id: 'org:pol' } }, ALICE),
        'BAD_USER_INPUT',
        'input.id',
      );
      expectError(
        await gql(app, UPSERT_ENTITY, { input: { ...POLAND, sources: ['source:nope'] } }, ALICE),
        'BAD_USER_INPUT',
        'input.sources.0',
      );
      expectError(
        await gql(
          app,
          UPSERT_REL,
          {
            input: {
              type: 'MEMBER_OF',
              from: 'state:est',
              to: 'framework:pfp',
              credibility: 2,
              sources: ['source:nato-members'],
            },
          },
          ALICE,
        ),
        'BAD_USER_INPUT',
        'input.type',
      );
      expectError(
        await gql(
          app,
          UPSERT_REL,
          {
            input: {
              type: 'MEMBER_OF',
              from: 'state:zzz',
              to: 'org:nato',
              credibility: 2,
              sources: ['source:nato-members'],
            },
          },
          ALICE,
        ),
        'BAD_USER_INPUT',
        'input.from',
      );
    });

    it('upsertRelationship: the default id, the grade and its confidence, endpoints resolved', async () => {
      const input = {
        type: 'PARTNER_IN',
        from: 'state:swe',
        to: 'framework:pfp',
        since: 1994,
        until: 2023,
        credibility: 3,
        note: 'joined with Finland',
        sources: ['source:nato-partnerships'],
      };
      const r = await gql(app, UPSERT_REL, { input }, BOB);
      expect(r.errors).toBeUndefined();
      expect(r.data!.upsertRelationship).toEqual({
        id: 'state:swe/PARTNER_IN/framework:pfp/1994',
        type: 'PARTNER_IN',
        since: 1994,
        until: 2023,
        sinceDate: null,
        untilDate: null,
        status: 'ACTIVE',
        credibility: 3,
        reliability: 'A',
        grade: 'A3',
        confidence: 'MEDIUM',
        disputed: false,
        role: null,
        note: 'joined with Finland',
        version: 1,
        from: { id: 'state:swe', name: 'Sweden' },
        to: { id: 'framework:pfp', name: 'Partnership for Peace' },
        sources: [{ id: 'source:nato-partnerships' }],
      });
      const again = await gql(app, UPSERT_REL, { input: { ...input, credibility: 2 }, v: 1 }, BOB);
      expect(again.data!.upsertRelationship).toMatchObject({ grade: 'A2', credibility: 2, version: 2 });
    });

    it('deleteRelationship and deleteEntity return what was removed; unknown ids are NOT_FOUND', async () => {
      const rel = await gql(
        app,
        `mutation { deleteRelationship(id: "state:lva/LOCATED_IN/region:baltic") { ${REL_FIELDS} } }`,
        {},
        ALICE,
      );
      expect(rel.data!.deleteRelationship).toMatchObject({
        id: 'state:lva/LOCATED_IN/region:baltic',
        from: { name: 'Latvia' },
      });
      expect(
        (await gql(app, '{ relationship(id: "state:lva/LOCATED_IN/region:baltic") { id } }')).data!.relationship,
      ).toBeNull();
      const ent = await gql<{ deleteEntity: { entity: unknown; relationships: WithId[] } }>(
        app,
        'mutation { deleteEntity(id: "state:lva", expectedVersion: 1) { entity { id name } relationships { id } } }',
        {},
        ALICE,
      );
      expect(ent.errors).toBeUndefined();
      expect(ent.data!.deleteEntity.entity).toEqual({ id: 'state:lva', name: 'Latvia' });
      expect(ent.data!.deleteEntity.relationships.map((r) => r.id)).toEqual([
        'state:lva/HOSTS/activity:efp-latvia/2017',
        'state:lva/MEMBER_OF/org:nato/2004',
      ]);
      expectError(
        await gql(app, 'mutation { deleteEntity(id: "state:lva") { entity { id } } }', {}, ALICE),
        'NOT_FOUND',
        'id',
      );
      expectError(await gql(app, 'mutation { deleteRelationship(id: "nope") { id } }', {}, ALICE), 'NOT_FOUND', 'id');
    });

    it('importGraph: a dry run reports every problem and writes nothing; a real run writes all', async () => {
      const IMPORT =
        'mutation($input: GraphInput!, $dry: Boolean) { importGraph(input: $input, dryRun: $dry) { dryRun ok problems { entry field message } sources entities relationships } }';
      const bad = {
        entities: [{ ...POLAND, kind: 'REGION' }],
        relationships: [
          {
            type: 'MEMBER_OF',
            from: 'state:pol',
            to: 'org:nope',
            credibility: 2,
            sources: ['source:nato-members'],
          },
        ],
      };
      const report = await gql<{ importGraph: { ok: boolean; dryRun: boolean; problems: { field: string }[] } }>(
        app,
        IMPORT,
        { input: bad, dry: true },
        ALICE,
      );
      expect(report.errors).toBeUndefined();
      expect(report.data!.importGraph.ok).toBe(false);
      expect(report.data!.importGraph.dryRun).toBe(true);
      const fields = report.data!.importGraph.problems.map((p) => p.field);
      expect(fields).toEqual(expect.arrayContaining(['id', 'to']));
      const good = {
        sources: [
          {
            id: 'source:pl',
            title: 'Poland joins NATO',
            url: 'https://www.nato.int/pl',
            publisher: 'NATO',
            reliability: 'A',
          },
        ],
        entities: [POLAND],
        relationships: [
          {
            type: 'MEMBER_OF',
            from: 'state:pol',
            to: 'org:nato',
            since: 1999,
            credibility: 2,
            sources: ['source:pl'],
          },
        ],
      };
      const dry = await gql(app, IMPORT, { input: good, dry: true }, ALICE);
      expect(dry.data!.importGraph).toMatchObject({ ok: true, dryRun: true, entities: 1 });
      expect((await gql(app, '{ entity(id: "state:pol") { id } }')).data!.entity).toBeNull();
      const done = await gql(app, IMPORT, { input: good }, ALICE);
      expect(done.data!.importGraph).toEqual({
        dryRun: false,
        ok: true,
        problems: [],
        sources: 1,
        entities: 1,
        relationships: 1,
      });
      const rel = await gql(
        app,
        '{ relationship(id: "state:pol/MEMBER_OF/org:nato/1999") { from { name } sources { title } } }',
      );
      expect(rel.data!.relationship).toEqual({ from: { name: 'Poland' }, sources: [{ title: 'Poland joins NATO' }] });
    });

    it('the audit log: editors only, newest first, the token name as actor; dry runs leave no entry', async () => {
      await gql(app, UPSERT_ENTITY, { input: POLAND }, ALICE);
      await gql(app, 'mutation { deleteRelationship(id: "state:lva/LOCATED_IN/region:baltic") { id } }', {}, BOB);
      // The dry run must have landed for its missing entry to mean anything.
      const dry = await gql(
        app,
        'mutation($i: GraphInput!) { importGraph(input: $i, dryRun: true) { ok } }',
        { i: { entities: [] } },
        ALICE, // imports are an admin's
      );
      expect(dry.data).toEqual({ importGraph: { ok: true } });
      expectError(await gql(app, '{ auditLog { totalCount } }'), 'UNAUTHENTICATED');
      expectError(await gql(app, '{ auditLog { totalCount } }', {}, 'wrong'), 'UNAUTHENTICATED');
      type AuditPage = { auditLog: { totalCount: number; nodes: { before: string | null }[]; pageInfo: PageInfo } };
      const log = await gql<AuditPage>(
        app,
        '{ auditLog(first: 1) { totalCount nodes { id seq actor at operation ids before after } pageInfo { endCursor hasNextPage } } }',
        {},
        ALICE,
      );
      expect(log.errors).toBeUndefined();
      const page = log.data!.auditLog;
      expect(page.totalCount).toBe(2);
      expect(page.nodes[0]).toMatchObject({
        seq: 2,
        actor: 'bob',
        operation: 'deleteRelationship',
        ids: ['state:lva/LOCATED_IN/region:baltic'],
        after: null,
      });
      expect(JSON.parse(page.nodes[0]?.before ?? 'null')).toMatchObject({ id: 'state:lva/LOCATED_IN/region:baltic' });
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = await gql<AuditPage>(
        app,
        'query($a: String) { auditLog(first: 5, after: $a) { nodes { seq actor operation ids before } pageInfo { hasNextPage } } }',
        { a: page.pageInfo.endCursor },
        BOB,
      );
      expect(next.data!.auditLog.nodes).toEqual([
        { seq: 1, actor: 'alice', operation: 'upsertEntity', ids: ['state:pol'], before: null },
      ]);
      expect(next.data!.auditLog.pageInfo.hasNextPage).toBe(false);
      expectError(await gql(app, '{ auditLog(first: 501) { totalCount } }', {}, ALICE), 'BAD_USER_INPUT', 'first');
    });

    // No text field takes a new line or another control character (domain/data-schema.ts), so none is here.
    it('exports carry awkward text (markup, commas, quotes, semicolons) through GraphML and CSV unchanged', async () => {
      const name = 'Tom & Jerry <"Alliance"> \'test\'';
      const entity = await gql(
        app,
        UPSERT_ENTITY,
        { input: { ...POLAND, name, aliases: ['A, B', 'C "D" <E>'], summary: 'line one; line two' } },
        ALICE,
      );
      expect(entity.errors).toBeUndefined();
      const note = 'said "yes", then; signed';
      const rel = await gql(
        app,
        UPSERT_REL,
        {
          input: {
            type: 'MEMBER_OF',
            from: 'state:pol',
            to: 'org:nato',
            since: 1999,
            credibility: 5,
            role: 'member, full',
            note,
            sources: ['source:nato-members'],
          },
        },
        ALICE,
      );
      expect(rel.errors).toBeUndefined();
      const json = (await request(app).get('/export/graph.json?ids=state:pol,org:nato')).body as GraphData;
      const graphml = await request(app).get('/export/graph.graphml?ids=state:pol,org:nato');
      expect(comparable(graphFromGraphML(graphml.text))).toEqual(comparable(json));
      expect(json.entities.find((e) => e.id === 'state:pol')!.name).toBe(name);
      const csv = await request(app).get('/export/relationships.csv?ids=state:pol,org:nato');
      const rows = relationshipsFromCsv(csv.text);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ note, role: 'member, full', from_name: name });
    });
  });
}
