/**
 * What the contract's hand-written cases cannot reach: traversals checked against a naive
 * reference on random graphs, and indexes and cached views kept in step through writes.
 */
import fc from 'fast-check';
import type { NormalizedGraph, NormalizedRelationship } from '../../../../domain/graph-data.js';
import { byNodeIdSequence, compareStrings } from '../../../../server/store/arguments.js';
import type { Kind, RelationType } from '../../../../domain/model.js';
import { MemoryStore } from '../../../../server/store/memory/memory-store.js';
import { endpointsAllowed } from '../../../../domain/relation-rules.js';
import { holdsAt } from '../../../../domain/valid-at.js';
import { graphs, ordered, queries, readOptions, SOURCE, SOURCES, usable, years, type Query } from './random-graphs.js';

const alice = { actor: 'alice' };

/** The relationships a read of `q` may use, as an undirected adjacency list. */
function adjacency(graph: NormalizedGraph, q: Query, types: RelationType[] | null, includeByDefault: boolean) {
  const entity = new Map(graph.entities.map((e) => [e.id, e]));
  const visible = graph.relationships.filter(
    (r) =>
      (!types || types.includes(r.type)) &&
      usable(graph, r, q, includeByDefault) &&
      holdsAt(entity.get(r.from)!, q.time) &&
      holdsAt(entity.get(r.to)!, q.time),
  );
  const next = new Map<string, NormalizedRelationship[]>();
  for (const r of visible) {
    for (const end of [r.from, r.to]) next.set(end, [...(next.get(end) ?? []), r]);
  }
  return { entity, visible, next };
}

function referenceNeighborhood(graph: NormalizedGraph, q: Query, focus: string) {
  const { entity, visible, next } = adjacency(graph, q, q.relationTypes, true);
  const distance = new Map([[focus, 0]]);
  let frontier = [focus];
  for (let d = 1; d <= q.depth; d++) {
    const reached: string[] = [];
    for (const node of frontier) {
      for (const r of next.get(node) ?? []) {
        const other = r.from === node ? r.to : r.from;
        if (distance.has(other) || (q.kinds && !q.kinds.includes(entity.get(other)!.kind))) continue;
        distance.set(other, d);
        reached.push(other);
      }
    }
    frontier = reached;
  }
  const others = [...distance].filter(([id]) => id !== focus).sort((x, y) => x[1] - y[1] || compareStrings(x[0], y[0]));
  const kept = new Set([focus, ...others.slice(0, q.limit).map(([id]) => id)]);
  return {
    nodes: [focus, ...others.slice(0, q.limit).map(([id]) => id)],
    edges: visible
      .filter((r) => kept.has(r.from) && kept.has(r.to))
      .map((r) => r.id)
      .sort(compareStrings),
    total: others.length,
  };
}

/** Every simple path up to maxLength, then the shortest, sorted: slow and obviously right. */
function referencePaths(graph: NormalizedGraph, q: Query, from: string, to: string) {
  const { entity, next } = adjacency(graph, q, null, false);
  const found: { nodes: string[]; edges: string[] }[] = [];
  const walk = (nodes: string[], edges: string[]) => {
    const at = nodes.at(-1)!;
    if (at === to) return void found.push({ nodes: [...nodes], edges: [...edges] });
    if (edges.length === q.maxLength) return;
    if (at !== from && q.kinds && !q.kinds.includes(entity.get(at)!.kind)) return;
    for (const r of next.get(at) ?? []) {
      const other = r.from === at ? r.to : r.from;
      if (!nodes.includes(other)) walk([...nodes, other], [...edges, r.id]);
    }
  };
  if (holdsAt(entity.get(from)!, q.time) && holdsAt(entity.get(to)!, q.time)) walk([from], []);
  const shortest = Math.min(...found.map((p) => p.edges.length));
  const byIds = (ids: string[]) => ids.map((id) => ({ id }));
  return found
    .filter((p) => p.edges.length === shortest)
    .sort(
      (x, y) => byNodeIdSequence(byIds(x.nodes), byIds(y.nodes)) || byNodeIdSequence(byIds(x.edges), byIds(y.edges)),
    )
    .slice(0, Math.max(q.limit, 1));
}

