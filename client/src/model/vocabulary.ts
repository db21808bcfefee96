import type { Confidence, Kind, RelationType } from '../api/__generated__/operations.js';

// One list of kinds and relation types for server and client, from domain/.
export { KINDS, RELATION_TYPES } from '../../../domain/model.js';

export const CONFIDENCES: readonly Confidence[] = ['LOW', 'MEDIUM', 'HIGH'];

/** A node shape both Cytoscape and the SVG/legend drawers know. */
export type NodeShape =
  'ellipse' | 'star' | 'round-hexagon' | 'diamond' | 'round-triangle' | 'round-rectangle' | 'octagon' | 'barrel';

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
};

/** Confidence is drawn as the line style: solid, dashed, dotted. */
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

// The time rule (docs/architecture.md), the very function the stores apply.
export { validAt } from '../../../domain/valid-at.js';

export function confidenceAtLeast(c: Confidence, min: Confidence): boolean {
  return CONFIDENCES.indexOf(c) >= CONFIDENCES.indexOf(min);
}

export const FIRST_YEAR = 1949;
