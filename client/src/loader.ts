import { DOCUMENTS } from './api/documents.js';
import type {
  ChangesQuery,
  ChangesQueryVariables,
  CompareOwnQuery,
  CompareOwnQueryVariables,
  CompareQuery,
  CompareQueryVariables,
  EntityDetailsQuery,
  EntityDetailsQueryVariables,
  NeighborCountsQuery,
  NeighborCountsQueryVariables,
  NeighborhoodQuery,
  NeighborhoodQueryVariables,
  PathsQuery,
  PathsQueryVariables,
  RelationshipDetailsQuery,
  RelationshipDetailsQueryVariables,
  SearchQuery,
  SearchQueryVariables,
  SourceFieldsFragment,
} from './api/__generated__/operations.js';
import { describeError, request } from './api/request.js';
import { changeRows, reportedClasses, whenOfPoint, windowArgs, type ChangeReport } from './model/compare-times.js';
import {
  composeGraph,
  type CompareOverlay,
  type EntityLite,
  type Rel,
  type SubgraphPart,
  type VisibleGraph,
} from './model/graph-model.js';
import { neighbourhoodArgs, partKey, sameServerFilters } from './model/server-filters.js';
import { timeArgs } from './model/time.js';
import {
  evidenceArgs,
  evidenceKey,
  pathEvidenceArgs,
  type Expansion,
  type ViewChange,
  type ViewState,
  type ViewStore,
} from './state.js';

export type Details = NonNullable<EntityDetailsQuery['entity']> & { rels: Rel[]; neighbours: Map<string, EntityLite> };
export type NeighborCount = NeighborCountsQuery['neighborCounts'][number];
export type SearchHit = SearchQuery['search'][number];
export type Source = SourceFieldsFragment;

export interface Problem {
  message: string;
  retry: () => void;
}

export type Comparison = CompareQuery['compare'] & CompareOwnQuery['compare'];

export type DataChange = 'graph' | 'details' | 'counts' | 'paths' | 'changes' | 'comparison' | 'problem' | 'loading';

/** What a changes report answers: the window, the focus and the evidence filter it was asked under. */
function changesKey(view: ViewState): string {
  const t = view.compareTimes;
  return t ? `${t.from}|${t.to}|${view.focus ?? ''}|${evidenceKey(view.filters)}` : '';
}

/** What a comparison answers: the pair, the view's time and evidence filter. */
function comparisonKey(view: ViewState): string {
  const p = view.pair;
  return p?.b ? `${p.a}|${p.b}|${view.day ?? view.year ?? ''}|${evidenceKey(view.filters)}` : '';
}
type Listener = (changed: DataChange) => void;

/**
 * Fetches what the view needs (neighbourhoods, details, counts, paths), caches it, and composes
 * the visible graph. The view (state.ts) says what; this says what is loaded. Every failure
 * becomes a Problem with a retry, shown by the panels; nothing fails silently.
 */
export class Loader {
  readonly parts = new Map<string, SubgraphPart>();
  readonly singles = new Map<string, EntityLite>();
  private readonly detailsCache = new Map<string, Details>();
  graph: VisibleGraph = { nodes: [], edges: [], filteredOut: 0 };
  details: Details | null = null;
  counts: { id: string; year: number | null; day: string | null; counts: NeighborCount[] } | null = null;
  paths: { from: string; to: string; result: PathsQuery['paths'] } | null = null;
  /** The compare-times report of the view's window (around its focus), keyed by what it answers. */
  changes: { key: string; report: ChangeReport } | null = null;
  /** The view's pair side by side, keyed by what it answers. */
  comparison: { key: string; result: Comparison } | null = null;
  problem: Problem | null = null;
  /** Ids whose neighbourhood is being fetched right now. */
  readonly pendingExpansions = new Set<string>();
  private readonly listeners = new Set<Listener>();
  private selectionToken = 0;
  private pathToken = 0;
  private changesToken = 0;
  private comparisonToken = 0;
  /** The view as last seen, to tell whether a filter change changes what the server returns. */
  private lastView: ViewState;

