import {
  DATASET_TARGETS,
  datasetFigures,
  judgeTargets,
  sharedSourceUrls,
  yearContradictions,
  type FigureGraph,
} from '../../../domain/dataset-figures.js';
import type { Kind, Period, RelationType } from '../../../domain/model.js';

const none: Period = { since: null, until: null, sinceDate: null, untilDate: null };
const entity = (id: string, kind: Kind, p: Partial<Period> = {}, sources = ['source:a']) => ({
  id,
  kind,
  sources,
  ...none,
  ...p,
});
const rel = (type: RelationType, from: string, to: string, p: Partial<Period> = {}, credibility = 2, sources = ['source:a']) => ({
  id: `${from}/${type}/${to}`,
  type,
  from,
  to,
  credibility: credibility as 1 | 2 | 3 | 4 | 5 | 6,
  sources,
  ...none,
  ...p,
});

const entities = [
  entity('state:svk', 'STATE', { since: 1993, sinceDate: '1993-01-01' }),
  entity('state:fra', 'STATE'),
  entity('org:nato', 'ORGANIZATION', { since: 1949 }),
  entity('activity:isaf', 'ACTIVITY', { since: 2001, until: 2014, untilDate: '2014-12-28' }),
  entity('framework:pfp', 'FRAMEWORK', { since: 1994 }),
  entity('framework:efp', 'FRAMEWORK', { since: 2017 }),
  entity('event:summit-2016-warsaw', 'EVENT', { since: 2016, sinceDate: '2016-07-08', until: 2016, untilDate: '2016-07-09' }),
  entity('document:strategic-concept-2010', 'DOCUMENT', { since: 2010, until: 2022 }),
  entity('document:strategic-concept-2022', 'DOCUMENT', { since: 2022 }),
  entity('region:europe', 'REGION'),
];
const contradictions = (...relationships: ReturnType<typeof rel>[]) =>
  yearContradictions({ entities, relationships }).map((c) => `${c.relationship} | ${c.endpoint} | ${c.message}`);

