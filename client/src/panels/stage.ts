import { asOfPhrase } from '../model/time.js';
import type { Loader } from '../loader.js';
import { OVERVIEW, type ViewStore } from '../state.js';
import { h } from './dom.js';

/**
 * The centre: canvas or list view, an empty-state message with a way back, and a live summary
 * of what the canvas shows for screen readers.
 */
export function createStage(
  canvas: HTMLElement,
  list: HTMLElement,
  empty: HTMLElement,
  summary: HTMLElement,
  store: ViewStore,
  loader: Loader,
): void {
  empty.append(
    h('p', {}, 'Nothing to show here yet.'),
    h(
      'p',
      { className: 'muted' },
      'Search for a state, framework or acronym above, start a guided tour, or go back to the overview.',
    ),
    h(
      'button',
      {
        type: 'button',
        className: 'primary',
        onclick: () => store.set({ focus: OVERVIEW.id, expansions: [{ ...OVERVIEW }], hidden: [], tour: null }),
      },
      'Show the NATO overview',
    ),
  );
  const sync = () => {
    const view = store.get();
    const g = loader.graph;
    canvas.hidden = view.mode !== 'graph';
    list.hidden = view.mode !== 'list';
    const busy = loader.pendingExpansions.size > 0;
    const suspendedCount = g.edges.filter((e) => e.status === 'SUSPENDED').length;
    empty.hidden = g.nodes.length > 0 || busy || !!loader.problem;
    const text = `${g.nodes.length} entities and ${g.edges.length} relationships shown${asOfPhrase(view)}${suspendedCount ? ` (${suspendedCount} suspended)` : ''}.`;
    summary.textContent = text;
    canvas.setAttribute(
      'aria-label',
      `Network: ${text} Arrow keys select neighbours, Enter expands, h hides, p pins, question mark lists all keys. The list view shows the same as tables.`,
    );
  };
  store.subscribe((_v, changed) => changed.has('mode') && sync());
  loader.subscribe(sync);
  sync();
}
