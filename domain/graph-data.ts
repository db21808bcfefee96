import { z } from 'zod';
import {
  CONFIDENCES,
  KINDS,
  RELATION_TYPES,
  type Entity,
  type ImportProblem,
  type Kind,
  type Relationship,
  type Source,
} from './model.js';
import {
  ENTITY_ID_PATTERN as idPattern,
  ID_PREFIX,
  MAX_ID_LENGTH,
  MAX_RELATIONSHIP_ID_LENGTH,
  defaultRelationshipId,
} from './ids.js';
import { LIMITS } from './limits.js';
import { endpointsAllowed } from './relation-rules.js';

/** The AI-written seed overview is the one source allowed without a URL; it marks itself so. */
export const AI_GENERATED = 'ai-generated';

const year = z.number().int().min(LIMITS.year.min).max(LIMITS.year.max);
const text = (max: number) => z.string().trim().min(1).max(max);
const SourceSchema = z
  .object({
    id: z
      .string()
      .max(MAX_ID_LENGTH)
      .regex(/^source:[a-z0-9][a-z0-9._-]*$/, 'must look like source:key'),
    title: text(300),
    url: z.url({ protocol: /^https?$/ }).nullish(),
    publisher: text(200).nullish(),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .nullish(),
    reliability: text(100).nullish(),
  })
  .strict();

const EntitySchema = z
  .object({
    id: z.string().max(MAX_ID_LENGTH).regex(idPattern, 'must be a kind prefix and a lowercase key, e.g. state:est'),
    kind: z.enum(KINDS),
    name: text(200),
    aliases: z.array(text(200)).max(50).optional(),
    summary: text(2000).nullish(),
    since: year.nullish(),
    until: year.nullish(),
    sources: z.array(z.string()).min(1, 'cite at least one source'),
  })
  .strict();

const RelationshipSchema = z
  .object({
    id: z.string().min(1).max(MAX_RELATIONSHIP_ID_LENGTH).optional(),
    type: z.enum(RELATION_TYPES),
    from: z.string().min(1).max(MAX_ID_LENGTH),
    to: z.string().min(1).max(MAX_ID_LENGTH),
    since: year.nullish(),
    until: year.nullish(),
    confidence: z.enum(CONFIDENCES),
    sources: z.array(z.string()).min(1, 'cite at least one source'),
    role: text(200).nullish(),
    note: text(2000).nullish(),
  })
  .strict();

export const GraphDataSchema = z
  .object({
    sources: z.array(z.unknown()).optional(),
    entities: z.array(z.unknown()).optional(),
    relationships: z.array(z.unknown()).optional(),
  })
  .strict();

export type NormalizedSource = Source;
export type NormalizedEntity = Omit<Entity, 'version'>;
export type NormalizedRelationship = Omit<Relationship, 'version'>;

export interface NormalizedGraph {
  sources: NormalizedSource[];
  entities: NormalizedEntity[];
  relationships: NormalizedRelationship[];
}

/** What already exists in a store, for imports and writes that refer to it. */
export interface ExistingGraph {
  entityKind(id: string): Kind | undefined;
  hasSource(id: string): boolean;
}

const NOTHING: ExistingGraph = { entityKind: () => undefined, hasSource: () => false };

function zodProblems(entry: string, error: z.ZodError): ImportProblem[] {
  return error.issues.map((issue) => ({
    entry,
    field: issue.path.length > 0 ? issue.path.join('.') : '(entry)',
    message: issue.message,
  }));
}

type ListName = 'sources' | 'entities' | 'relationships';
/** Names where an entry came from, e.g. `members.json: entities[3]`; the default is its place in the batch. */
export type Locate = (list: ListName, index: number) => string;
const inBatch: Locate = (list, index) => `${list}[${index}]`;

function yearsProblem(entry: string, since: number | null, until: number | null): ImportProblem[] {
  return since !== null && until !== null && until < since
    ? [{ entry, field: 'until', message: `is before since (${since})` }]
    : [];
}

export function normalizeSource(s: z.infer<typeof SourceSchema>): NormalizedSource {
  return {
    id: s.id,
    title: s.title,
    url: s.url ?? null,
    publisher: s.publisher ?? null,
    date: s.date ?? null,
    reliability: s.reliability ?? null,
  };
}

export function normalizeEntity(e: z.infer<typeof EntitySchema>): NormalizedEntity {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases ?? [],
    summary: e.summary ?? null,
    since: e.since ?? null,
    until: e.until ?? null,
    sources: [...new Set(e.sources)],
  };
}

