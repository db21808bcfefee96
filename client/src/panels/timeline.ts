import { describeError } from '../api/request.js';
import type { Details, Loader } from '../loader.js';
import { passesEvidence } from '../../../domain/evidence.js';
import type { Credibility } from '../../../domain/model.js';
import type { Rel } from '../model/graph-model.js';
import { timelineEntities, toX, yearAt, yearRange, yearValue, type Axis } from '../model/time-axis.js';
import { formatDate } from '../model/time.js';
import { FIRST_YEAR, RELATION_STYLE, confidenceAtLeast } from '../model/vocabulary.js';
import type { ViewState, ViewStore } from '../state.js';
import { clear, h } from './dom.js';
import { axisTicks, factBar, svg } from './time-bars.js';

const LABEL_W = 210;
const ROW_H = 15;
const AXIS_H = 22;
/** Relation types whose other end is an event: drawn as points on the event's day, not as bars. */
const EVENT_KIND = 'EVENT';

/** The relationships the view's filters let through (evidence, types, confidence, the other end's kind). */
function visibleRels(d: Details, view: ViewState): Rel[] {
  const f = view.filters;
  return d.rels.filter((r) => {
    const other = d.neighbours.get(r.from.id === d.id ? r.to.id : r.from.id);
    return (
      f.relationTypes.includes(r.type) &&
      confidenceAtLeast(r.confidence, f.minConfidence) &&
      (!other || f.kinds.includes(other.kind)) &&
      passesEvidence(
        { reliability: r.reliability, credibility: r.credibility as Credibility },
        { minReliability: f.minReliability, maxCredibility: f.maxCredibility as Credibility | null },
      )
    );
  });
}

/**
 * The time axis under the canvas: the selected entities' relationships as bars (since–until,
 * suspensions shaded, or cut out when suspended links are left out), their events as points.
 * Dragging across it (brushing) sets the as-of year, or in compare-times mode the two years;
 * on the keyboard the axis is a slider. Clicking an event focuses it.
 */
