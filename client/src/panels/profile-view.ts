import type { Comparison, Loader } from '../loader.js';
import type { ComparedRelationshipFieldsFragment as Rel } from '../api/__generated__/operations.js';
import { yearRange, type Axis } from '../model/time-axis.js';
import { asOfPhrase, periodLabel } from '../model/time.js';
import { FIRST_YEAR, RELATION_STYLE, relationLabel } from '../model/vocabulary.js';
import type { ViewStore } from '../state.js';
import { citeLinks, clear, h, kindIcon } from './dom.js';
import { plainGrade } from './evidence.js';
import { createSearchBox } from './search-box.js';
import { axisTicks, factBar, svg } from './time-bars.js';

type Neighbour = Comparison['shared'][number];

/** Colours of the two sides (Okabe-Ito blue and orange), on bars and headers alike. */
const SIDE_COLOR = { a: '#0072B2', b: '#E69F00' } as const;
const BARS_WIDTH = 180;
const BAR_H = 7;

/** Opens the profile with `a` on the left; the right side is picked next. */
export function openProfile(store: ViewStore, a: string | null): void {
  // Entities only: a selected relationship has no profile.
  if (!a || !/^[a-z]+:[a-z0-9][a-z0-9._-]*$/.test(a)) return;
  const b = store.get().pair?.b;
  store.set({ pair: { a, b: b && b !== a ? b : null } });
  requestAnimationFrame(() =>
    document.querySelector<HTMLInputElement>('#profile-view input[placeholder^="Compare with"]')?.focus(),
  );
}

/**
 * Two entities side by side, in place of the canvas: what they share by relation type, what only
 * one has, the links between them, and each one's relationships as bars on one shared time axis
 * (so Qatar's and the UAE's ICI partnerships line up). Follows the view's time and evidence filter.
 */
