import type { Kind, RelationType } from './model.js';

/** Kinds a relation type may link: each pair of lists says "any of these → any of those". */
export interface EndpointRule {
  pairs: readonly { from: readonly Kind[]; to: readonly Kind[] }[];
  /** Links only like to like (SUCCEEDS: Document → Document, never Document → Mechanism; COOPERATES_WITH: Organization ↔ Organization or Activity ↔ Activity). */
  likeToLike?: true;
}

/** Allowed endpoints per relationship type (the table of record), enforced by the validator and by every write. */
export const RELATION_ENDPOINTS: Record<RelationType, EndpointRule> = {
  MEMBER_OF: { pairs: [{ from: ['STATE'], to: ['ORGANIZATION'] }] },
  PARTNER_IN: { pairs: [{ from: ['STATE', 'ORGANIZATION'], to: ['FRAMEWORK'] }] },
  INVITED_TO: { pairs: [{ from: ['STATE'], to: ['FRAMEWORK'] }] },
  HOSTS: { pairs: [{ from: ['STATE'], to: ['ACTIVITY', 'INSTITUTION', 'EVENT'] }] },
  LEADS: { pairs: [{ from: ['STATE', 'INSTITUTION'], to: ['ACTIVITY'] }] },
  CONTRIBUTES_TO: { pairs: [{ from: ['STATE'], to: ['ACTIVITY'] }] },
  PARTICIPATES_IN: { pairs: [{ from: ['STATE', 'ORGANIZATION'], to: ['ACTIVITY'] }] },
  PART_OF: {
    pairs: [
      { from: ['ACTIVITY', 'FRAMEWORK'], to: ['ACTIVITY', 'FRAMEWORK', 'ORGANIZATION'] },
      { from: ['COMMAND'], to: ['ORGANIZATION', 'COMMAND'] },
    ],
  },
  USES: { pairs: [{ from: ['FRAMEWORK', 'ACTIVITY', 'ORGANIZATION'], to: ['MECHANISM'] }] },
  ADDRESSES: {
    pairs: [
      { from: ['FRAMEWORK', 'MECHANISM', 'ACTIVITY', 'INSTITUTION', 'ORGANIZATION', 'DOCUMENT'], to: ['THREAT'] },
    ],
  },
  FOCUSES_ON: { pairs: [{ from: ['FRAMEWORK', 'ACTIVITY', 'THREAT'], to: ['REGION'] }] },
  LOCATED_IN: { pairs: [{ from: ['STATE'], to: ['REGION'] }] },
  SUCCEEDS: {
    pairs: [
      {
        from: ['ACTIVITY', 'FRAMEWORK', 'DOCUMENT', 'MECHANISM'],
        to: ['ACTIVITY', 'FRAMEWORK', 'DOCUMENT', 'MECHANISM'],
      },
    ],
    likeToLike: true,
  },
  ATTENDS: { pairs: [{ from: ['STATE', 'ORGANIZATION'], to: ['EVENT'] }] },
  DECIDED_AT: {
    pairs: [{ from: ['FRAMEWORK', 'ACTIVITY', 'MECHANISM', 'DOCUMENT', 'INSTITUTION', 'COMMAND'], to: ['EVENT'] }],
  },
  PARTY_TO: { pairs: [{ from: ['STATE', 'ORGANIZATION'], to: ['DOCUMENT'] }] },
  SPONSORS: { pairs: [{ from: ['STATE'], to: ['INSTITUTION'] }] },
  COMMANDS: { pairs: [{ from: ['COMMAND'], to: ['ACTIVITY'] }] },
  COOPERATES_WITH: {
    pairs: [{ from: ['ORGANIZATION', 'ACTIVITY'], to: ['ORGANIZATION', 'ACTIVITY'] }],
    likeToLike: true,
  },
};

export function endpointsAllowed(type: RelationType, fromKind: Kind, toKind: Kind): boolean {
  const rule = RELATION_ENDPOINTS[type];
  if (rule.likeToLike && fromKind !== toKind) return false;
  return rule.pairs.some((p) => p.from.includes(fromKind) && p.to.includes(toKind));
}

/** Every kind a relation type may start from. */
export function fromKinds(type: RelationType): Kind[] {
  return [...new Set(RELATION_ENDPOINTS[type].pairs.flatMap((p) => p.from))];
}

/** Every kind a relation type may end at. */
export function toKinds(type: RelationType): Kind[] {
  return [...new Set(RELATION_ENDPOINTS[type].pairs.flatMap((p) => p.to))];
}
