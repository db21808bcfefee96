import type { Loader } from '../loader.js';
import { RELATION_STYLE } from '../model/vocabulary.js';
import { statusInView, type Rel } from '../model/graph-model.js';
import { periodLabel, timePhrase } from '../model/time.js';
import type { ViewStore } from '../state.js';
import { clear, h } from './dom.js';
import { disputedMark, gradeBadge, plainGrade, suspendedBadge, suspendedText } from './evidence.js';
import { createSearchBox } from './search-box.js';

/** "Who connects X and Y": two pickers, the shortest paths, each hop with its sources. */
export function createPathsPanel(root: HTMLElement, store: ViewStore, loader: Loader): void {
  let from = store.get().path?.from ?? '';
  let to = store.get().path?.to ?? '';
  const names = new Map<string, string>();
  const nameOf = (id: string) =>
    names.get(id) ?? loader.paths?.result.flatMap((p) => p.nodes).find((n) => n.id === id)?.name ?? loader.nameOf(id);
  const fromLabel = h('span', { className: 'picked', 'data-testid': 'path-from' });
  const toLabel = h('span', { className: 'picked', 'data-testid': 'path-to' });
  const results = h('div', { className: 'path-results', 'aria-live': 'polite' });
  const find = h('button', { type: 'button', className: 'primary', onclick: () => submit() }, 'Find paths');

  const syncLabels = () => {
    fromLabel.textContent = from ? nameOf(from) : 'none';
    toLabel.textContent = to ? nameOf(to) : 'none';
    find.disabled = !from || !to || from === to;
  };
  const submit = () => {
    if (from && to && from !== to) store.set({ path: { from, to } });
  };

  root.append(
    h('h2', { className: 'panel-title' }, 'Paths'),
    h(
      'div',
      { className: 'path-pickers' },
      h('div', { className: 'field' }, h('span', { className: 'field-label' }, 'From: '), fromLabel),
      createSearchBox(loader, {
        label: 'Path from',
        placeholder: 'From… (e.g. Japan)',
        clearOnPick: true,
        onPick: (e) => (names.set(e.id, e.name), (from = e.id), syncLabels()),
      }),
      h('div', { className: 'field' }, h('span', { className: 'field-label' }, 'To: '), toLabel),
      createSearchBox(loader, {
        label: 'Path to',
        placeholder: 'To… (e.g. Tunisia)',
        clearOnPick: true,
        onPick: (e) => (names.set(e.id, e.name), (to = e.id), syncLabels()),
      }),
      h(
        'div',
        { className: 'actions' },
        find,
        h(
          'button',
          { type: 'button', onclick: () => (([from, to] = [to, from]), syncLabels(), store.get().path && submit()) },
          'Swap',
        ),
        h('button', { type: 'button', onclick: () => store.set({ path: null }) }, 'Clear'),
      ),
    ),
    results,
  );

  const hop = (rel: Rel, fromId: string) => {
    const forward = rel.from.id === fromId;
    const style = RELATION_STYLE[rel.type];
    const other = forward ? rel.to.id : rel.from.id;
    const suspended = suspendedText(rel, statusInView(rel, store.get()));
    return h(
      'li',
      {},
      h(
        'button',
        { type: 'button', className: 'link', onclick: () => store.select(rel.id) },
        `${forward ? style.verb : style.inverse} ${nameOf(other)}`,
      ),
      rel.role ? ` (${rel.role})` : '',
      ` ${periodLabel(rel)} `,
      gradeBadge(rel),
      suspended ? [' ', suspendedBadge(suspended)] : null,
      disputedMark(rel, true),
      h(
        'ul',
        { className: 'sources compact' },
        rel.sources.map((s) =>
          h('li', {}, s.url ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.title) : s.title),
        ),
      ),
    );
  };

  const render = () => {
    clear(results);
    const view = store.get();
    if (!view.path) return;
    const p = loader.paths;
    if (!p || p.from !== view.path.from || p.to !== view.path.to) {
      results.append(h('p', { className: 'muted' }, 'Finding paths…'));
      return;
    }
    p.result.forEach((path) => path.nodes.forEach((n) => names.set(n.id, n.name)));
    if (p.result.length === 0) {
      results.append(
        h('p', {}, `No path of at most 6 links between ${nameOf(p.from)} and ${nameOf(p.to)}${timePhrase(view)}.`),
      );
      return;
    }
    const len = p.result[0]!.length;
    results.append(
      h(
        'p',
        {},
        `${p.result.length} shortest path${p.result.length === 1 ? '' : 's'} of ${len} link${len === 1 ? '' : 's'}${timePhrase(view)}:`,
      ),
    );
    p.result.forEach((path, i) => {
      results.append(
        h(
          'section',
          { className: 'path', 'aria-label': `Path ${i + 1}` },
          h('h3', {}, `Path ${i + 1}: `, path.nodes.map((n) => n.name).join(' → ')),
          h('p', { className: 'muted' }, 'Weakest grade: ', plainGrade(path.weakestGrade)),
          h(
            'ol',
            { className: 'hops' },
            h(
              'li',
              { className: 'start' },
              h(
                'button',
                { type: 'button', className: 'link', onclick: () => store.select(path.nodes[0]!.id) },
                path.nodes[0]!.name,
              ),
            ),
            path.edges.map((e, j) => hop(e, path.nodes[j]!.id)),
          ),
        ),
      );
    });
    // The panel sits below the details: bring the answer into view rather than leave it under the fold.
    results.scrollIntoView({ block: 'nearest' });
  };

  document.addEventListener('atlas:path-end', (e) => {
    const { end, id } = (e as CustomEvent<{ end: 'from' | 'to'; id: string }>).detail;
    if (end === 'from') from = id;
    else to = id;
    syncLabels();
    root.scrollIntoView({ block: 'nearest' });
  });
  store.subscribe((v, changed) => {
    if (changed.has('path')) {
      // The pickers show the view's path: a step or link that sets one shows its ends, one that
      // clears it (Clear, a tour step without a path) empties them.
      from = v.path?.from ?? '';
      to = v.path?.to ?? '';
      syncLabels();
      render();
    }
  });
  loader.subscribe((c) => {
    if (c === 'paths') {
      render();
      syncLabels(); // names of ends the client had not seen (a tour step or a link set the path)
    }
    if (c === 'graph') syncLabels();
  });
  syncLabels();
  render();
}
