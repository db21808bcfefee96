import type { EntityLite, Rel, SubgraphPart } from '../../../client/src/model/graph-model.js';

export function entity(
  id: string,
  kind: EntityLite['kind'],
  name: string,
  extra: Partial<EntityLite> = {},
): EntityLite {
  return {
    id,
    kind,
    name,
    aliases: [],
    summary: null,
    since: null,
    until: null,
    sinceDate: null,
    untilDate: null,
    ...extra,
  };
}

export function rel(type: Rel['type'], from: string, to: string, extra: Partial<Omit<Rel, 'from' | 'to'>> = {}): Rel {
  const since = extra.since ?? null;
  return {
    id: `${from}/${type}/${to}/${since ?? ''}`,
    type,
    from: { id: from },
    to: { id: to },
    since,
    until: null,
    sinceDate: null,
    untilDate: null,
    status: 'ACTIVE',
    credibility: 2,
    reliability: 'A',
    grade: 'A2',
    confidence: 'HIGH',
    disputed: false,
    suspensions: [],
    alternatives: [],
    role: null,
    note: null,
    sources: [
      {
        id: 'source:test',
        title: 'Test source',
        url: 'https://example.org/t',
        publisher: 'NATO',
        date: null,
        reliability: 'A',
      },
    ],
    ...extra,
  };
}

export const nato = entity('org:nato', 'ORGANIZATION', 'North Atlantic Treaty Organization', {
  aliases: ['NATO'],
  since: 1949,
});
export const est = entity('state:est', 'STATE', 'Estonia');
export const fin = entity('state:fin', 'STATE', 'Finland');
export const gbr = entity('state:gbr', 'STATE', 'United Kingdom');
export const pfp = entity('framework:pfp', 'FRAMEWORK', 'Partnership for Peace', { aliases: ['PfP'], since: 1994 });
export const bg = entity('activity:efp-estonia', 'ACTIVITY', 'Forward presence battlegroup Estonia', { since: 2017 });

/** NATO's neighbourhood (members, PfP) and Estonia's (NATO, the battlegroup). */
export const natoPart: SubgraphPart = {
  nodes: [nato, est, fin, pfp],
  edges: [
    rel('MEMBER_OF', 'state:est', 'org:nato', { since: 2004 }),
    rel('MEMBER_OF', 'state:fin', 'org:nato', { since: 2023 }),
    rel('PART_OF', 'framework:pfp', 'org:nato', { since: 1994 }),
  ],
  truncated: true,
  total: 47,
};

export const estPart: SubgraphPart = {
  nodes: [est, nato, bg, pfp],
  edges: [
    rel('MEMBER_OF', 'state:est', 'org:nato', { since: 2004 }),
    rel('HOSTS', 'state:est', 'activity:efp-estonia', { since: 2017 }),
    rel('PARTNER_IN', 'state:est', 'framework:pfp', { since: 1994, until: 2004, confidence: 'LOW' }),
  ],
  truncated: false,
  total: 3,
};

export const bgPart: SubgraphPart = {
  nodes: [bg, est, gbr],
  edges: [
    rel('HOSTS', 'state:est', 'activity:efp-estonia', { since: 2017 }),
    rel('LEADS', 'state:gbr', 'activity:efp-estonia', { since: 2017, role: 'framework nation' }),
  ],
  truncated: false,
  total: 2,
};
