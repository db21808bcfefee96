import { describe, expect, it } from '@jest/globals';
import {
  changeRows,
  classifyAt,
  pointAfter,
  reportedClasses,
  sortRows,
  toggleCompareTimes,
  whenOfPoint,
  windowArgs,
  type ChangeReport,
} from '../../../client/src/model/compare-times.js';
import { explainPath, explanationText, hopClause } from '../../../client/src/model/explain.js';
import { composeGraph } from '../../../client/src/model/graph-model.js';
import { spanOf, ticks, timelineEntities, toX, yearAt, yearValue } from '../../../client/src/model/time-axis.js';
import { defaultView, ViewStore } from '../../../client/src/state.js';
import { entity, rel } from './fixtures.js';

const nato = entity('org:nato', 'ORGANIZATION', 'NATO');
const fin = entity('state:fin', 'STATE', 'Finland');
const rus = entity('state:rus', 'STATE', 'Russia');
const pfp = entity('framework:pfp', 'FRAMEWORK', 'Partnership for Peace');
const source = {
  id: 'src:nato-fin',
  title: 'NATO: Finland joins',
  url: 'https://www.nato.int/fin',
  publisher: 'NATO',
  date: '2023-04-04',
  reliability: 'A' as const,
};
const finJoins = rel('MEMBER_OF', 'state:fin', 'org:nato', { since: 2023, sinceDate: '2023-04-04', sources: [source] });
const rusPfp = rel('PARTNER_IN', 'state:rus', 'framework:pfp', {
  since: 1994,
  suspensions: [{ since: 2014, until: null, sinceDate: '2014-04-01', untilDate: null, note: null, sources: [] }],
});
const finPfp = rel('PARTNER_IN', 'state:fin', 'framework:pfp', { since: 1994 });

const report = (
  changes: [ChangeReport['relationships'][number]['change'], typeof finJoins, string | null, number][],
): ChangeReport => ({
  fromDay: '2014-01-01',
  toDay: '2024-12-31',
  total: changes.length,
  truncated: false,
  entities: [],
  relationships: changes.map(([change, r, date, year]) => ({
    change,
    date,
    year,
    suspension: null,
    relationship: { ...r, from: r.from.id === 'state:fin' ? fin : rus, to: r.to.id === 'org:nato' ? nato : pfp },
  })),
});

describe('compare times', () => {
  it('asks years as years and anything with a day as days', () => {
    expect(windowArgs('2014', '2024')).toEqual({ from: 2014, to: 2024, fromDate: null, toDate: null });
    expect(windowArgs('2014', '2024-04-04')).toEqual({
      from: null,
      to: null,
      fromDate: '2014-01-01',
      toDate: '2024-04-04',
    });
    expect(pointAfter('2024', '2014')).toBe(true);
    expect(pointAfter('2024', '2024-03-01')).toBe(false);
    expect(whenOfPoint('2023-04-04')).toEqual({ asOf: null, at: '2023-04-04' });
  });

  it('classifies by the time rule at both ends: began, suspended, unchanged, or neither', () => {
    const [a, b] = [whenOfPoint('2014'), whenOfPoint('2024')];
    expect(classifyAt(finJoins, a, b)).toBe('began');
    expect(classifyAt(finPfp, a, b)).toBe('unchanged');
    expect(classifyAt(rusPfp, whenOfPoint('2010'), b)).toBe('suspended');
    expect(classifyAt(finJoins, whenOfPoint('1990'), whenOfPoint('2000'))).toBeNull();
  });

  it('takes the server’s word where it has one, and draws the overlay with shared positions', () => {
    const r = report([
      ['BEGAN', finJoins, '2023-04-04', 2023],
      ['SUSPENDED', rusPfp, '2014-04-01', 2014],
    ]);
    expect(reportedClasses(r)).toEqual(
      new Map([
        [finJoins.id, 'began'],
        [rusPfp.id, 'suspended'],
      ]),
    );
    const view = { ...defaultView(), focus: 'org:nato', expansions: [], compareTimes: { from: '2014', to: '2024' } };
    const g = composeGraph({
      view,
      parts: new Map(),
      singles: new Map([['org:nato', nato]]),
      paths: null,
      compare: {
        from: whenOfPoint('2014'),
        to: whenOfPoint('2024'),
        part: { nodes: [fin, nato], edges: [finJoins] },
        reported: reportedClasses(r),
        pending: new Set(),
      },
    });
    expect(g.edges.map((e) => [e.rel.id, e.change])).toEqual([[finJoins.id, 'began']]);
    expect(g.nodes.find((n) => n.entity.id === 'state:fin')?.origin).toBe('org:nato');
  });

  it('lists rows by date, sorts by any column and keeps date order within ties', () => {
    const rows = changeRows(
      report([
        ['BEGAN', finJoins, '2023-04-04', 2023],
        ['SUSPENDED', rusPfp, '2014-04-01', 2014],
      ]),
    );
    expect(rows.map((r) => r.fact)).toEqual(['Russia partner in Partnership for Peace', 'Finland member of NATO']);
    expect(rows[1]!.sources[0]!.url).toBe('https://www.nato.int/fin');
    expect(sortRows(rows, { key: 'date', desc: true }).map((r) => r.change)).toEqual(['BEGAN', 'SUSPENDED']);
    expect(sortRows(rows, { key: 'fact', desc: false })[0]!.fact).toBe('Finland member of NATO');
  });
});

