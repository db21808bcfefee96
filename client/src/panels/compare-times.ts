import type { Loader } from '../loader.js';
import {
  CHANGE_CLASSES,
  changeRows,
  toggleCompareTimes,
  isTimePoint,
  pointAfter,
  pointLabel,
  sortRows,
  type ChangeRow,
} from '../model/compare-times.js';
import { formatDate } from '../model/time.js';
import { CHANGE_STYLE, FIRST_YEAR } from '../model/vocabulary.js';
import type { ChangeSort, TimePoint, ViewStore } from '../state.js';
import { announce, citeLinks, clear, h, lineIcon } from './dom.js';

/** One change per tick while Play runs. */
const PLAY_MS = 900;

/** Moves Play's cursor one change on (or back); from "all shown" it starts at the first. */
export function stepChange(store: ViewStore, loader: Loader, delta: 1 | -1): void {
  const view = store.get();
  const report = loader.changesOfView();
  if (!view.compareTimes || !report) return;
  const rows = changeRows(report);
  if (rows.length === 0) return;
  const current = view.changeStep ?? (delta > 0 ? -1 : rows.length);
  const step = Math.max(0, Math.min(rows.length - 1, current + delta));
  // The change reached is the selection, so the details panel shows it with its sources.
  store.set({ changeStep: step, selected: rows[step]!.id });
}

/**
 * The time bar's compare controls: a toggle, then the two times, each a year or a day. Invalid
 * or backward windows are not applied (the field says why).
 */
export function createCompareControls(root: HTMLElement, store: ViewStore, now = new Date().getFullYear()): void {
  const toggle = h(
    'button',
    {
      type: 'button',
      id: 'compare-times-toggle',
      'aria-pressed': 'false',
      title: 'Compare two times: what began, ended or was suspended between them (d)',
      onclick: () => toggleCompareTimes(store, now),
    },
    '⇄ Compare times',
  );
  const end = (which: 'from' | 'to') => {
    const year = h('input', {
      type: 'number',
      id: `compare-${which}-year`,
      min: FIRST_YEAR,
      max: now,
      'aria-label': `Compare ${which} year`,
    });
    const day = h('input', {
      type: 'date',
      id: `compare-${which}-day`,
      min: `${FIRST_YEAR}-01-01`,
      max: `${now}-12-31`,
      'aria-label': `Compare ${which} day (instead of the year)`,
    });
    const apply = (value: TimePoint) => {
      const t = store.get().compareTimes;
      if (!t || !isTimePoint(value)) return;
      const next = { ...t, [which]: value };
      if (pointAfter(next.from, next.to)) {
        year.setCustomValidity('The first time must not follow the second.');
        year.reportValidity();
        return;
      }
      year.setCustomValidity('');
      store.set({ compareTimes: next, changeStep: null });
    };
    year.addEventListener('change', () => apply(year.value));
    day.addEventListener('change', () => apply(day.value || year.value));
    return { year, day };
  };
  const from = end('from');
  const to = end('to');
  const fields = h(
    'span',
    { className: 'compare-fields', role: 'group', 'aria-label': 'Times compared' },
    h('label', { for: 'compare-from-year' }, 'From '),
    from.year,
    h('label', { className: 'day-field' }, 'or day ', from.day),
    h('label', { for: 'compare-to-year' }, ' to '),
    to.year,
    h('label', { className: 'day-field' }, 'or day ', to.day),
  );
  root.append(toggle, fields);
  const sync = () => {
    const t = store.get().compareTimes;
    toggle.setAttribute('aria-pressed', String(!!t));
    root.classList.toggle('comparing', !!t);
    // The page gives the changelog a wider right column while comparing (workbench.css).
    document.body.classList.toggle('comparing', !!t);
    fields.hidden = !t;
    if (!t) return;
    for (const [point, inputs] of [
      [t.from, from],
      [t.to, to],
    ] as const) {
      inputs.year.value = point.slice(0, 4);
      inputs.day.value = point.length > 4 ? point : '';
    }
  };
  store.subscribe((_v, changed) => changed.has('compareTimes') && sync());
  sync();
}

const CHANGE_WORDS: Record<ChangeRow['change'], string> = {
  BEGAN: 'began',
  ENDED: 'ended',
  SUSPENDED: 'suspended',
  RESUMED: 'resumed',
};
const COLUMNS: [ChangeSort['key'], string][] = [
  ['date', 'Date'],
  ['change', 'Change'],
  ['fact', 'What (and its sources)'],
  ['grade', 'Grade'],
];

/**
 * Beside the canvas in compare-times mode: the changelog (sortable, each row with its sources),
 * counts per change, Play and its steps; on the canvas, the legend of how each change is drawn.
 */
