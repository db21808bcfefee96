import { z } from 'zod';
import {
  CREDIBILITIES,
  KINDS,
  RELATION_TYPES,
  RELIABILITIES,
  type Alternative,
  type Credibility,
  type Entity,
  type Period,
  type Relationship,
  type Source,
  type Suspension,
} from './model.js';
import {
  allowedRelationshipIds,
  ENTITY_ID_PATTERN as idPattern,
  MAX_ID_LENGTH,
  MAX_RELATIONSHIP_ID_LENGTH,
  defaultRelationshipId,
} from './ids.js';
import { LIMITS } from './limits.js';
import { isPartialDate, yearOf } from './valid-at.js';

/** The shapes of the data-file format (and of importGraph's input), and their normal form. */

const year = z.number().int().min(LIMITS.year.min).max(LIMITS.year.max);
/**
 * C0 control characters (no text field is multi-line, so tab and newline too) and the bidirectional
 * embeddings, overrides and isolates, which make text display in another order than it is stored
 * (a name that reads as another in the explorer, an export or a log).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const HIDDEN_CONTROL = /[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/;
/** Checked before trimming, so a control character at either end is refused rather than dropped. */
const text = (max: number) =>
  z
    .string()
    .refine(
      (s) => !HIDDEN_CONTROL.test(s),
      'must not contain a control character or a bidirectional override (U+0000–U+001F, U+202A–U+202E, U+2066–U+2069)',
    )
    .trim()
    .min(1)
    .max(max);
const partialDate = z.string().refine(isPartialDate, 'must be a real date, YYYY-MM-DD or YYYY-MM');
const sourceIds = z.array(z.string()).min(1, 'cite at least one source');

const periodFields = {
  since: year.nullish(),
  until: year.nullish(),
  sinceDate: partialDate.nullish(),
  untilDate: partialDate.nullish(),
};

export const SourceSchema = z
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
    reliability: z.enum(RELIABILITIES, 'must be a reliability grade from A to F'),
  })
  .strict();

export const EntitySchema = z
  .object({
    id: z.string().max(MAX_ID_LENGTH).regex(idPattern, 'must be a kind prefix and a lowercase key, e.g. state:est'),
    kind: z.enum(KINDS),
    name: text(200),
    aliases: z.array(text(200)).max(50).optional(),
    summary: text(2000).nullish(),
    ...periodFields,
    sources: sourceIds,
  })
  .strict();

const ClaimSchema = z.object({ ...periodFields, note: text(2000).nullish(), sources: sourceIds }).strict();

export const RelationshipSchema = z
  .object({
    id: z.string().min(1).max(MAX_RELATIONSHIP_ID_LENGTH).optional(),
    type: z.enum(RELATION_TYPES),
    from: z.string().min(1).max(MAX_ID_LENGTH),
    to: z.string().min(1).max(MAX_ID_LENGTH),
    ...periodFields,
    credibility: z
      .number()
      .int()
      .refine((n) => (CREDIBILITIES as readonly number[]).includes(n), 'must be a credibility from 1 to 6'),
    sources: sourceIds,
    role: text(200).nullish(),
    note: text(2000).nullish(),
    suspensions: z.array(ClaimSchema).max(20).optional(),
    alternatives: z.array(ClaimSchema).max(20).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.id === undefined) return;
    const allowed = allowedRelationshipIds({ ...r, since: period({ ...r, sources: r.sources }).since });
    if (!allowed.includes(r.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `must be ${allowed.join(' or ')} (from/TYPE/to and its since year), so that it never names another fact`,
      });
    }
  });

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

/** Years default to their exact dates' years, so a fact dated to the day is also known to the year. */
function period(p: z.infer<typeof ClaimSchema>): Period {
  const sinceDate = p.sinceDate ?? null;
  const untilDate = p.untilDate ?? null;
  return {
    since: p.since ?? (sinceDate === null ? null : yearOf(sinceDate)),
    until: p.until ?? (untilDate === null ? null : yearOf(untilDate)),
    sinceDate,
    untilDate,
  };
}

function claim(c: z.infer<typeof ClaimSchema>): Suspension & Alternative {
  return { ...period(c), note: c.note ?? null, sources: [...new Set(c.sources)] };
}

export function normalizeSource(s: z.infer<typeof SourceSchema>): NormalizedSource {
  return {
    id: s.id,
    title: s.title,
    url: s.url ?? null,
    publisher: s.publisher ?? null,
    date: s.date ?? null,
    reliability: s.reliability,
  };
}

export function normalizeEntity(e: z.infer<typeof EntitySchema>): NormalizedEntity {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases ?? [],
    summary: e.summary ?? null,
    ...period({ ...e, sources: e.sources }),
    sources: [...new Set(e.sources)],
  };
}

export function normalizeRelationship(r: z.infer<typeof RelationshipSchema>): NormalizedRelationship {
  const when = period({ ...r, sources: r.sources });
  return {
    id: r.id ?? defaultRelationshipId({ ...r, since: when.since }),
    type: r.type,
    from: r.from,
    to: r.to,
    ...when,
    credibility: r.credibility as Credibility,
    sources: [...new Set(r.sources)],
    role: r.role ?? null,
    note: r.note ?? null,
    suspensions: (r.suspensions ?? []).map(claim),
    alternatives: (r.alternatives ?? []).map(claim),
  };
}
