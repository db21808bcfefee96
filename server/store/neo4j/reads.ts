import {
  compareStrings,
  auditArgs,
  changesArgs,
  compareArgs,
  auditCursor,
  encodeCursor,
  entitiesArgs,
  evidence,
  neighborhoodArgs,
  pathsArgs,
  searchArgs,
  when,
} from '../arguments.js';
import type {
  AuditPage,
  ChangeReport,
  ChangesOptions,
  CompareOptions,
  Comparison,
  EntitiesOptions,
  EntityPage,
  ExportOptions,
  NeighborCount,
  NeighborCountsOptions,
  NeighborhoodOptions,
  Path,
  PathsOptions,
  SearchHit,
  SearchOptions,
  Stats,
  StatsOptions,
  Subgraph,
} from '../graph-store.js';
import {
  KINDS,
  RELATION_TYPES,
  type Entity,
  type GraphData,
  type Kind,
  type RelationshipView,
  type RelationType,
  type Source,
} from '../../../domain/model.js';
import { ALWAYS } from '../../../domain/valid-at.js';
import { toGraphData } from '../../../domain/to-graph-data.js';
import { BadUserInputError, NotFoundError } from '../../errors.js';
import { inIdOrder } from '../in-id-order.js';
import { SCORE_EXACT, SCORE_PREFIX, SCORE_WORDS, words } from '../search-text.js';
import { changeReport } from '../change-report.js';
import { comparison } from '../comparison.js';
import { pathsOverNeo4j, simplePathsOverNeo4j, type PathsStatement } from './paths-graph.js';
import type { Row } from './statements.js';
import { evidenceParams, filterParams, timeParams } from './read-params.js';
import {
  plainRelationship,
  toAuditEntry,
  toEntity,
  toInt,
  toNumber,
  toRelationship,
  toRelationshipView,
  toSource,
} from './to-domain.js';
import type { Transactions } from './transactions.js';

/** The store's reads: each one statement, or one read transaction when it needs several. */
export class Neo4jReads {
  constructor(private readonly tx: Transactions) {}

  async entity(id: string): Promise<Entity | null> {
    const row = (await this.tx.read('entity', 'entity', { id }))[0];
    return row ? toEntity(row.entity as Row) : null;
  }

  async entitiesByIds(ids: readonly string[]): Promise<Entity[]> {
    if (ids.length === 0) return [];
    const rows = await this.tx.read('entitiesByIds', 'entitiesByIds', { ids: [...new Set(ids)] });
    return inIdOrder(ids, new Map(rows.map((r) => toEntity(r.entity as Row)).map((e) => [e.id, e])));
  }

  async relationship(id: string): Promise<RelationshipView | null> {
    const row = (await this.tx.read('relationship', 'relationship', { id }))[0];
    return row ? toRelationshipView(row.relationship as Row, ALWAYS) : null;
  }

  async sourcesByIds(ids: readonly string[]): Promise<Source[]> {
    if (ids.length === 0) return [];
    const rows = await this.tx.read('sourcesByIds', 'sourcesByIds', { ids: [...new Set(ids)] });
    return inIdOrder(ids, new Map(rows.map((r) => toSource(r.source as Row)).map((s) => [s.id, s])));
  }

  async search(text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const args = searchArgs(text, options);
    const ws = words(args.text);
    if (ws.length === 0) return [];
    // After folding, words hold letters and digits only; escaping anyway keeps Lucene syntax out.
    const lucene = ws.map((w) => `${w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')}*`).join(' AND ');
    const rows = await this.tx.read('search', 'search', {
      lucene,
      q: ws.join(' '),
      words: ws,
      kinds: args.kinds,
      ...timeParams(args.when),
      first: toInt(args.first),
      exact: SCORE_EXACT,
      prefix: SCORE_PREFIX,
      wordScore: SCORE_WORDS,
    });
    return rows.map((r) => ({ entity: toEntity(r.entity as Row), score: r.score as number }));
  }