describe('explain this connection', () => {
  it('says each hop with its tense, dates and grade, from the walking side', () => {
    const names = (id: string) =>
      ({ 'state:fin': 'Finland', 'org:nato': 'NATO', 'state:rus': 'Russia', 'framework:pfp': 'PfP' })[id] ?? id;
    expect(hopClause(finJoins, 'state:fin', names)).toBe('Finland has been a member of NATO since 4 April 2023 (A2)');
    expect(hopClause(finJoins, 'org:nato', names)).toBe('NATO has had as a member Finland since 4 April 2023 (A2)');
    expect(hopClause({ ...finPfp, until: 2023 }, 'state:fin', names)).toBe(
      'Finland was a partner in PfP from 1994 to 2023 (A2)',
    );
    expect(hopClause(rusPfp, 'state:rus', names)).toBe(
      'Russia has been a partner in PfP since 1994, suspended since 1 April 2014 (A2)',
    );
  });

  it('numbers each source once and copies as a sentence with its citations', () => {
    const e = explainPath({ nodes: [fin, nato, fin], edges: [finJoins, finJoins] });
    expect(e.citations).toHaveLength(1);
    expect(e.clauses.map((c) => c.cites)).toEqual([[1], [1]]);
    const text = explanationText(e);
    expect(text).toMatch(/^Finland has been a member of NATO since 4 April 2023 \(A2\) \[1\]; NATO has had/);
    expect(text).toContain('[1] NATO: Finland joins, NATO, 2023-04-04 <https://www.nato.int/fin>');
  });
});

describe('time axis', () => {
  const axis = { min: 2000, max: 2025, x0: 100, x1: 600 };
  it('places exact dates within their year and open ends at the axis ends', () => {
    expect(yearValue('2023-04-04', 2023)).toBeCloseTo(2023.26, 2);
    expect(yearValue(null, 2023, true)).toBe(2024);
    expect(spanOf({ since: null, until: null }, 2000, 2025)).toEqual({
      start: 2000,
      end: 2025,
      openStart: true,
      openEnd: true,
    });
    expect(toX(axis, 2010)).toBe(300);
    expect(yearAt(axis, 310)).toBe(2010);
    expect(yearAt(axis, 5000)).toBe(2024);
    expect(ticks(axis)).toEqual([2000, 2005, 2010, 2015, 2020, 2025]);
  });
});

describe('workbench entry points', () => {
  it('compares the ten years up to the view’s year, and turns off with its step', () => {
    const store = new ViewStore({ ...defaultView(), year: 2024 });
    toggleCompareTimes(store, 2026);
    expect(store.get().compareTimes).toEqual({ from: '2014', to: '2024' });
    store.set({ changeStep: 4 });
    toggleCompareTimes(store, 2026);
    expect(store.get()).toMatchObject({ compareTimes: null, changeStep: null });
  });

  it('puts on the timeline the selected entity, both ends of a selected link, else the focus', () => {
    const isEntity = (id: string) => /^[a-z]+:[a-z0-9._-]+$/.test(id);
    expect(timelineEntities({ selected: 'state:fin', focus: 'org:nato' }, isEntity)).toEqual(['state:fin']);
    expect(timelineEntities({ selected: finJoins.id, focus: null }, isEntity)).toEqual(['state:fin', 'org:nato']);
    expect(timelineEntities({ selected: null, focus: 'org:nato' }, isEntity)).toEqual(['org:nato']);
  });
});
