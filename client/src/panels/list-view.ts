import type { Loader } from '../loader.js';
import { statusInView } from '../model/graph-model.js';
import { asOfPhrase, periodLabel } from '../model/time.js';
import { KIND_STYLE, RELATION_STYLE } from '../model/vocabulary.js';
import type { ViewStore } from '../state.js';
import { clear, h, kindIcon } from './dom.js';
import { disputedMark, gradeBadge, suspendedBadge, suspendedText } from './evidence.js';

/**
 * The visible graph as two tables (entities, relationships): the accessible mirror of the
 * canvas. Every row can be selected, expanded or hidden by keyboard.
 */
export function createListView(root: HTMLElement, store: ViewStore, loader: Loader): void {
  const render = () => {
    if (store.get().mode !== 'list') return;
    clear(root);
    const g = loader.graph;
    const view = store.get();
    const degree = new Map<string, number>();
    g.edges.forEach((e) => {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    });
    const names = new Map(g.nodes.map((n) => [n.entity.id, n.entity.name]));
    const nodes = [...g.nodes].sort((a, b) => a.entity.name.localeCompare(b.entity.name));
    const entityTable = h(
      'table',
      { className: 'list-table', 'aria-label': 'Entities in view' },
      h('caption', {}, `Entities in view (${nodes.length})${asOfPhrase(view)}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Name', 'Kind', 'Years', 'Links', 'Actions'].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        nodes.map((n) =>
          h(
            'tr',
            { className: view.selected === n.entity.id ? 'selected' : '' },
            h(
              'th',
              { scope: 'row' },
              h(
                'button',
                {
                  type: 'button',
                  className: 'link',
                  'aria-pressed': view.selected === n.entity.id ? 'true' : 'false',
                  onclick: () => store.select(n.entity.id),
                },
                n.entity.name,
              ),
            ),
            h('td', {}, kindIcon(n.entity.kind, 12), ` ${KIND_STYLE[n.entity.kind].label}`),
            h('td', {}, periodLabel(n.entity)),
            h('td', { className: 'num' }, String(degree.get(n.entity.id) ?? 0)),
            h(
              'td',
              {},
              h(
                'button',
                {
                  type: 'button',
                  className: 'small',
                  'aria-label': `Expand ${n.entity.name}`,
                  onclick: () => store.expand(n.entity.id),
                },
                'Expand',
              ),
              h(
                'button',
                {
                  type: 'button',
                  className: 'small',
                  'aria-label': `Hide ${n.entity.name}`,
                  onclick: () => store.hide(n.entity.id),
                },
                'Hide',
              ),
            ),
          ),
        ),
      ),
    );
    const edgeTable = h(
      'table',
      { className: 'list-table', 'aria-label': 'Relationships in view' },
      h('caption', {}, `Relationships in view (${g.edges.length})`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          // While comparing times the table says how each link changed, as the canvas's colours do.
          [
            ...(view.compareTimes ? ['Change'] : []),
            'From',
            'Relation',
            'To',
            'Dates',
            'Status',
            'Grade',
            'Sources',
          ].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        g.edges.map((e) => {
          const suspended = suspendedText(e.rel, statusInView(e.rel, view));
          return h(
            'tr',
            {
              className: [view.selected === e.rel.id ? 'selected' : '', suspended ? 'suspended' : ''].join(' ').trim(),
            },
            view.compareTimes ? h('td', { className: 'change' }, e.change ?? '') : null,
            h('td', {}, names.get(e.source) ?? e.source),
            h(
              'td',
              {},
              h(
                'button',
                { type: 'button', className: 'link', onclick: () => store.select(e.rel.id) },
                RELATION_STYLE[e.rel.type].verb,
              ),
              e.rel.role ? ` (${e.rel.role})` : '',
            ),
            h('td', {}, names.get(e.target) ?? e.target),
            h('td', {}, periodLabel(e.rel), disputedMark(e.rel, true)),
            h('td', {}, suspended ? suspendedBadge(suspended) : 'active'),
            h('td', {}, gradeBadge(e.rel)),
            h(
              'td',
              {},
              e.rel.sources.map((s, i) =>
                s.url
                  ? h(
                      'a',
                      { href: s.url, target: '_blank', rel: 'noopener noreferrer', title: s.title },
                      `[${i + 1}] ${s.publisher ?? ''}`.trim() + ' ',
                    )
                  : `${s.title} `,
              ),
            ),
          );
        }),
      ),
    );
    root.append(entityTable, edgeTable);
  };
  store.subscribe((_v, changed) => {
    if (changed.has('mode') || changed.has('selected') || changed.has('day') || changed.has('compareTimes')) render();
  });
  loader.subscribe((c) => c === 'graph' && render());
  render();
}
