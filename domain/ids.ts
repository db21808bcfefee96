import { LIMITS } from './limits.js';
import type { Kind, RelationType } from './model.js';

/** Kind → id prefix (the table of record; docs/architecture.md says what else a new kind needs). */
export const ID_PREFIX: Record<Kind, string> = {
  STATE: 'state:',
  ORGANIZATION: 'org:',
  FRAMEWORK: 'framework:',
  MECHANISM: 'mechanism:',
  ACTIVITY: 'activity:',
  INSTITUTION: 'institution:',
  THREAT: 'threat:',
  REGION: 'region:',
  EVENT: 'event:',
  DOCUMENT: 'document:',
  COMMAND: 'command:',
};

const idPattern = /^[a-z]+:[a-z0-9][a-z0-9._-]*$/;
export const ENTITY_ID_PATTERN = idPattern;
export const MAX_ID_LENGTH = LIMITS.id.max;
/** A relationship's default id joins two entity ids, its type and a year. */
export const MAX_RELATIONSHIP_ID_LENGTH = 2 * MAX_ID_LENGTH + 40;

/** True for a string that can be an entity id; stores check it before using an id as a lock key. */
export function isWellFormedEntityId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= MAX_ID_LENGTH && idPattern.test(id);
}

type RelationshipKey = { from: string; type: RelationType; to: string; since?: number | null };

export function defaultRelationshipId(r: RelationshipKey): string {
  return `${r.from}/${r.type}/${r.to}${r.since == null ? '' : `/${r.since}`}`;
}

/**
 * The ids a relationship may be given: `from/TYPE/to`, or that and its `since` year (its default
 * id). Any other id could name another fact (another pair, type or year) and make a reader, an
 * export or a later write take one fact for another. The form without a year stays allowed for a
 * dated fact, so an undated fact can be given its start without a new id.
 */
export function allowedRelationshipIds(r: RelationshipKey): string[] {
  const bare = defaultRelationshipId({ ...r, since: null });
  return r.since == null ? [bare] : [bare, defaultRelationshipId(r)];
}