const idsOf = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('MemoryStore traversals against a naive reference', () => {
  it('neighborhood', async () => {
    await fc.assert(
      fc.asyncProperty(graphs, queries, async (graph, q) => {
        const store = MemoryStore.fromGraph(graph);
        const focus = graph.entities[q.a % graph.entities.length]!;
        const got = await store.neighborhood({ id: focus.id, ...q, ...readOptions(q) });
        if (!holdsAt(focus, q.time)) {
          expect(got).toEqual({
            nodes: [focus && expect.objectContaining({ id: focus.id })],
            edges: [],
            truncated: false,
            total: 0,
          });
          return;
        }
        const want = referenceNeighborhood(graph, q, focus.id);
        expect({ nodes: idsOf(got.nodes), edges: idsOf(got.edges), total: got.total }).toEqual(want);
        expect(got.truncated).toBe(want.total > q.limit);
      }),
      { numRuns: 300 },
    );
  });

  it('paths', async () => {
    await fc.assert(
      fc.asyncProperty(graphs, queries, async (graph, q) => {
        const store = MemoryStore.fromGraph(graph);
        const from = graph.entities[q.a % graph.entities.length]!.id;
        const to = graph.entities[(q.a + 1 + (q.b % (graph.entities.length - 1))) % graph.entities.length]!.id;
        const got = await store.paths({
          from,
          to,
          maxLength: q.maxLength,
          kinds: q.kinds,
          ...readOptions(q),
          limit: Math.max(q.limit, 1),
        });
        expect(got.map((p) => ({ nodes: idsOf(p.nodes), edges: idsOf(p.edges) }))).toEqual(
          referencePaths(graph, q, from, to),
        );
        for (const p of got) {
          expect(p.length).toBe(p.edges.length);
          const worst = (xs: string[]) => [...xs].sort().at(-1);
          expect(p.weakestGrade).toBe(
            `${worst(p.edges.map((e) => e.reliability))}${worst(p.edges.map((e) => String(e.credibility)))}`,
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('MemoryStore paths', () => {
  it('never joins the two searches at a node of a kind left out', async () => {
    const entity = (id: string, kind: Kind) => ({
      id,
      kind,
      name: id,
      aliases: [],
      summary: null,
      since: null,
      until: null,
      sinceDate: null,
      untilDate: null,
      sources: [SOURCE.id],
    });
    const link = (type: RelationType, from: string, to: string): NormalizedRelationship => ({
      id: `${from}-${to}`,
      type,
      from,
      to,
      since: null,
      until: null,
      sinceDate: null,
      untilDate: null,
      credibility: 2,
      sources: [SOURCE.id],
      role: null,
      note: null,
      suspensions: [],
      alternatives: [],
    });
    const store = MemoryStore.fromGraph({
      sources: [SOURCE],
      entities: [
        entity('state:a', 'STATE'),
        entity('state:b', 'STATE'),
        entity('org:x', 'ORGANIZATION'),
        entity('framework:p', 'FRAMEWORK'),
        entity('framework:q', 'FRAMEWORK'),
      ],
      relationships: [
        link('MEMBER_OF', 'state:a', 'org:x'),
        link('MEMBER_OF', 'state:b', 'org:x'),
        link('PARTNER_IN', 'state:a', 'framework:p'),
        link('PART_OF', 'framework:p', 'framework:q'),
        link('PARTNER_IN', 'state:b', 'framework:q'),
      ],
    });
    const paths = await store.paths({ from: 'state:a', to: 'state:b', kinds: ['FRAMEWORK'] });
    expect(paths.map((p) => idsOf(p.nodes))).toEqual([['state:a', 'framework:p', 'framework:q', 'state:b']]);
    expect((await store.paths({ from: 'state:a', to: 'state:b' })).map((p) => idsOf(p.nodes))).toEqual([
      ['state:a', 'org:x', 'state:b'],
    ]);
  });
});

describe('MemoryStore caches and indexes through writes', () => {
  it('answers after random writes as a store built from scratch does', async () => {
    const write = fc.oneof(
      fc.record({ op: fc.constant('years' as const), i: fc.nat(), since: years, until: years }),
      fc.record({ op: fc.constant('move' as const), i: fc.nat(), j: fc.nat() }),
      fc.record({ op: fc.constant('deleteEntity' as const), i: fc.nat() }),
      fc.record({ op: fc.constant('deleteRelationship' as const), i: fc.nat() }),
      fc.record({ op: fc.constant('regrade' as const), i: fc.nat(), reliability: fc.constantFrom('A', 'B', 'D', 'F') }),
    );
    await fc.assert(
      fc.asyncProperty(graphs, fc.array(write, { maxLength: 6 }), queries, async (graph, writes, q) => {
        const store = MemoryStore.fromGraph(graph);
        const ask = async (s: MemoryStore) => {
          const page = await s.entities({ ...q.time, first: 3 });
          const all = (await s.exportGraph()).entities.map((e) => e.id);
          if (all.length === 0) return { page };
          const focus = all[q.a % all.length]!;
          const other = all[(q.a + 1) % all.length]!;
          return {
            page,
            hood: await s.neighborhood({
              id: focus,
              depth: q.depth,
              relationTypes: q.relationTypes,
              ...readOptions(q),
            }),
            paths: focus === other ? [] : await s.paths({ from: focus, to: other, ...readOptions(q), limit: 20 }),
            stats: await s.stats(readOptions(q)),
            counts: await s.neighborCounts(focus, readOptions(q)),
            search: await s.search('entity', { ...q.time, first: 50 }),
          };
        };
        await ask(store); // builds the cached views and counts that the writes must then update
        for (const w of writes) {
          const data = await store.exportGraph();
          if (w.op === 'years' && data.entities.length > 0) {
            const e = data.entities[w.i % data.entities.length]!;
            await store.upsertEntity({ ...e, name: `Renamed ${w.i % 4}`, ...ordered(w.since, w.until) }, alice);
          } else if (w.op === 'move' && data.relationships.length > 0) {
            const r = data.relationships[w.i % data.relationships.length]!;
            const target = data.entities[w.j % data.entities.length]!;
            const from = (await store.entity(r.from))!;
            if (target.id !== r.from && endpointsAllowed(r.type, from.kind, target.kind)) {
              // An id names its ends (domain/ids.ts), so a fact moved is the old one deleted and a new one written.
              const { id, ...moved } = r;
              await store.deleteRelationship(id!, alice);
              await store.upsertRelationship({ ...moved, to: target.id }, alice);
            }
          } else if (w.op === 'deleteEntity' && data.entities.length > 0) {
            await store.deleteEntity(data.entities[w.i % data.entities.length]!.id, alice);
          } else if (w.op === 'deleteRelationship' && data.relationships.length > 0) {
            await store.deleteRelationship(data.relationships[w.i % data.relationships.length]!.id!, alice);
          } else if (w.op === 'regrade') {
            // A regraded source regrades every fact citing it (a URL'd source never graded F lacks nothing).
            const regraded = { ...SOURCES[w.i % SOURCES.length]!, reliability: w.reliability };
            expect((await store.importGraph({ sources: [regraded] }, alice)).ok).toBe(true);
          }
        }
        const fresh = new MemoryStore();
        expect((await fresh.importGraph(await store.exportGraph(), alice)).ok).toBe(true);
        const strip = (v: unknown) =>
          JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'version' ? undefined : x))) as unknown;
        expect(strip(await ask(store))).toEqual(strip(await ask(fresh)));
      }),
      { numRuns: 200 },
    );
  });

  it('reports a kind change in an import that would break a relationship, and writes nothing', async () => {
    const graph: NormalizedGraph = {
      sources: [SOURCE],
      entities: [
        {
          id: 'activity:a',
          kind: 'ACTIVITY',
          name: 'A',
          aliases: [],
          summary: null,
          since: null,
          until: null,
          sinceDate: null,
          untilDate: null,
          sources: [SOURCE.id],
        },
        {
          id: 'framework:f',
          kind: 'FRAMEWORK',
          name: 'F',
          aliases: [],
          summary: null,
          since: null,
          until: null,
          sinceDate: null,
          untilDate: null,
          sources: [SOURCE.id],
        },
      ],
      relationships: [],
    };
    const store = MemoryStore.fromGraph(graph);
    await store.upsertRelationship(
      { type: 'PART_OF', from: 'activity:a', to: 'framework:f', credibility: 2, sources: [SOURCE.id] },
      alice,
    );
    expect((await store.auditLog()).totalCount).toBe(1);
    const report = await store.importGraph(
      { entities: [{ id: 'activity:a', kind: 'REGION', name: 'A', sources: [SOURCE.id] }] },
      alice,
    );
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.field).sort()).toEqual(['id', 'kind']);
    expect(await store.entity('activity:a')).toMatchObject({ kind: 'ACTIVITY', version: 1 });
    expect((await store.auditLog()).totalCount).toBe(1);
  });

  it('audits a deleted entity with its relationships, and an import with its counts', async () => {
    let tick = 0;
    const store = new MemoryStore(undefined, { now: () => new Date(Date.UTC(2025, 0, 1, 0, 0, tick++)) });
    await store.importGraph(
      {
        sources: [{ id: 'source:s', title: 'S', url: 'https://example.org/', publisher: 'P', reliability: 'A' }],
        entities: [
          { id: 'state:a', kind: 'STATE', name: 'A', sources: ['source:s'] },
          { id: 'org:b', kind: 'ORGANIZATION', name: 'B', sources: ['source:s'] },
        ],
        relationships: [{ type: 'MEMBER_OF', from: 'state:a', to: 'org:b', credibility: 2, sources: ['source:s'] }],
      },
      alice,
    );
    await store.deleteEntity('org:b', { actor: 'bob' });
    const [deletion, load] = (await store.auditLog()).items;
    expect(load).toMatchObject({
      id: 'audit:1',
      seq: 1,
      operation: 'importGraph',
      at: '2025-01-01T00:00:00.000Z',
      before: null,
    });
    expect(load!.ids).toEqual(['source:s', 'state:a', 'org:b', 'state:a/MEMBER_OF/org:b']);
    expect(JSON.parse(load!.after!)).toEqual({ sources: 1, entities: 2, relationships: 1 });
    expect(deletion).toMatchObject({ id: 'audit:2', actor: 'bob', operation: 'deleteEntity', after: null });
    expect(deletion!.ids).toEqual(['org:b', 'state:a/MEMBER_OF/org:b']);
    expect(JSON.parse(deletion!.before!)).toMatchObject({
      entity: { id: 'org:b' },
      relationships: [{ id: 'state:a/MEMBER_OF/org:b' }],
    });
  });

  it('hands out objects a caller cannot change', async () => {
    const store = MemoryStore.fromGraph({ sources: [SOURCE], entities: [], relationships: [] });
    const saved = await store.upsertEntity({ id: 'state:a', kind: 'STATE', name: 'A', sources: [SOURCE.id] }, alice);
    expect(() => saved.sources.push('x')).toThrow(TypeError);
    expect((await store.entity('state:a'))!.sources).toEqual([SOURCE.id]);
  });
});
