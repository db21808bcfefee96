import type { Kind } from '../../../domain/model.js';

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
  EVENT: 'Event',
  DOCUMENT: 'Document',
  COMMAND: 'Command',
};