  constructor(private readonly store: ViewStore) {
    this.lastView = store.get();
    store.subscribe((view, changed) => this.onView(view, changed));
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(changed: DataChange) {
    for (const l of [...this.listeners]) l(changed);
  }

  /** Loads everything the current view needs (first load, reload of a shared link). */
  start(): void {
    this.onView(
      this.store.get(),
      new Set(['focus', 'expansions', 'selected', 'path', 'compareTimes', 'pair'] as ViewChange[]),
    );
  }

  private onView(view: ViewState, changed: ReadonlySet<ViewChange>) {
    const previous = this.lastView;
    this.lastView = view;
    // The evidence filter is the server's: a change refetches what it filters (time too when it matters).
    const evidence = changed.has('filters') && evidenceKey(previous.filters) !== evidenceKey(view.filters);
    const time = changed.has('year') || changed.has('day');
    const serverFilters = (evidence || time) && !sameServerFilters(previous, view);
    if (changed.has('expansions') || serverFilters) void this.loadExpansions(view.expansions);
    if ((changed.has('focus') || evidence) && view.focus) void this.loadFocus(view.focus);
    if (changed.has('selected') || ((time || evidence) && view.selected)) void this.loadSelection(view);
    if (changed.has('path') || changed.has('pathOptions') || ((time || evidence) && view.path)) {
      void this.loadPaths(view);
    }
    if (changesKey(view) !== this.changes?.key) void this.loadChanges(view);
    if (comparisonKey(view) !== this.comparison?.key) void this.loadComparison(view);
    if (
      ['expansions', 'hidden', 'pinned', 'filters', 'year', 'day', 'focus', 'path', 'compareTimes', 'changeStep'].some(
        (k) => changed.has(k as ViewChange),
      )
    ) {
      this.recompose();
    }
  }

  recompose(): void {
    const view = this.store.get();
    this.graph = composeGraph({
      view,
      parts: this.parts,
      singles: this.singles,
      singleEdges: view.focus ? (this.cachedDetails(view.focus)?.rels ?? []) : [],
      paths: this.paths && this.matchesPath() ? this.paths.result : null,
      compare: this.compareOverlay(view),
    });
    this.emit('graph');
  }

  /**
   * The canvas's share of the changes report: the changes touching the focus or an expanded node
   * (the rest stay in the changelog), and which of them Play has not reached yet.
   */
  private compareOverlay(view: ViewState): CompareOverlay | null {
    const t = view.compareTimes;
    if (!t) return null;
    const report = this.changes?.key === changesKey(view) ? this.changes.report : null;
    const anchors = new Set([...(view.focus ? [view.focus] : []), ...view.expansions.map((e) => e.id)]);
    const touching = (report?.relationships ?? [])
      .map((c) => c.relationship)
      .filter((r) => anchors.has(r.from.id) || anchors.has(r.to.id));
    const rows = report ? changeRows(report) : [];
    const pending = new Set(view.changeStep === null ? [] : rows.slice(view.changeStep + 1).map((r) => r.id));
    return {
      from: whenOfPoint(t.from),
      to: whenOfPoint(t.to),
      part: { nodes: touching.flatMap((r) => [r.from, r.to]), edges: touching },
      reported: report ? reportedClasses(report) : new Map(),
      pending,
    };
  }

  private async loadChanges(view: ViewState) {
    const token = ++this.changesToken;
    const t = view.compareTimes;
    if (!t) {
      this.changes = null;
      this.emit('changes');
      return;
    }
    const key = changesKey(view);
    try {
      const data = await request<ChangesQuery, ChangesQueryVariables>(DOCUMENTS.changes, {
        ...windowArgs(t.from, t.to),
        focus: view.focus,
        depth: view.focus ? 1 : null,
        minReliability: view.filters.minReliability,
        maxCredibility: view.filters.maxCredibility,
        limit: 2000,
      });
      if (token !== this.changesToken) return;
      this.changes = { key, report: data.changes };
      this.emit('changes');
      this.recompose();
    } catch (error) {
      if (token !== this.changesToken) return;
      this.fail(error, () => {
        this.clearProblem();
        void this.loadChanges(this.store.get());
      });
    }
  }

  private async loadComparison(view: ViewState) {
    const token = ++this.comparisonToken;
    const pair = view.pair;
    if (!pair?.b) {
      this.comparison = null;
      this.emit('comparison');
      return;
    }
    const key = comparisonKey(view);
    try {
      const variables = { a: pair.a, b: pair.b, ...timeArgs(view), ...evidenceArgs(view.filters) };
      // Two operations, one answer: all four lists in one would exceed the API's cost limit.
      const [main, own] = await Promise.all([
        request<CompareQuery, CompareQueryVariables>(DOCUMENTS.compare, variables),
        request<CompareOwnQuery, CompareOwnQueryVariables>(DOCUMENTS.compareOwn, variables),
      ]);
      if (token !== this.comparisonToken) return;
      this.comparison = { key, result: { ...main.compare, ...own.compare } };
      this.emit('comparison');
    } catch (error) {
      if (token !== this.comparisonToken) return;
      this.fail(error, () => {
        this.clearProblem();
        void this.loadComparison(this.store.get());
      });
    }
  }

  /** Whether the comparison loaded is the view's (not one of a pair or time left behind). */
  comparisonOfView(): Comparison | null {
    const view = this.store.get();
    return this.comparison?.key === comparisonKey(view) ? this.comparison.result : null;
  }

  /** Whether the changes report loaded is the view's. */
  changesOfView(): ChangeReport | null {
    const view = this.store.get();
    return this.changes?.key === changesKey(view) ? this.changes.report : null;
  }

  private cachedDetails(id: string): Details | undefined {
    const { minReliability, maxCredibility } = this.store.get().filters;
    return this.detailsCache.get(`${id}#${minReliability ?? ''}|${maxCredibility ?? ''}`);
  }

  private matchesPath(): boolean {
    const p = this.store.get().path;
    return !!p && !!this.paths && this.paths.from === p.from && this.paths.to === p.to;
  }

  private fail(error: unknown, retry: () => void) {
    if ((error as Error).name === 'AbortError') return;
    console.warn('[atlas]', error);
    this.problem = { message: describeError(error), retry };
    this.emit('problem');
  }

  clearProblem(): void {
    if (!this.problem) return;
    this.problem = null;
    this.emit('problem');
  }

  private async loadExpansions(expansions: readonly Expansion[]) {
    const view = this.store.get();
    const missing = expansions.filter((e) => !this.parts.has(partKey(e, view)));
    if (missing.length === 0) return;
    missing.forEach((e) => this.pendingExpansions.add(e.id));
    this.emit('loading');
    const results = await Promise.allSettled(missing.map((e) => this.fetchExpansion(e, view)));
    missing.forEach((e) => this.pendingExpansions.delete(e.id));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      this.fail(failed.reason, () => {
        this.clearProblem();
        void this.loadExpansions(this.store.get().expansions);
      });
    } else {
      this.clearProblem();
    }
    this.emit('loading');
    this.recompose();
  }