  async entities(options: EntitiesOptions = {}): Promise<EntityPage> {
    const args = entitiesArgs(options);
    const row = (
      await this.tx.read('entities', 'entities', {
        kind: args.kind,
        ...timeParams(args.when),
        afterName: args.after?.name ?? null,
        afterId: args.after?.id ?? null,
        take: toInt(args.first + 1),
      })
    )[0]!;
    const all = (row.items as Row[]).map(toEntity);
    const items = all.slice(0, args.first);
    const last = items[items.length - 1];
    return {
      items,
      totalCount: toNumber(row.total) ?? 0,
      endCursor: last ? encodeCursor(last) : null,
      hasNextPage: all.length > args.first,
    };
  }

  async neighborhood(options: NeighborhoodOptions): Promise<Subgraph> {
    const args = neighborhoodArgs(options);
    const filters = { types: args.relationTypes, ...filterParams(args.when, args.evidence) };
    // Both steps read one snapshot.
    return this.tx.readTx('neighborhood', async (tx) => {
      const row = await tx.one('neighborhood', {
        id: args.id,
        depth: toInt(args.depth),
        kinds: args.kinds,
        ...filters,
      });
      if (!row) throw new NotFoundError('Entity', args.id, 'id');
      const focus = toEntity(row.focus as Row);
      if (row.visible !== true) return { nodes: [focus], edges: [], truncated: false, total: 0 };
      const levels = [row.level1, row.level2, row.level3].map((l) => (l as string[]).sort(compareStrings));
      const total = levels.reduce((n, l) => n + l.length, 0);
      const kept = levels.flat().slice(0, args.limit);
      const sub = (await tx.one('neighborhoodSubgraph', { ids: [focus.id, ...kept], ...filters }))!;
      const byId = new Map((sub.nodes as Row[]).map((n) => [n.id as string, toEntity(n)]));
      return {
        // An entity deleted by a commit between the two statements is gone from the second (read committed).
        nodes: [focus, ...kept.flatMap((id) => byId.get(id) ?? [])],
        edges: (sub.edges as Row[]).map((r) => toRelationshipView(r, args.when)),
        truncated: total > args.limit,
        total,
      };
    });
  }

  async neighborCounts(id: string, options: NeighborCountsOptions = {}): Promise<NeighborCount[]> {
    const params = filterParams(when(options), evidence(options, true));
    const row = (await this.tx.read('neighborCounts', 'neighborCounts', { id, ...params }))[0]!;
    if (row.found !== true) throw new NotFoundError('Entity', id, 'id');
    return (row.counts as Row[]).map((c) => ({
      relationType: c.relationType as RelationType,
      kind: c.kind as Kind,
      count: toNumber(c.count) ?? 0,
    }));
  }

  async paths(options: PathsOptions): Promise<Path[]> {
    const args = pathsArgs(options);
    if (args.from === args.to) throw new BadUserInputError('to', 'must differ from from');
    // Every step reads in one transaction; the walk asks only for what it needs.
    return this.tx.readTx('paths', (tx) => {
      const run = (name: PathsStatement, params: Row) => tx.run(name, params);
      return args.mode === 'SIMPLE' ? simplePathsOverNeo4j(run, args) : pathsOverNeo4j(run, args);
    });
  }

  async changes(options: ChangesOptions): Promise<ChangeReport> {
    const args = changesArgs(options);
    const { window } = args;
    // includeSuspended is always true here (a suspension is a change); changes.cypher does not read it.
    const filters = { types: args.relationTypes, ...evidenceParams(args.evidence) };
    // Both steps read one snapshot.
    return this.tx.readTx('changes', async (tx) => {
      let ids: string[] | null = null;
      if (args.focus !== null) {
        // The neighbourhood over facts held at some time in the window: its first to its last day.
        const row = await tx.one('neighborhood', {
          id: args.focus,
          depth: toInt(args.depth),
          kinds: args.kinds,
          lo: window.first,
          hi: window.last,
          ...filters,
        });
        if (!row) throw new NotFoundError('Entity', args.focus, 'focus');
        ids = [args.focus, ...[row.level1, row.level2, row.level3].flatMap((l) => l as string[])];
      }
      const found = (await tx.one('changes', {
        ids,
        kinds: args.kinds,
        first: window.first,
        last: window.last,
        ...filters,
      }))!;
      return changeReport(
        window,
        (found.relationships as Row[]).map((r) => toRelationshipView(r, { asOf: null, at: window.last })),
        (found.entities as Row[]).map(toEntity),
        args.limit,
      );
    });
  }