export function createProfileView(
  root: HTMLElement,
  store: ViewStore,
  loader: Loader,
  now = new Date().getFullYear(),
): void {
  const body = h('div', { className: 'profile-body', 'aria-live': 'polite' });
  const aLabel = h('strong', { className: 'side-a', 'data-testid': 'profile-a' });
  const bLabel = h('strong', { className: 'side-b', 'data-testid': 'profile-b' });
  const setSide = (side: 'a' | 'b', id: string) => {
    const pair = store.get().pair ?? { a: id, b: null };
    const next = { ...pair, [side]: id };
    if (next.a === next.b) return;
    store.set({ pair: next });
  };
  // Escape closes the profile (outside its pickers, where Escape closes the suggestions).
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !(e.target as HTMLElement).closest('input')) store.set({ pair: null });
  });
  root.append(
    h(
      'div',
      { className: 'profile-head' },
      h('h2', { className: 'panel-title' }, 'Compare'),
      aLabel,
      createSearchBox(loader, {
        label: 'Compare',
        placeholder: 'First entity…',
        clearOnPick: true,
        onPick: (e) => setSide('a', e.id),
      }),
      h('span', {}, ' vs '),
      bLabel,
      createSearchBox(loader, {
        label: 'Compare with',
        placeholder: 'Compare with… (e.g. UAE)',
        clearOnPick: true,
        onPick: (e) => setSide('b', e.id),
      }),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            const p = store.get().pair;
            if (p?.b) store.set({ pair: { a: p.b, b: p.a } });
          },
        },
        'Swap',
      ),
      h('button', { type: 'button', id: 'profile-close', onclick: () => store.set({ pair: null }) }, 'Close'),
    ),
    body,
  );

  const cites = (rel: Rel) => citeLinks(rel.sources);
  const facts = (rels: readonly Rel[]) =>
    rels.map((r) =>
      h(
        'div',
        { className: 'fact' },
        r.role ? `${r.role}, ` : '',
        periodLabel(r) || 'not dated',
        ' ',
        plainGrade(r.grade),
        cites(r),
      ),
    );
  /** Both sides' relationships with one neighbour, on the shared axis: A's bars above B's. */
  const bars = (axis: Axis, a: readonly Rel[], b: readonly Rel[], label: string) => {
    const rows = [...a.map((r) => ['a', r] as const), ...b.map((r) => ['b', r] as const)];
    const height = Math.max(1, rows.length) * (BAR_H + 3) + 2;
    return svg(
      'svg',
      { width: BARS_WIDTH, height, role: 'img', 'aria-label': `${label} over time`, class: 'aligned-bars' },
      axisTicks(axis, height, -100),
      ...rows.map(([side, r], i) =>
        factBar(r, axis, 2 + i * (BAR_H + 3), BAR_H, SIDE_COLOR[side], { label: side === 'a' ? 'first' : 'second' }),
      ),
    );
  };
  const neighbourCell = (n: Neighbour) =>
    h(
      'td',
      {},
      kindIcon(n.neighbor.kind, 12),
      ' ',
      h(
        'button',
        { type: 'button', className: 'link', onclick: () => (store.set({ pair: null }), store.focusOn(n.neighbor.id)) },
        n.neighbor.name,
      ),
    );

  const section = (
    title: string,
    rows: readonly Neighbour[],
    axis: Axis,
    cmp: Comparison,
    which: 'shared' | 'a' | 'b',
  ) =>
    h(
      'section',
      {
        className: `profile-section ${which}`,
        'aria-label': title,
        'data-testid': which === 'shared' ? 'profile-shared' : `profile-only-${which}`,
      },
      h('h3', {}, title),
      rows.length === 0
        ? h('p', { className: 'muted' }, 'None.')
        : h(
            'table',
            { className: 'list-table profile-table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Relation'),
                h('th', { scope: 'col' }, 'With'),
                which !== 'b' ? h('th', { scope: 'col', className: 'side-a' }, cmp.a.name) : null,
                h(
                  'th',
                  { scope: 'col' },
                  h('span', { className: 'visually-hidden' }, 'Over time'),
                  svg('svg', { width: BARS_WIDTH, height: 16, 'aria-hidden': 'true' }, axisTicks(axis, 16)),
                ),
                which !== 'a' ? h('th', { scope: 'col', className: 'side-b' }, cmp.b.name) : null,
              ),
            ),
            h(
              'tbody',
              {},
              rows.map((n) =>
                h(
                  'tr',
                  {},
                  h('td', {}, relationLabel(n.relationType)),
                  neighbourCell(n),
                  which !== 'b' ? h('td', { className: 'side-a' }, facts(n.a)) : null,
                  h('td', {}, bars(axis, n.a, n.b, `${relationLabel(n.relationType)} ${n.neighbor.name}`)),
                  which !== 'a' ? h('td', { className: 'side-b' }, facts(n.b)) : null,
                ),
              ),
            ),
          ),
    );

  const render = () => {
    clear(body);
    const view = store.get();
    root.hidden = !view.pair;
    if (!view.pair) return;
    aLabel.textContent = loader.nameOf(view.pair.a);
    bLabel.textContent = view.pair.b ? loader.nameOf(view.pair.b) : 'pick a second entity';
    if (!view.pair.b) {
      body.append(
        h('p', { className: 'muted' }, 'Pick the entity to compare with, e.g. Qatar with the United Arab Emirates.'),
      );
      return;
    }
    const cmp = loader.comparisonOfView();
    if (!cmp) {
      body.append(h('p', { className: 'muted', role: 'status' }, 'Comparing…'));
      return;
    }
    aLabel.textContent = cmp.a.name;
    bLabel.textContent = cmp.b.name;
    const all = [...cmp.shared, ...cmp.onlyA, ...cmp.onlyB].flatMap((n) => [...n.a, ...n.b]).concat(cmp.between);
    const { min, max } = yearRange(all, FIRST_YEAR, now);
    // Room at both ends for the first and last year's label.
    const axis: Axis = { min, max, x0: 14, x1: BARS_WIDTH - 14 };
    body.append(
      h(
        'p',
        { className: 'muted' },
        `${cmp.a.name} (blue bars) and ${cmp.b.name} (orange bars)${asOfPhrase(view)}, one time axis ${min}–${max - 1} for every row; dark shading is a suspension.`,
        cmp.truncated ? ' Lists are cut at 1,000 neighbours.' : '',
      ),
      h(
        'table',
        { className: 'list-table profile-counts', 'aria-label': 'Shared and own neighbours by relation type' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Relation', 'Shared', `Only ${cmp.a.name}`, `Only ${cmp.b.name}`, 'Between them'].map((c) =>
              h('th', { scope: 'col' }, c),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          cmp.byRelationType.map((c) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, relationLabel(c.relationType)),
              ...[c.shared, c.onlyA, c.onlyB, c.between].map((n) => h('td', { className: 'num' }, String(n))),
            ),
          ),
        ),
      ),
      section(`Shared (${cmp.shared.length})`, cmp.shared, axis, cmp, 'shared'),
      h(
        'div',
        { className: 'profile-columns' },
        section(`Only ${cmp.a.name} (${cmp.onlyA.length})`, cmp.onlyA, axis, cmp, 'a'),
        section(`Only ${cmp.b.name} (${cmp.onlyB.length})`, cmp.onlyB, axis, cmp, 'b'),
      ),
      h(
        'section',
        { className: 'profile-section', 'aria-label': 'Between them' },
        h('h3', {}, `Between them (${cmp.between.length})`),
        cmp.between.length === 0
          ? h('p', { className: 'muted' }, 'No direct relationship.')
          : h(
              'ul',
              {},
              cmp.between.map((r) =>
                h(
                  'li',
                  {},
                  `${r.from.id === cmp.a.id ? cmp.a.name : cmp.b.name} ${RELATION_STYLE[r.type].verb} ${r.to.id === cmp.a.id ? cmp.a.name : cmp.b.name} `,
                  periodLabel(r),
                  ' ',
                  plainGrade(r.grade),
                  cites(r),
                ),
              ),
            ),
      ),
    );
  };
  store.subscribe((_v, changed) => {
    if (['pair', 'year', 'day', 'filters'].some((k) => changed.has(k as never))) render();
  });
  loader.subscribe((c) => c === 'comparison' && render());
  render();
}
