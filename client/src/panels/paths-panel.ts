import type { Kind, Reliability, RelationType } from '../api/__generated__/operations.js';
import type { Loader } from '../loader.js';
import { explainPath, explanationText } from '../model/explain.js';
import {
  CREDIBILITIES,
  KINDS,
  KIND_STYLE,
  RELATION_STYLE,
  RELATION_TYPES,
  RELIABILITIES,
  relationLabel,
} from '../model/vocabulary.js';
import { statusInView, type Rel } from '../model/graph-model.js';
import { periodLabel, timePhrase } from '../model/time.js';
import { PATH_MAX_LENGTH, type PathOptions, type ViewStore } from '../state.js';
import { announce, clear, copyText, h } from './dom.js';
import { disputedMark, gradeBadge, plainGrade, suspendedBadge, suspendedText } from './evidence.js';
import { createSearchBox } from './search-box.js';

/**
 * "Who connects X and Y": two pickers, the analyst's options (shortest or every simple path up to
 * a length, entities left out, kinds, relation types, the evidence filter), the paths with each
 * hop's sources, and each path explained in a sentence that copies with its citations.
 */
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
    createPathOptions(store, loader),
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

  const explanation = (path: Parameters<typeof explainPath>[0], i: number) => {
    const e = explainPath(path);
    const text = explanationText(e);
    const fallback = h('textarea', { className: 'visually-hidden', 'aria-hidden': 'true', tabindex: -1 }, text);
    const copy = h(
      'button',
      {
        type: 'button',
        className: 'small',
        'data-testid': 'copy-explanation',
        'aria-label': `Copy the explanation of path ${i + 1} with its citations`,
        onclick: () =>
          void copyText(text, fallback).then((ok) => {
            copy.textContent = ok ? 'Copied ✓' : 'Copy failed';
            announce(ok ? 'Explanation copied with its citations' : 'Copying failed: select the text instead');
          }),
      },
      'Copy with citations',
    );
    return h(
      'div',
      { className: 'explain', 'data-testid': 'explanation' },
      h('h4', {}, 'Explain this connection'),
      h(
        'p',
        { className: 'explain-sentence' },
        e.clauses.flatMap((c, j) => [j > 0 ? '; ' : '', c.text, ...c.cites.map((n) => h('sup', {}, `[${n}]`))]),
        '.',
      ),
      h(
        'ol',
        { className: 'citations small' },
        e.citations.map((c) =>
          h(
            'li',
            {},
            c.url ? h('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer' }, c.title) : c.title,
            c.publisher || c.date
              ? h('span', { className: 'muted' }, ` — ${[c.publisher, c.date].filter(Boolean).join(', ')}`)
              : null,
          ),
        ),
      ),
      copy,
      fallback,
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
        h(
          'p',
          {},
          `No path of at most ${view.pathOptions.maxLength} links between ${nameOf(p.from)} and ${nameOf(p.to)}${timePhrase(view)}.`,
        ),
      );
      return;
    }
    const len = p.result[0]!.length;
    const n = p.result.length;
    results.append(
      h(
        'p',
        {},
        view.pathOptions.mode === 'SIMPLE'
          ? `${n} simple path${n === 1 ? '' : 's'} of at most ${view.pathOptions.maxLength} links${timePhrase(view)}, shortest and best graded first:`
          : `${n} shortest path${n === 1 ? '' : 's'} of ${len} link${len === 1 ? '' : 's'}${timePhrase(view)}:`,
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
          explanation(path, i),
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
    if (changed.has('pathOptions') && v.path) render();
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

const toggled = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...new Set([...list, value])] : list.filter((v) => v !== value);

/** A disclosure of checkboxes; none checked means "any". */
function checklist<T extends string>(
  title: string,
  values: readonly T[],
  label: (v: T) => string,
  onChange: (v: T, on: boolean) => void,
): { root: HTMLElement; boxes: Map<T, HTMLInputElement>; summary: HTMLElement } {
  const boxes = new Map<T, HTMLInputElement>();
  const summary = h('summary', {}, title);
  const root = h(
    'details',
    { className: 'path-checklist' },
    summary,
    values.map((v) => {
      const box = h('input', { type: 'checkbox', value: v });
      box.addEventListener('change', () => onChange(v, box.checked));
      boxes.set(v, box);
      return h('label', { className: 'legend-item' }, box, ` ${label(v)}`);
    }),
  );
  return { root, boxes, summary };
}

/**
 * The analyst's controls over paths, each kept in the view (and so in the URL). The evidence
 * selects are the filters panel's own filter (the same view keys), repeated where paths are asked.
 */
function createPathOptions(store: ViewStore, loader: Loader): HTMLElement {
  const setOptions = (patch: Partial<PathOptions>) =>
    store.set({ pathOptions: { ...store.get().pathOptions, ...patch } });
  const mode = h(
    'select',
    { id: 'path-mode', onchange: () => setOptions({ mode: mode.value as PathOptions['mode'] }) },
    h('option', { value: 'SHORTEST' }, 'Shortest paths'),
    h('option', { value: 'SIMPLE' }, 'All simple paths (ranked)'),
  );
  const maxLength = h('input', { type: 'number', id: 'path-max-length', min: 1, max: PATH_MAX_LENGTH });
  maxLength.addEventListener('change', () => {
    const n = Number(maxLength.value);
    if (Number.isInteger(n) && n >= 1 && n <= PATH_MAX_LENGTH) setOptions({ maxLength: n });
  });
  const excluded = h('ul', { className: 'chips', 'aria-label': 'Left out of paths' });
  const excludeBox = createSearchBox(loader, {
    label: 'Leave out of paths',
    placeholder: 'Leave out… (e.g. NATO)',
    clearOnPick: true,
    onPick: (e) => {
      names.set(e.id, e.name);
      setOptions({ excludeIds: [...new Set([...store.get().pathOptions.excludeIds, e.id])] });
    },
  });
  const names = new Map<string, string>();
  const kinds = checklist<Kind>(
    'Through kinds',
    KINDS,
    (k) => KIND_STYLE[k].plural,
    (k, on) => setOptions({ kinds: toggled(store.get().pathOptions.kinds, k, on) }),
  );
  const types = checklist<RelationType>(
    'Over relation types',
    RELATION_TYPES,
    (t) => relationLabel(t),
    (t, on) => setOptions({ relationTypes: toggled(store.get().pathOptions.relationTypes, t, on) }),
  );
  const setFilters = (patch: Partial<ReturnType<ViewStore['get']>['filters']>) =>
    store.set({ filters: { ...store.get().filters, ...patch } });
  const reliability = h(
    'select',
    {
      id: 'path-min-reliability',
      onchange: () => setFilters({ minReliability: (reliability.value || null) as Reliability | null }),
    },
    h('option', { value: '' }, 'any source'),
    RELIABILITIES.map((r) => h('option', { value: r }, `${r} or better`)),
  );
  const credibility = h(
    'select',
    {
      id: 'path-max-credibility',
      onchange: () => setFilters({ maxCredibility: credibility.value ? Number(credibility.value) : null }),
    },
    h('option', { value: '' }, 'any credibility'),
    CREDIBILITIES.map((c) => h('option', { value: String(c) }, `${c} or better`)),
  );
  const throughSuspended = h('input', { type: 'checkbox', id: 'path-through-suspended' });
  throughSuspended.addEventListener('change', () => setFilters({ pathsThroughSuspended: throughSuspended.checked }));

  const sync = () => {
    const { pathOptions: o, filters: f } = store.get();
    mode.value = o.mode;
    maxLength.value = String(o.maxLength);
    clear(excluded);
    excluded.append(
      ...o.excludeIds.map((id) => {
        const name = names.get(id) ?? loader.nameOf(id);
        return h(
          'li',
          { className: 'chip' },
          name,
          h(
            'button',
            {
              type: 'button',
              className: 'small',
              'aria-label': `Let paths go through ${name} again`,
              onclick: () => setOptions({ excludeIds: o.excludeIds.filter((x) => x !== id) }),
            },
            '×',
          ),
        );
      }),
    );
    for (const [k, box] of kinds.boxes) box.checked = o.kinds.includes(k);
    for (const [t, box] of types.boxes) box.checked = o.relationTypes.includes(t);
    kinds.summary.textContent = `Through kinds: ${o.kinds.length ? o.kinds.map((k) => KIND_STYLE[k].plural).join(', ') : 'any'}`;
    types.summary.textContent = `Over relation types: ${o.relationTypes.length ? o.relationTypes.map(relationLabel).join(', ') : 'any'}`;
    reliability.value = f.minReliability ?? '';
    credibility.value = f.maxCredibility === null ? '' : String(f.maxCredibility);
    throughSuspended.checked = f.pathsThroughSuspended;
  };
  store.subscribe((_v, changed) => (changed.has('pathOptions') || changed.has('filters')) && sync());
  loader.subscribe((c) => c === 'graph' && sync());
  const root = h(
    'fieldset',
    { className: 'path-options' },
    h('legend', {}, 'Path options'),
    h('div', { className: 'field' }, h('label', { for: 'path-mode' }, 'Mode '), mode),
    h('div', { className: 'field' }, h('label', { for: 'path-max-length' }, 'Up to links '), maxLength),
    h('div', { className: 'field-label' }, 'Leave out'),
    excluded,
    excludeBox,
    kinds.root,
    types.root,
    h('div', { className: 'field' }, h('label', { for: 'path-min-reliability' }, 'Sources '), reliability),
    h('div', { className: 'field' }, h('label', { for: 'path-max-credibility' }, 'Credibility '), credibility),
    h('label', { className: 'legend-item' }, throughSuspended, ' through suspended links'),
  );
  sync();
  return root;
}
