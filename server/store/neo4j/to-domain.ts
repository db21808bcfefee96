import neo4j, { isInt, type Integer } from 'neo4j-driver';
import type {
  AuditEntry,
  Confidence,
  Entity,
  Kind,
  Relationship,
  RelationType,
  Source,
} from '../../../domain/model.js';

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
    sources: strings(p.sources),
    version: toNumber(p.version) ?? 1,
  };
}

/** `r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}` → Relationship. */
export function toRelationship(p: Props): Relationship {
  return {
    id: p.id as string,
    type: p.type as RelationType,
    from: p.from as string,
    to: p.to as string,
    since: toNumber(p.since),
    until: toNumber(p.until),
    confidence: p.confidence as Confidence,
    sources: strings(p.sources),
    role: str(p.role),
    note: str(p.note),
    version: toNumber(p.version) ?? 1,
  };
}

export function toSource(p: Props): Source {
  return {
    id: p.id as string,
    title: p.title as string,
    url: str(p.url),
    publisher: str(p.publisher),
    date: str(p.date),
    reliability: str(p.reliability),
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
