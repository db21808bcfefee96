import neo4j, { isInt, type Integer } from 'neo4j-driver';
import {
  RELIABILITIES,
  type Alternative,
  type AuditEntry,
  type Credibility,
  type Entity,
  type Kind,
  type Relationship,
  type RelationshipView,
  type RelationType,
  type Reliability,
  type Source,
  type Suspension,
} from '../../../domain/model.js';
import { statusAt, type When } from '../../../domain/valid-at.js';

type Props = Record<string, unknown>;

/** Neo4j Integer (or a float that holds an integer) → number; null stays null. */
export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  throw new TypeError(`expected an integer from Neo4j, got ${typeof value}`);
}

/** number → Neo4j Integer for properties, LIMIT and SKIP (a JavaScript number would be a Float). */
export function toInt(value: number): Integer;
export function toInt(value: number | null): Integer | null;
export function toInt(value: number | null): Integer | null {
  return value === null ? null : neo4j.int(value);
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Node properties (`n {.*}`) → Entity; store-only properties (searchNames, locks) are left out. */
export function toEntity(p: Props): Entity {
  return {
    id: p.id as string,
    kind: p.kind as Kind,
    name: p.name as string,
    aliases: strings(p.aliases),
    summary: str(p.summary),
    since: toNumber(p.since),
    until: toNumber(p.until),
    sinceDate: str(p.sinceDate),
    untilDate: str(p.untilDate),
    sources: strings(p.sources),
    version: toNumber(p.version) ?? 1,
  };
}

const reliability = (v: unknown): Reliability => (RELIABILITIES.includes(v as Reliability) ? (v as Reliability) : 'F');

/** A JSON list property (suspensions, alternatives) → its claims; absent or unreadable: none. */
function claims(v: unknown): (Suspension & Alternative)[] {
  if (typeof v !== 'string') return [];
  const parsed: unknown = JSON.parse(v);
  return Array.isArray(parsed) ? (parsed as (Suspension & Alternative)[]) : [];
}

/**
 * `r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}` → the relationship with its
 * stored best-source reliability; store-only properties (startDay, the suspension lists) are left out.
 */
export function toRelationship(p: Props): Relationship & { reliability: Reliability } {
  return {
    id: p.id as string,
    type: p.type as RelationType,
    from: p.from as string,
    to: p.to as string,
    since: toNumber(p.since),
    until: toNumber(p.until),
    sinceDate: str(p.sinceDate),
    untilDate: str(p.untilDate),
    credibility: (toNumber(p.credibility) ?? 6) as Credibility,
    sources: strings(p.sources),
    role: str(p.role),
    note: str(p.note),
    suspensions: claims(p.suspensions),
    alternatives: claims(p.alternatives),
    version: toNumber(p.version) ?? 1,
    reliability: reliability(p.reliability),
  };
}

/** The relationship as a read at `when` returns it, its status at that time (domain/valid-at.ts statusAt). */
export function toRelationshipView(p: Props, when: When): RelationshipView {
  const r = toRelationship(p);
  return { ...r, status: statusAt(r, when) };
}

/** A view without what only reads derive (reliability, status), as exports and audit `before`s hold it. */
export function plainRelationship(r: Relationship & { reliability?: unknown; status?: unknown }): Relationship {
  const { reliability: _r, status: _s, ...plain } = r;
  return plain;
}

export function toSource(p: Props): Source {
  return {
    id: p.id as string,
    title: p.title as string,
    url: str(p.url),
    publisher: str(p.publisher),
    date: str(p.date),
    reliability: reliability(p.reliability),
  };
}

export function toAuditEntry(p: Props): AuditEntry {
  return {
    id: p.id as string,
    seq: toNumber(p.seq) ?? 0,
    actor: p.actor as string,
    at: p.at as string,
    operation: p.operation as AuditEntry['operation'],
    ids: strings(p.ids),
    before: str(p.before),
    after: str(p.after),
  };
}
