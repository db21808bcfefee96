import { KINDS, RELATION_TYPES, type Credibility, type Reliability } from '../../../domain/model.js';
import { ID_PREFIX } from '../../../domain/ids.js';
import { fromKinds, RELATION_ENDPOINTS, toKinds } from '../../../domain/relation-rules.js';
import type { EvidenceOptions, TimeOptions } from '../../store/graph-store.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { requireEditor } from '../auth.js';

/** GraphQL's explicit `null` for an argument with a default means "the default" here. */
const orDefault = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

interface TimeArgs {
  asOf?: number | null;
  at?: string | null;
}
interface EvidenceArgs extends TimeArgs {
  includeSuspended?: boolean | null;
  minReliability?: Reliability | null;
  maxCredibility?: number | null;
}

/** The time a read asks about; the store refuses `asOf` with `at`, or a bad day, naming the field. */
const time = (args: TimeArgs): TimeOptions => ({ asOf: args.asOf, at: args.at });

/**
 * The time and evidence a read asks about. An explicit `includeSuspended: null` takes the read's
 * default (the store's); `maxCredibility` is checked by the store (1–6, naming the field).
 */
const timeAndEvidence = (args: EvidenceArgs): TimeOptions & EvidenceOptions => ({
  ...time(args),
  includeSuspended: orDefault(args.includeSuspended),
  minReliability: args.minReliability,
  maxCredibility: args.maxCredibility as Credibility | null | undefined,
});

export const Query: QueryResolvers = {
  entity: (_parent, { id }, { store }) => store.entity(id),

  relationship: (_parent, { id }, { store }) => store.relationship(id),

  search: async (_parent, args, { store, loaders }) => {
    const hits = await store.search(args.text, { kinds: args.kinds, ...time(args), first: orDefault(args.first) });
    loaders.primeEntities(hits.map((h) => h.entity));
    return hits;
  },

  entities: async (_parent, args, { store, loaders }) => {
    const page = await store.entities({
      kind: args.kind,
      ...time(args),
      first: orDefault(args.first),
      after: args.after,
    });
    loaders.primeEntities(page.items);
    return {
      nodes: page.items,
      totalCount: page.totalCount,
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  },

  neighborhood: async (_parent, args, { store, loaders }) => {
    const subgraph = await store.neighborhood({
      id: args.id,
      depth: orDefault(args.depth),
      kinds: args.kinds,
      relationTypes: args.relationTypes,
      ...timeAndEvidence(args),
      limit: orDefault(args.limit),
    });
    // Every edge's endpoints are among the nodes, so from/to resolve without another store call.
    loaders.primeEntities(subgraph.nodes);
    return subgraph;
  },

  neighborCounts: (_parent, args, { store }) => store.neighborCounts(args.id, timeAndEvidence(args)),

  paths: async (_parent, args, { store, loaders }) => {
    const paths = await store.paths({
      from: args.from,
      to: args.to,
      maxLength: orDefault(args.maxLength),
      mode: orDefault(args.mode),
      kinds: args.kinds,
      relationTypes: args.relationTypes,
      excludeIds: args.excludeIds,
      ...timeAndEvidence(args),
      limit: orDefault(args.limit),
    });
    for (const p of paths) loaders.primeEntities(p.nodes);
    return paths;
  },

  changes: async (_parent, args, { store, loaders }) => {
    const report = await store.changes({
      from: args.from,
      to: args.to,
      fromDate: args.fromDate,
      toDate: args.toDate,
      focus: args.focus,
      depth: args.depth,
      kinds: args.kinds,
      relationTypes: args.relationTypes,
      minReliability: args.minReliability,
      maxCredibility: args.maxCredibility as Credibility | null | undefined,
      limit: orDefault(args.limit),
    });
    loaders.primeEntities(report.entities.map((c) => c.entity));
    return report;
  },

  compare: async (_parent, args, { store, loaders }) => {
    const comparison = await store.compare({
      a: args.a,
      b: args.b,
      kinds: args.kinds,
      relationTypes: args.relationTypes,
      ...timeAndEvidence(args),
      limit: orDefault(args.limit),
    });
    // Every relationship listed joins a or b and a listed neighbour, so from/to need no store call.
    loaders.primeEntities([
      comparison.a,
      comparison.b,
      ...[comparison.shared, comparison.onlyA, comparison.onlyB].flatMap((list) => list.map((n) => n.neighbor)),
    ]);
    return comparison;
  },

  stats: (_parent, args, { store }) => store.stats(timeAndEvidence(args)),

  kinds: async (_parent, _args, { currentStats }) => {
    const { byKind } = await currentStats();
    const counts = new Map(byKind.map((k) => [k.kind, k.count]));
    return KINDS.map((kind) => ({ kind, idPrefix: ID_PREFIX[kind], count: counts.get(kind) ?? 0 }));
  },

  relationTypes: async (_parent, _args, { currentStats }) => {
    const { byRelationType } = await currentStats();
    const counts = new Map(byRelationType.map((r) => [r.relationType, r.count]));
    return RELATION_TYPES.map((relationType) => ({
      relationType,
      fromKinds: fromKinds(relationType),
      toKinds: toKinds(relationType),
      endpoints: RELATION_ENDPOINTS[relationType].pairs.map((p) => ({ fromKinds: [...p.from], toKinds: [...p.to] })),
      likeToLike: RELATION_ENDPOINTS[relationType].likeToLike === true,
      count: counts.get(relationType) ?? 0,
    }));
  },

  auditLog: async (_parent, { first, after }, ctx) => {
    requireEditor(ctx, 'read the audit log');
    const page = await ctx.store.auditLog({ first: orDefault(first), after });
    return {
      nodes: page.items,
      totalCount: page.totalCount,
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  },
};