export function createChangelog(card: HTMLElement, legend: HTMLElement, store: ViewStore, loader: Loader): void {
  let timer: number | undefined;
  const title = h('h2', { className: 'panel-title', id: 'changes-title' });
  const summary = h('p', { className: 'muted', 'aria-live': 'polite' });
  const play = h('button', { type: 'button', id: 'changes-play' }, '▶ Play');
  const back = h(
    'button',
    { type: 'button', 'aria-label': 'Previous change ([)', onclick: () => (stop(), stepChange(store, loader, -1)) },
    '◀',
  );
  const fwd = h(
    'button',
    { type: 'button', 'aria-label': 'Next change (])', onclick: () => (stop(), stepChange(store, loader, 1)) },
    '▶',
  );
  const all = h('button', { type: 'button', onclick: () => (stop(), store.set({ changeStep: null })) }, 'Show all');
  const position = h('span', { className: 'muted step-position' });
  const table = h('div', { className: 'changes-table-wrap' });
  card.append(
    title,
    summary,
    h('div', { className: 'actions', role: 'group', 'aria-label': 'Step through the changes' }, play, back, fwd, all),
    position,
    table,
  );
  legend.append(
    h('strong', {}, 'Compared: '),
    ...CHANGE_CLASSES.map((c) =>
      h(
        'span',
        { className: 'legend-item' },
        lineIcon(CHANGE_STYLE[c].color, CHANGE_STYLE[c].line),
        ` ${CHANGE_STYLE[c].label}`,
      ),
    ),
  );

  function stop() {
    window.clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
  }
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    const report = loader.changesOfView();
    if (!report) return;
    const last = changeRows(report).length - 1;
    const step = store.get().changeStep;
    if (step === null || step >= last) {
      store.set({ changeStep: null });
      stepChange(store, loader, 1);
    }
    play.textContent = '⏸ Pause';
    timer = window.setInterval(() => {
      const s = store.get().changeStep ?? 0;
      if (s >= last || !store.get().compareTimes) return stop();
      stepChange(store, loader, 1);
    }, PLAY_MS);
  });

  const render = () => {
    const view = store.get();
    const t = view.compareTimes;
    card.hidden = !t;
    legend.hidden = !t || view.mode !== 'graph';
    clear(table);
    if (!t) return stop();
    const around = view.focus ? ` around ${loader.nameOf(view.focus)}` : '';
    title.textContent = `Changes ${pointLabel(t.from)} → ${pointLabel(t.to)}${around}`;
    const report = loader.changesOfView();
    if (!report) {
      summary.textContent = 'Finding what changed…';
      return;
    }
    const byDate = changeRows(report);
    const counts = CHANGE_CLASSES.slice(0, 4).map((c) => {
      const n = byDate.filter((r) => CHANGE_WORDS[r.change] === c).length;
      return `${n} ${c}`;
    });
    summary.textContent = `${report.total} changes: ${counts.join(', ')}${report.truncated ? ` (the first ${byDate.length} listed)` : ''}.`;
    const step = view.changeStep;
    const current = step === null ? null : byDate[Math.min(step, byDate.length - 1)];
    position.textContent = current ? `Change ${byDate.indexOf(current) + 1} of ${byDate.length}` : '';
    const reached = new Set(step === null ? byDate.map((r) => r.key) : byDate.slice(0, step + 1).map((r) => r.key));
    const rows = sortRows(byDate, view.changeSort);
    const sortButton = (key: ChangeSort['key'], label: string) => {
      const active = view.changeSort.key === key;
      return h(
        'th',
        {
          scope: 'col',
          'aria-sort': active ? (view.changeSort.desc ? 'descending' : 'ascending') : 'none',
        },
        h(
          'button',
          {
            type: 'button',
            className: 'link sort',
            onclick: () => store.set({ changeSort: { key, desc: active ? !view.changeSort.desc : false } }),
          },
          label,
          active ? (view.changeSort.desc ? ' ▼' : ' ▲') : '',
        ),
      );
    };
    table.append(
      h(
        'table',
        { className: 'list-table changes-table', 'aria-label': 'Changelog' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            COLUMNS.map(([key, label]) => sortButton(key, label)),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((r) =>
            h(
              'tr',
              {
                className: [
                  `change-${CHANGE_WORDS[r.change]}`,
                  r === current ? 'current' : '',
                  reached.has(r.key) ? '' : 'pending',
                ]
                  .filter(Boolean)
                  .join(' '),
                'aria-current': r === current ? 'step' : null,
              },
              h('td', { className: 'when' }, r.when.length > 4 ? formatDate(r.when) : r.when),
              h('td', {}, h('span', { className: `change-mark ${CHANGE_WORDS[r.change]}` }, CHANGE_WORDS[r.change])),
              h(
                'td',
                {},
                h('button', { type: 'button', className: 'link', onclick: () => store.select(r.id) }, r.fact),
                ' ',
                r.sources.length === 0
                  ? h('span', { className: 'muted' }, '(no source)')
                  : citeLinks(r.sources, { publishers: true }),
              ),
              h('td', {}, r.grade ? h('span', { className: 'badge grade' }, r.grade) : ''),
            ),
          ),
        ),
      ),
    );
    if (current) {
      table.querySelector('tr.current')?.scrollIntoView({ block: 'nearest' });
      announce(`${CHANGE_WORDS[current.change]}: ${current.fact}, ${current.when}`);
    }
  };
  store.subscribe((_v, changed) => {
    if (['compareTimes', 'changeStep', 'changeSort', 'focus', 'mode'].some((k) => changed.has(k as never))) render();
  });
  loader.subscribe((c) => c === 'changes' && render());
  render();
}
