import { BadUserInputError, ConflictError, type AppError } from '../../../server/errors.js';
import {
  askedKind,
  auditRecord,
  checkEntityKindChange,
  checkVersion,
  importKindChangeProblems,
  inputError,
  kindChangeProblems,
  rawEntityIndex,
  validateOne,
  type KindChangeView,
  type TouchingRelationship,
} from '../../../server/store/write-rules.js';

const nothing = { entityKind: () => undefined, source: () => undefined };

/** Estonia (a state) is a member of NATO and lies in the Baltic region. */
const touching: TouchingRelationship[] = [
  {
    id: 'state:est/MEMBER_OF/org:nato',
    type: 'MEMBER_OF',
    from: 'state:est',
    to: 'org:nato',
    fromKind: 'STATE',
    toKind: 'ORGANIZATION',
  },
  {
    id: 'state:est/LOCATED_IN/region:baltic',
    type: 'LOCATED_IN',
    from: 'state:est',
    to: 'region:baltic',
    fromKind: 'STATE',
    toKind: 'REGION',
  },
];
const view: KindChangeView = {
  kindBefore: (id) => (id === 'state:est' ? 'STATE' : undefined),
  touching: (id) => (id === 'state:est' ? touching : []),
};

function codeOf(e: unknown): string {
  return (e as AppError).code;
}

