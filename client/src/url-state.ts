import type { Confidence, Kind, Reliability, RelationType } from './api/__generated__/operations.js';
import { isCalendarDay, yearOf } from '../../domain/valid-at.js';
import { CONFIDENCES, KINDS, RELATION_TYPES, RELIABILITIES } from './model/vocabulary.js';
import { isTimePoint, pointAfter } from './model/compare-times.js';
import {
  DEFAULT_LIMIT,
  LAYOUT_NAMES,
  PATH_MAX_LENGTH,
  defaultView,
  type ChangeSort,
  type ColorBy,
  type Expansion,
  type LayoutName,
  type NodePosition,
  type SizeBy,
  type ViewState,
} from './state.js';

/*
 * The whole view in a query string, pure (no DOM): encodeView(view) → "?f=state:est&x=…",
 * decodeView(search) → ViewState. Only what differs from the default view is written, so the
 * first screen's URL is bare until the canvas has placed its nodes (`xy`, the positions). Ids
 * never contain ',' or ';' (data ids are [a-z0-9._-] after the prefix), which makes them safe
 * separators.
 */

const MAX_LIMIT = 2000;
const YEAR = { min: 1900, max: 2100 };
/**
 * Node positions kept in a URL at most (~30 characters each: `state:est;-120;48`); a bigger view
 * leaves them out and a reload runs the layout.
 */
export const MAX_URL_POSITIONS = 100;
/** Coordinates beyond this are not a drawing (a typo or a crafted link): the layout runs. */
const MAX_COORD = 1_000_000;
const ENTITY_ID = /^[a-z]+:[a-z0-9][a-z0-9._-]*$/;

/** `id;x;y,id;x;y…` with integer coordinates; '' when there are none or more than the cap. */
export function encodePositions(positions: readonly NodePosition[]): string {
  if (positions.length > MAX_URL_POSITIONS) return '';
  return positions.map((p) => `${p.id};${Math.round(p.x)};${Math.round(p.y)}`).join(',');
}

/** The inverse of encodePositions: malformed entries and repeated ids are dropped, and so is everything past the cap. */
export function decodePositions(text: string | null): NodePosition[] {
  const seen = new Set<string>();
  const out: NodePosition[] = [];
  for (const entry of (text ?? '').split(',')) {
    const [id, xs, ys, extra] = entry.split(';');
    const x = Number(xs);
    const y = Number(ys);
    const valid =
      !!id &&
      ENTITY_ID.test(id) &&
      extra === undefined &&
      xs !== '' &&
      ys !== '' &&
      Number.isInteger(x) &&
      Number.isInteger(y) &&
      Math.abs(x) <= MAX_COORD &&
      Math.abs(y) <= MAX_COORD;
    if (!valid || seen.has(id)) continue;
    seen.add(id);
    out.push({ id, x, y });
    if (out.length === MAX_URL_POSITIONS) break;
  }
  return out;
}

function encodeExpansion(e: Expansion): string {
  const parts = [e.id, String(e.limit), e.kinds.join('.'), e.types.join('.')];
  while (parts.length > 2 && parts[parts.length - 1] === '') parts.pop();
  return parts.join(';');
}

function decodeExpansion(text: string): Expansion | null {
  const [id, limit, kinds, types] = text.split(';');
  if (!id || !ENTITY_ID.test(id)) return null;
  const n = Number(limit);
  return {
    id,
    limit: Number.isInteger(n) && n >= 0 ? Math.min(n, MAX_LIMIT) : DEFAULT_LIMIT,
    kinds: pick(kinds ?? '', '.', KINDS),
    types: pick(types ?? '', '.', RELATION_TYPES),
  };
}

function pick<T extends string>(text: string, sep: string, allowed: readonly T[]): T[] {
  const values = text.split(sep).filter((v): v is T => (allowed as readonly string[]).includes(v));
  return [...new Set(values)];
}

function ids(text: string | null): string[] {
  if (!text) return [];
  return [...new Set(text.split(',').filter((id) => /^[a-z]+:\S+$/.test(id)))];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function encodeView(view: ViewState): string {
  const d = defaultView();
  const q = new URLSearchParams();
  if (view.focus !== d.focus) q.set('f', view.focus ?? '');
  const x = view.expansions.map(encodeExpansion).join(',');
  if (x !== d.expansions.map(encodeExpansion).join(',')) q.set('x', x);
  if (view.hidden.length) q.set('h', view.hidden.join(','));
  if (view.pinned.length) q.set('p', view.pinned.join(','));
  if (view.selected) q.set('s', view.selected);
  if (!sameSet(view.filters.kinds, KINDS)) q.set('k', view.filters.kinds.join('.'));
  if (!sameSet(view.filters.relationTypes, RELATION_TYPES)) q.set('r', view.filters.relationTypes.join('.'));
  if (view.filters.minConfidence !== 'LOW') q.set('c', view.filters.minConfidence);
  if (view.filters.minReliability !== null) q.set('rel', view.filters.minReliability);
  if (view.filters.maxCredibility !== null) q.set('cred', String(view.filters.maxCredibility));
  if (!view.filters.includeSuspended) q.set('susp', '0');
  if (view.filters.pathsThroughSuspended) q.set('psusp', '1');
  if (view.day !== null) q.set('d', view.day);
  else if (view.year !== null) q.set('y', String(view.year));
  if (view.layout !== d.layout) q.set('l', view.layout);
  if (view.sizeBy !== 'none') q.set('size', view.sizeBy);
  if (view.colorBy !== 'kind') q.set('color', view.colorBy);
  if (view.path) q.set('path', `${view.path.from},${view.path.to}`);
  if (view.mode !== 'graph') q.set('m', view.mode);
  if (view.tour) q.set('t', `${view.tour.id};${view.tour.step}`);
  if (view.compareTimes) q.set('ct', `${view.compareTimes.from},${view.compareTimes.to}`);
  if (view.compareTimes && view.changeStep !== null) q.set('cts', String(view.changeStep));
  if (view.changeSort.key !== 'date' || view.changeSort.desc) {
    q.set('cs', `${view.changeSort.desc ? '-' : ''}${view.changeSort.key}`);
  }
  if (view.pair) q.set('cmp', view.pair.b ? `${view.pair.a},${view.pair.b}` : view.pair.a);
  if (view.timeline) q.set('tl', '1');
  const po = view.pathOptions;
  if (po.mode !== 'SHORTEST') q.set('pm', 'simple');
  if (po.maxLength !== PATH_MAX_LENGTH) q.set('pl', String(po.maxLength));
  if (po.excludeIds.length) q.set('px', po.excludeIds.join(','));
  if (po.kinds.length) q.set('pk', po.kinds.join('.'));
  if (po.relationTypes.length) q.set('pr', po.relationTypes.join('.'));
  const xy = encodePositions(view.positions);
  if (xy) q.set('xy', xy);
  const s = q.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%3B/gi, ';').replace(/%2F/gi, '/');
  return s ? `?${s}` : '';
}

