import cytoscape, { type Core, type ElementDefinition, type EventObject, type NodeSingular, type Position, type SingularElementArgument } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { computeMetrics, type NodeMetrics } from '../model/analytics.js';
import type { VisibleGraph } from '../model/graph-model.js';
import { CONFIDENCE_LINE, KIND_STYLE, RELATION_STYLE } from '../model/vocabulary.js';
import type { Kind, RelationType, Confidence } from '../api/__generated__/operations.js';
import type { NodePosition, ViewChange, ViewState, ViewStore } from '../state.js';
import { MAX_URL_POSITIONS } from '../url-state.js';
import { effectiveLayout, layoutOptions } from './layouts.js';
import { stylesheet } from './stylesheet.js';
import { toElements } from './to-elements.js';
import { toSvg, type SvgEdge, type SvgNode } from './to-svg.js';

cytoscape.use(fcose);

/** Above this many elements edges and labels hide while panning, and additions are chunked. */
const BIG = 1500;
const CHUNK = 1000;

export interface Network {
  /** Replaces what the canvas shows with `graph` (diffed: kept nodes keep their positions). */
  render(graph: VisibleGraph): void;
  relayout(): void;
  fit(): void;
  zoom(factor: number): void;
  png(): Promise<Blob>;
  svg(): string;
  /** Layout actually used (fcose falls back to concentric on big graphs). */
  readonly layoutUsed: string;
  readonly renderer: 'webgl' | 'canvas';
  destroy(): void;
}

export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!canvas.getContext('webgl2');
  } catch {
    return false;
  }
}

/**
 * The only module that knows Cytoscape. It draws the loader's visible graph, keeps positions
 * stable (new nodes appear near the node that brought them), and turns canvas gestures and keys
 * into view changes on the store.
 */
