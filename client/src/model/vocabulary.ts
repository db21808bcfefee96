import type { Confidence, Kind, Reliability, RelationType } from '../api/__generated__/operations.js';

// One list of kinds and relation types for server and client, from domain/.
export { KINDS, RELATION_TYPES } from '../../../domain/model.js';

export const CONFIDENCES: readonly Confidence[] = ['LOW', 'MEDIUM', 'HIGH'];

/** A node shape both Cytoscape and the SVG/legend drawers know. */
export type NodeShape =
  | 'ellipse'
  | 'star'
  | 'round-hexagon'
  | 'diamond'
  | 'round-triangle'
  | 'round-rectangle'
  | 'octagon'
  | 'barrel'
  | 'rhomboid'
  | 'tag'
  | 'vee';

export interface KindStyle {
  label: string;
  plural: string;
  /** Okabe-Ito, safe for the common colour-vision deficiencies. */
  color: string;
  /** Redundant with colour, so kind never depends on colour alone. */
  shape: NodeShape;
}

export const KIND_STYLE: Record<Kind, KindStyle> = {
  STATE: { label: 'State', plural: 'States', color: '#0072B2', shape: 'ellipse' },
  ORGANIZATION: { label: 'Organization', plural: 'Organizations', color: '#D55E00', shape: 'star' },
  FRAMEWORK: { label: 'Framework', plural: 'Frameworks', color: '#E69F00', shape: 'round-hexagon' },
  MECHANISM: { label: 'Mechanism', plural: 'Mechanisms', color: '#009E73', shape: 'diamond' },
  ACTIVITY: { label: 'Activity', plural: 'Activities', color: '#CC79A7', shape: 'round-triangle' },
  INSTITUTION: { label: 'Institution', plural: 'Institutions', color: '#56B4E9', shape: 'round-rectangle' },
  THREAT: { label: 'Threat', plural: 'Threats', color: '#F0E442', shape: 'octagon' },
  REGION: { label: 'Region', plural: 'Regions', color: '#999999', shape: 'barrel' },
  // Okabe-Ito has no colour left: Paul Tol's wine and indigo, and paper white; the shapes carry the kind.
  EVENT: { label: 'Event', plural: 'Events', color: '#882255', shape: 'rhomboid' },
  DOCUMENT: { label: 'Document', plural: 'Documents', color: '#F4F1E8', shape: 'tag' },
  COMMAND: { label: 'Command', plural: 'Commands', color: '#332288', shape: 'vee' },
};

export interface RelationStyle {
  /** Reads "from <verb> to": "Estonia is a member of NATO". */
  verb: string;
  /** Reads "to <inverse> from": "NATO has member Estonia". */
  inverse: string;
  /** Paul Tol's muted palette (colour-blind safe); types of one family share a hue. */
  color: string;
}

export const RELATION_STYLE: Record<RelationType, RelationStyle> = {
  MEMBER_OF: { verb: 'member of', inverse: 'has member', color: '#332288' },
  PARTNER_IN: { verb: 'partner in', inverse: 'has partner', color: '#3E8FB0' },
  INVITED_TO: { verb: 'invited to', inverse: 'invited', color: '#DDCC77' },
  HOSTS: { verb: 'hosts', inverse: 'hosted by', color: '#CC6677' },
  LEADS: { verb: 'leads', inverse: 'led by', color: '#882255' },
  CONTRIBUTES_TO: { verb: 'contributes to', inverse: 'has contributor', color: '#AA4499' },
  PARTICIPATES_IN: { verb: 'participates in', inverse: 'has participant', color: '#AA4499' },
  PART_OF: { verb: 'part of', inverse: 'includes', color: '#999933' },
  USES: { verb: 'uses', inverse: 'used by', color: '#117733' },
  ADDRESSES: { verb: 'addresses', inverse: 'addressed by', color: '#44AA99' },
  FOCUSES_ON: { verb: 'focuses on', inverse: 'focus of', color: '#777777' },
  LOCATED_IN: { verb: 'located in', inverse: 'includes', color: '#AAAAAA' },
  SUCCEEDS: { verb: 'succeeds', inverse: 'succeeded by', color: '#999933' },
  // Paul Tol's bright palette for the v2 types.
  ATTENDS: { verb: 'attends', inverse: 'attended by', color: '#66CCEE' },
  DECIDED_AT: { verb: 'decided at', inverse: 'decided', color: '#4477AA' },
  PARTY_TO: { verb: 'party to', inverse: 'has party', color: '#228833' },
  SPONSORS: { verb: 'sponsors', inverse: 'sponsored by', color: '#CCBB44' },
  COMMANDS: { verb: 'commands', inverse: 'commanded by', color: '#661100' },
  COOPERATES_WITH: { verb: 'cooperates with', inverse: 'cooperates with', color: '#EE6677' },
};

/**
 * The line style follows the confidence derived from the grade (domain/evidence.ts confidenceOf):
 * solid for A–B with 1–2, dotted for E–F or 4–6, dashed otherwise.
 */
export const CONFIDENCE_LINE: Record<Confidence, 'solid' | 'dashed' | 'dotted'> = {
  HIGH: 'solid',
  MEDIUM: 'dashed',
  LOW: 'dotted',
};

/** Community colours (Okabe-Ito again, then greys); communities beyond that wrap around. */
export const COMMUNITY_COLORS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
  '#999999',
  '#6B4E16',
];

export function relationLabel(type: RelationType): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** "2004–", "1994–2019", "until 1991", "" */
export function yearsLabel(since: number | null, until: number | null): string {
  if (since === null && until === null) return '';
  if (until === null) return `${since}–`;
  if (since === null) return `until ${until}`;
  return since === until ? `${since}` : `${since}–${until}`;
}

// The time rule (docs/store-semantics.md), the very function the stores apply.
export { validAt } from '../../../domain/valid-at.js';

export function confidenceAtLeast(c: Confidence, min: Confidence): boolean {
  return CONFIDENCES.indexOf(c) >= CONFIDENCES.indexOf(min);
}

export const FIRST_YEAR = 1949;

/** What each confidence means in grades, for the legend. */
export const CONFIDENCE_GRADES: Record<Confidence, string> = {
  HIGH: 'A–B source, credibility 1–2',
  MEDIUM: 'C–D source or credibility 3',
  LOW: 'E–F source or credibility 4–6',
};

export { RELIABILITIES, CREDIBILITIES } from '../../../domain/model.js';

/** Admiralty scale words (STANAG 2511), for titles and the filter. */
export const RELIABILITY_WORDS: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};
export const CREDIBILITY_WORDS: Record<number, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

/**
 * How compare-times mode draws each change (Okabe-Ito: bluish green began, vermillion ended,
 * black suspended, sky blue resumed, grey unchanged); width and line style repeat it without colour.
 */
export const CHANGE_STYLE: Record<
  'began' | 'ended' | 'suspended' | 'resumed' | 'unchanged',
  { color: string; width: number; line: 'solid' | 'dashed' | 'dotted'; label: string }
> = {
  began: { color: '#009E73', width: 4, line: 'solid', label: 'began' },
  ended: { color: '#D55E00', width: 3, line: 'dashed', label: 'ended' },
  suspended: { color: '#555555', width: 3, line: 'dotted', label: 'suspended' },
  resumed: { color: '#56B4E9', width: 3, line: 'solid', label: 'resumed' },
  unchanged: { color: '#AAAAAA', width: 1.5, line: 'solid', label: 'unchanged' },
};