export function decodeView(search: string): ViewState {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const view = defaultView();
  if (q.has('f')) view.focus = ids(q.get('f'))[0] ?? null;
  if (q.has('x')) {
    view.expansions = (q.get('x') ?? '')
      .split(',')
      .filter(Boolean)
      .map(decodeExpansion)
      .filter((e): e is Expansion => e !== null);
  }
  view.hidden = ids(q.get('h'));
  view.pinned = ids(q.get('p'));
  const selected = q.get('s');
  view.selected = selected && /^[a-z]+:\S+$/.test(selected) ? selected : null;
  if (q.has('k')) view.filters.kinds = pick<Kind>(q.get('k') ?? '', '.', KINDS);
  if (q.has('r')) view.filters.relationTypes = pick<RelationType>(q.get('r') ?? '', '.', RELATION_TYPES);
  const c = q.get('c');
  if (c && (CONFIDENCES as readonly string[]).includes(c)) view.filters.minConfidence = c as Confidence;
  const y = Number(q.get('y'));
  if (q.has('y') && Number.isInteger(y) && y >= YEAR.min && y <= YEAR.max) view.year = y;
  const rel = q.get('rel');
  if (rel && (RELIABILITIES as readonly string[]).includes(rel)) view.filters.minReliability = rel as Reliability;
  const cred = Number(q.get('cred'));
  if (q.has('cred') && Number.isInteger(cred) && cred >= 1 && cred <= 6) view.filters.maxCredibility = cred;
  if (q.get('susp') === '0') view.filters.includeSuspended = false;
  if (q.get('psusp') === '1') view.filters.pathsThroughSuspended = true;
  const d = q.get('d');
  if (d && isCalendarDay(d) && yearOf(d) >= YEAR.min && yearOf(d) <= YEAR.max) {
    view.day = d;
    view.year = yearOf(d);
  }
  const l = q.get('l');
  if (l && (LAYOUT_NAMES as readonly string[]).includes(l)) view.layout = l as LayoutName;
  const size = q.get('size');
  if (size === 'degree' || size === 'betweenness') view.sizeBy = size satisfies SizeBy;
  if (q.get('color') === 'community') view.colorBy = 'community' satisfies ColorBy;
  const path = ids(q.get('path'));
  if (path.length === 2) view.path = { from: path[0]!, to: path[1]! };
  if (q.get('m') === 'list') view.mode = 'list';
  const [tourId, step] = (q.get('t') ?? '').split(';');
  const n = Number(step);
  if (tourId && /^[a-z0-9-]+$/.test(tourId)) view.tour = { id: tourId, step: Number.isInteger(n) && n >= 0 ? n : 0 };
  view.positions = decodePositions(q.get('xy'));
  const [ctFrom, ctTo, ctExtra] = (q.get('ct') ?? '').split(',');
  if (ctFrom && ctTo && ctExtra === undefined && isTimePoint(ctFrom) && isTimePoint(ctTo)) {
    if (!pointAfter(ctFrom, ctTo)) view.compareTimes = { from: ctFrom, to: ctTo };
  }
  const changeStep = Number(q.get('cts'));
  if (view.compareTimes && q.has('cts') && Number.isInteger(changeStep) && changeStep >= 0) {
    view.changeStep = changeStep;
  }
  const cs = /^(-?)(date|change|fact|grade)$/.exec(q.get('cs') ?? '');
  if (cs) view.changeSort = { key: cs[2] as ChangeSort['key'], desc: cs[1] === '-' };
  const pair = (q.get('cmp') ?? '').split(',');
  if (pair[0] && ENTITY_ID.test(pair[0]) && pair.length <= 2) {
    const b = pair[1] && ENTITY_ID.test(pair[1]) && pair[1] !== pair[0] ? pair[1] : null;
    view.pair = { a: pair[0], b };
  }
  view.timeline = q.get('tl') === '1';
  if (q.get('pm') === 'simple') view.pathOptions.mode = 'SIMPLE';
  const pl = Number(q.get('pl'));
  if (q.has('pl') && Number.isInteger(pl) && pl >= 1 && pl <= PATH_MAX_LENGTH) view.pathOptions.maxLength = pl;
  view.pathOptions.excludeIds = ids(q.get('px')).filter((id) => ENTITY_ID.test(id));
  view.pathOptions.kinds = pick<Kind>(q.get('pk') ?? '', '.', KINDS);
  view.pathOptions.relationTypes = pick<RelationType>(q.get('pr') ?? '', '.', RELATION_TYPES);
  return view;
}