export function createNetwork(
  container: HTMLElement,
  store: ViewStore,
  options: { onLayout?: (name: string) => void } = {},
): Network {
  const webgl = hasWebGL();
  const cy: Core = cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    renderer: webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' },
  } as cytoscape.CytoscapeOptions);
  // Seeded from the view (a reload or a shared link), so those nodes are drawn where they were.
  const positions = new Map<string, Position>(store.get().positions.map((p) => [p.id, { x: p.x, y: p.y }]));
  /** Ids still to be drawn from the view's positions: when they come, the view is framed. */
  const restoring = new Set(positions.keys());
  let metrics: Map<string, NodeMetrics> | undefined;
  let lastGraph: VisibleGraph = { nodes: [], edges: [], filteredOut: 0 };
  let layoutUsed: string = store.get().layout;
  let running: cytoscape.Layouts | null = null;
  let renderToken = 0;

  const remember = () => cy.nodes().forEach((n) => void positions.set(n.id(), { ...n.position() }));

  /** Writes where the shown nodes are into the view (and so the URL); none above the URL's cap. */
  const publish = () => {
    if (running) return; // layoutstop publishes the result
    const nodes = cy.nodes();
    const shown: NodePosition[] =
      nodes.length > MAX_URL_POSITIONS
        ? []
        : nodes
            .map((n) => ({ id: n.id(), x: Math.round(n.position().x), y: Math.round(n.position().y) }))
            // By id: the order nodes were added in differs after a reload; the URL should not.
            .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    store.set({ positions: shown });
  };

  /** A spot some node is drawn at (or about to be), with that node's size. */
  type Spot = Position & { size: number };
  const GAP = 55;
  /** No node within `GAP` px of `p`, nor close enough for the two bodies to touch. */
  const isFree = (p: Position, size: number, taken: readonly Spot[]) =>
    taken.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= Math.max(GAP, (size + q.size) / 2 + 12));

  /** The first free spot on rings around `centre`, or null. */
  const placeNear = (centre: Position, size: number, taken: readonly Spot[]): Position | null => {
    for (let ring = 0; ring < 12; ring++) {
      const radius = 110 + ring * 60;
      const slots = Math.floor((2 * Math.PI * radius) / GAP);
      for (let i = 0; i < slots; i++) {
        const angle = (2 * Math.PI * i) / slots + ring * 0.37;
        const p = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
        if (isFree(p, size, taken)) return p;
      }
    }
    return null;
  };

  let fitAfterRender = false;

  function runLayout(fit = true) {
    running?.stop();
    const view = store.get();
    const n = cy.nodes().length;
    const name = effectiveLayout(view.layout, n);
    layoutUsed = name;
    options.onLayout?.(name);
    const opts = { ...layoutOptions(name, n, view.focus), fit };
    const unpinned = cy.elements().filter((el) => !(el.isNode() && el.locked()));
    running = unpinned.layout(opts);
    running.one('layoutstop', () => {
      remember();
      running = null;
      publish();
      // A handful of nodes should not fill the screen at 4× zoom.
      if (fit && cy.zoom() > 1.4) {
        cy.zoom(1.4);
        cy.center();
      }
    });
    running.run();
  }

  function applyAnalytics(view: ViewState, graph: VisibleGraph): ElementDefinition[] {
    const needs = view.sizeBy !== 'none' || view.colorBy === 'community';
    metrics = needs
      ? computeMetrics(
          graph.nodes.map((n) => n.entity.id),
          graph.edges,
          { betweenness: view.sizeBy === 'betweenness', communities: view.colorBy === 'community' },
        )
      : undefined;
    return toElements(graph, { metrics, sizeBy: view.sizeBy, colorBy: view.colorBy, selected: view.selected });
  }

  function render(graph: VisibleGraph) {
    lastGraph = graph;
    const token = ++renderToken;
    const view = store.get();
    const defs = applyAnalytics(view, graph);
    remember();
    const wanted = new Set(defs.map((d) => d.data.id!));
    const wasEmpty = cy.nodes().length === 0;
    cy.batch(() => {
      cy.elements()
        .filter((el) => !wanted.has(el.id()))
        .remove();
      for (const d of defs) {
        const el = cy.getElementById(d.data.id!);
        if (el.nonempty()) {
          el.data(d.data);
          el.classes(d.classes ?? '');
        }
      }
    });
    const fresh = defs.filter((d) => cy.getElementById(d.data.id!).empty());
    const freshNodes = fresh.filter((d) => d.group === 'nodes');
    const sizeOf = (size: unknown) => Number(size) || 30;
    const taken: Spot[] = cy.nodes().map((n) => ({ ...n.position(), size: sizeOf(n.data('size')) }));
    /** Fresh nodes that do not go back where they were (new, or their old spot is taken now). */
    const unplaced: string[] = [];
    const placed = new Map<string, Position>();
    let beside = 0;
    let restored = false;
    const ext = cy.extent();
    for (const d of freshNodes) {
      const id = d.data.id!;
      const size = sizeOf((d.data as { size?: unknown }).size);
      const fromUrl = restoring.delete(id);
      if (fromUrl) restored = true;
      // A node seen before goes back to its spot, unless another one stands there now (a tour step
      // or an undo brings back nodes whose spots were given away while they were gone). The URL's
      // positions are the picture that was shared: drawn as they are.
      const before = positions.get(id);
      let pos = before && (fromUrl || isFree(before, size, taken)) ? before : null;
      if (!pos) unplaced.push(id);
      const origin = String(d.data.origin ?? '');
      const parent = origin ? cy.getElementById(origin) : null;
      const centre = parent?.nonempty() ? parent.position() : (placed.get(origin) ?? positions.get(origin));
      if (!pos && centre) pos = placeNear(centre, size, taken);
      if (!pos && cy.nodes().nonempty()) {
        // No parent on the canvas: beside what is there, not on top of it.
        const box = cy.nodes().boundingBox();
        do pos = { x: box.x2 + 120, y: (box.y1 + box.y2) / 2 + beside++ * 70 };
        while (!isFree(pos, size, taken));
      }
      if (!pos) {
        // Empty canvas: a sunflower spiral until the layout runs (never two nodes on one spot).
        const i = beside++;
        const r = 40 * Math.sqrt(i);
        pos = { x: (ext.x1 + ext.x2) / 2 + r * Math.cos(i * 2.39996), y: (ext.y1 + ext.y2) / 2 + r * Math.sin(i * 2.39996) };
      }
      d.position = pos;
      placed.set(id, pos);
      taken.push({ ...pos, size });
    }
    const total = wanted.size;
    setViewportHiding(total > BIG);
    // Nodes placed before (or by the URL) keep their place: an empty canvas is laid out only when
    // some of its nodes have none.
    const needsLayout = unplaced.length > 0 && (wasEmpty || (unplaced.length > 10 && unplaced.length > 0.5 * graph.nodes.length));
    // Progressive loading: nodes first, then edges, in chunks, one animation frame each.
    const ordered = [...freshNodes, ...fresh.filter((d) => d.group === 'edges')];
    const addChunk = (start: number) => {
      if (token !== renderToken) return;
      const slice = ordered.slice(start, start + CHUNK);
      cy.batch(() => {
        cy.add(slice.filter((d) => d.group === 'nodes'));
        // An edge whose endpoint is not there (render superseded) is skipped, never thrown.
        const has = (id: unknown) => cy.getElementById(String(id)).nonempty();
        cy.add(slice.filter((d) => d.group === 'edges' && has(d.data.source) && has(d.data.target)));
      });
      if (start + CHUNK < ordered.length) {
        requestAnimationFrame(() => addChunk(start + CHUNK));
      } else {
        finish();
      }
    };
    const finish = () => {
      syncPins(store.get());
      syncSelection(store.get(), false);
      syncPathFade(store.get());
      if (needsLayout) runLayout(true);
      else if (fitAfterRender || restored) fit();
      else if (unplaced.length > 0) flash(unplaced);
      fitAfterRender = false;
      remember();
      publish();
    };
    if (ordered.length === 0) finish();
    else addChunk(0);
  }

  function flash(ids: string[]) {
    const wanted = new Set(ids);
    const els = cy.nodes().filter((n) => wanted.has(n.id()));
    els.addClass('new');
    setTimeout(() => els.removeClass('new'), 1200);
    // Bring the newcomers into view without losing the rest.
    const box = els.union(els.neighborhood()).boundingBox();
    const ext = cy.extent();
    if (box.x1 < ext.x1 || box.x2 > ext.x2 || box.y1 < ext.y1 || box.y2 > ext.y2) {
      cy.animate({ fit: { eles: cy.elements(), padding: 40 }, duration: 300 });
    }
  }

  function setViewportHiding(big: boolean) {
    // Cytoscape reads these renderer options on each frame; they are set at init otherwise.
    const r = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    r.hideEdgesOnViewport = big;
    r.hideLabelsOnViewport = big;
    r.textureOnViewport = big;
  }

  function syncPins(view: ViewState) {
    cy.nodes().forEach((n) => {
      if (view.pinned.includes(n.id())) n.lock();
      else n.unlock();
    });
  }

  function syncSelection(view: ViewState, center: boolean) {
    cy.batch(() => {
      cy.$(':selected').filter((el) => el.id() !== view.selected).unselect();
      if (view.selected) {
        const el = cy.getElementById(view.selected);
        if (el.nonempty() && !el.selected()) el.select();
        if (center && el.nonempty() && el.isNode()) {
          const p = el.renderedPosition();
          const w = cy.width();
          const h = cy.height();
          if (p.x < 40 || p.y < 40 || p.x > w - 40 || p.y > h - 40) cy.animate({ center: { eles: el }, duration: 250 });
        }
      }
    });
  }

  function syncPathFade(view: ViewState) {
    cy.batch(() => {
      const onPath = cy.elements('.path');
      cy.elements().removeClass('faded');
      if (view.path && onPath.nonempty()) cy.elements().difference(onPath).addClass('faded');
    });
  }

  store.subscribe((view, changed: ReadonlySet<ViewChange>) => {
    // A tour step replaces what is shown: frame all of it once it is drawn.
    if (changed.has('tour') && view.tour) fitAfterRender = true;
    if (changed.has('selected')) syncSelection(view, true);
    if (changed.has('pinned')) syncPins(view);
    if (changed.has('layout')) runLayout(true);
    if (changed.has('sizeBy') || changed.has('colorBy')) render(lastGraph);
    if (changed.has('mode') && view.mode === 'graph') {
      requestAnimationFrame(() => {
        cy.resize();
        cy.fit(undefined, 30);
      });
    }
  });
  new ResizeObserver(() => cy.resize()).observe(container);

  // Gestures → view changes.
  // cytoscape types an event's target as any; with a selector it is the one element tapped.
  const eventElement = (evt: EventObject) => evt.target as SingularElementArgument;
  const eventNode = (evt: EventObject) => evt.target as NodeSingular;
  cy.on('tap', 'node, edge', (evt) => store.select(eventElement(evt).id()));
  cy.on('tap', (evt) => {
    if (evt.target === cy) store.select(null);
  });
  cy.on('dbltap', 'node', (evt) => {
    const id = eventNode(evt).id();
    store.select(id);
    store.expand(id);
  });
  cy.on('mouseover', 'edge', (evt) => eventElement(evt).addClass('hover'));
  cy.on('mouseout', 'edge', (evt) => eventElement(evt).removeClass('hover'));
  cy.on('dragfree', 'node', (evt) => {
    positions.set(eventNode(evt).id(), { ...eventNode(evt).position() });
    publish();
  });

  // Keyboard: the canvas is one focusable widget (tabindex=0); arrows walk to a neighbour.
  container.addEventListener('keydown', (event) => {
    const view = store.get();
    const selected = view.selected ? cy.getElementById(view.selected) : null;
    const node = selected?.nonempty() && selected.isNode() ? (selected as NodeSingular) : null;
    const key = event.key;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (key.startsWith('Arrow')) {
      handled();
      if (!node) {
        const start = (view.focus && cy.getElementById(view.focus).nonempty() ? cy.getElementById(view.focus) : cy.nodes().first());
        if (start.nonempty()) store.select(start.id());
        return;
      }
      const dir = { ArrowRight: 0, ArrowDown: Math.PI / 2, ArrowLeft: Math.PI, ArrowUp: -Math.PI / 2 }[key] ?? 0;
      const from = node.position();
      let best: NodeSingular | null = null;
      let bestScore = Infinity;
      const candidates = node.neighborhood('node').length ? node.neighborhood('node') : cy.nodes().difference(node);
      candidates.forEach((m) => {
        const p = (m as NodeSingular).position();
        const angle = Math.atan2(p.y - from.y, p.x - from.x);
        let diff = Math.abs(angle - dir);
        if (diff > Math.PI) diff = 2 * Math.PI - diff;
        if (diff > Math.PI / 2) return;
        const score = diff * 200 + Math.hypot(p.x - from.x, p.y - from.y);
        if (score < bestScore) {
          bestScore = score;
          best = m;
        }
      });
      // TypeScript cannot see the assignment inside forEach's callback and narrows `best` to null.
      if (best) store.select((best as NodeSingular).id());
      return;
    }
    if (key === '+' || key === '=') return (handled(), zoom(1.25));
    if (key === '-') return (handled(), zoom(0.8));
    if (key === '0' || key === 'f') return (handled(), fit());
    if (key === 'Escape') return (handled(), store.select(null));
    if (!node) return;
    if (key === 'Enter') return (handled(), store.expand(node.id()));
    if (key === 'Delete' || key === 'Backspace' || key === 'h') return (handled(), store.hide(node.id()));
    if (key === 'c') return (handled(), store.collapse(node.id()));
    if (key === 'p') return (handled(), store.togglePin(node.id()));
  });

  function fit() {
    cy.animate({ fit: { eles: cy.elements(), padding: 30 }, duration: 250 });
  }

  function zoom(factor: number) {
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  function svg(): string {
    const nodes: SvgNode[] = cy.nodes().map((n) => {
      const kind = n.data('kind') as Kind;
      return {
        x: n.position().x,
        y: n.position().y,
        size: Number(n.data('size')) || 30,
        shape: KIND_STYLE[kind]?.shape ?? 'ellipse',
        color: String(n.data('color')),
        borderColor: n.selected() ? '#000000' : '#333333',
        borderWidth: n.selected() ? 4 : n.hasClass('expanded') ? 2 : 1,
        label: String(n.data('label')),
        opacity: n.hasClass('faded') ? 0.2 : 1,
      };
    });
    const edges: SvgEdge[] = cy.edges().map((e) => {
      const s = e.source().position();
      const t = e.target().position();
      // Stop the line at the target's border so the arrowhead shows.
      const r = (Number(e.target().data('size')) || 30) / 2 + 2;
      const d = Math.hypot(t.x - s.x, t.y - s.y) || 1;
      const type = e.data('type') as RelationType;
      return {
        sx: s.x,
        sy: s.y,
        tx: t.x - ((t.x - s.x) * r) / d,
        ty: t.y - ((t.y - s.y) * r) / d,
        color: RELATION_STYLE[type]?.color ?? '#999999',
        width: e.hasClass('path') ? 4 : e.selected() ? 3 : 1.6,
        lineStyle: CONFIDENCE_LINE[e.data('confidence') as Confidence] ?? 'solid',
        label: e.selected() || e.hasClass('path') ? String(e.data('label')) : null,
        opacity: e.hasClass('faded') ? 0.2 : 0.85,
      };
    });
    return toSvg(nodes, edges, 'Alliance Atlas');
  }

  return {
    render,
    relayout: () => runLayout(true),
    fit,
    zoom,
    png: () => cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }),
    svg,
    get layoutUsed() {
      return layoutUsed;
    },
    renderer: webgl ? 'webgl' : 'canvas',
    destroy: () => cy.destroy(),
  };
}
