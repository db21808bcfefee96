import { loadTours, type Tour, type TourStep } from '../api/tours.js';
import { describeError } from '../api/request.js';
import type { Loader, Source } from '../loader.js';
import type { ViewStore } from '../state.js';
import { clear, h, sourceList } from './dom.js';
import { menu, menuItem } from './toolbar.js';

/**
 * Guided case studies: a Tours menu in the header and a step card (text, sources, previous /
 * next) that sets the view (focus, expansions, year, path) for each step.
 */
export function createTours(menuSlot: HTMLElement, card: HTMLElement, store: ViewStore, loader: Loader): void {
  let tours: Tour[] = [];
  const tourMenu = menu('Tours', 'tours', []);
  const list = tourMenu.querySelector<HTMLElement>('[role=menu]')!;
  const button = tourMenu.querySelector<HTMLElement>('#tours')!;
  menuSlot.append(tourMenu);

  const apply = (tour: Tour, index: number) => {
    const step = tour.steps[index];
    if (!step) return;
    store.set({
      tour: { id: tour.id, step: index },
      focus: step.focus,
      selected: step.select ?? step.focus,
      expansions: step.expand.map((e) => ({
        id: e.id,
        limit: e.limit ?? 20,
        kinds: e.kinds ?? [],
        types: e.types ?? [],
      })),
      hidden: [],
      year: step.year ?? null,
      day: null,
      path: step.path ?? null,
    });
  };

  /** Picked from the menu: the menu closes (toolbar.ts) and the keyboard lands on the step card. */
  const open = (tour: Tour) => {
    apply(tour, 0);
    card.querySelector<HTMLElement>('#tour-title')?.focus();
    // In a closed drawer (tablets) the card cannot take focus: back to the menu's button.
    if (!card.contains(document.activeElement)) button.focus();
  };

  const sourcesFor = async (step: TourStep): Promise<Source[]> => {
    const found = new Map<string, Source>();
    const details = await loader.fetchDetails(step.focus);
    details?.sources.forEach((s) => found.set(s.id, s));
    details?.rels.forEach((r) => r.sources.forEach((s) => found.set(s.id, s)));
    const rels = await Promise.all((step.evidence ?? []).map((id) => loader.fetchRelationship(id)));
    rels.forEach((r) => r?.sources.forEach((s) => found.set(s.id, s)));
    return step.sources.map(
      (id) => found.get(id) ?? { id, title: id, url: null, publisher: null, date: null, reliability: 'F' as const },
    );
  };

  /**
   * The card is rebuilt on every step, which would drop the keyboard on <body>: the control that had
   * it gets it back, or, when that one is now disabled (Next on the last step, Previous on the first),
   * the next in its list that is not; anything else in the card hands it to the title.
   */
  const keepFocus: Record<string, string[]> = {
    'tour-next': ['tour-next', 'tour-prev', 'tour-close'],
    'tour-prev': ['tour-prev', 'tour-next', 'tour-close'],
  };
  const restoreFocus = (had: string) => {
    for (const id of keepFocus[had] ?? [had, 'tour-title']) {
      const el = card.querySelector<HTMLElement>(`#${id}`);
      if (el && !(el instanceof HTMLButtonElement && el.disabled)) return el.focus();
    }
  };

  let renderToken = 0;
  const render = () => {
    const t = store.get().tour;
    const tour = t ? tours.find((x) => x.id === t.id) : undefined;
    const token = ++renderToken;
    const had =
      document.activeElement && card.contains(document.activeElement)
        ? document.activeElement.id || 'tour-title'
        : null;
    clear(card);
    card.hidden = !tour;
    if (!tour || !t) {
      // Closed from inside the card (Close tour): the keyboard goes back to the Tours menu's button.
      if (had) button.focus();
      return;
    }
    const step = tour.steps[Math.min(t.step, tour.steps.length - 1)]!;
    const i = tour.steps.indexOf(step);
    const sources = h('div', {}, h('p', { className: 'muted' }, 'Loading sources…'));
    card.append(
      h('p', { className: 'tour-kicker' }, `Guided tour · step ${i + 1} of ${tour.steps.length}`),
      h('h2', { id: 'tour-title', tabindex: -1 }, tour.title),
      h('h3', {}, step.title),
      h('p', { className: 'tour-text' }, step.text),
      h('h4', {}, 'Sources'),
      sources,
      h(
        'div',
        { className: 'actions' },
        h(
          'button',
          { type: 'button', id: 'tour-prev', disabled: i === 0, onclick: () => apply(tour, i - 1) },
          '← Previous',
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'primary',
            id: 'tour-next',
            disabled: i === tour.steps.length - 1,
            onclick: () => apply(tour, i + 1),
          },
          'Next →',
        ),
        h('button', { type: 'button', id: 'tour-close', onclick: () => store.set({ tour: null }) }, 'Close tour'),
      ),
    );
    if (had) restoreFocus(had);
    sourcesFor(step)
      .then((list) => {
        if (token !== renderToken) return;
        clear(sources);
        sources.append(sourceList(list));
      })
      .catch((error) => {
        if (token !== renderToken) return;
        clear(sources);
        sources.append(h('p', { className: 'muted' }, describeError(error)));
      });
  };

  loadTours()
    .then((loaded) => {
      tours = loaded;
      clear(list);
      list.append(
        ...tours.map((tour) => menuItem(tour.title, () => open(tour), { 'data-tour': tour.id, title: tour.summary })),
      );
      if (tours.length === 0) list.append(h('p', { className: 'muted' }, 'No tours.'));
      render();
    })
    .catch((error) => {
      list.append(h('p', { className: 'muted' }, describeError(error)));
    });
  store.subscribe((_v, changed) => changed.has('tour') && render());
}