  private async fetchExpansion(e: Expansion, view: ViewState) {
    const data = await request<NeighborhoodQuery, NeighborhoodQueryVariables>(DOCUMENTS.neighborhood, {
      id: e.id,
      depth: 1,
      kinds: e.kinds.length ? e.kinds : null,
      relationTypes: e.types.length ? e.types : null,
      ...neighbourhoodArgs(view),
      limit: e.limit,
    });
    this.parts.set(partKey(e, view), data.neighborhood);
  }

  private async loadFocus(id: string) {
    try {
      const details = await this.fetchDetails(id);
      if (!details) {
        this.fail(new Error(`No entity has the id "${id}".`), () => this.clearProblem());
        return;
      }
      this.recompose();
    } catch (error) {
      this.fail(error, () => {
        this.clearProblem();
        void this.loadFocus(id);
      });
    }
  }

  /**
   * Entity, sources and every relationship of one entity under the evidence filter (cached; all
   * years and suspended links too, marked and filtered on screen).
   */
  async fetchDetails(id: string): Promise<Details | null> {
    const { minReliability, maxCredibility } = this.store.get().filters;
    const key = `${id}#${minReliability ?? ''}|${maxCredibility ?? ''}`;
    const cached = this.detailsCache.get(key);
    if (cached) return cached;
    const data = await request<EntityDetailsQuery, EntityDetailsQueryVariables>(DOCUMENTS.entityDetails, {
      id,
      minReliability,
      maxCredibility,
    });
    if (!data.entity) return null;
    const { sources: _s, ...lite } = data.entity;
    this.singles.set(id, lite);
    const details: Details = {
      ...data.entity,
      rels: data.neighborhood.edges.filter((r) => r.from.id === id || r.to.id === id),
      neighbours: new Map(data.neighborhood.nodes.map((n) => [n.id, n])),
    };
    this.detailsCache.set(key, details);
    return details;
  }

