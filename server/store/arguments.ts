import { BadUserInputError } from '../errors.js';
import { LIMITS } from '../../domain/limits.js';
import type { EvidenceFilter } from '../../domain/evidence.js';
import {
  CREDIBILITIES,
  KINDS,
  RELATION_TYPES,
  RELIABILITIES,
  type Kind,
  type RelationType,
} from '../../domain/model.js';
import { isCalendarDay, type When } from '../../domain/valid-at.js';
import { yearsWindow, type Window } from '../../domain/changes.js';
import type {
  ChangesOptions,
  CompareOptions,
  EntitiesOptions,
  EvidenceOptions,
  NeighborhoodOptions,
  PathMode,
  PathsOptions,
  SearchOptions,
  TimeOptions,
} from './graph-store.js';

/** An entity id argument of a read: unknown ids are NOT_FOUND later, absurd ones are refused here. */
function entityId(field: string, value: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > LIMITS.id.max) {
    throw new BadUserInputError(field, `must be an entity id of 1 to ${LIMITS.id.max} characters`);
  }
  return value;
}

function int(field: string, value: number | undefined, dflt: number, min: number, max: number): number {
  if (value === undefined || value === null) return dflt;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(field, `must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

export function year(field: string, value: number | null | undefined): number | null {
  if (value === undefined || value === null) return null;
  return int(field, value, 0, LIMITS.year.min, LIMITS.year.max);
}

/** A calendar day YYYY-MM-DD within the years a read may ask about; null when absent. */
function day(field: string, value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !isCalendarDay(value)) {
    throw new BadUserInputError(field, `must be a calendar day YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const y = Number(value.slice(0, 4));
  if (y < LIMITS.year.min || y > LIMITS.year.max) {
    throw new BadUserInputError(field, `must fall in ${LIMITS.year.min}–${LIMITS.year.max}`);
  }
  return value;
}

/** The time a read asks about: `asOf` a year or `at` a calendar day, not both. */
export function when(o: TimeOptions = {}): When {
  const asOf = year('asOf', o.asOf);
  const at = day('at', o.at);
  if (at !== null && asOf !== null) throw new BadUserInputError('at', 'give asOf (a year) or at (a day), not both');
  return { asOf, at };
}

export interface EvidenceArgs extends EvidenceFilter {
  includeSuspended: boolean;
}

/** The evidence filter and whether suspended facts count; `includeSuspended` defaults per read. */
export function evidence(o: EvidenceOptions, includeSuspendedByDefault: boolean): EvidenceArgs {
  const min = o.minReliability ?? null;
  if (min !== null && !RELIABILITIES.includes(min)) {
    throw new BadUserInputError('minReliability', `must be a reliability grade from A to F, got ${String(min)}`);
  }
  const max = o.maxCredibility ?? null;
  if (max !== null && !(CREDIBILITIES as readonly number[]).includes(max)) {
    throw new BadUserInputError('maxCredibility', `must be a credibility from 1 to 6, got ${String(max)}`);
  }
  return {
    minReliability: min,
    maxCredibility: max,
    includeSuspended: o.includeSuspended ?? includeSuspendedByDefault,
  };
}

function kinds(field: string, value: readonly Kind[] | null | undefined): Kind[] | null {
  if (value == null || value.length === 0) return null;
  for (const k of value) {
    if (!KINDS.includes(k)) throw new BadUserInputError(field, `unknown kind '${String(k)}'`);
  }
  return [...value];
}

function relationTypes(field: string, value: readonly RelationType[] | null | undefined): RelationType[] | null {
  if (value == null || value.length === 0) return null;
  for (const t of value) {
    if (!RELATION_TYPES.includes(t)) {
      throw new BadUserInputError(field, `unknown relation type '${String(t)}'`);
    }
  }
  return [...value];
}

export interface SearchArgs {
  text: string;
  kinds: Kind[] | null;
  when: When;
  first: number;
}

export function searchArgs(text: string, o: SearchOptions = {}): SearchArgs {
  if (typeof text !== 'string' || text.length > LIMITS.searchText.max) {
    throw new BadUserInputError('text', `must be a string of at most ${LIMITS.searchText.max} characters`);
  }
  return {
    text,
    kinds: kinds('kinds', o.kinds),
    when: when(o),
    first: int('first', o.first, LIMITS.searchFirst.default, 1, LIMITS.searchFirst.max),
  };
}

export interface EntitiesArgs {
  kind: Kind | null;
  when: When;
  first: number;
  after: { name: string; id: string } | null;
}

export function entitiesArgs(o: EntitiesOptions = {}): EntitiesArgs {
  return {
    kind: o.kind == null ? null : (kinds('kind', [o.kind])?.[0] ?? null),
    when: when(o),
    first: int('first', o.first, LIMITS.entitiesFirst.default, 1, LIMITS.entitiesFirst.max),
    after: o.after == null ? null : decodeCursor('after', o.after),
  };
}

export interface NeighborhoodArgs {
  id: string;
  depth: number;
  kinds: Kind[] | null;
  relationTypes: RelationType[] | null;
  when: When;
  evidence: EvidenceArgs;
  limit: number;
}

export function neighborhoodArgs(o: NeighborhoodOptions): NeighborhoodArgs {
  return {
    id: entityId('id', o.id),
    depth: int('depth', o.depth, LIMITS.depth.default, LIMITS.depth.min, LIMITS.depth.max),
    kinds: kinds('kinds', o.kinds),
    relationTypes: relationTypes('relationTypes', o.relationTypes),
    when: when(o),
    evidence: evidence(o, true),
    limit: int('limit', o.limit, LIMITS.neighborhoodLimit.default, 0, LIMITS.neighborhoodLimit.max),
  };
}

/** What the shortest-paths walk needs (the benchmark's floor drives it without the newer filters). */
export interface ShortestPathsArgs {
  from: string;
  to: string;
  maxLength: number;
  kinds: Kind[] | null;
  relationTypes?: RelationType[] | null;
  /** Entities no path goes through. */
  excludeIds?: readonly string[];
  when: When;
  evidence: EvidenceArgs;
  limit: number;
}

export interface PathsArgs extends ShortestPathsArgs {
  mode: PathMode;
  relationTypes: RelationType[] | null;
  excludeIds: string[];
}

export function pathsArgs(o: PathsOptions): PathsArgs {
  const from = entityId('from', o.from);
  const to = entityId('to', o.to);
  const mode = o.mode ?? 'SHORTEST';
  if (mode !== 'SHORTEST' && mode !== 'SIMPLE') {
    throw new BadUserInputError('mode', `must be SHORTEST or SIMPLE, got ${String(mode)}`);
  }
  const excludeIds = [...new Set(o.excludeIds ?? [])];
  if (excludeIds.length > LIMITS.excludeIds.max) {
    throw new BadUserInputError('excludeIds', `must hold at most ${LIMITS.excludeIds.max} ids`);
  }
  for (const id of excludeIds) {
    entityId('excludeIds', id);
    if (id === from || id === to) throw new BadUserInputError('excludeIds', `must not hold from or to ('${id}')`);
  }
  return {
    from,
    to,
    maxLength: int('maxLength', o.maxLength, LIMITS.maxLength.default, LIMITS.maxLength.min, LIMITS.maxLength.max),
    mode,
    kinds: kinds('kinds', o.kinds),
    relationTypes: relationTypes('relationTypes', o.relationTypes),
    excludeIds,
    when: when(o),
    evidence: evidence(o, false),
    limit: int('limit', o.limit, LIMITS.pathsLimit.default, 1, LIMITS.pathsLimit.max),
  };
}

export interface ChangesArgs {
  window: Window;
  focus: string | null;
  depth: number;
  kinds: Kind[] | null;
  relationTypes: RelationType[] | null;
  /** Suspended facts are always used: their suspensions are changes. */
  evidence: EvidenceArgs;
  limit: number;
}

/** The window of years or of days, both ends given, the first not after the last. */
function changesWindow(o: ChangesOptions): Window {
  const years = o.from != null || o.to != null;
  const days = o.fromDate != null || o.toDate != null;
  if (years && days) {
    throw new BadUserInputError('fromDate', 'give from and to (years) or fromDate and toDate (days), not both');
  }
  const [firstField, lastField] = days ? ['fromDate', 'toDate'] : ['from', 'to'];
  const first = days ? day('fromDate', o.fromDate) : year('from', o.from);
  const last = days ? day('toDate', o.toDate) : year('to', o.to);
  if (first === null) {
    throw new BadUserInputError(firstField, 'is required: give from and to (years) or fromDate and toDate (days)');
  }
  if (last === null) throw new BadUserInputError(lastField, `is required with ${firstField}`);
  if (last < first) throw new BadUserInputError(lastField, `must not come before ${firstField}`);
  return typeof first === 'number' ? yearsWindow(first, last as number) : { first, last: last as string };
}

export function changesArgs(o: ChangesOptions): ChangesArgs {
  const window = changesWindow(o);
  const focus = o.focus == null ? null : entityId('focus', o.focus);
  if (focus === null && o.depth != null) throw new BadUserInputError('depth', 'is only given with focus');
  return {
    window,
    focus,
    depth: int('depth', o.depth ?? undefined, LIMITS.depth.default, LIMITS.depth.min, LIMITS.depth.max),
    kinds: kinds('kinds', o.kinds),
    relationTypes: relationTypes('relationTypes', o.relationTypes),
    evidence: evidence({ ...o, includeSuspended: true }, true),
    limit: int('limit', o.limit, LIMITS.changesLimit.default, 0, LIMITS.changesLimit.max),
  };
}

export interface CompareArgs {
  a: string;
  b: string;
  kinds: Kind[] | null;
  relationTypes: RelationType[] | null;
  when: When;
  evidence: EvidenceArgs;
  limit: number;
}

export function compareArgs(o: CompareOptions): CompareArgs {
  const a = entityId('a', o.a);
  const b = entityId('b', o.b);
  if (a === b) throw new BadUserInputError('b', 'must differ from a');
  return {
    a,
    b,
    kinds: kinds('kinds', o.kinds),
    relationTypes: relationTypes('relationTypes', o.relationTypes),
    when: when(o),
    evidence: evidence(o, true),
    limit: int('limit', o.limit, LIMITS.compareLimit.default, 0, LIMITS.compareLimit.max),
  };
}

export function auditArgs(o: { first?: number; after?: string | null } = {}): {
  first: number;
  afterSeq: number | null;
} {
  const first = int('first', o.first, LIMITS.auditFirst.default, 1, LIMITS.auditFirst.max);
  if (o.after == null) return { first, afterSeq: null };
  const seq = Number(Buffer.from(o.after, 'base64url').toString('utf8'));
  if (!Number.isInteger(seq) || seq < 0) throw new BadUserInputError('after', 'is not a cursor from this API');
  return { first, afterSeq: seq };
}

export function auditCursor(seq: number): string {
  return Buffer.from(String(seq), 'utf8').toString('base64url');
}

/** Cursors encode the (name, id) of the last item, so pages stay stable when rows are added before them. */
export function encodeCursor(entity: { name: string; id: string }): string {
  return Buffer.from(JSON.stringify([entity.name, entity.id]), 'utf8').toString('base64url');
}

export function decodeCursor(field: string, cursor: string): { name: string; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string'
    ) {
      return { name: parsed[0], id: parsed[1] };
    }
  } catch {
    // Falls through to the error below: any undecodable cursor is the caller's mistake.
  }
  throw new BadUserInputError(field, 'is not a cursor from this API');
}

/** Code-unit order, which is also Neo4j's string order, so both stores sort alike. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return compareStrings(a.name, b.name) || compareStrings(a.id, b.id);
}

/** Paths are ordered by their sequence of node ids (docs/store-semantics.md). */
export function byNodeIdSequence(a: readonly { id: string }[], b: readonly { id: string }[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareStrings(a[i]!.id, b[i]!.id);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