describe('checkVersion', () => {
  it('writes unconditionally without an expected version', () => {
    expect(() => checkVersion('Entity', 'state:est', { version: 3 }, null)).not.toThrow();
    expect(() => checkVersion('Entity', 'state:est', null, undefined)).not.toThrow();
  });

  it('0 only creates; n needs version n', () => {
    expect(() => checkVersion('Entity', 'state:est', null, 0)).not.toThrow();
    expect(() => checkVersion('Entity', 'state:est', { version: 1 }, 0)).toThrow(ConflictError);
    expect(() => checkVersion('Relationship', 'r', { version: 2 }, 2)).not.toThrow();
    expect(() => checkVersion('Relationship', 'r', null, 2)).toThrow(ConflictError);
  });

  it('names the versions in the conflict', () => {
    const error = (() => {
      try {
        checkVersion('Entity', 'state:est', { version: 4 }, 2);
      } catch (e) {
        return e;
      }
    })();
    expect(codeOf(error)).toBe('CONFLICT');
    expect((error as Error).message).toMatch(/state:est/);
  });

  it('refuses a negative or fractional expected version on expectedVersion', () => {
    for (const bad of [-1, 1.5]) {
      const error = (() => {
        try {
          checkVersion('Entity', 'state:est', null, bad);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).field).toBe('expectedVersion');
    }
  });
});

describe('inputError and validateOne', () => {
  it('puts a problem field under input., and a whole-entry problem on input', () => {
    expect(inputError({ entry: 'entities[0]', field: 'kind', message: 'bad' }).field).toBe('input.kind');
    expect(inputError({ entry: 'entities[0]', field: '(entry)', message: 'bad' }).field).toBe('input');
    expect(inputError({ entry: '(file)', field: '(file)', message: 'bad' }).field).toBe('input');
  });

  it('throws the first problem of a single-item batch', () => {
    expect(() =>
      validateOne({ entities: [{ id: 'state:x', kind: 'STATE', name: 'X', sources: ['source:nope'] }] }, nothing),
    ).toThrow("unknown source 'source:nope'");
  });

  it('returns the normalised item when there is none', () => {
    const existing = {
      entityKind: () => undefined,
      source: (id: string) => (id === 'source:a' ? { publisher: 'NATO', reliability: 'A' as const } : undefined),
    };
    const graph = validateOne(
      { entities: [{ id: 'state:x', kind: 'STATE', name: 'X', sources: ['source:a'] }] },
      existing,
    );
    expect(graph.entities[0]).toMatchObject({ id: 'state:x', aliases: [], since: null });
  });

  it('checks a confirmed fact against the publishers of stored sources', () => {
    const stored: Record<string, { publisher: string | null; reliability: 'A' | 'C' }> = {
      'source:nato': { publisher: 'NATO', reliability: 'A' },
      'source:nato-review': { publisher: 'NATO', reliability: 'A' },
      'source:press': { publisher: 'Press', reliability: 'C' },
    };
    const existing = {
      entityKind: (id: string) =>
        id === 'state:est' ? ('STATE' as const) : id === 'org:nato' ? ('ORGANIZATION' as const) : undefined,
      source: (id: string) => stored[id],
    };
    const confirmed = { type: 'MEMBER_OF', from: 'state:est', to: 'org:nato', credibility: 1 };
    const attempt = (sources: string[]) => () => validateOne({ relationships: [{ ...confirmed, sources }] }, existing);
    expect(attempt(['source:nato', 'source:nato-review'])).toThrow(
      expect.objectContaining({ field: 'input.credibility' }) as Error,
    );
    expect(attempt(['source:nato', 'source:press'])().relationships[0]).toMatchObject({ credibility: 1 });
  });
});

describe('kind changes', () => {
  it('name each relationship a new kind would break, in id order, skipping replaced ones', () => {
    const problems = kindChangeProblems(new Map([['state:est', 'ORGANIZATION' as const]]), view);
    expect(problems.map((p) => p.message)).toEqual([
      "cannot become ORGANIZATION: relationship 'state:est/LOCATED_IN/region:baltic' (LOCATED_IN) would link ORGANIZATION to REGION",
      "cannot become ORGANIZATION: relationship 'state:est/MEMBER_OF/org:nato' (MEMBER_OF) would link ORGANIZATION to ORGANIZATION",
    ]);
    const replaced = new Set(['state:est/LOCATED_IN/region:baltic']);
    expect(kindChangeProblems(new Map([['state:est', 'ORGANIZATION' as const]]), view, replaced)).toHaveLength(1);
  });

  it('ignore new entities and unchanged kinds', () => {
    expect(kindChangeProblems(new Map([['state:est', 'STATE' as const]]), view)).toEqual([]);
    expect(kindChangeProblems(new Map([['state:new', 'REGION' as const]]), view)).toEqual([]);
  });

  it('for one entity, throw on input.kind', () => {
    expect(() => checkEntityKindChange('state:est', 'THREAT', view)).toThrow(BadUserInputError);
    try {
      checkEntityKindChange('state:est', 'THREAT', view);
    } catch (e) {
      expect((e as BadUserInputError).field).toBe('input.kind');
    }
  });

  it('in an import, are named by the entity’s place in the raw batch', () => {
    const data = { entities: [{ id: 'state:lva' }, { id: 'state:est', kind: 'REGION' }] };
    const batch = {
      sources: [],
      entities: [
        {
          id: 'state:est',
          kind: 'REGION' as const,
          name: 'Estonia',
          aliases: [],
          summary: null,
          since: null,
          until: null,
          sinceDate: null,
          untilDate: null,
          sources: [],
        },
      ],
      relationships: [],
    };
    const problems = importKindChangeProblems(data, batch, view);
    expect(problems.map((p) => [p.entry, p.field])).toEqual([
      ['entities[1] (state:est)', 'kind'],
      ['entities[1] (state:est)', 'kind'],
    ]);
  });
});

describe('raw input lookups', () => {
  it('askedKind reads a well-typed id and a known kind only', () => {
    expect(askedKind({ id: 'state:est', kind: 'STATE' })).toEqual({ id: 'state:est', kind: 'STATE' });
    expect(askedKind({ id: 'state:est', kind: 'PLANET' })).toBeNull();
    expect(askedKind({ id: 7, kind: 'STATE' })).toBeNull();
    expect(askedKind(null)).toBeNull();
  });

  it('rawEntityIndex finds an id in a raw batch, -1 when absent or not a list', () => {
    expect(rawEntityIndex({ entities: [{ id: 'a' }, { id: 'b' }] }, 'b')).toBe(1);
    expect(rawEntityIndex({ entities: [{ id: 'a' }] }, 'z')).toBe(-1);
    expect(rawEntityIndex({ entities: 'nope' }, 'a')).toBe(-1);
  });
});

describe('auditRecord', () => {
  it('keeps actor, time, operation and ids, and before/after as JSON (null stays null)', () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    expect(auditRecord({ actor: 'alice' }, 'upsertEntity', ['state:est'], null, { id: 'state:est' }, at)).toEqual({
      actor: 'alice',
      at: '2026-01-02T03:04:05.000Z',
      operation: 'upsertEntity',
      ids: ['state:est'],
      before: null,
      after: '{"id":"state:est"}',
    });
    expect(auditRecord({ actor: 'bob' }, 'deleteRelationship', ['r'], { id: 'r' }, null, at).after).toBeNull();
  });
});