describe('yearContradictions', () => {
  it('finds nothing when a relationship lies within its endpoints, or claims no years', () => {
    expect(
      contradictions(
        rel('CONTRIBUTES_TO', 'state:svk', 'activity:isaf', { since: 2002, until: 2014 }),
        rel('CONTRIBUTES_TO', 'state:fra', 'activity:isaf', { since: 2001, untilDate: '2014-12-28', until: 2014 }),
        rel('PARTNER_IN', 'state:svk', 'framework:pfp', { since: 1994, until: 2004 }),
        rel('ADDRESSES', 'activity:isaf', 'region:europe'),
        rel('MEMBER_OF', 'state:fra', 'org:nato', { since: 1949, sinceDate: '1949-08-24' }),
      ),
    ).toEqual([]);
  });

  it('reads years generously: a start known to the year may be any day of it', () => {
    // The state began on 1 January 1993; a partnership of "1993" may have begun that day.
    expect(contradictions(rel('PARTNER_IN', 'state:svk', 'framework:pfp', { since: 1994 }))).toEqual([]);
    expect(contradictions(rel('CONTRIBUTES_TO', 'state:fra', 'activity:isaf', { since: 2014, until: 2014 }))).toEqual([]);
    // ISAF ended on 28 December 2014: a contribution ending in "2014" may have ended by then.
    expect(contradictions(rel('CONTRIBUTES_TO', 'state:svk', 'activity:isaf', { since: 2004, until: 2014 }))).toEqual([]);
  });

  it('finds a relationship starting before an endpoint began, or ending after it ended', () => {
    expect(
      contradictions(
        rel('PARTNER_IN', 'state:svk', 'framework:pfp', { since: 1992, until: 2004 }),
        rel('CONTRIBUTES_TO', 'state:fra', 'activity:isaf', { since: 2003, untilDate: '2015-01-01', until: 2015 }),
      ),
    ).toEqual([
      'state:svk/PARTNER_IN/framework:pfp | state:svk | starts 1992, before state:svk began (from 1993-01-01)',
      'state:svk/PARTNER_IN/framework:pfp | framework:pfp | starts 1992, before framework:pfp began (from 1994)',
      'state:fra/CONTRIBUTES_TO/activity:isaf | activity:isaf | ends 2015-01-01, after activity:isaf ended (2001 to 2014-12-28)',
    ]);
  });

  it('finds a relationship entirely after an endpoint ended, or before it began', () => {
    expect(
      contradictions(
        rel('CONTRIBUTES_TO', 'state:fra', 'activity:isaf', { since: 2016, until: 2017 }),
        rel('CONTRIBUTES_TO', 'state:svk', 'activity:isaf', { since: 1999, until: 2000 }),
      ).map((c) => c.split(' | ')[2]),
    ).toEqual([
      'starts 2016, after activity:isaf ended (2001 to 2014-12-28)',
      'ends 2017, after activity:isaf ended (2001 to 2014-12-28)',
      'starts 1999, before activity:isaf began (2001 to 2014-12-28)',
      'ends 2000, before activity:isaf began (2001 to 2014-12-28)',
    ]);
  });

  it('finds a lasting relationship open-ended past an endpoint that ended', () => {
    expect(contradictions(rel('CONTRIBUTES_TO', 'state:fra', 'activity:isaf', { since: 2010 }))).toEqual([
      'state:fra/CONTRIBUTES_TO/activity:isaf | activity:isaf | open-ended since 2010, past the end of activity:isaf (2001 to 2014-12-28)',
    ]);
  });

  it('lets moments stay open-ended: a succession, and links to an event', () => {
    expect(
      contradictions(
        rel('SUCCEEDS', 'document:strategic-concept-2022', 'document:strategic-concept-2010', { since: 2022 }),
        rel('ATTENDS', 'state:fra', 'event:summit-2016-warsaw', { sinceDate: '2016-07-08', since: 2016 }),
      ),
    ).toEqual([]);
    expect(
      contradictions(rel('ATTENDS', 'state:fra', 'event:summit-2016-warsaw', { sinceDate: '2016-07-10', since: 2016 })),
    ).toEqual([
      'state:fra/ATTENDS/event:summit-2016-warsaw | event:summit-2016-warsaw | starts 2016-07-10, after event:summit-2016-warsaw ended (2016-07-08 to 2016-07-09)',
    ]);
  });

  it('holds a decision to its event: dated within it, its subject not begun before it, nor ended before it', () => {
    // eFP was decided at Warsaw in July 2016 and deployed in 2017: legitimate.
    expect(contradictions(rel('DECIDED_AT', 'framework:efp', 'event:summit-2016-warsaw', { since: 2016 }))).toEqual([]);
    expect(
      contradictions(
        rel('DECIDED_AT', 'framework:pfp', 'event:summit-2016-warsaw'),
        rel('DECIDED_AT', 'activity:isaf', 'event:summit-2016-warsaw'),
        rel('DECIDED_AT', 'document:strategic-concept-2022', 'event:summit-2016-warsaw', { since: 2015 }),
      ),
    ).toEqual([
      'framework:pfp/DECIDED_AT/event:summit-2016-warsaw | framework:pfp | framework:pfp began 1994, before event:summit-2016-warsaw (2016-07-08 to 2016-07-09)',
      'activity:isaf/DECIDED_AT/event:summit-2016-warsaw | activity:isaf | activity:isaf began 2001, before event:summit-2016-warsaw (2016-07-08 to 2016-07-09)',
      'activity:isaf/DECIDED_AT/event:summit-2016-warsaw | activity:isaf | activity:isaf ended 2014-12-28, before event:summit-2016-warsaw (2016-07-08 to 2016-07-09)',
      'document:strategic-concept-2022/DECIDED_AT/event:summit-2016-warsaw | event:summit-2016-warsaw | starts 2015, before event:summit-2016-warsaw began (2016-07-08 to 2016-07-09)',
    ]);
  });
});

