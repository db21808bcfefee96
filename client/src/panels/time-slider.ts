import { FIRST_YEAR } from '../model/vocabulary.js';
import type { ViewStore } from '../state.js';
import { h } from './dom.js';

/**
 * The as-of year: "all years" or one year from 1949 to now; ▶ plays the alliance's growth one
 * year per tick, updating the network in place.
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
  const output = h('output', { for: 'year-range', className: 'year-output', 'aria-live': 'off' });
  let timer: number | undefined;

  const setYear = (y: number | null) => store.set({ year: y === null ? null : Math.max(FIRST_YEAR, Math.min(now, y)) });

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
    range.setAttribute('aria-valuetext', y === null ? 'all years' : String(y));
    output.textContent = y === null ? 'All years' : `As of ${y}`;
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
    play,
    output,
  );
  store.subscribe((_v, changed) => changed.has('year') && sync());
  sync();
}
