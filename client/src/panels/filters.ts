import type { Confidence, Kind, Reliability, RelationType } from '../api/__generated__/operations.js';
import type { Loader } from '../loader.js';
import { asOfPhrase } from '../model/time.js';
import {
  CONFIDENCES,
  CONFIDENCE_GRADES,
  CONFIDENCE_LINE,
  CREDIBILITIES,
  CREDIBILITY_WORDS,
  RELIABILITIES,
  RELIABILITY_WORDS,
  KINDS,
  KIND_STYLE,
  RELATION_STYLE,
  RELATION_TYPES,
  relationLabel,
} from '../model/vocabulary.js';
import { LAYOUT_NAMES, type ColorBy, type LayoutName, type SizeBy, type ViewStore } from '../state.js';
import { h, kindIcon, lineIcon, suspendedIcon } from './dom.js';

/**
 * Filters that double as the legend (shape + colour per kind, colour per relation type, line
 * style per confidence), then analytics and layout. Counts are of the visible graph.
 */
export function createFilters(
  root: HTMLElement,
  store: ViewStore,
  loader: Loader,
  actions: { relayout(): void },
): void {
  const kindCounts = new Map<Kind, HTMLElement>();
  const relCounts = new Map<RelationType, HTMLElement>();
  const kindBoxes = new Map<Kind, HTMLInputElement>();
  const relBoxes = new Map<RelationType, HTMLInputElement>();

  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
    on ? [...new Set([...list, value])] : list.filter((v) => v !== value);

  const kindsFieldset = h(
    'fieldset',
    { className: 'legend-list' },
    h('legend', {}, 'Kinds'),
    KINDS.map((kind) => {
      const box = h('input', { type: 'checkbox', checked: true, 'data-kind': kind });
      box.addEventListener('change', () => {
        const f = store.get().filters;
        store.set({ filters: { ...f, kinds: toggle(f.kinds, kind, box.checked) } });
      });
      kindBoxes.set(kind, box);
      const count = h('span', { className: 'count' });
      kindCounts.set(kind, count);
      return h('label', { className: 'legend-item' }, box, kindIcon(kind), ` ${KIND_STYLE[kind].label}`, count);
    }),
  );

  const relFieldset = h(
    'fieldset',
    { className: 'legend-list' },
    h('legend', {}, 'Relations'),
    RELATION_TYPES.map((type) => {
      const box = h('input', { type: 'checkbox', checked: true, 'data-type': type });
      box.addEventListener('change', () => {
        const f = store.get().filters;
        store.set({ filters: { ...f, relationTypes: toggle(f.relationTypes, type, box.checked) } });
      });
      relBoxes.set(type, box);
      const count = h('span', { className: 'count' });
      relCounts.set(type, count);
      return h(
        'label',
        { className: 'legend-item' },
        box,
        lineIcon(RELATION_STYLE[type].color),
        ` ${relationLabel(type)}`,
        count,
      );
    }),
  );

  const confidence = h(
    'select',
    { id: 'min-confidence' },
    [...CONFIDENCES].map((c) =>
      h('option', { value: c }, c === 'LOW' ? 'all (low and up)' : c === 'MEDIUM' ? 'medium and high' : 'high only'),
    ),
  );
  confidence.addEventListener('change', () => {
    store.set({ filters: { ...store.get().filters, minConfidence: confidence.value as Confidence } });
  });

  // The evidence filter is the server's (loader.ts refetches under it): what it leaves out is never loaded.
  const setFilters = (patch: Partial<ReturnType<typeof store.get>['filters']>) =>
    store.set({ filters: { ...store.get().filters, ...patch } });
  const minReliability = h(
    'select',
    { id: 'min-reliability' },
    h('option', { value: '' }, 'any (A–F)'),
    RELIABILITIES.filter((r) => r !== 'F').map((r) =>
      h(
        'option',
        { value: r },
        r === 'A' ? 'A only' : `A–${r}`,
        ` (${RELIABILITY_WORDS[r]}${r === 'A' ? '' : ' or better'})`,
      ),
    ),
  );
  minReliability.addEventListener('change', () =>
    setFilters({ minReliability: (minReliability.value || null) as Reliability | null }),
  );
  const maxCredibility = h(
    'select',
    { id: 'max-credibility' },
    h('option', { value: '' }, 'any (1–6)'),
    CREDIBILITIES.filter((c) => c !== 6).map((c) =>
      h(
        'option',
        { value: String(c) },
        c === 1 ? '1 only' : `1–${c}`,
        ` (${CREDIBILITY_WORDS[c]}${c === 1 ? '' : ' or better'})`,
      ),
    ),
  );
  maxCredibility.addEventListener('change', () =>
    setFilters({ maxCredibility: maxCredibility.value ? Number(maxCredibility.value) : null }),
  );
  const includeSuspended = h('input', { type: 'checkbox', id: 'include-suspended', checked: true });
  includeSuspended.addEventListener('change', () => setFilters({ includeSuspended: includeSuspended.checked }));
  const pathsThroughSuspended = h('input', { type: 'checkbox', id: 'paths-through-suspended' });
  pathsThroughSuspended.addEventListener('change', () =>
    setFilters({ pathsThroughSuspended: pathsThroughSuspended.checked }),
  );

  const select = <T extends string>(id: string, options: readonly [T, string][], onChange: (v: T) => void) => {
    const el = h(
      'select',
      { id },
      options.map(([v, label]) => h('option', { value: v }, label)),
    );
    el.addEventListener('change', () => onChange(el.value as T));
    return el;
  };
  const sizeBy = select<SizeBy>(
    'size-by',
    [
      ['none', 'uniform'],
      ['degree', 'degree'],
      ['betweenness', 'betweenness'],
    ],
    (v) => store.set({ sizeBy: v }),
  );
  const colorBy = select<ColorBy>(
    'color-by',
    [
      ['kind', 'kind'],
      ['community', 'community (Louvain)'],
    ],
    (v) => store.set({ colorBy: v }),
  );
  const layout = select<LayoutName>(
    'layout',
    LAYOUT_NAMES.map((n) => [n, n] as [LayoutName, string]),
    (v) => store.set({ layout: v }),
  );
  const layoutNote = h('p', { className: 'muted small', 'aria-live': 'polite' });
  const filteredNote = h('p', { className: 'muted small' });

  root.append(
    h('h2', { className: 'panel-title' }, 'Filters & legend'),
    kindsFieldset,
    relFieldset,
    h(
      'fieldset',
      { id: 'evidence-filter' },
      h('legend', {}, 'Evidence'),
      h('div', { className: 'field' }, h('label', { for: 'min-reliability' }, 'Sources '), minReliability),
      h('div', { className: 'field' }, h('label', { for: 'max-credibility' }, 'Credibility '), maxCredibility),
      h('label', { className: 'field' }, includeSuspended, ' Include suspended links'),
      h('label', { className: 'field' }, pathsThroughSuspended, ' Paths may cross suspended links'),
      h('div', { className: 'field' }, h('label', { for: 'min-confidence' }, 'Confidence '), confidence),
      h(
        'ul',
        { className: 'conf-legend', 'aria-label': 'Line styles' },
        [...CONFIDENCES]
          .reverse()
          .map((c) =>
            h(
              'li',
              {},
              lineIcon('#555', CONFIDENCE_LINE[c]),
              ` ${c.toLowerCase()}: `,
              h('span', { className: 'muted' }, CONFIDENCE_GRADES[c]),
            ),
          ),
        h('li', {}, suspendedIcon(), ' suspended (faint, black arrowhead)'),
        h('li', {}, h('span', { className: 'badge grade' }, 'B2'), ' grade: source A–F, fact 1–6'),
        h('li', {}, h('span', { className: 'disputed-sample' }, '⚖'), ' disputed: sources disagree'),
      ),
    ),
    filteredNote,
    h('button', { type: 'button', onclick: () => store.unhideAll() }, 'Show hidden nodes'),
    h('h2', { className: 'panel-title' }, 'Analytics'),
    h('div', { className: 'field' }, h('label', { for: 'size-by' }, 'Size by '), sizeBy),
    h('div', { className: 'field' }, h('label', { for: 'color-by' }, 'Colour by '), colorBy),
    h('h2', { className: 'panel-title' }, 'Layout'),
    h(
      'div',
      { className: 'field' },
      h('label', { for: 'layout' }, 'Layout '),
      layout,
      h('button', { type: 'button', onclick: () => actions.relayout(), title: 'Re-run the layout (l)' }, 'Re-layout'),
    ),
    layoutNote,
  );

  const sync = () => {
    const v = store.get();
    kindBoxes.forEach((box, k) => (box.checked = v.filters.kinds.includes(k)));
    relBoxes.forEach((box, t) => (box.checked = v.filters.relationTypes.includes(t)));
    confidence.value = v.filters.minConfidence;
    minReliability.value = v.filters.minReliability ?? '';
    maxCredibility.value = v.filters.maxCredibility === null ? '' : String(v.filters.maxCredibility);
    includeSuspended.checked = v.filters.includeSuspended;
    pathsThroughSuspended.checked = v.filters.pathsThroughSuspended;
    sizeBy.value = v.sizeBy;
    colorBy.value = v.colorBy;
    layout.value = v.layout;
  };
  const syncCounts = () => {
    const g = loader.graph;
    kindCounts.forEach((el, k) => (el.textContent = String(g.nodes.filter((n) => n.entity.kind === k).length || '')));
    relCounts.forEach((el, t) => (el.textContent = String(g.edges.filter((e) => e.rel.type === t).length || '')));
    const v = store.get();
    filteredNote.textContent =
      g.filteredOut > 0
        ? `${g.filteredOut} loaded element${g.filteredOut === 1 ? ' is' : 's are'} filtered out${asOfPhrase(v) ? ` (${asOfPhrase(v).trim()})` : ''}${v.hidden.length ? `; ${v.hidden.length} hidden` : ''}.`
        : v.hidden.length
          ? `${v.hidden.length} hidden.`
          : '';
  };
  store.subscribe(sync);
  loader.subscribe((c) => c === 'graph' && syncCounts());
  sync();
  syncCounts();
  document.addEventListener('atlas:layout-used', (e) => {
    const used = (e as CustomEvent<string>).detail;
    layoutNote.textContent =
      used !== store.get().layout ? `Large graph: ${used} used instead of ${store.get().layout}.` : '';
  });
}
