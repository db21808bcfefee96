import type { Kind, RelationType } from './model.js';

/** Allowed endpoints per relationship type (docs/architecture.md), enforced by the validator and by every write. */
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
