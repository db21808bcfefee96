import type { Confidence, Kind, Reliability, RelationType } from './api/__generated__/operations.js';
import { KINDS, RELATION_TYPES } from './model/vocabulary.js';

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst' | 'grid';
export const LAYOUT_NAMES: readonly LayoutName[] = ['fcose', 'concentric', 'breadthfirst', 'grid'];
export type SizeBy = 'none' | 'degree' | 'betweenness';
export type ColorBy = 'kind' | 'community';

/** One "expand": a neighbourhood request, kept in order so undo and the URL can replay it. */
export interface Expansion {
  id: string;
  /** Nodes kept besides `id` ("20 of 47 — show more" raises it). */
  limit: number;
  /** Only these neighbour kinds; empty = all. */
  kinds: Kind[];
  /** Only these relation types; empty = all. */
  types: RelationType[];
}

/** Where a node is drawn, in graph coordinates (integers: what the URL keeps). */
export interface NodePosition {
  id: string;
  x: number;
  y: number;
}

export interface Filters {
  /** Kinds shown. */
  kinds: Kind[];
  /** Relation types shown. */
  relationTypes: RelationType[];
  /** Weakest confidence shown. */
  minConfidence: Confidence;
  /** The server's evidence filter: facts whose best source is at least this reliable (A best); null = any. */
  minReliability: Reliability | null;
  /** The server's evidence filter: facts at least this credible (credibility <= n, 1 best); null = any. */
  maxCredibility: number | null;
  /** Whether links suspended at the time asked are shown (drawn as suspended) or left out. */
  includeSuspended: boolean;
  /** Whether a path may run through a link suspended at the time asked (the API's default: no). */
  pathsThroughSuspended: boolean;
}

/** The arguments the server's evidence filter takes, from the view's filters. */
export function evidenceArgs(f: Filters): {
  minReliability: Reliability | null;
  maxCredibility: number | null;
  includeSuspended: boolean;
} {
  return { minReliability: f.minReliability, maxCredibility: f.maxCredibility, includeSuspended: f.includeSuspended };
}

/** The evidence arguments of a paths request: suspended links only when the analyst lets paths cross them. */
export function pathEvidenceArgs(f: Filters): ReturnType<typeof evidenceArgs> {
  return { ...evidenceArgs(f), includeSuspended: f.pathsThroughSuspended };
}

/** Identifies an evidence filter (part of the cache key of what the server returned under it). */
export function evidenceKey(f: Filters): string {
  return `${f.minReliability ?? ''}|${f.maxCredibility ?? ''}|${f.includeSuspended ? '' : 'active'}|${f.pathsThroughSuspended ? 'paths' : ''}`;
}

/** A time the explorer compares: a year ("2014") or a day ("2014-03-29"). */
export type TimePoint = string;

/** What the paths panel asks for (schema.graphql `paths`); empty lists mean "any". */
export interface PathOptions {
  /** Every shortest path, or every simple path up to maxLength ranked by length then weakest grade. */
  mode: 'SHORTEST' | 'SIMPLE';
  maxLength: number;
  /** Entities no path may go through (hubs such as NATO itself). */
  excludeIds: string[];
  /** Kinds the intermediate entities may be. */
  kinds: Kind[];
  relationTypes: RelationType[];
}

export const PATH_MAX_LENGTH = 6;

export function defaultPathOptions(): PathOptions {
  return { mode: 'SHORTEST', maxLength: PATH_MAX_LENGTH, excludeIds: [], kinds: [], relationTypes: [] };
}

/** How the changelog is sorted: by a column, ascending or not. */
export interface ChangeSort {
  key: 'date' | 'change' | 'fact' | 'grade';
  desc: boolean;
}

/** Everything a view is; lives in the URL (url-state.ts), drives the canvas and the panels. */
export interface ViewState {
  /** The entity the view is about (search result, tour step); always shown. */
  focus: string | null;
  expansions: Expansion[];
  hidden: string[];
  pinned: string[];
  /** A node or relationship id. */
  selected: string | null;
  filters: Filters;
  /** As-of year; null = every fact, past and present. */
  year: number | null;
  /** As-of day (YYYY-MM-DD, in `year`): reads send `at` instead of `asOf`; null = the year (or none). */
  day: string | null;
  layout: LayoutName;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  path: { from: string; to: string } | null;
  /** Graph canvas or the accessible tables. */
  mode: 'graph' | 'list';
  /** The open guided tour and step. */
  tour: { id: string; step: number } | null;
  /**
   * Where the shown nodes are (written by the canvas after each layout, placement or drag), so a
   * reload or a shared link draws the same picture instead of re-running the layout. Empty = not
   * known (or too many nodes for a URL): the layout runs.
   */
  positions: NodePosition[];
  /**
   * Compare-times mode: the canvas overlays the state at `from` and at `to` (began, ended,
   * suspended, resumed, unchanged) and the changelog lists what changed between them; null = off.
   */
  compareTimes: { from: TimePoint; to: TimePoint } | null;
  /** How far Play has stepped through the changelog (an index in date order); null = every change shown. */
  changeStep: number | null;
  changeSort: ChangeSort;
  /** Two entities side by side (the profile); `b` is null while it is being picked. */
  pair: { a: string; b: string | null } | null;
  /** The timeline under the canvas: the selected entities' relationships over the years. */
  timeline: boolean;
  pathOptions: PathOptions;
}

