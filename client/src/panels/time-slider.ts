import { formatDate, isCalendarDay } from '../model/time.js';
import { FIRST_YEAR } from '../model/vocabulary.js';
import type { ViewStore } from '../state.js';
import { h } from './dom.js';

/**
 * The as-of year: "all years" or one year from 1949 to now; ▶ plays the alliance's growth one
 * year per tick, updating the network in place. Beside it a day picker: a day asks "held on that
 * day" (reads send `at`, using exact dates where known); moving the year goes back to whole years.
 */
export function createTimeSlider(root: HTMLElement, store: ViewStore, now = new Date().getFullYear()): void {
  const enabled = h('input', { type: 'checkbox', id: 'year-enabled' });
  const range = h('input', {
    type: 'range',
    id: 'year-range',
    min: FIRST_YEAR,
    max: now,
    step: 1,
    value: now,
    'aria-label': 'As-of year',
  });
  const number = h('input', {
    type: 'number',
    id: 'year-number',
    min: FIRST_YEAR,
    max: now,
    value: now,
    'aria-label': 'As-of year (number)',
  });
  const play = h(
    'button',
    { type: 'button', id: 'year-play', 'aria-label': 'Play the years from 1949', title: 'Play' },
    '▶ Play',
  );
  const stepBack = h('button', { type: 'button', 'aria-label': 'One year earlier' }, '◀');
  const stepFwd = h('button', { type: 'button', 'aria-label': 'One year later' }, '▶');
  const day = h('input', {
    type: 'date',
    id: 'day-picker',
    min: `${FIRST_YEAR}-01-01`,
    max: `${now}-12-31`,
    'aria-label': 'As-of day (held on that day)',
    title: 'A day: facts held on that day, by exact dates where known',
  });
  const clearDay = h('button', { type: 'button', id: 'day-clear', 'aria-label': 'Back to the whole year' }, '×');
  const output = h('output', { for: 'year-range', className: 'year-output', 'aria-live': 'off' });
  let timer: number | undefined;

  const setYear = (y: number | null) =>
    store.set({ year: y === null ? null : Math.max(FIRST_YEAR, Math.min(now, y)), day: null });
  const setDay = (d: string) => {
    if (!isCalendarDay(d)) return store.set({ day: null });
    const y = Number(d.slice(0, 4));
    if (y < FIRST_YEAR || y > now) return;
    stop();
    store.set({ year: y, day: d });
  };

  const sync = () => {
    const y = store.get().year;
    enabled.checked = y !== null;
    range.disabled = y === null;
    number.disabled = y === null;
    stepBack.disabled = y === null;
    stepFwd.disabled = y === null;
    if (y !== null) {
      range.value = String(y);
      number.value = String(y);
    }
    const d = store.get().day;
    day.value = d ?? '';
    clearDay.hidden = d === null;
    range.setAttribute('aria-valuetext', y === null ? 'all years' : String(y));
    output.textContent = d !== null ? `On ${formatDate(d)}` : y === null ? 'All years' : `As of ${y}`;
  };

  const stop = () => {
    window.clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
    play.setAttribute('aria-label', 'Play the years from 1949');
  };

  enabled.addEventListener('change', () => {
    stop();
    setYear(enabled.checked ? Number(range.value) : null);
  });
  range.addEventListener('input', () => setYear(Number(range.value)));
  number.addEventListener('change', () => {
    const y = Number(number.value);
    if (Number.isInteger(y)) setYear(y);
  });
  day.addEventListener('change', () => setDay(day.value));
  clearDay.addEventListener('click', () => store.set({ day: null }));
  stepBack.addEventListener('click', () => setYear((store.get().year ?? now) - 1));
  stepFwd.addEventListener('click', () => setYear((store.get().year ?? now) + 1));
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    const start = store.get().year;
    setYear(start === null || start >= now ? FIRST_YEAR : start);
    play.textContent = '⏸ Pause';
    play.setAttribute('aria-label', 'Pause');
    timer = window.setInterval(() => {
      const y = store.get().year ?? FIRST_YEAR;
      if (y >= now) return stop();
      setYear(y + 1);
    }, 450);
  });

  root.append(
    h('label', { className: 'year-toggle' }, enabled, ' As of year'),
    stepBack,
    h(
      'span',
      { className: 'range-wrap' },
      h('span', { className: 'muted' }, String(FIRST_YEAR)),
      range,
      h('span', { className: 'muted' }, String(now)),
    ),
    stepFwd,
    number,
    h('label', { className: 'day-field' }, 'or day ', day),
    clearDay,
    play,
    output,
  );
  store.subscribe((_v, changed) => (changed.has('year') || changed.has('day')) && sync());
  sync();
}
