/**
 * The fuzz's fast-check arbitraries: hostile values typed per argument and the grammar of every
 * query and mutation argument of schema.graphql. fuzz-operations.ts builds requests from it; the
 * runner is fuzz.ts.
 */
import fc from 'fast-check';
import { KINDS, RELATION_TYPES, RELIABILITIES } from '../../domain/model.js';
import type { Suite } from './context.js';

/** A GraphQL argument: its SDL type and how to make a plausible but hostile value of it. */
export interface Arg {
  name: string;
  type: string;
  value: fc.Arbitrary<unknown>;
}

export interface Field {
  name: string;
  mutation?: boolean;
  /** auditLog and every mutation need the editor token. */
  token?: boolean;
  args: Arg[];
  selection: string;
}

const SPECIAL_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  'a'.repeat(201),
  'x'.repeat(100_000),
  '💥'.repeat(300),
  'e\u0301\u0301\u0301',
  '../../etc/passwd',
  '%00%2e%2e',
  '${process.env}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'state:',
  'state:est',
  'org:nato',
  'activity:',
  'Ω≈ç√∫˜µ≤≥÷',
  '\r\n\t',
  'NaN',
  '-1',
];

/** Strings a hostile client might send: arbitrary Unicode (lone surrogates too), very long, well-known troublemakers. */
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
  { weight: 1, arbitrary: fc.string({ minLength: 150, maxLength: 400 }) },
);

const hostileInt: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 10 }),
  fc.integer({ min: 1800, max: 2200 }),
  fc.integer(),
  fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 500, 501, 2000, 2001),
);

