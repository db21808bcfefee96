import { onLoading } from '../api/request.js';
import type { Loader } from '../loader.js';
import { toCsv, toGraphml, toJsonExport } from '../model/exporters.js';
import { viewQuery } from '../model/view-query.js';
import { evidenceArgs, type ViewStore } from '../state.js';
import { timeArgs } from '../model/time.js';
import { copyText, download, h } from './dom.js';

export interface CanvasCommands {
  png(): Promise<Blob>;
  svg(): string;
  fit(): void;
}

/**
 * A disclosure menu (button + list of buttons), keyboard-operable; it closes when an item is
 * picked (items may be added to its `[role=menu]` list later).
 */
export function menu(label: string, id: string, items: HTMLElement[]): HTMLElement {
  const list = h('div', { className: 'menu-list', id: `${id}-menu`, role: 'menu', hidden: true }, items);
  const button = h(
    'button',
    { type: 'button', id, 'aria-haspopup': 'true', 'aria-expanded': 'false', 'aria-controls': `${id}-menu` },
    `${label} ▾`,
  );
  const close = () => {
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  button.addEventListener('click', () => {
    list.hidden = !list.hidden;
    button.setAttribute('aria-expanded', String(!list.hidden));
    if (!list.hidden) list.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  });
  list.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('[role=menuitem]')) close();
  });
  list.addEventListener('keydown', (e) => {
    const entries = [...list.querySelectorAll<HTMLElement>('[role=menuitem]')];
    const i = entries.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      close();
      button.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      entries[(i + (e.key === 'ArrowDown' ? 1 : -1) + entries.length) % entries.length]?.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!(e.target as HTMLElement).closest(`#${id}, #${id}-menu`)) close();
  });
  return h('div', { className: 'menu' }, button, list);
}

export const menuItem = (label: string, onclick: () => void, extra: Record<string, string> = {}) =>
  h('button', { type: 'button', role: 'menuitem', onclick, ...extra }, label);

/**
 * Header actions: undo, clear, list/graph toggle, export (PNG, SVG, JSON, GraphML, CSV and the
 * server's exports), share (link, GraphQL), and the loading indicator.
 */