export function createTimeline(
  root: HTMLElement,
  store: ViewStore,
  loader: Loader,
  now = new Date().getFullYear(),
): void {
  const title = h('h2', { className: 'panel-title' });
  const scroller = h('div', { className: 'timeline-rows' });
  // The keyboard's way to brush: a slider over the axis's years.
  const handle = h('div', { className: 'timeline-slider', tabindex: 0, role: 'slider', 'aria-label': 'Timeline year' });
  handle.addEventListener('keydown', (e) => {
    const step: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowDown: -1,
      ArrowUp: 1,
      PageDown: -10,
      PageUp: 10,
    };
    const min = Math.ceil(axis.min);
    const max = Math.floor(axis.max) - 1;
    let next: number | null = null;
    if (e.key in step) next = (store.get().year ?? now) + step[e.key]!;
    else if (e.key === 'Home') next = min;
    else if (e.key === 'End') next = max;
    if (next === null) return;
    e.preventDefault();
    store.set({ year: Math.max(min, Math.min(max, next)), day: null });
  });
  const close = h(
    'button',
    { type: 'button', className: 'small', onclick: () => store.set({ timeline: false }) },
    'Close',
  );
  root.append(
    h(
      'div',
      { className: 'timeline-head' },
      title,
      handle,
      h(
        'span',
        { className: 'muted small' },
        'Drag across the years to set the year (two years while comparing); ← → on the year button step a year; click an event to focus it. Pale bars: start not known; dark shading: suspended.',
      ),
      close,
    ),
    scroller,
  );
  let token = 0;
  let axis: Axis = { min: FIRST_YEAR, max: now + 1, x0: LABEL_W, x1: LABEL_W + 600 };

  const setFromBrush = (a: number, b: number) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    if (store.get().compareTimes && lo !== hi) {
      store.set({ compareTimes: { from: String(lo), to: String(hi) }, changeStep: null });
    } else {
      store.set({ year: b, day: null });
    }
  };

  const render = async () => {
    const view = store.get();
    root.hidden = !view.timeline;
    document.body.classList.toggle('with-timeline', view.timeline);
    if (!view.timeline) return;
    const mine = ++token;
    const ids = timelineEntities(view, (id) => /^[a-z]+:[a-z0-9][a-z0-9._-]*$/.test(id));
    let details: Details[];
    try {
      details = (await Promise.all(ids.map((id) => loader.fetchDetails(id)))).filter((d): d is Details => d !== null);
    } catch (error) {
      if (mine !== token) return;
      clear(scroller);
      scroller.append(
        h('p', { role: 'alert' }, describeError(error), ' '),
        h('button', { type: 'button', className: 'small', onclick: () => void render() }, 'Retry'),
      );
      return;
    }
    if (mine !== token) return;
    clear(scroller);
    if (details.length === 0) {
      title.textContent = 'Timeline';
      scroller.append(h('p', { className: 'muted' }, 'Select an entity to see its relationships over the years.'));
      return;
    }
    title.textContent = `Timeline: ${details.map((d) => d.name).join(' and ')}`;
    const groups = details.map((d) => {
      const rels = visibleRels(d, view);
      const isEvent = (r: Rel) => d.neighbours.get(r.from.id === d.id ? r.to.id : r.from.id)?.kind === EVENT_KIND;
      const sorted = (list: Rel[]) =>
        list.sort((a, b) => (yearValue(a.sinceDate, a.since) ?? 0) - (yearValue(b.sinceDate, b.since) ?? 0));
      return { d, bars: sorted(rels.filter((r) => !isEvent(r))), events: sorted(rels.filter(isEvent)) };
    });
    const width = Math.max(LABEL_W + 300, scroller.clientWidth - 8);
    const range = yearRange(
      groups.flatMap((g) => [...g.bars, ...g.events]),
      FIRST_YEAR,
      now,
    );
    axis = { min: range.min, max: range.max, x0: LABEL_W, x1: width - 10 };
    const rows = groups.reduce((n, g) => n + 1 + g.bars.length + (g.events.length ? 1 : 0), 0);
    const height = AXIS_H + rows * ROW_H + 6;
    const chart = svg('svg', {
      width,
      height,
      class: 'timeline-chart',
      role: 'group',
      'aria-label': `${title.textContent}: relationships as bars, events as points`,
    });
    chart.append(axisTicks(axis, height, 14));
    let y = AXIS_H;
    const nameOf = (d: Details, id: string) => d.neighbours.get(id)?.name ?? loader.nameOf(id);
    for (const g of groups) {
      chart.append(svg('text', { x: 4, y: y + 11, 'font-size': 11, 'font-weight': 700, fill: '#1a1a1a' }, g.d.name));
      y += ROW_H;
      for (const r of g.bars) {
        const forward = r.from.id === g.d.id;
        const label = `${forward ? RELATION_STYLE[r.type].verb : RELATION_STYLE[r.type].inverse} ${nameOf(g.d, forward ? r.to.id : r.from.id)}`;
        chart.append(
          svg(
            'text',
            { x: 12, y: y + 10, 'font-size': 10, fill: '#1a1a1a', class: 'bar-label' },
            label.length > 34 ? `${label.slice(0, 33)}…` : label,
          ),
          factBar(r, axis, y + 3, ROW_H - 6, RELATION_STYLE[r.type].color, {
            suspendedAsGap: !view.filters.includeSuspended,
            label,
          }),
        );
        y += ROW_H;
      }
      if (g.events.length) {
        chart.append(svg('text', { x: 12, y: y + 10, 'font-size': 10, fill: '#1a1a1a' }, 'Events'));
        for (const r of g.events) {
          const eventId = r.from.id === g.d.id ? r.to.id : r.from.id;
          const event = g.d.neighbours.get(eventId);
          const at = yearValue(event?.sinceDate ?? r.sinceDate, event?.since ?? r.since);
          if (at === null) continue;
          const name = nameOf(g.d, eventId);
          const when = event?.sinceDate ? formatDate(event.sinceDate) : String(event?.since ?? r.since);
          const point = svg(
            'circle',
            {
              cx: toX(axis, at),
              cy: y + ROW_H / 2,
              r: 5,
              fill: '#882255',
              stroke: '#ffffff',
              'stroke-width': 1.5,
              class: 'event-point',
              tabindex: 0,
              role: 'button',
              'aria-label': `${name}, ${when}: focus it`,
              'data-event': eventId,
            },
            svg('title', {}, `${name} (${when})`),
          );
          const focus = () => store.focusOn(eventId);
          point.addEventListener('click', focus);
          point.addEventListener('keydown', (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              focus();
            }
          });
          chart.append(point);
        }
        y += ROW_H;
      }
    }
    marker = svg('g', { class: 'time-marker' });
    chart.append(marker);
    const brush = svg('rect', { class: 'brush', x: 0, y: 0, width: 0, height, fill: '#E69F00', 'fill-opacity': 0.25 });
    brush.setAttribute('visibility', 'hidden');
    chart.append(brush);
    scroller.append(chart);
    installBrush(chart, brush, height);
    drawMarker();
  };

  /** The view's year (or the two compared times) on the chart, and in the slider's value. */
  let marker: SVGGElement | null = null;
  const drawMarker = () => {
    const view = store.get();
    const year = view.year ?? now;
    handle.setAttribute('aria-valuemin', String(Math.ceil(axis.min)));
    handle.setAttribute('aria-valuemax', String(Math.floor(axis.max) - 1));
    handle.setAttribute('aria-valuenow', String(year));
    handle.setAttribute('aria-valuetext', view.year === null ? 'all years' : String(year));
    handle.textContent = view.compareTimes
      ? `${view.compareTimes.from} → ${view.compareTimes.to}`
      : view.year === null
        ? 'All years'
        : `Year ${view.year}`;
    if (!marker) return;
    clear(marker);
    const height = Number(marker.ownerSVGElement?.getAttribute('height') ?? 0);
    if (view.compareTimes) {
      for (const t of [view.compareTimes.from, view.compareTimes.to]) {
        const x = toX(axis, yearValue(t.length > 4 ? t : null, Number(t.slice(0, 4))) ?? axis.min);
        marker.append(svg('line', { x1: x, x2: x, y1: 0, y2: height, stroke: '#009E73', 'stroke-width': 2 }));
      }
    } else if (view.year !== null) {
      const x0 = toX(axis, view.year);
      const x1 = toX(axis, view.year + 1);
      marker.append(
        svg('rect', { x: x0, y: 0, width: Math.max(2, x1 - x0), height, fill: '#0072B2', 'fill-opacity': 0.18 }),
      );
    }
  };

  /** Dragging over the chart brushes years; the chart is rebuilt only when its rows change, never mid-drag. */
  const installBrush = (chart: SVGSVGElement, brush: SVGRectElement, height: number) => {
    let start: number | null = null;
    const xOf = (e: PointerEvent) => e.clientX - chart.getBoundingClientRect().left;
    const drawBrush = (a: number, b: number) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      brush.setAttribute('x', String(toX(axis, lo)));
      brush.setAttribute('width', String(toX(axis, hi + 1) - toX(axis, lo)));
      brush.setAttribute('height', String(height));
      brush.setAttribute('visibility', 'visible');
    };
    chart.addEventListener('pointerdown', (e) => {
      if ((e.target as Element).classList.contains('event-point') || xOf(e) < axis.x0) return;
      start = yearAt(axis, xOf(e));
      chart.setPointerCapture(e.pointerId);
      drawBrush(start, start);
    });
    chart.addEventListener('pointermove', (e) => {
      if (start === null) return;
      const y = yearAt(axis, xOf(e));
      drawBrush(start, y);
      // Without compare mode the year follows the pointer (scrubbing), as the slider does.
      if (!store.get().compareTimes) store.set({ year: y, day: null });
    });
    chart.addEventListener('pointerup', (e) => {
      if (start === null) return;
      const from = start;
      start = null;
      brush.setAttribute('visibility', 'hidden');
      setFromBrush(from, yearAt(axis, xOf(e)));
    });
  };

  store.subscribe((_v, changed) => {
    if (['timeline', 'selected', 'focus', 'filters'].some((k) => changed.has(k as never))) void render();
    else if (['year', 'day', 'compareTimes'].some((k) => changed.has(k as never))) drawMarker();
  });
  new ResizeObserver(() => store.get().timeline && void render()).observe(root);
  void render();
}