  async compare(options: CompareOptions): Promise<Comparison> {
    const args = compareArgs(options);
    const row = (
      await this.tx.read('compare', 'compare', {
        a: args.a,
        b: args.b,
        types: args.relationTypes,
        ...filterParams(args.when, args.evidence),
      })
    )[0]!;
    if (row.a === null) throw new NotFoundError('Entity', args.a, 'a');
    if (row.b === null) throw new NotFoundError('Entity', args.b, 'b');
    const links = (list: unknown) =>
      (list as Row[]).map((l) => ({
        relationship: toRelationshipView(l.relationship as Row, args.when),
        neighbor: toEntity(l.neighbor as Row),
      }));
    return comparison(
      toEntity(row.a as Row),
      toEntity(row.b as Row),
      links(row.aLinks),
      links(row.bLinks),
      args.kinds,
      args.limit,
    );
  }

  async stats(options: StatsOptions = {}): Promise<Stats> {
    const params = filterParams(when(options), evidence(options, true));
    const row = (await this.tx.read('stats', 'stats', params))[0]!;
    const byKind = new Map((row.byKind as Row[]).map((r) => [r.kind as string, toNumber(r.count) ?? 0]));
    const byType = new Map<string, number>();
    let suspended = 0;
    for (const r of row.byRelationType as Row[]) {
      const count = toNumber(r.count) ?? 0;
      byType.set(r.relationType as string, (byType.get(r.relationType as string) ?? 0) + count);
      if (r.suspended === true) suspended += count;
    }
    const kinds = KINDS.map((kind) => ({ kind, count: byKind.get(kind) ?? 0 }));
    const types = RELATION_TYPES.map((relationType) => ({ relationType, count: byType.get(relationType) ?? 0 }));
    const relationships = types.reduce((n, t) => n + t.count, 0);
    return {
      entities: kinds.reduce((n, k) => n + k.count, 0),
      relationships,
      activeRelationships: relationships - suspended,
      suspendedRelationships: suspended,
      sources: toNumber(row.sources) ?? 0,
      byKind: kinds,
      byRelationType: types,
    };
  }

  async exportGraph(options: ExportOptions = {}): Promise<GraphData> {
    const ids = options.ids == null ? null : [...new Set(options.ids)];
    const time = when(options);
    const filter = evidence(options, true);
    const selectsAll =
      ids === null &&
      time.asOf === null &&
      time.at === null &&
      filter.minReliability === null &&
      filter.maxCredibility === null &&
      filter.includeSuspended;
    const row = (
      await this.tx.read('exportGraph', 'exportGraph', { ids, ...filterParams(time, filter), allSources: selectsAll })
    )[0]!;
    // The data-file format: no derived field (reliability, status, version).
    return toGraphData(
      (row.sources as Row[]).map(toSource),
      (row.entities as Row[]).map(toEntity),
      (row.relationships as Row[]).map((r) => plainRelationship(toRelationship(r))),
    );
  }

  async auditLog(options: { first?: number; after?: string | null } = {}): Promise<AuditPage> {
    const args = auditArgs(options);
    const row = (
      await this.tx.read('auditLog', 'auditLog', { afterSeq: toInt(args.afterSeq), take: toInt(args.first + 1) })
    )[0]!;
    const all = (row.items as Row[]).map(toAuditEntry);
    const items = all.slice(0, args.first);
    const last = items[items.length - 1];
    return {
      items,
      totalCount: toNumber(row.total) ?? 0,
      endCursor: last ? auditCursor(last.seq) : null,
      hasNextPage: all.length > args.first,
    };
  }
}
