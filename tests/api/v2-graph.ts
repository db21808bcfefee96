/**
 * A small graph written for the v2 API cases (tests/api/v2-*.ts), independent of the contract
 * fixture: Estonia's dated accession (a PfP partner until 2004-03-28, an Ally from 2004-03-29),
 * Russia's PfP partnership suspended since 2014-04-01, Kuwait's disputed ICI start, an event,
 * and sources graded A, C, D and F so the evidence filters have something to leave out.
 *
 * Grades: est PARTNER_IN A2, est MEMBER_OF A1, pfp PART_OF A2, rus PARTNER_IN A2 (suspended),
 * kwt PARTNER_IN C3 (disputed), ici PART_OF D4, ici DECIDED_AT A2, tur HOSTS F5, tur MEMBER_OF A2.
 */
import { validateGraphData, type NormalizedGraph } from '../../domain/graph-data.js';
import type { GraphData } from '../../domain/model.js';

export const RUS_PFP = 'state:rus/PARTNER_IN/framework:pfp/1994';
export const KWT_ICI = 'state:kwt/PARTNER_IN/framework:ici/2005';
export const EST_NATO = 'state:est/MEMBER_OF/org:nato/2004';
export const EST_PFP = 'state:est/PARTNER_IN/framework:pfp/1994';
export const ICI_NATO = 'framework:ici/PART_OF/org:nato/2004';
export const TUR_HOSTS = 'state:tur/HOSTS/event:summit-2004-istanbul/2004';

const nato = (id: string, title: string) => ({
  id,
  title,
  url: `https://www.nato.int/${id.slice(7)}`,
  publisher: 'NATO',
  reliability: 'A' as const,
});

export const V2_DATA: GraphData = {
  sources: [
    nato('source:nato-members', 'NATO member countries'),
    nato('source:nato-russia', 'NATO: relations with Russia'),
    {
      id: 'source:reuters',
      title: 'Reuters: NATO suspends cooperation',
      url: 'https://www.reuters.com/nato',
      publisher: 'Reuters',
      reliability: 'C',
    },
    {
      id: 'source:blog',
      title: 'A defence blog',
      url: 'https://blog.example/ici',
      publisher: 'Blog',
      reliability: 'D',
    },
    { id: 'source:overview', title: 'Seed overview (AI-written)', reliability: 'F' },
  ],
  entities: [
    { id: 'org:nato', kind: 'ORGANIZATION', name: 'NATO', since: 1949, sources: ['source:nato-members'] },
    {
      id: 'framework:pfp',
      kind: 'FRAMEWORK',
      name: 'Partnership for Peace',
      since: 1994,
      sources: ['source:nato-members'],
    },
    {
      id: 'framework:ici',
      kind: 'FRAMEWORK',
      name: 'Istanbul Cooperation Initiative',
      since: 2004,
      sources: ['source:nato-members'],
    },
    {
      id: 'event:summit-2004-istanbul',
      kind: 'EVENT',
      name: 'Istanbul Summit 2004',
      sinceDate: '2004-06-28',
      untilDate: '2004-06-29',
      sources: ['source:nato-members'],
    },
    { id: 'state:est', kind: 'STATE', name: 'Estonia', sources: ['source:nato-members'] },
    { id: 'state:rus', kind: 'STATE', name: 'Russia', sources: ['source:nato-russia'] },
    { id: 'state:kwt', kind: 'STATE', name: 'Kuwait', sources: ['source:reuters'] },
    { id: 'state:tur', kind: 'STATE', name: 'Türkiye', sources: ['source:nato-members'] },
  ],
  relationships: [
    {
      type: 'PARTNER_IN',
      from: 'state:est',
      to: 'framework:pfp',
      sinceDate: '1994-02-03',
      untilDate: '2004-03-28',
      credibility: 2,
      sources: ['source:nato-members'],
    },
    {
      type: 'MEMBER_OF',
      from: 'state:est',
      to: 'org:nato',
      sinceDate: '2004-03-29',
      credibility: 1,
      sources: ['source:nato-members', 'source:reuters'],
    },
    {
      type: 'PART_OF',
      from: 'framework:pfp',
      to: 'org:nato',
      since: 1994,
      credibility: 2,
      sources: ['source:nato-members'],
    },
    {
      type: 'PARTNER_IN',
      from: 'state:rus',
      to: 'framework:pfp',
      sinceDate: '1994-06-22',
      credibility: 2,
      sources: ['source:nato-russia'],
      suspensions: [
        {
          sinceDate: '2014-04-01',
          note: 'practical cooperation suspended',
          sources: ['source:nato-russia', 'source:reuters'],
        },
      ],
    },
    {
      type: 'PARTNER_IN',
      from: 'state:kwt',
      to: 'framework:ici',
      since: 2005,
      credibility: 3,
      sources: ['source:reuters'],
      alternatives: [{ sinceDate: '2004-12', note: 'dated December 2004', sources: ['source:blog'] }],
    },
    { type: 'PART_OF', from: 'framework:ici', to: 'org:nato', since: 2004, credibility: 4, sources: ['source:blog'] },
    {
      type: 'DECIDED_AT',
      from: 'framework:ici',
      to: 'event:summit-2004-istanbul',
      sinceDate: '2004-06-28',
      credibility: 2,
      sources: ['source:nato-members'],
    },
    {
      type: 'HOSTS',
      from: 'state:tur',
      to: 'event:summit-2004-istanbul',
      since: 2004,
      credibility: 5,
      sources: ['source:overview'],
    },
    {
      type: 'MEMBER_OF',
      from: 'state:tur',
      to: 'org:nato',
      since: 1952,
      credibility: 2,
      sources: ['source:nato-members'],
    },
  ],
};

function normalized(data: GraphData): NormalizedGraph {
  const { graph, problems } = validateGraphData(data);
  if (problems.length > 0) throw new Error(`tests/api/v2-graph.ts is invalid: ${JSON.stringify(problems)}`);
  return graph;
}

export const V2: NormalizedGraph = normalized(V2_DATA);
