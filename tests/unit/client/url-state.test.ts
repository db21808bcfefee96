import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  decodePositions,
  decodeView,
  encodePositions,
  encodeView,
  MAX_URL_POSITIONS,
} from '../../../client/src/url-state.js';
import { defaultView, LAYOUT_NAMES, type ViewState } from '../../../client/src/state.js';
import { CONFIDENCES, KINDS, RELATION_TYPES, RELIABILITIES } from '../../../client/src/model/vocabulary.js';

describe('url-state', () => {
  it('writes nothing for the default view, and reads it back', () => {
    expect(encodeView(defaultView())).toBe('');
    expect(decodeView('')).toEqual(defaultView());
  });

  it('round-trips a full view with readable ids', () => {
    const view: ViewState = {
      ...defaultView(),
      focus: 'state:est',
      expansions: [
        { id: 'org:nato', limit: 60, kinds: ['FRAMEWORK', 'ORGANIZATION'], types: [] },
        { id: 'state:est', limit: 20, kinds: [], types: [] },
        { id: 'activity:efp-estonia', limit: 40, kinds: [], types: ['LEADS', 'HOSTS'] },
      ],
      hidden: ['region:baltic'],
      pinned: ['org:nato', 'state:est'],
      selected: 'state:gbr/LEADS/activity:efp-estonia/2017',
      filters: {
        kinds: ['STATE', 'ACTIVITY'],
        relationTypes: ['LEADS'],
        minConfidence: 'MEDIUM',
        minReliability: 'B',
        maxCredibility: 3,
        includeSuspended: false,
        pathsThroughSuspended: true,
      },
      year: 2000,
      day: null,
      layout: 'concentric',
      sizeBy: 'betweenness',
      colorBy: 'community',
      path: { from: 'state:jpn', to: 'state:tun' },
      mode: 'list',
      tour: { id: 'efp-baltic', step: 2 },
      positions: [
        { id: 'org:nato', x: 0, y: 0 },
        { id: 'state:est', x: -120, y: 48 },
      ],
    };
    const search = encodeView(view);
    expect(search).toContain('f=state:est');
    expect(search).toContain('y=2000');
    expect(search).toContain('path=state:jpn,state:tun');
    expect(search).toContain('xy=org:nato;0;0,state:est;-120;48');
    expect(decodeView(search)).toEqual(view);
  });

  it('keeps an empty canvas distinct from the default overview', () => {
    const empty = { ...defaultView(), focus: null, expansions: [] };
    expect(decodeView(encodeView(empty))).toEqual(empty);
  });

  it('ignores malformed values instead of failing', () => {
    const view = decodeView(
      '?y=abc&l=spiral&k=STATE.BOGUS&c=maybe&x=not-an-id,org:nato;x;;NOPE&path=state:jpn&t=bad%20id;2',
    );
    expect(view.year).toBeNull();
    expect(view.layout).toBe('fcose');
    expect(view.filters.kinds).toEqual(['STATE']);
    expect(view.filters.minConfidence).toBe('LOW');
    expect(view.expansions).toEqual([{ id: 'org:nato', limit: 20, kinds: [], types: [] }]);
    expect(view.path).toBeNull();
    expect(view.tour).toBeNull();
  });

  it('round-trips any view (property test)', () => {
    const id = fc
      .tuple(fc.constantFrom('state', 'org', 'framework', 'activity'), fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/))
      .map(([p, k]) => `${p}:${k}`);
    const subset = <T>(all: readonly T[]) => fc.subarray([...all]);
    // A compared time: a year or a day.
    const point = fc.oneof(
      fc.integer({ min: 1900, max: 2100 }).map(String),
      fc
        .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    );
    const fields = fc.record({
      focus: fc.option(id, { nil: null }),
      expansions: fc.array(
        fc.record({
          id,
          limit: fc.integer({ min: 0, max: 2000 }),
          kinds: subset(KINDS),
          types: subset(RELATION_TYPES),
        }),
        { maxLength: 5 },
      ),
      hidden: fc.uniqueArray(id, { maxLength: 4 }),
      pinned: fc.uniqueArray(id, { maxLength: 4 }),
      selected: fc.option(id, { nil: null }),
      filters: fc.record({
        kinds: subset(KINDS),
        relationTypes: subset(RELATION_TYPES),
        minConfidence: fc.constantFrom(...CONFIDENCES),
        minReliability: fc.option(fc.constantFrom(...RELIABILITIES), { nil: null }),
        maxCredibility: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
        includeSuspended: fc.boolean(),
        pathsThroughSuspended: fc.boolean(),
      }),
      year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
      day: fc.constant(null),
      layout: fc.constantFrom(...LAYOUT_NAMES),
      sizeBy: fc.constantFrom('none' as const, 'degree' as const, 'betweenness' as const),
      colorBy: fc.constantFrom('kind' as const, 'community' as const),
      path: fc.option(
        fc
          .tuple(id, id)
          .filter(([a, b]) => a !== b)
          .map(([from, to]) => ({ from, to })),
        { nil: null },
      ),
      mode: fc.constantFrom('graph' as const, 'list' as const),
      tour: fc.option(fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,10}$/), step: fc.nat(20) }), { nil: null }),
      positions: fc.uniqueArray(
        fc.record({
          id,
          x: fc.integer({ min: -1_000_000, max: 1_000_000 }),
          y: fc.integer({ min: -1_000_000, max: 1_000_000 }),
        }),
        { maxLength: 6, selector: (p) => p.id },
      ),
      compareTimes: fc.option(
        fc
          .tuple(point, point)
          .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }))
          .filter(({ from, to }) => from.slice(0, 4) < to.slice(0, 4) || from === to),
        { nil: null },
      ),
      changeStep: fc.option(fc.nat(500), { nil: null }),
      changeSort: fc.record({
        key: fc.constantFrom('date' as const, 'change' as const, 'fact' as const, 'grade' as const),
        desc: fc.boolean(),
      }),
      pair: fc.option(
        fc.tuple(id, fc.option(id, { nil: null })).map(([a, b]) => ({ a, b: b === a ? null : b })),
        { nil: null },
      ),
      timeline: fc.boolean(),
      pathOptions: fc.record({
        mode: fc.constantFrom('SHORTEST' as const, 'SIMPLE' as const),
        maxLength: fc.integer({ min: 1, max: 6 }),
        excludeIds: fc.uniqueArray(id, { maxLength: 3 }),
        kinds: fc.uniqueArray(fc.constantFrom(...KINDS), { maxLength: 3 }),
        relationTypes: fc.uniqueArray(fc.constantFrom(...RELATION_TYPES), { maxLength: 3 }),
      }),
    });
    // A picked day carries its year (time-slider.ts); the URL writes the day alone.
    const day = fc.option(
      fc
        .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { nil: null },
    );
    const arbitrary: fc.Arbitrary<ViewState> = fc
      .tuple(fields, day)
      .map(([v, d]) => (d === null ? v : { ...v, day: d, year: Number(d.slice(0, 4)) }))
      // Play's step belongs to a comparison: the URL keeps it only with one.
      .map((v) => (v.compareTimes ? v : { ...v, changeStep: null }));
    fc.assert(
      fc.property(arbitrary, (view) => {
        const back = decodeView(encodeView(view));
        // Sets are compared as sets: the URL keeps the canonical order of kinds and types.
        expect(back).toEqual({
          ...view,
          filters: { ...view.filters, kinds: back.filters.kinds, relationTypes: back.filters.relationTypes },
        });
        expect(new Set(back.filters.kinds)).toEqual(new Set(view.filters.kinds));
        expect(new Set(back.filters.relationTypes)).toEqual(new Set(view.filters.relationTypes));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the workbench in the URL: compared times, Play’s step, the sort, the pair, the timeline, path options', () => {
    const view: ViewState = {
      ...defaultView(),
      compareTimes: { from: '2014', to: '2024-04-04' },
      changeStep: 3,
      changeSort: { key: 'grade', desc: true },
      pair: { a: 'state:qat', b: 'state:are' },
      timeline: true,
      pathOptions: {
        mode: 'SIMPLE',
        maxLength: 4,
        excludeIds: ['org:nato'],
        kinds: ['STATE', 'FRAMEWORK'],
        relationTypes: ['PARTNER_IN'],
      },
    };
    const search = encodeView(view);
    expect(search).toContain('ct=2014,2024-04-04');
    expect(search).toContain('cmp=state:qat,state:are');
    expect(search).toContain('pm=simple');
    expect(search).toContain('px=org:nato');
    expect(decodeView(search)).toEqual(view);
  });

  it('refuses a backward window, a pair of one entity and out-of-range path lengths', () => {
    const view = decodeView('?ct=2024,2014&cts=2&cmp=state:qat,state:qat&pl=9&pm=fast&cs=size');
    expect(view.compareTimes).toBeNull();
    expect(view.changeStep).toBeNull();
    expect(view.pair).toEqual({ a: 'state:qat', b: null });
    expect(view.pathOptions).toEqual(defaultView().pathOptions);
    expect(view.changeSort).toEqual({ key: 'date', desc: false });
  });

  describe('node positions', () => {
    it('writes integers, compactly, and reads them back', () => {
      const text = encodePositions([
        { id: 'state:est', x: 10.4, y: -20.6 },
        { id: 'activity:efp-estonia', x: -0.4, y: 1234.5 },
      ]);
      expect(text).toBe('state:est;10;-21,activity:efp-estonia;0;1235');
      expect(decodePositions(text)).toEqual([
        { id: 'state:est', x: 10, y: -21 },
        { id: 'activity:efp-estonia', x: 0, y: 1235 },
      ]);
    });

    it('leaves positions out above the cap, so the layout runs instead of a huge URL', () => {
      const many = Array.from({ length: MAX_URL_POSITIONS + 1 }, (_, i) => ({ id: `state:s${i}`, x: i, y: -i }));
      expect(encodePositions(many)).toBe('');
      expect(encodeView({ ...defaultView(), positions: many })).toBe('');
      expect(encodePositions(many.slice(0, MAX_URL_POSITIONS)).split(',')).toHaveLength(MAX_URL_POSITIONS);
    });

    it('reads old URLs (no xy) as no positions, and drops malformed or repeated entries', () => {
      expect(decodeView('?f=state:est&x=state:est;20').positions).toEqual([]);
      expect(
        decodePositions(
          'state:est;1;2,bad;1;2,org:nato;x;3,org:nato;1.5;3,org:nato;4,org:nato;1;2;3,org:nato;;1,state:est;9;9,state:fin;5;6,state:swe;2000000;0',
        ),
      ).toEqual([
        { id: 'state:est', x: 1, y: 2 },
        { id: 'state:fin', x: 5, y: 6 },
      ]);
      expect(decodePositions(null)).toEqual([]);
    });

    it('reads no more positions than the cap from a crafted link', () => {
      const text = Array.from({ length: MAX_URL_POSITIONS + 50 }, (_, i) => `state:s${i};${i};0`).join(',');
      expect(decodePositions(text)).toHaveLength(MAX_URL_POSITIONS);
    });
  });
});
