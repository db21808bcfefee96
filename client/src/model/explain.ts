import type { RelationType } from '../api/__generated__/operations.js';
import type { EntityLite, Rel } from './graph-model.js';
import { formatDate, suspensionLabel } from './time.js';

/*
 * "Explain this connection", pure: a path as sentences built from its relation types, each with
 * its dates and grade, and numbered citations ("Japan has been a partner in Partners across the
 * globe since 2014 (B2) [1]; …").
 */

/** [ongoing, over] phrasing of one direction of a relation type. */
type Tenses = [string, string];

const PHRASES: Record<RelationType, { forward: Tenses; inverse: Tenses }> = {
  MEMBER_OF: {
    forward: ['has been a member of', 'was a member of'],
    inverse: ['has had as a member', 'had as a member'],
  },
  PARTNER_IN: {
    forward: ['has been a partner in', 'was a partner in'],
    inverse: ['has had as a partner', 'had as a partner'],
  },
  INVITED_TO: { forward: ['has been invited to', 'was invited to'], inverse: ['has invited', 'invited'] },
  HOSTS: { forward: ['has hosted', 'hosted'], inverse: ['has been hosted by', 'was hosted by'] },
  LEADS: { forward: ['has led', 'led'], inverse: ['has been led by', 'was led by'] },
  CONTRIBUTES_TO: {
    forward: ['has contributed to', 'contributed to'],
    inverse: ['has had contributions from', 'had contributions from'],
  },
  PARTICIPATES_IN: {
    forward: ['has taken part in', 'took part in'],
    inverse: ['has had as a participant', 'had as a participant'],
  },
  PART_OF: { forward: ['has been part of', 'was part of'], inverse: ['has included', 'included'] },
  USES: { forward: ['has used', 'used'], inverse: ['has been used by', 'was used by'] },
  ADDRESSES: { forward: ['has addressed', 'addressed'], inverse: ['has been addressed by', 'was addressed by'] },
  FOCUSES_ON: { forward: ['has focused on', 'focused on'], inverse: ['has been a focus of', 'was a focus of'] },
  LOCATED_IN: { forward: ['has been located in', 'was located in'], inverse: ['has included', 'included'] },
  SUCCEEDS: { forward: ['succeeded', 'succeeded'], inverse: ['was succeeded by', 'was succeeded by'] },
  ATTENDS: { forward: ['attended', 'attended'], inverse: ['was attended by', 'was attended by'] },
  DECIDED_AT: { forward: ['was decided at', 'was decided at'], inverse: ['decided on', 'decided on'] },
  PARTY_TO: { forward: ['has been a party to', 'was a party to'], inverse: ['has had as a party', 'had as a party'] },
  SPONSORS: { forward: ['has sponsored', 'sponsored'], inverse: ['has been sponsored by', 'was sponsored by'] },
  COMMANDS: { forward: ['has commanded', 'commanded'], inverse: ['has been commanded by', 'was commanded by'] },
  COOPERATES_WITH: {
    forward: ['has cooperated with', 'cooperated with'],
    inverse: ['has cooperated with', 'cooperated with'],
  },
};

/** Types whose fact happens at a point in time (an event attended, a succession), said "in" a date. */
const POINT_TYPES = new Set<RelationType>(['ATTENDS', 'DECIDED_AT', 'SUCCEEDS']);

const day = (date: string | null | undefined, year: number | null): string | null =>
  date ? formatDate(date) : year === null ? null : String(year);

export interface Citation {
  n: number;
  title: string;
  url: string | null;
  publisher: string | null;
  date: string | null;
}

export interface Explanation {
  /** One clause per hop, each ending in its grade and citation numbers. */
  clauses: { text: string; cites: number[] }[];
  citations: Citation[];
}

/** One hop read from `fromId`'s side: "Finland has been a member of NATO since 4 April 2023 (A1)". */
export function hopClause(rel: Rel, fromId: string, nameOf: (id: string) => string): string {
  const forward = rel.from.id === fromId;
  const [ongoing, over] = PHRASES[rel.type][forward ? 'forward' : 'inverse'];
  const subject = nameOf(fromId);
  const object = nameOf(forward ? rel.to.id : rel.from.id);
  const start = day(rel.sinceDate, rel.since);
  const end = day(rel.untilDate, rel.until);
  let when: string;
  let verb = ongoing;
  if (POINT_TYPES.has(rel.type)) {
    verb = over;
    when = start ? ` in ${start}` : '';
  } else if (end === null) {
    when = start ? ` since ${start}` : '';
  } else {
    verb = over;
    when = start === null ? ` until ${end}` : start === end ? ` in ${start}` : ` from ${start} to ${end}`;
  }
  const role = rel.role ? ` (${rel.role})` : '';
  const open = rel.suspensions.find((s) => s.until === null && s.untilDate === null);
  const suspended = open && end === null ? `, ${suspensionLabel(open)}` : '';
  return `${subject} ${verb} ${object}${role}${when}${suspended} (${rel.grade})`;
}

/** A path's sentences and numbered citations (each source once, numbered in order of first use). */
export function explainPath(path: { nodes: readonly EntityLite[]; edges: readonly Rel[] }): Explanation {
  const names = new Map(path.nodes.map((n) => [n.id, n.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const citations: Citation[] = [];
  const numberOf = (s: Rel['sources'][number]) => {
    const key = s.url ?? s.title;
    let c = citations.find((x) => (x.url ?? x.title) === key);
    if (!c) {
      c = { n: citations.length + 1, title: s.title, url: s.url, publisher: s.publisher, date: s.date };
      citations.push(c);
    }
    return c.n;
  };
  const clauses = path.edges.map((rel, i) => ({
    text: hopClause(rel, path.nodes[i]!.id, nameOf),
    cites: [...new Set(rel.sources.map(numberOf))],
  }));
  return { clauses, citations };
}

/** The explanation as plain text to paste: the sentence with [n] marks, then the numbered sources. */
export function explanationText(e: Explanation): string {
  const sentence = e.clauses.map((c) => `${c.text}${c.cites.map((n) => ` [${n}]`).join('')}`).join('; ');
  const sources = e.citations.map(
    (c) => `[${c.n}] ${[c.title, c.publisher, c.date].filter(Boolean).join(', ')}${c.url ? ` <${c.url}>` : ''}`,
  );
  return `${sentence}.\n\nSources:\n${sources.join('\n')}\n`;
}