export function createToolbar(
  root: HTMLElement,
  store: ViewStore,
  loader: Loader,
  canvas: CanvasCommands,
  fragments: string,
): { toursSlot: HTMLElement } {
  const loading = h(
    'span',
    { className: 'loading', role: 'status', 'aria-live': 'polite', hidden: true },
    h('span', { className: 'spinner', 'aria-hidden': 'true' }),
    'Loading…',
  );
  onLoading((n) => {
    loading.hidden = n === 0;
    document.body.classList.toggle('busy', n > 0);
  });
  const undo = h(
    'button',
    { type: 'button', id: 'undo', onclick: () => store.undo(), title: 'Undo the last expand, collapse or hide (u)' },
    '↶ Undo',
  );
  const modeToggle = h(
    'button',
    {
      type: 'button',
      id: 'mode-toggle',
      'aria-pressed': 'false',
      onclick: () => store.set({ mode: store.get().mode === 'graph' ? 'list' : 'graph' }),
    },
    'List view',
  );
  const timelineToggle = h(
    'button',
    {
      type: 'button',
      id: 'timeline-toggle',
      'aria-pressed': 'false',
      title: 'The selected entity’s relationships over the years, under the canvas (t)',
      onclick: () => store.set({ timeline: !store.get().timeline }),
    },
    'Timeline',
  );
  const stamp = () => {
    const { year: y, day } = store.get();
    return `alliance-atlas${day !== null ? `-${day}` : y === null ? '' : `-${y}`}`;
  };
  const serverLink = (path: string) => {
    const q = new URLSearchParams({ ids: loader.graph.nodes.map((n) => n.entity.id).join(',') });
    // The view's time (a day or a year) and evidence filter, as the endpoint takes them.
    const view = store.get();
    const time = timeArgs(view);
    if (time.at !== null) q.set('at', time.at);
    else if (time.asOf !== null) q.set('asOf', String(time.asOf));
    const evidence = evidenceArgs(view.filters);
    q.set('includeSuspended', String(evidence.includeSuspended));
    if (evidence.minReliability !== null) q.set('minReliability', evidence.minReliability);
    if (evidence.maxCredibility !== null) q.set('maxCredibility', String(evidence.maxCredibility));
    return `${path}?${q.toString()}`;
  };
  const exportMenu = menu('Export', 'export', [
    menuItem('PNG image', () => void canvas.png().then((b) => download(`${stamp()}.png`, b)), { id: 'export-png' }),
    menuItem('SVG image', () => download(`${stamp()}.svg`, canvas.svg(), 'image/svg+xml'), { id: 'export-svg' }),
    menuItem(
      'JSON (visible subgraph)',
      () =>
        download(
          `${stamp()}.json`,
          toJsonExport(loader.graph, { ...timeArgs(store.get()), url: location.href }),
          'application/json',
        ),
      { id: 'export-json' },
    ),
    menuItem(
      'GraphML (visible subgraph)',
      () => download(`${stamp()}.graphml`, toGraphml(loader.graph), 'application/graphml+xml'),
      { id: 'export-graphml' },
    ),
    menuItem('CSV (relationships)', () => download(`${stamp()}.csv`, toCsv(loader.graph), 'text/csv'), {
      id: 'export-csv',
    }),
    menuItem('Server: graph.json', () => void window.open(serverLink('/export/graph.json'), '_blank', 'noopener')),
    menuItem(
      'Server: graph.graphml',
      () => void window.open(serverLink('/export/graph.graphml'), '_blank', 'noopener'),
    ),
    menuItem(
      'Server: relationships.csv',
      () => void window.open(serverLink('/export/relationships.csv'), '_blank', 'noopener'),
    ),
  ]);

  const queryText = h('textarea', { readonly: true, rows: 16, 'aria-label': 'GraphQL operation', id: 'graphql-text' });
  const varsText = h('textarea', { readonly: true, rows: 6, 'aria-label': 'GraphQL variables', id: 'graphql-vars' });
  const copied = h('span', { className: 'muted', 'aria-live': 'polite' });
  const dialog = h(
    'dialog',
    { id: 'graphql-dialog', 'aria-labelledby': 'graphql-title' },
    h('h2', { id: 'graphql-title' }, 'GraphQL for this view'),
    h(
      'p',
      { className: 'muted' },
      'POST it to /graphql (or paste it into GraphiQL at /graphql) to fetch the same data.',
    ),
    h('label', { for: 'graphql-text' }, 'Operation'),
    queryText,
    h('label', { for: 'graphql-vars' }, 'Variables'),
    varsText,
    h(
      'div',
      { className: 'actions' },
      h(
        'button',
        {
          type: 'button',
          className: 'primary',
          onclick: () =>
            void copyText(
              `${queryText.value}\n# variables\n# ${varsText.value.replace(/\n/g, '\n# ')}`,
              queryText,
            ).then((ok) => (copied.textContent = ok ? 'Copied.' : 'Select and copy the text above.')),
        },
        'Copy operation and variables',
      ),
      h('button', { type: 'button', onclick: () => dialog.close() }, 'Close'),
      copied,
    ),
  );
  document.body.append(dialog);
  const showQuery = () => {
    const { query, variables } = viewQuery(store.get(), fragments);
    queryText.value = query;
    varsText.value = JSON.stringify(variables, null, 2);
    copied.textContent = '';
    dialog.showModal();
  };
  const shareStatus = h('span', { className: 'visually-hidden', 'aria-live': 'polite' });
  const shareMenu = menu('Share', 'share', [
    menuItem(
      'Copy link to this view',
      () =>
        void copyText(location.href).then(
          (ok) => (shareStatus.textContent = ok ? 'Link copied' : `Link: ${location.href}`),
        ),
      { id: 'copy-link' },
    ),
    menuItem('Copy GraphQL…', showQuery, { id: 'copy-graphql' }),
  ]);

  const toursSlot = h('div', { className: 'tours-slot' });
  root.append(
    toursSlot,
    undo,
    h(
      'button',
      { type: 'button', onclick: () => store.clear(), title: 'Empty the canvas (undo brings it back)' },
      'Clear',
    ),
    h('button', { type: 'button', onclick: () => canvas.fit(), title: 'Fit the graph in view (f)' }, 'Fit'),
    modeToggle,
    timelineToggle,
    exportMenu,
    shareMenu,
    shareStatus,
    loading,
  );
  const sync = () => {
    undo.disabled = !store.canUndo();
    const list = store.get().mode === 'list';
    modeToggle.textContent = list ? 'Graph view' : 'List view';
    modeToggle.setAttribute('aria-pressed', String(list));
    timelineToggle.setAttribute('aria-pressed', String(store.get().timeline));
  };
  store.subscribe(sync);
  sync();
  return { toursSlot };
}