export function normalizeRelationship(r: z.infer<typeof RelationshipSchema>): NormalizedRelationship {
  return {
    id: r.id ?? defaultRelationshipId(r),
    type: r.type,
    from: r.from,
    to: r.to,
    since: r.since ?? null,
    until: r.until ?? null,
    confidence: r.confidence,
    sources: [...new Set(r.sources)],
    role: r.role ?? null,
    note: r.note ?? null,
  };
}

/**
 * Validates a whole batch at once and reports every problem (never the first only): shapes, kinds,
 * id prefixes, duplicate ids, dangling references to entities and sources, allowed endpoints,
 * year order, and a URL on every source but the AI-written overview. References may point into
 * the batch or at what `existing` already holds.
 */
export function validateGraphData(
  input: unknown,
  existing: ExistingGraph = NOTHING,
  locate: Locate = inBatch,
): { graph: NormalizedGraph; problems: ImportProblem[] } {
  const label = (list: ListName, index: number, id: unknown) =>
    typeof id === 'string' ? `${locate(list, index)} (${id})` : locate(list, index);
  const problems: ImportProblem[] = [];
  const graph: NormalizedGraph = { sources: [], entities: [], relationships: [] };
  const top = GraphDataSchema.safeParse(input);
  if (!top.success) {
    return { graph, problems: zodProblems('(file)', top.error) };
  }

  const sourceIds = new Set<string>();
  (top.data.sources ?? []).forEach((raw, i) => {
    const entry = label('sources', i, (raw as { id?: unknown } | null)?.id);
    const parsed = SourceSchema.safeParse(raw);
    if (!parsed.success) return void problems.push(...zodProblems(entry, parsed.error));
    const s = normalizeSource(parsed.data);
    if (sourceIds.has(s.id)) problems.push({ entry, field: 'id', message: `duplicate source id '${s.id}'` });
    if (s.url === null && s.reliability !== AI_GENERATED) {
      problems.push({ entry, field: 'url', message: `is required (only the ${AI_GENERATED} overview may lack one)` });
    }
    sourceIds.add(s.id);
    graph.sources.push(s);
  });
  const sourceKnown = (id: string) => sourceIds.has(id) || existing.hasSource(id);
  const checkSources = (entry: string, sources: string[]) => {
    sources.forEach((id, j) => {
      if (!sourceKnown(id)) problems.push({ entry, field: `sources.${j}`, message: `unknown source '${id}'` });
    });
  };

  const kinds = new Map<string, Kind>();
  (top.data.entities ?? []).forEach((raw, i) => {
    const entry = label('entities', i, (raw as { id?: unknown } | null)?.id);
    const parsed = EntitySchema.safeParse(raw);
    if (!parsed.success) return void problems.push(...zodProblems(entry, parsed.error));
    const e = normalizeEntity(parsed.data);
    if (!e.id.startsWith(ID_PREFIX[e.kind])) {
      problems.push({ entry, field: 'id', message: `a ${e.kind} id starts with '${ID_PREFIX[e.kind]}'` });
    }
    if (kinds.has(e.id)) problems.push({ entry, field: 'id', message: `duplicate entity id '${e.id}'` });
    problems.push(...yearsProblem(entry, e.since, e.until));
    checkSources(entry, e.sources);
    kinds.set(e.id, e.kind);
    graph.entities.push(e);
  });
  const kindOf = (id: string) => kinds.get(id) ?? existing.entityKind(id);

  const relIds = new Set<string>();
  (top.data.relationships ?? []).forEach((raw, i) => {
    const entry = label('relationships', i, (raw as { id?: unknown } | null)?.id);
    const parsed = RelationshipSchema.safeParse(raw);
    if (!parsed.success) return void problems.push(...zodProblems(entry, parsed.error));
    const r = normalizeRelationship(parsed.data);
    const named = label('relationships', i, r.id);
    if (relIds.has(r.id)) problems.push({ entry: named, field: 'id', message: `duplicate relationship id '${r.id}'` });
    relIds.add(r.id);
    const fromKind = kindOf(r.from);
    const toKind = kindOf(r.to);
    if (!fromKind) problems.push({ entry: named, field: 'from', message: `unknown entity '${r.from}'` });
    if (!toKind) problems.push({ entry: named, field: 'to', message: `unknown entity '${r.to}'` });
    if (fromKind && toKind && !endpointsAllowed(r.type, fromKind, toKind)) {
      problems.push({
        entry: named,
        field: 'type',
        message: `${r.type} does not link ${fromKind} to ${toKind}`,
      });
    }
    problems.push(...yearsProblem(named, r.since, r.until));
    checkSources(named, r.sources);
    graph.relationships.push(r);
  });

  return { graph, problems };
}

export function describeProblem(p: ImportProblem): string {
  return `${p.entry} field '${p.field}': ${p.message}`;
}
