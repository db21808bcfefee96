/** The product dataset meets the minimums its issue sets, and tells the stories the brief promises. */
import { loadDataDir } from '../../../server/data/load-data-dir.js';
import { statusAt, validOn } from '../../../domain/valid-at.js';
import { DATA_DIR } from '../../../server/paths.js';
import { DATASET_TARGETS as T, datasetFigures, ratio } from '../../../domain/dataset-figures.js';

const graph = loadDataDir(DATA_DIR);
const count = (kind: string) => graph.entities.filter((e) => e.kind === kind).length;
const rels = (type: string, from?: string, to?: string) =>
  graph.relationships.filter((r) => r.type === type && (!from || r.from === from) && (!to || r.to === to));

describe('data/', () => {
  it('has all 32 NATO members, each with an accession year', () => {
    const members = rels('MEMBER_OF', undefined, 'org:nato');
    expect(new Set(members.map((r) => r.from)).size).toBe(32);
    expect(members.every((r) => r.since !== null)).toBe(true);
  });

  it('gives every PfP, MD, ICI and partners-across-the-globe participation a since-year', () => {
    for (const framework of ['framework:pfp', 'framework:md', 'framework:ici', 'framework:pag']) {
      const partners = rels('PARTNER_IN', undefined, framework);
      expect(partners.length).toBeGreaterThan(0);
      expect(partners.filter((r) => r.since === null).map((r) => r.id)).toEqual([]);
    }
  });

  it('has the 8 forward-presence battlegroups with host, framework nation and contributors', () => {
    const battlegroups = rels('PART_OF', undefined, 'framework:efp').map((r) => r.from);
    expect(battlegroups).toHaveLength(8);
    for (const bg of battlegroups) {
      expect(rels('HOSTS', undefined, bg)).toHaveLength(1);
      expect(rels('LEADS', undefined, bg).some((r) => r.role === 'framework nation')).toBe(true);
      expect(rels('CONTRIBUTES_TO', undefined, bg).length).toBeGreaterThan(0);
    }
  });

  it('meets the minimum counts per kind and in all', () => {
    expect(count('FRAMEWORK')).toBeGreaterThanOrEqual(10);
    expect(count('MECHANISM')).toBeGreaterThanOrEqual(12);
    expect(count('THREAT')).toBeGreaterThanOrEqual(10);
    expect(count('INSTITUTION')).toBeGreaterThanOrEqual(10);
    expect(count('ACTIVITY')).toBeGreaterThanOrEqual(15);
    expect(count('REGION')).toBeGreaterThanOrEqual(6);
    expect(graph.relationships.length).toBeGreaterThanOrEqual(400);
  });

  it('cites a source for every fact, with a URL for every source but the AI overview', () => {
    expect([...graph.entities, ...graph.relationships].filter((f) => f.sources.length === 0)).toEqual([]);
    expect(graph.sources.filter((s) => s.url === null).map((s) => [s.id, s.reliability])).toEqual([
      ['source:seed-overview', 'F'],
    ]);
  });

  it('grades every source (A-F, with a publisher beside every URL) and credits every relationship (1-6)', () => {
    expect(graph.sources.filter((s) => !'ABCDEF'.includes(s.reliability) || s.reliability.length !== 1)).toEqual([]);
    expect(graph.sources.filter((s) => s.url !== null && s.publisher === null).map((s) => s.id)).toEqual([]);
    expect(graph.relationships.filter((r) => ![1, 2, 3, 4, 5, 6].includes(r.credibility)).map((r) => r.id)).toEqual([]);
    expect(graph.relationships.some((r) => 'confidence' in r)).toBe(false);
  });

  it('dates all 32 accessions to the day', () => {
    const members = rels('MEMBER_OF', undefined, 'org:nato');
    expect(members.filter((r) => r.sinceDate === null || r.sinceDate.length !== 10).map((r) => r.id)).toEqual([]);
  });

  it("dates Estonia's accession: not a member on 2004-03-28, a member on 2004-03-29", () => {
    const [member] = rels('MEMBER_OF', 'state:est', 'org:nato');
    expect(member?.sinceDate).toBe('2004-03-29');
    expect(validOn(member!, '2004-03-28')).toBe(false);
    expect(validOn(member!, '2004-03-29')).toBe(true);
  });

  it("keeps Russia's PfP partnership, suspended since 1 April 2014, not ended", () => {
    const [pfp] = rels('PARTNER_IN', 'state:rus', 'framework:pfp');
    expect(pfp?.until).toBeNull();
    expect(pfp?.suspensions.map((s) => s.sinceDate)).toEqual(['2014-04-01']);
    expect(pfp?.suspensions[0]?.sources.length).toBeGreaterThan(0);
    expect(statusAt(pfp!, { asOf: 2013, at: null })).toBe('ACTIVE');
    expect(statusAt(pfp!, { asOf: null, at: '2014-04-01' })).toBe('SUSPENDED');
    expect(rels('PARTNER_IN', 'state:blr', 'framework:pfp')[0]?.suspensions).toHaveLength(1);
  });

  it("records Kuwait's competing ICI dates as alternatives, NATO's (the best-graded) as the primary value", () => {
    const [ici] = rels('PARTNER_IN', 'state:kwt', 'framework:ici');
    expect(ici).toMatchObject({ since: 2005, sinceDate: null, sources: ['source:nato-ici'] });
    expect(ici?.alternatives.map((a) => a.sinceDate)).toEqual(['2004-12', '2004-06']);
  });

  it('has a handful of events, documents and commands', () => {
    expect(count('EVENT')).toBeGreaterThanOrEqual(3);
    expect(count('DOCUMENT')).toBeGreaterThanOrEqual(3);
    expect(count('COMMAND')).toBeGreaterThanOrEqual(2);
    expect(rels('SUCCEEDS', 'document:strategic-concept-2022', 'document:strategic-concept-2010')).toHaveLength(1);
    expect(rels('DECIDED_AT', 'framework:pfp', 'event:summit-1994-brussels')).toHaveLength(1);
  });

  it('tells the Estonia story of the brief', () => {
    expect(rels('MEMBER_OF', 'state:est', 'org:nato')[0]?.since).toBe(2004);
    expect(rels('HOSTS', 'state:est', 'activity:efp-estonia')).toHaveLength(1);
    expect(rels('LEADS', 'state:gbr', 'activity:efp-estonia')[0]?.role).toBe('framework nation');
    expect(rels('HOSTS', 'state:est', 'institution:ccdcoe')).toHaveLength(1);
    expect(rels('LEADS', 'institution:ccdcoe', 'activity:locked-shields')).toHaveLength(1);
    expect(rels('ADDRESSES', 'activity:locked-shields', 'threat:cyber')).toHaveLength(1);
  });
});