export const DEFAULT_LIMIT = 20;
export const LIMIT_STEP = 20;
/** The first screen: NATO and its frameworks. */
export const OVERVIEW: Expansion = { id: 'org:nato', limit: 60, kinds: ['FRAMEWORK', 'ORGANIZATION'], types: [] };

export function defaultView(): ViewState {
  return {
    focus: 'org:nato',
    expansions: [{ ...OVERVIEW, kinds: [...OVERVIEW.kinds] }],
    hidden: [],
    pinned: [],
    selected: null,
    filters: {
      kinds: [...KINDS],
      relationTypes: [...RELATION_TYPES],
      minConfidence: 'LOW',
      minReliability: null,
      maxCredibility: null,
      includeSuspended: true,
      pathsThroughSuspended: false,
    },
    year: null,
    day: null,
    layout: 'fcose',
    sizeBy: 'none',
    colorBy: 'kind',
    path: null,
    mode: 'graph',
    tour: null,
    positions: [],
    compareTimes: null,
    changeStep: null,
    changeSort: { key: 'date', desc: false },
    pair: null,
    timeline: false,
    pathOptions: defaultPathOptions(),
  };
}

export function sameExpansion(a: Expansion, b: Expansion): boolean {
  return expansionKey(a) === expansionKey(b);
}

/** Identifies the request an expansion makes (cache key of its subgraph). */
export function expansionKey(e: Expansion): string {
  return `${e.id}|${e.limit}|${[...e.kinds].sort().join('.')}|${[...e.types].sort().join('.')}`;
}

export type ViewChange = keyof ViewState;
type Listener = (view: ViewState, changed: ReadonlySet<ViewChange>) => void;

/**
 * The one view object and the only way to change it. Emits which keys changed, so the canvas,
 * the panels and the URL each redraw just what they show. Undo restores the graph's content
 * (expansions, hidden) before the last expand, collapse or hide.
 */
export class ViewStore {
  private view: ViewState;
  private readonly listeners = new Set<Listener>();
  private readonly undoStack: Pick<ViewState, 'expansions' | 'hidden'>[] = [];

  constructor(initial: ViewState = defaultView()) {
    this.view = initial;
  }

  get(): ViewState {
    return this.view;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces keys; emits only when something changed. */
  set(patch: Partial<ViewState>): void {
    const changed = new Set<ViewChange>();
    for (const key of Object.keys(patch) as ViewChange[]) {
      if (JSON.stringify(patch[key]) !== JSON.stringify(this.view[key])) changed.add(key);
    }
    if (changed.size === 0) return;
    this.view = { ...this.view, ...patch };
    for (const l of [...this.listeners]) l(this.view, changed);
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  private remember(): void {
    this.undoStack.push({ expansions: this.view.expansions, hidden: this.view.hidden });
    if (this.undoStack.length > 50) this.undoStack.shift();
  }

  undo(): void {
    const previous = this.undoStack.pop();
    if (previous) this.set(previous);
  }

  select(id: string | null): void {
    this.set({ selected: id });
  }

  /** Shows an entity (search, tour, list) and selects it, keeping the rest of the view. */
  focusOn(id: string): void {
    this.set({ focus: id, selected: id, hidden: this.view.hidden.filter((h) => h !== id) });
  }

  isExpanded(id: string): boolean {
    return this.view.expansions.some((e) => e.id === id);
  }

  /** Adds an expansion (or replaces the same node's one with these kinds/types). */
  expand(id: string, options: Partial<Omit<Expansion, 'id'>> = {}): void {
    const next: Expansion = {
      id,
      limit: options.limit ?? DEFAULT_LIMIT,
      kinds: options.kinds ?? [],
      types: options.types ?? [],
    };
    const current = this.view.expansions;
    if (current.some((e) => sameExpansion(e, next))) return;
    this.remember();
    const sameScope = (e: Expansion) =>
      e.id === id && e.kinds.join() === next.kinds.join() && e.types.join() === next.types.join();
    const kept = current.filter((e) => !sameScope(e));
    this.set({ expansions: [...kept, next], hidden: this.view.hidden.filter((h) => h !== id) });
  }

  /** "Show more": raises the cap of a node's expansion (all kinds/types when it has none). */
  showMore(id: string, total: number): void {
    const existing = this.view.expansions.filter((e) => e.id === id);
    const last = existing[existing.length - 1];
    const limit = Math.min(total, (last?.limit ?? 0) + LIMIT_STEP);
    this.expand(id, { limit, kinds: last?.kinds ?? [], types: last?.types ?? [] });
  }

  collapse(id: string): void {
    if (!this.isExpanded(id)) return;
    this.remember();
    this.set({ expansions: this.view.expansions.filter((e) => e.id !== id) });
  }

  hide(id: string): void {
    if (this.view.hidden.includes(id)) return;
    this.remember();
    this.set({
      hidden: [...this.view.hidden, id],
      selected: this.view.selected === id ? null : this.view.selected,
      focus: this.view.focus === id ? null : this.view.focus,
      expansions: this.view.expansions.filter((e) => e.id !== id),
    });
  }

  unhideAll(): void {
    if (this.view.hidden.length === 0) return;
    this.remember();
    this.set({ hidden: [] });
  }

  togglePin(id: string): void {
    const pinned = this.view.pinned.includes(id) ? this.view.pinned.filter((p) => p !== id) : [...this.view.pinned, id];
    this.set({ pinned });
  }

  /** Empties the canvas (undoable). */
  clear(): void {
    this.remember();
    this.set({ expansions: [], hidden: [], focus: null, selected: null, path: null, tour: null });
  }
}