/** Any JSON value: the wrong type for whatever argument it lands in. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(1.5, -0.0001, 1e300, 2_147_483_648, -2_147_483_649, true, 'STATE', ['STATE'], {}, [], [[[]]]),
);

function typed<T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: good },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

const kindArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KINDS) },
  { weight: 1, arbitrary: fc.constantFrom('state', 'STATES', 'Kind', '') },
);
const relationTypeArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...RELATION_TYPES) },
  { weight: 1, arbitrary: fc.constantFrom('member_of', 'KNOWS', '') },
);

/** The grammar: every query and mutation argument of schema.graphql. */
export function fields(suite: Suite): Field[] {
  const seedId = fc.constantFrom(...suite.seed.entities.slice(0, 50));
  const id = typed(
    fc.oneof(
      hostileString,
      seedId,
      fc.string({ maxLength: 20 }).map((s) => `activity:fuzz-${s}`),
    ),
  );
  // Writes only ever target the fuzz namespace (or ids no entity has), so the graph the later checks read stays intact.
  const writeId = typed(
    fc.oneof(
      hostileString.filter((s) => !suite.seed.entities.includes(s)),
      fc.string({ maxLength: 20 }).map((s) => `activity:fuzz-${s}`),
    ),
  );
  const year = typed(hostileInt);
  const int = typed(hostileInt);
  const str = typed(hostileString);
  const kinds = typed(fc.array(kindArb, { maxLength: 4 }));
  const relationTypes = typed(fc.array(relationTypeArb, { maxLength: 4 }));
  const sourceIds = typed(fc.array(fc.oneof(fc.constant(suite.sourceId), hostileString), { maxLength: 3 }));
  const day = typed(
    fc.oneof(hostileString, fc.constantFrom('2004-03-29', '2004-02-30', '2004-03', '1999', '0000-01-01')),
  );
  const reliability = typed(fc.constantFrom(...RELIABILITIES, 'a', 'G', 'AA'));
  const credibility = typed(fc.oneof(fc.constantFrom(1, 2, 3, 4, 5, 6), hostileInt));
  const includeSuspended = typed(fc.boolean());
  // The time and evidence arguments every relationship read takes.
  const readFilters: Arg[] = [
    { name: 'at', type: 'String', value: day },
    { name: 'includeSuspended', type: 'Boolean', value: includeSuspended },
    { name: 'minReliability', type: 'Reliability', value: reliability },
    { name: 'maxCredibility', type: 'Int', value: credibility },
  ];
  const claimInput = typed(
    fc.record(
      { since: year, until: year, sinceDate: day, untilDate: day, note: str, sources: sourceIds },
      { requiredKeys: ['sources'] },
    ),
  );
  const entityInput = typed(
    fc.record(
      {
        id: writeId,
        kind: typed(kindArb),
        name: str,
        aliases: typed(fc.array(hostileString, { maxLength: 4 })),
        summary: str,
        since: year,
        until: year,
        sinceDate: day,
        untilDate: day,
        sources: sourceIds,
      },
      { requiredKeys: ['id', 'kind', 'name', 'sources'] },
    ),
  );
  const relationshipInput = typed(
    fc.record(
      {
        id: typed(
          fc.oneof(
            hostileString,
            fc.string({ maxLength: 20 }).map((s) => `rel-fuzz-${s}`),
          ),
        ),
        type: typed(relationTypeArb),
        from: typed(fc.oneof(seedId, hostileString)),
        to: typed(fc.oneof(seedId, hostileString)),
        since: year,
        until: year,
        sinceDate: day,
        untilDate: day,
        credibility,
        role: str,
        note: str,
        sources: sourceIds,
        suspensions: typed(fc.array(claimInput, { maxLength: 2 })),
        alternatives: typed(fc.array(claimInput, { maxLength: 2 })),
      },
      { requiredKeys: ['type', 'from', 'to', 'credibility', 'sources'] },
    ),
  );
  const sourceInput = fc.record(
    {
      id: typed(
        fc.oneof(
          hostileString,
          fc.string({ maxLength: 20 }).map((s) => `source:fuzz-${s}`),
        ),
      ),
      title: str,
      url: str,
      publisher: str,
      date: typed(fc.oneof(hostileString, fc.constantFrom('2024', '2024-02', '2024-02-30', '99999'))),
      reliability,
    },
    { requiredKeys: ['id', 'title', 'reliability'] },
  );
  const graphInput = typed(
    fc.record({
      sources: typed(fc.array(sourceInput, { maxLength: 3 })),
      entities: typed(fc.array(entityInput, { maxLength: 4 })),
      relationships: typed(fc.array(relationshipInput, { maxLength: 4 })),
    }),
  );
  const entity =
    'id kind name aliases summary since until sinceDate untilDate version sources { id title url reliability }';
  const rel =
    'id type since until sinceDate untilDate status credibility reliability grade confidence disputed role note version ' +
    'from { id } to { id } sources { id } suspensions { since sinceDate sources { id } } alternatives { since note }';
  return [
    { name: 'entity', args: [{ name: 'id', type: 'ID!', value: id }], selection: `{ ${entity} }` },
    { name: 'relationship', args: [{ name: 'id', type: 'ID!', value: id }], selection: `{ ${rel} }` },
    {
      name: 'search',
      args: [
        { name: 'text', type: 'String!', value: str },
        { name: 'kinds', type: '[Kind!]', value: kinds },
        { name: 'asOf', type: 'Int', value: year },
        { name: 'at', type: 'String', value: day },
        { name: 'first', type: 'Int', value: int },
      ],
      selection: '{ score entity { id name } }',
    },
    {
      name: 'entities',
      args: [
        { name: 'kind', type: 'Kind', value: typed(kindArb) },
        { name: 'asOf', type: 'Int', value: year },
        { name: 'at', type: 'String', value: day },
        { name: 'first', type: 'Int', value: int },
        { name: 'after', type: 'String', value: typed(fc.oneof(hostileString, fc.base64String({ maxLength: 40 }))) },
      ],
      selection: '{ totalCount pageInfo { endCursor hasNextPage } nodes { id } }',
    },
    {
      name: 'neighborhood',
      args: [
        { name: 'id', type: 'ID!', value: id },
        { name: 'depth', type: 'Int', value: int },
        { name: 'kinds', type: '[Kind!]', value: kinds },
        { name: 'relationTypes', type: '[RelationType!]', value: relationTypes },
        { name: 'asOf', type: 'Int', value: year },
        ...readFilters,
        { name: 'limit', type: 'Int', value: int },
      ],
      selection: '{ total truncated nodes { id } edges { id status grade } }',
    },
    {
      name: 'neighborCounts',
      args: [{ name: 'id', type: 'ID!', value: id }, { name: 'asOf', type: 'Int', value: year }, ...readFilters],
      selection: '{ relationType kind count }',
    },
    {
      name: 'paths',
      args: [
        { name: 'from', type: 'ID!', value: id },
        { name: 'to', type: 'ID!', value: id },
        { name: 'maxLength', type: 'Int', value: int },
        { name: 'mode', type: 'PathMode', value: typed(fc.constantFrom('SHORTEST', 'SIMPLE', 'LONGEST')) },
        { name: 'kinds', type: '[Kind!]', value: kinds },
        { name: 'relationTypes', type: '[RelationType!]', value: relationTypes },
        { name: 'excludeIds', type: '[ID!]', value: typed(fc.array(id, { maxLength: 4 })) },
        { name: 'asOf', type: 'Int', value: year },
        ...readFilters,
        { name: 'limit', type: 'Int', value: int },
      ],
      selection: '{ length weakestGrade nodes { id } edges { id } }',
    },
    {
      name: 'changes',
      args: [
        { name: 'from', type: 'Int', value: year },
        { name: 'to', type: 'Int', value: year },
        { name: 'fromDate', type: 'String', value: day },
        { name: 'toDate', type: 'String', value: day },
        { name: 'focus', type: 'ID', value: id },
        { name: 'depth', type: 'Int', value: int },
        { name: 'kinds', type: '[Kind!]', value: kinds },
        { name: 'relationTypes', type: '[RelationType!]', value: relationTypes },
        { name: 'minReliability', type: 'Reliability', value: reliability },
        { name: 'maxCredibility', type: 'Int', value: credibility },
        { name: 'limit', type: 'Int', value: int },
      ],
      selection:
        '{ fromDay toDay total truncated relationships { change year date relationship { id grade } suspension { sinceDate } } ' +
        'entities { change entity { id } } byRelationType { relationType began } byKind { kind ended } }',
    },
    {
      name: 'compare',
      args: [
        { name: 'a', type: 'ID!', value: id },
        { name: 'b', type: 'ID!', value: id },
        { name: 'asOf', type: 'Int', value: year },
        { name: 'kinds', type: '[Kind!]', value: kinds },
        { name: 'relationTypes', type: '[RelationType!]', value: relationTypes },
        ...readFilters,
        { name: 'limit', type: 'Int', value: int },
      ],
      selection:
        '{ truncated a { id } between { id } shared { relationType neighbor { id } a { id } b { id } } ' +
        'onlyA { neighbor { id } } onlyB { neighbor { id } } byRelationType { relationType shared } }',
    },
    {
      name: 'stats',
      args: [{ name: 'asOf', type: 'Int', value: year }, ...readFilters],
      selection: '{ entities relationships activeRelationships suspendedRelationships sources }',
    },
    { name: 'kinds', args: [], selection: '{ kind count }' },
    { name: 'relationTypes', args: [], selection: '{ relationType count }' },
    {
      name: 'auditLog',
      token: true,
      args: [
        { name: 'first', type: 'Int', value: int },
        { name: 'after', type: 'String', value: str },
      ],
      selection: '{ totalCount nodes { seq } }',
    },
    {
      name: 'upsertEntity',
      mutation: true,
      token: true,
      args: [
        { name: 'input', type: 'EntityInput!', value: entityInput },
        { name: 'expectedVersion', type: 'Int', value: int },
      ],
      selection: `{ ${entity} }`,
    },
    {
      name: 'upsertRelationship',
      mutation: true,
      token: true,
      args: [
        { name: 'input', type: 'RelationshipInput!', value: relationshipInput },
        { name: 'expectedVersion', type: 'Int', value: int },
      ],
      selection: `{ ${rel} }`,
    },
    {
      name: 'deleteEntity',
      mutation: true,
      token: true,
      args: [
        { name: 'id', type: 'ID!', value: writeId },
        { name: 'expectedVersion', type: 'Int', value: int },
      ],
      selection: '{ entity { id } relationships { id } }',
    },
    {
      name: 'deleteRelationship',
      mutation: true,
      token: true,
      args: [
        {
          name: 'id',
          type: 'ID!',
          value: typed(
            fc.oneof(
              hostileString,
              fc.string({ maxLength: 20 }).map((s) => `rel-fuzz-${s}`),
            ),
          ),
        },
        { name: 'expectedVersion', type: 'Int', value: int },
      ],
      selection: '{ id }',
    },
    {
      name: 'importGraph',
      mutation: true,
      token: true,
      args: [
        { name: 'input', type: 'GraphInput!', value: graphInput },
        { name: 'dryRun', type: 'Boolean', value: typed(fc.boolean()) },
      ],
      selection: '{ ok dryRun problems { entry field message } sources entities relationships }',
    },
  ];
}