/** Issue 11's targets, as `npm run data:check` judges them (domain/dataset-figures.ts has the definitions). */
describe('data/ meets the targets of issue 11', () => {
  const f = datasetFigures(graph);

  it(`has at least ${T.minEntities} entities and ${T.minRelationships} relationships`, () => {
    expect(f.entities).toBeGreaterThanOrEqual(T.minEntities);
    expect(f.relationships).toBeGreaterThanOrEqual(T.minRelationships);
  });

  it('cites a source for every fact, a source graded A or B for at least 80% of them', () => {
    expect(ratio(f.sourced)).toBeGreaterThanOrEqual(T.minSourcedShare);
    expect(ratio(f.aOrB)).toBeGreaterThanOrEqual(T.minAOrBShare);
  });

  it('has at most 5% of its relationships at credibility 4-6', () => {
    expect(f.doubtful.n).toBeLessThanOrEqual(T.maxDoubtfulShare * f.doubtful.of);
  });

  it('dates every membership to the day, every summit by its first and last day, half the partnerships to the day', () => {
    expect(ratio(f.datedMemberships)).toBeGreaterThanOrEqual(T.minDatedMembershipShare);
    expect(ratio(f.datedSummits)).toBeGreaterThanOrEqual(T.minDatedSummitShare);
    expect(ratio(f.datedPartnerships)).toBeGreaterThanOrEqual(T.minDatedPartnershipShare);
  });

  it("has no relationship whose years contradict its endpoints' own", () => {
    expect(f.contradictions.map((c) => `${c.relationship}: ${c.message}`)).toEqual([]);
  });
});