  private async loadSelection(view: ViewState) {
    const token = ++this.selectionToken;
    const id = view.selected;
    // Entity ids are `prefix:key`; relationship ids are anything else (by default from/TYPE/to/since).
    const isNode = !!id && /^[a-z]+:[a-z0-9][a-z0-9._-]*$/.test(id);
    if (!id || !isNode) {
      this.details = null;
      this.counts = null;
      this.emit('details');
      this.emit('counts');
      return;
    }
    if (this.details?.id !== id) {
      this.details = null;
      this.emit('details');
    }
    try {
      const [details, counts] = await Promise.all([
        this.fetchDetails(id),
        request<NeighborCountsQuery, NeighborCountsQueryVariables>(DOCUMENTS.neighborCounts, {
          id,
          ...timeArgs(view),
          ...evidenceArgs(view.filters),
        }),
      ]);
      if (token !== this.selectionToken) return;
      this.details = details;
      this.counts = { id, year: view.year, day: view.day, counts: counts.neighborCounts };
      this.emit('details');
      this.emit('counts');
    } catch (error) {
      if (token !== this.selectionToken) return;
      this.fail(error, () => {
        this.clearProblem();
        void this.loadSelection(this.store.get());
      });
    }
  }

  private async loadPaths(view: ViewState) {
    const token = ++this.pathToken;
    if (!view.path) {
      this.paths = null;
      this.emit('paths');
      this.recompose();
      return;
    }
    const { from, to } = view.path;
    const o = view.pathOptions;
    try {
      const data = await request<PathsQuery, PathsQueryVariables>(DOCUMENTS.paths, {
        from,
        to,
        maxLength: o.maxLength,
        mode: o.mode,
        kinds: o.kinds.length ? o.kinds : null,
        relationTypes: o.relationTypes.length ? o.relationTypes : null,
        // Never an end: the server refuses excluding `from` or `to`.
        excludeIds: o.excludeIds.filter((id) => id !== from && id !== to),
        ...timeArgs(view),
        ...pathEvidenceArgs(view.filters),
        // Simple paths are many and ranked: show more of them than of the (few) shortest.
        limit: o.mode === 'SIMPLE' ? 10 : 5,
      });
      if (token !== this.pathToken) return;
      this.paths = { from, to, result: data.paths };
      this.clearProblem();
      this.emit('paths');
      this.recompose();
    } catch (error) {
      if (token !== this.pathToken) return;
      this.fail(error, () => {
        this.clearProblem();
        void this.loadPaths(this.store.get());
      });
    }
  }

  async search(text: string, year: number | null, signal?: AbortSignal): Promise<SearchHit[]> {
    const data = await request<SearchQuery, SearchQueryVariables>(
      DOCUMENTS.search,
      { text, kinds: null, asOf: year, at: null, first: 8 },
      signal,
    );
    return data.search;
  }

  async fetchRelationship(id: string) {
    const data = await request<RelationshipDetailsQuery, RelationshipDetailsQueryVariables>(
      DOCUMENTS.relationshipDetails,
      { id },
    );
    return data.relationship;
  }

  /** A name for any id the client has seen. */
  nameOf(id: string): string {
    return (
      this.graph.nodes.find((n) => n.entity.id === id)?.entity.name ??
      this.singles.get(id)?.name ??
      [...this.detailsCache.values()].find((d) => d.neighbours.has(id))?.neighbours.get(id)?.name ??
      [...this.parts.values()].flatMap((p) => p.nodes).find((n) => n.id === id)?.name ??
      id
    );
  }

  entityOf(id: string): EntityLite | undefined {
    return (
      this.graph.nodes.find((n) => n.entity.id === id)?.entity ??
      this.singles.get(id) ??
      [...this.parts.values()].flatMap((p) => p.nodes).find((n) => n.id === id)
    );
  }

  relationshipOf(id: string): Rel | undefined {
    return (
      this.graph.edges.find((e) => e.rel.id === id)?.rel ??
      [...this.parts.values()].flatMap((p) => p.edges).find((r) => r.id === id) ??
      this.paths?.result.flatMap((p) => p.edges).find((r) => r.id === id) ??
      this.changes?.report.relationships.find((c) => c.relationship.id === id)?.relationship
    );
  }
}
