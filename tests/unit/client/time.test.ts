import { describe, expect, it } from '@jest/globals';
import { composeGraph, statusInView } from '../../../client/src/model/graph-model.js';
import { neighbourhoodArgs, partKey } from '../../../client/src/model/server-filters.js';
import {
  asOfPhrase,
  formatDate,
  periodLabel,
  suspensionLabel,
  timeArgs,
  whenOf,
} from '../../../client/src/model/time.js';
import { defaultView, evidenceArgs, OVERVIEW, pathEvidenceArgs, type ViewState } from '../../../client/src/state.js';
import { decodeView, encodeView } from '../../../client/src/url-state.js';
import { entity, rel } from './fixtures.js';

const period = (
  since: number | null,
  until: number | null,
  sinceDate: string | null = null,
  untilDate: string | null = null,
) => ({
  since,
  until,
  sinceDate,
  untilDate,
});

describe('dates shown as dates', () => {
  it('formats days and months, and leaves anything else as given', () => {
    expect(formatDate('2004-03-29')).toBe('29 March 2004');
    expect(formatDate('2014-04')).toBe('April 2014');
    expect(formatDate('2004')).toBe('2004');
    expect(formatDate('2004-13')).toBe('2004-13');
  });

  it('uses exact dates where known and years otherwise', () => {
    expect(periodLabel(period(2004, null, '2004-03-29'))).toBe('29 March 2004–');
    expect(periodLabel(period(1994, 2004, null, '2004-03-28'))).toBe('1994–28 March 2004');
    expect(periodLabel(period(1994, 2019))).toBe('1994–2019');
    expect(periodLabel(period(null, 1991))).toBe('until 1991');
    expect(periodLabel(period(2004, 2004))).toBe('2004');
    expect(periodLabel(period(null, null))).toBe('');
  });

  it('says a suspension in words', () => {
    expect(suspensionLabel(period(2014, null, '2014-04-01'))).toBe('suspended since 1 April 2014');
    expect(suspensionLabel(period(2008, 2009))).toBe('suspended 2008–2009');
    expect(suspensionLabel(period(null, null))).toBe('suspended');
  });
});

describe('the time a view asks about', () => {
  it('sends `at` for a picked day and `asOf` for a year, never both', () => {
    const year = { ...defaultView(), year: 2004 };
    const day = { ...defaultView(), year: 2004, day: '2004-03-29' };
    expect(timeArgs(year)).toEqual({ asOf: 2004, at: null });
    expect(timeArgs(day)).toEqual({ asOf: null, at: '2004-03-29' });
    expect(whenOf(defaultView())).toEqual({ asOf: null, at: null });
    expect(asOfPhrase(day)).toBe(' as of 29 March 2004');
  });

  it('keeps the day and the evidence filter in the URL', () => {
    const view: ViewState = {
      ...defaultView(),
      year: 2004,
      day: '2004-03-29',
      filters: { ...defaultView().filters, minReliability: 'B', maxCredibility: 2, includeSuspended: false },
    };
    const search = encodeView(view);
    expect(search).toContain('d=2004-03-29');
    expect(search).not.toContain('y=');
    expect(search).toContain('rel=B');
    expect(search).toContain('cred=2');
    expect(search).toContain('susp=0');
    expect(decodeView(search)).toEqual(view);
  });

  it('refuses a day that is not a calendar day, and a reliability or credibility off the scale', () => {
    const view = decodeView('?d=2023-02-29&rel=G&cred=7&susp=maybe');
    expect(view.day).toBeNull();
    expect(view.year).toBeNull();
    expect(view.filters.minReliability).toBeNull();
    expect(view.filters.maxCredibility).toBeNull();
    expect(view.filters.includeSuspended).toBe(true);
  });
});

describe('server filters and suspensions', () => {
  it('lets paths cross suspended links only when the analyst says so, as the API does by default', () => {
    const view = defaultView();
    expect(pathEvidenceArgs(view.filters).includeSuspended).toBe(false);
    expect(evidenceArgs(view.filters).includeSuspended).toBe(true);
    const crossing = { ...view.filters, pathsThroughSuspended: true };
    expect(pathEvidenceArgs(crossing).includeSuspended).toBe(true);
    expect(decodeView(encodeView({ ...view, filters: crossing })).filters.pathsThroughSuspended).toBe(true);
  });

  it('sends the evidence filter with every neighbourhood, and the time only when suspended links are left out', () => {
    const base = { ...defaultView(), year: 2015 };
    expect(neighbourhoodArgs(base)).toEqual({
      asOf: null,
      at: null,
      includeSuspended: true,
      minReliability: null,
      maxCredibility: null,
    });
    const strict = { ...base, filters: { ...base.filters, includeSuspended: false, minReliability: 'B' as const } };
    expect(neighbourhoodArgs(strict)).toMatchObject({ asOf: 2015, includeSuspended: false, minReliability: 'B' });
    expect(partKey(OVERVIEW, base)).not.toBe(partKey(OVERVIEW, strict));
    expect(partKey(OVERVIEW, base)).toBe(partKey(OVERVIEW, { ...base, year: 1999 }));
  });

  it('marks a link suspended at the time asked, and leaves it out when the view excludes suspended links', () => {
    const rus = entity('state:rus', 'STATE', 'Russia');
    const pfp = entity('framework:pfp', 'FRAMEWORK', 'Partnership for Peace');
    const link = rel('PARTNER_IN', 'state:rus', 'framework:pfp', {
      since: 1994,
      suspensions: [{ ...period(2014, null, '2014-04-01'), note: null, sources: [] }],
    });
    const x = { id: 'framework:pfp', limit: 20, kinds: [], types: [] };
    const at = (view: ViewState) =>
      composeGraph({
        view,
        parts: new Map([[partKey(x, view), { nodes: [pfp, rus], edges: [link], truncated: false, total: 1 }]]),
        singles: new Map(),
        paths: null,
      });
    const view: ViewState = { ...defaultView(), focus: 'framework:pfp', expansions: [x] };
    expect(statusInView(link, { year: 2010, day: null })).toBe('ACTIVE');
    expect(statusInView(link, { year: 2014, day: '2014-03-31' })).toBe('ACTIVE');
    expect(statusInView(link, { year: 2014, day: '2014-04-01' })).toBe('SUSPENDED');
    expect(at({ ...view, year: 2010 }).edges.map((e) => e.status)).toEqual(['ACTIVE']);
    expect(at({ ...view, year: 2015 }).edges.map((e) => e.status)).toEqual(['SUSPENDED']);
    const strict = { ...view, year: 2015, filters: { ...view.filters, includeSuspended: false } };
    expect(at(strict).edges).toEqual([]);
  });

  it('applies the evidence filter to what is drawn, too', () => {
    const x = { id: 'org:nato', limit: 20, kinds: [], types: [] };
    const weak = rel('MEMBER_OF', 'state:est', 'org:nato', { reliability: 'D', credibility: 3, grade: 'D3' });
    const view: ViewState = {
      ...defaultView(),
      focus: 'org:nato',
      expansions: [x],
      filters: { ...defaultView().filters, minReliability: 'B' },
    };
    const graph = composeGraph({
      view,
      parts: new Map([
        [
          partKey(x, view),
          {
            nodes: [entity('org:nato', 'ORGANIZATION', 'NATO'), entity('state:est', 'STATE', 'Estonia')],
            edges: [weak],
            truncated: false,
            total: 1,
          },
        ],
      ]),
      singles: new Map(),
      paths: null,
    });
    expect(graph.edges).toEqual([]);
  });
});
