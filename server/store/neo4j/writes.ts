import type { ExistingGraph } from '../../../domain/graph-data.js';
import { defaultRelationshipId, isWellFormedEntityId, MAX_RELATIONSHIP_ID_LENGTH } from '../../../domain/ids.js';
import {
  type AuditEntry,
  type Entity,
  type EntityInput,
  type Kind,
  type RelationshipInput,
  type RelationshipView,
  type Reliability,
  type Source,
} from '../../../domain/model.js';
import { ALWAYS, statusAt } from '../../../domain/valid-at.js';
import { BadUserInputError, NotFoundError } from '../../errors.js';
import { compareStrings } from '../arguments.js';
import { reliabilityOf } from '../fact-visibility.js';
import type { WriteContext } from '../graph-store.js';
import {
  askedKind,
  auditRecord,
  checkEntityKindChange,
  checkVersion,
  validateOne,
  type TouchingRelationship,
} from '../write-rules.js';
import type { Row, Tx } from './statements.js';
import { plainRelationship, toEntity, toInt, toNumber, toRelationshipView } from './to-domain.js';
import { entityRow, relationshipRow } from './to-rows.js';
import type { Transactions } from './transactions.js';

function uniqueStrings(values: Iterable<unknown>): string[] {
  return [...new Set([...values].filter((v): v is string => typeof v === 'string'))];
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const field = (v: unknown, key: string): unknown =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;

/** The ids a raw batch refers to, so one query can fetch what the store holds of them. */
export function referencedIds(data: unknown): { entityIds: string[]; sourceIds: string[] } {
  const entities = list(field(data, 'entities'));
  const relationships = list(field(data, 'relationships'));
  return {
    entityIds: uniqueStrings([
      ...entities.map((e) => field(e, 'id')),
      ...relationships.flatMap((r) => [field(r, 'from'), field(r, 'to')]),
    ]),
    sourceIds: uniqueStrings(
      [
        ...entities,
        ...relationships,
        // Suspensions and alternatives cite sources too.
        ...relationships.flatMap((r) => [...list(field(r, 'suspensions')), ...list(field(r, 'alternatives'))]),
      ].flatMap((x) => list(field(x, 'sources'))),
    ),
  };
}

/** What the store holds of the ids a write refers to, as validateGraphData wants it. */
export async function existingIn(tx: Tx, ids: { entityIds: string[]; sourceIds: string[] }): Promise<ExistingGraph> {
  const row = (await tx.one('referenced', ids))!;
  const kinds = new Map((row.kinds as Row[]).map((k) => [k.id as string, k.kind as Kind]));
  const sources = new Map(
    (row.sources as Row[]).map((s): [string, Pick<Source, 'publisher' | 'reliability'>] => [
      s.id as string,
      { publisher: (s.publisher as string | null) ?? null, reliability: s.reliability as Reliability },
    ]),
  );
  return { entityKind: (id) => kinds.get(id), source: (id) => sources.get(id) };
}

/** Appends the write's audit entry in the write's own transaction. */
export async function appendAudit(
  tx: Tx,
  ctx: WriteContext,
  operation: AuditEntry['operation'],
  ids: string[],
  before: unknown,
  after: unknown,
): Promise<void> {
  await tx.run('appendAudit', auditRecord(ctx, operation, ids, before, after, new Date()));
}

/** The id to lock before validating, or null when the input cannot name one (the validator then says why). */
function rawRelationshipId(input: RelationshipInput): string | null {
  const id = typeof input.id === 'string' ? input.id : null;
  if (id !== null) return id.length <= MAX_RELATIONSHIP_ID_LENGTH ? id : null;
  if (!isWellFormedEntityId(input.from) || !isWellFormedEntityId(input.to) || typeof input.type !== 'string')
    return null;
  return defaultRelationshipId(input);
}

/**
 * Single-item writes. Each locks what it changes first (a placeholder for a new id, removed by a
 * rollback), so the checks that follow hold until it commits; the rules are write-rules.ts's.
 */
export class Neo4jWrites {
  constructor(private readonly tx: Transactions) {}

  upsertEntity(input: EntityInput, ctx: WriteContext, expectedVersion?: number | null): Promise<Entity> {
    return this.tx.write('upsertEntity', async (tx) => {
      const rawId = (input as { id?: unknown } | null)?.id;
      // An id that cannot be one (too long to index, say) is left to the validator to name.
      const locked = isWellFormedEntityId(rawId) ? await tx.one('upsertEntityLock', { id: rawId }) : undefined;
      const asked = askedKind(input);
      const current = locked?.entity ? toEntity(locked.entity as Row) : null;
      if (current && asked && asked.kind !== current.kind) {
        // Only a kind change needs the relationships (a hub has 100k+ of them).
        const touching = (await tx.run('upsertEntityTouching', { id: current.id })).map(
          (r) => r.touching as TouchingRelationship,
        );
        checkEntityKindChange(current.id, asked.kind, { kindBefore: () => current.kind, touching: () => touching });
      }
      const e = validateOne({ entities: [input] }, await existingIn(tx, referencedIds({ entities: [input] })))
        .entities[0]!;
      checkVersion('Entity', e.id, current, expectedVersion);
      await tx.run('seedEntities', { rows: [entityRow(e)], bump: toInt(1) });
      const written: Entity = { ...e, version: (current?.version ?? 0) + 1 };
      await appendAudit(tx, ctx, 'upsertEntity', [e.id], current, written);
      return written;
    });
  }

  upsertRelationship(
    input: RelationshipInput,
    ctx: WriteContext,
    expectedVersion?: number | null,
  ): Promise<RelationshipView> {
    return this.tx.write('upsertRelationship', async (tx) => {
      const rawId = input && typeof input === 'object' ? rawRelationshipId(input) : null;
      const locked =
        rawId === null
          ? undefined
          : await tx.one('relationshipLock', { id: rawId, endpoints: uniqueStrings([input.from, input.to]) });
      const existing = await existingIn(tx, referencedIds({ relationships: [input] }));
      const r = validateOne({ relationships: [input] }, existing).relationships[0]!;
      const current = locked?.relationship ? toRelationshipView(locked.relationship as Row, ALWAYS) : null;
      checkVersion('Relationship', r.id, current, expectedVersion);
      const row = await tx.one('seedRelationships', { rows: [relationshipRow(r)], bump: toInt(1) });
      if (toNumber(row?.count) !== 1) throw new BadUserInputError('input.from', `unknown entity '${r.from}'`);
      // As the seed statement stores it: the best reliability among the (stored) sources it cites.
      const reliability = reliabilityOf(r, (id) => existing.source(id));
      const written: RelationshipView = {
        ...r,
        version: (current?.version ?? 0) + 1,
        reliability,
        status: statusAt(r, ALWAYS),
      };
      // The audit keeps what is stored, as the memory store's does: not what a read derives.
      await appendAudit(
        tx,
        ctx,
        'upsertRelationship',
        [r.id],
        current && plainRelationship(current),
        plainRelationship(written),
      );
      return written;
    });
  }

  deleteEntity(
    id: string,
    ctx: WriteContext,
    expectedVersion?: number | null,
  ): Promise<{ entity: Entity; relationships: RelationshipView[] }> {
    return this.tx.write('deleteEntity', async (tx) => {
      const row = await tx.one('deleteEntityLock', { id });
      if (!row) throw new NotFoundError('Entity', id, 'id');
      const entity = toEntity(row.entity as Row);
      const relationships = (row.relationships as Row[])
        .map((r) => toRelationshipView(r, ALWAYS))
        .sort((a, b) => compareStrings(a.id, b.id));
      checkVersion('Entity', id, entity, expectedVersion);
      await tx.run('deleteEntity', { id });
      const removed = { entity, relationships };
      const stored = { entity, relationships: relationships.map(plainRelationship) };
      await appendAudit(tx, ctx, 'deleteEntity', [id, ...relationships.map((r) => r.id)], stored, null);
      return removed;
    });
  }

  deleteRelationship(id: string, ctx: WriteContext, expectedVersion?: number | null): Promise<RelationshipView> {
    return this.tx.write('deleteRelationship', async (tx) => {
      const row = await tx.one('relationshipLock', { id, endpoints: [] });
      if (!row?.relationship) throw new NotFoundError('Relationship', id, 'id');
      const relationship = toRelationshipView(row.relationship as Row, ALWAYS);
      checkVersion('Relationship', id, relationship, expectedVersion);
      await tx.run('deleteRelationship', { id });
      await appendAudit(tx, ctx, 'deleteRelationship', [id], plainRelationship(relationship), null);
      return relationship;
    });
  }
}
