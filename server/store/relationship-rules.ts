import type { Kind, RelationType } from './graph-store.js';

/** Allowed endpoints per relationship type (design.md), enforced by the validator and by every write. */
export const RELATION_ENDPOINTS: Record<RelationType, { from: readonly Kind[]; to: readonly Kind[] }> = {
  MEMBER_OF: { from: ['STATE'], to: ['ORGANIZATION'] },
  PARTNER_IN: { from: ['STATE', 'ORGANIZATION'], to: ['FRAMEWORK'] },
  INVITED_TO: { from: ['STATE'], to: ['FRAMEWORK'] },
  HOSTS: { from: ['STATE'], to: ['ACTIVITY', 'INSTITUTION'] },
  LEADS: { from: ['STATE', 'INSTITUTION'], to: ['ACTIVITY'] },
  CONTRIBUTES_TO: { from: ['STATE'], to: ['ACTIVITY'] },
  PARTICIPATES_IN: { from: ['STATE', 'ORGANIZATION'], to: ['ACTIVITY'] },
  PART_OF: { from: ['ACTIVITY', 'FRAMEWORK'], to: ['ACTIVITY', 'FRAMEWORK', 'ORGANIZATION'] },
  USES: { from: ['FRAMEWORK', 'ACTIVITY', 'ORGANIZATION'], to: ['MECHANISM'] },
  ADDRESSES: {
    from: ['FRAMEWORK', 'MECHANISM', 'ACTIVITY', 'INSTITUTION', 'ORGANIZATION'],
    to: ['THREAT'],
  },
  FOCUSES_ON: { from: ['FRAMEWORK', 'ACTIVITY', 'THREAT'], to: ['REGION'] },
  LOCATED_IN: { from: ['STATE'], to: ['REGION'] },
  SUCCEEDS: { from: ['ACTIVITY', 'FRAMEWORK'], to: ['ACTIVITY', 'FRAMEWORK'] },
};

/** SUCCEEDS links like to like: Activity → Activity, Framework → Framework. */
export function endpointsAllowed(type: RelationType, fromKind: Kind, toKind: Kind): boolean {
  const rule = RELATION_ENDPOINTS[type];
  if (!rule.from.includes(fromKind) || !rule.to.includes(toKind)) return false;
  return type !== 'SUCCEEDS' || fromKind === toKind;
}

/** Kind → id prefix (design.md). */
export const ID_PREFIX: Record<Kind, string> = {
  STATE: 'state:',
  ORGANIZATION: 'org:',
  FRAMEWORK: 'framework:',
  MECHANISM: 'mechanism:',
  ACTIVITY: 'activity:',
  INSTITUTION: 'institution:',
  THREAT: 'threat:',
  REGION: 'region:',
};

/** Kind → Neo4j label (PascalCase, beside the shared `Entity` label). */
export const KIND_LABEL: Record<Kind, string> = {
  STATE: 'State',
  ORGANIZATION: 'Organization',
  FRAMEWORK: 'Framework',
  MECHANISM: 'Mechanism',
  ACTIVITY: 'Activity',
  INSTITUTION: 'Institution',
  THREAT: 'Threat',
  REGION: 'Region',
};

export function defaultRelationshipId(r: {
  from: string;
  type: RelationType;
  to: string;
  since?: number | null;
}): string {
  return `${r.from}/${r.type}/${r.to}${r.since == null ? '' : `/${r.since}`}`;
}