describe('datasetFigures and judgeTargets', () => {
  const graph: FigureGraph = {
    sources: [
      { id: 'source:a', reliability: 'A' },
      { id: 'source:c', reliability: 'C' },
    ],
    entities: [
      entity('state:est', 'STATE', {}, ['source:c', 'source:a']),
      entity('org:nato', 'ORGANIZATION', {}, ['source:c']),
      entity('framework:pfp', 'FRAMEWORK'),
      entity('event:summit-1994-brussels', 'EVENT', { sinceDate: '1994-01-10', untilDate: '1994-01-11', since: 1994, until: 1994 }),
      entity('event:ministerial-1997-sintra', 'EVENT', { sinceDate: '1997-05', since: 1997 }),
    ],
    relationships: [
      rel('MEMBER_OF', 'state:est', 'org:nato', { since: 2004, sinceDate: '2004-03-29' }),
      rel('MEMBER_OF', 'state:fra', 'org:nato', { since: 1949, sinceDate: '1949-08' }, 2, ['source:c']),
      rel('PARTNER_IN', 'state:est', 'framework:pfp', { since: 1994, sinceDate: '1994-02-03', until: 2004, untilDate: '2004-03-28' }, 4),
      rel('PARTNER_IN', 'state:fin', 'framework:pfp', { since: 1994, sinceDate: '1994-05', untilDate: '2023-04-04', until: 2023 }),
      rel('PARTNER_IN', 'state:swe', 'framework:pfp', { since: 1994 }, 6, []),
    ],
  };
  const figures = datasetFigures(graph);

  it('counts facts as entities and relationships, a fact citing A or B by its best source', () => {
    expect(figures).toMatchObject({
      entities: 5,
      relationships: 5,
      sourced: { n: 9, of: 10 },
      aOrB: { n: 7, of: 10 },
      doubtful: { n: 2, of: 5 },
    });
  });

  it('dates memberships to the day, summits by a start and an end day, partnerships to the day (start, and end if ended)', () => {
    expect(figures.datedMemberships).toEqual({ n: 1, of: 2 });
    expect(figures.datedSummits).toEqual({ n: 1, of: 2 });
    // Estonia's starts and ends on a day; Finland's starts in a month only (1994-05), which is not exact.
    expect(figures.datedPartnerships).toEqual({ n: 1, of: 3 });
  });

  it('does not count a partnership dated to the month, nor one that ended without an end day', () => {
    const p = (period: Partial<Period>) =>
      datasetFigures({ ...graph, relationships: [rel('PARTNER_IN', 'state:fin', 'framework:pfp', period)] }).datedPartnerships;
    expect(p({ since: 1994, sinceDate: '1994-05-09' })).toEqual({ n: 1, of: 1 });
    expect(p({ since: 1994, sinceDate: '1994-05' })).toEqual({ n: 0, of: 1 });
    expect(p({ since: 1994, sinceDate: '1994-05-09', until: 2023, untilDate: '2023-04' })).toEqual({ n: 0, of: 1 });
    expect(p({ since: 1994, sinceDate: '1994-05-09', until: 2023 })).toEqual({ n: 0, of: 1 });
  });

  it('names every unmet target, and meets those that are met', () => {
    expect(
      judgeTargets(figures)
        .filter((t) => !t.met)
        .map((t) => `${t.name}: ${t.value}`),
    ).toEqual([
      'entities: 5',
      'relationships: 5',
      'facts sourced: 9/10 (90.0%)',
      'facts citing a source graded A or B: 7/10 (70.0%)',
      'relationships at credibility 4-6: 2/5 (40.0%)',
      'memberships dated to the day: 1/2 (50.0%)',
      'summits (events) with start and end days: 1/2 (50.0%)',
      'partnerships dated to the day: 1/3 (33.3%)',
    ]);
    const loose = { ...DATASET_TARGETS, minEntities: 5, minRelationships: 5, minSourcedShare: 0.9, minAOrBShare: 0.7 };
    expect(judgeTargets(figures, { ...loose, maxDoubtfulShare: 0.4, minDatedMembershipShare: 0.5 }).filter((t) => t.met).map((t) => t.name)).toEqual([
      'entities',
      'relationships',
      'facts sourced',
      'facts citing a source graded A or B',
      'relationships at credibility 4-6',
      'memberships dated to the day',
      'year contradictions',
    ]);
  });

  it('fails the year rule for a single contradiction', () => {
    const withOne = datasetFigures({
      ...graph,
      entities: [...graph.entities, entity('activity:isaf', 'ACTIVITY', { since: 2001, until: 2014 })],
      relationships: [...graph.relationships, rel('CONTRIBUTES_TO', 'state:est', 'activity:isaf', { since: 2003 })],
    });
    expect(judgeTargets(withOne).find((t) => t.name === 'year contradictions')).toMatchObject({ value: '1', met: false });
  });
});

describe('sharedSourceUrls', () => {
  it('finds source ids naming one page, across NATO locale folders, sessions, locales and schemes', () => {
    expect(
      sharedSourceUrls([
        { id: 'source:dcb', url: 'https://www.nato.int/cps/en/natohq/topics_132756.htm' },
        { id: 'source:dcb-2020', url: 'https://www.nato.int/cps/fr/natohq/topics_132756.htm?selectedLocale=en' },
        { id: 'source:dcb-2023', url: 'http://nato.int/cps/en/SID-4E37114D-E9973C8C/natolive/topics_132756.htm?' },
        { id: 'source:pii', url: 'https://www.nato.int/cps/en/natohq/topics_132726.htm' },
        { id: 'source:book', url: null },
      ]),
    ).toEqual([['source:dcb', 'source:dcb-2020', 'source:dcb-2023']]);
  });
});
