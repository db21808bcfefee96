import { loadTours, type Tour, type TourStep } from '../api/tours.js';
import { describeError } from '../api/request.js';
import type { Loader, Source } from '../loader.js';
import type { ViewStore } from '../state.js';
import { clear, h, sourceList } from './dom.js';
import { menuItem } from './toolbar.js';

/**
 * Guided case studies: a Tours menu in the header and a step card (text, sources, previous /
 * next) that sets the view (focus, expansions, year, path) for each step.
 */
export function createTours(menuSlot: HTMLElement, card: HTMLElement, store: ViewStore, loader: Loader): void {
  let tours: Tour[] = [];
  const list = h('div', { className: 'menu-list', id: 'tours-menu', role: 'menu', hidden: true });
  const button = h('button', { type: 'button', id: 'tours', 'aria-haspopup': 'true', 'aria-expanded': 'false', 'aria-controls': 'tours-menu' }, 'Tours ▾');
  button.addEventListener('click', () => {
    list.hidden = !list.hidden;
    button.setAttribute('aria-expanded', String(!list.hidden));
    if (!list.hidden) list.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  });
  list.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      list.hidden = true;
      button.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!(e.target as HTMLElement).closest('#tours, #tours-menu')) {
      list.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    }
  });
  menuSlot.append(h('div', { className: 'menu' }, button, list));

  const apply = (tour: Tour, index: number) => {
    const step = tour.steps[index];
    if (!step) return;
    store.set({
      tour: { id: tour.id, step: index },
      focus: step.focus,
      selected: step.select ?? step.focus,
      expansions: step.expand.map((e) => ({ id: e.id, limit: e.limit ?? 20, kinds: e.kinds ?? [], types: e.types ?? [] })),
      hidden: [],
      year: step.year ?? null,
      path: step.path ?? null,
    });
  };

  const sourcesFor = async (step: TourStep): Promise<Source[]> => {
    const found = new Map<string, Source>();
    const details = await loader.fetchDetails(step.focus);
    details?.sources.forEach((s) => found.set(s.id, s));
    details?.rels.forEach((r) => r.sources.forEach((s) => found.set(s.id, s)));
    const rels = await Promise.all((step.evidence ?? []).map((id) => loader.fetchRelationship(id)));
    rels.forEach((r) => r?.sources.forEach((s) => found.set(s.id, s)));
    return step.sources.map((id) => found.get(id) ?? { id, title: id, url: null, publisher: null, date: null, reliability: null });
  };

  let renderToken = 0;
  const render = () => {
    const t = store.get().tour;
    const tour = t ? tours.find((x) => x.id === t.id) : undefined;
    const token = ++renderToken;
    clear(card);
    card.hidden = !tour;
    if (!tour || !t) return;
    const step = tour.steps[Math.min(t.step, tour.steps.length - 1)]!;
    const i = tour.steps.indexOf(step);
    const sources = h('div', {}, h('p', { className: 'muted' }, 'Loading sources…'));
    card.append(
      h('p', { className: 'tour-kicker' }, `Guided tour · step ${i + 1} of ${tour.steps.length}`),
      h('h2', { id: 'tour-title' }, tour.title),
      h('h3', {}, step.title),
      h('p', { className: 'tour-text' }, step.text),
      h('h4', {}, 'Sources'),
      sources,
      h(
        'div',
        { className: 'actions' },
        h('button', { type: 'button', disabled: i === 0, onclick: () => apply(tour, i - 1) }, '← Previous'),
        h('button', { type: 'button', className: 'primary', id: 'tour-next', disabled: i === tour.steps.length - 1, onclick: () => apply(tour, i + 1) }, 'Next →'),
        h('button', { type: 'button', onclick: () => store.set({ tour: null }) }, 'Close tour'),
      ),
    );
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
        ...tours.map((tour) => menuItem(tour.title, () => apply(tour, 0), { 'data-tour': tour.id, title: tour.summary })),
      );
      if (tours.length === 0) list.append(h('p', { className: 'muted' }, 'No tours.'));
      render();
    })
    .catch((error) => {
      list.append(h('p', { className: 'muted' }, describeError(error)));
    });
  store.subscribe((_v, changed) => changed.has('tour') && render());
}
