import { HIDDEN_CONTROL } from '../../domain/data-schema.js';
import { graphql, http, judge, type GraphQLRequest } from './client.js';
import { describeDifference, fingerprint, graphChecksum, sameFingerprint, type GraphLike } from './checksum.js';
import type { Suite } from './context.js';

/** Cypher, parameter, Lucene and quoting tricks, sent in every string argument and id. */
export const PAYLOADS: readonly string[] = [
  "' OR 1=1 //",
  '" OR 1=1 //',
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  "state:est'}) DETACH DELETE n //",
  '\u0027',
  "'",
  '"',
  '\\',
  "\\' OR 1=1 //",
  '`',
  '`) DETACH DELETE n //',
  '`Entity` {id: "x"}',
  '$param',
  '$id',
  '$rows',
  '${id}',
  '; DROP',
  '; DROP DATABASE neo4j',
  '; MATCH (n) DETACH DELETE n',
  "1; CALL dbms.security.createUser('x', 'y', false)",
  "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
  'MATCH (n) DETACH DELETE n',
  "n.id = 'state:est' OR true",
  "state:est' OR '1'='1",
  'state:est" OR "1"="1',
  'state:est//',
  'state:est/*',
  '*/ MATCH (n) DETACH DELETE n /*',
  'UNION MATCH (n) RETURN n',
  '*:*',
  '*',
  '?',
  'name:*',
  'id:* OR *',
  'a AND NOT b',
  '+x -y',
  '"phrase"~10',
  'a~',
  'a^10',
  '[a TO z]',
  '{a TO z}',
  '/.*/',
  '(',
  ')',
  '&&',
  '||',
  '!',
  '\u0000',
  "'; LOAD CSV FROM 'http://127.0.0.1:1/x' AS l RETURN l //",
];

interface Placement {
  where: string;
  request: GraphQLRequest;
  token?: string;
  /** What a correct server answers. */
  allowed: readonly string[];
}

const ENTITY = 'id kind name aliases summary version';

/** Every read argument and every refused write, each with the payload: none may change the graph. */
function refusedPlacements(suite: Suite, p: string): Placement[] {
  const est = suite.seed.states[0]!;
  const nato = suite.seed.organizations[0]!;
  const q = (
    where: string,
    query: string,
    variables: Record<string, unknown>,
    allowed: readonly string[],
    token?: string,
  ): Placement => ({
    where,
    request: { query, variables },
    allowed,
    token,
  });
  const reads = ['NOT_FOUND', 'BAD_USER_INPUT'];
  const entityInput = { id: p, kind: 'STATE', name: p, aliases: [p], summary: p, sources: [p] };
  const relInput = { id: p, type: 'MEMBER_OF', from: p, to: p, credibility: 2, role: p, note: p, sources: [p] };
  return [
    q('entity(id)', `query I($v: ID!) { entity(id: $v) { ${ENTITY} } }`, { v: p }, reads),
    q('relationship(id)', `query I($v: ID!) { relationship(id: $v) { id } }`, { v: p }, reads),
    q('search(text)', `query I($v: String!) { search(text: $v, first: 50) { score entity { id } } }`, { v: p }, reads),
    q('entities(after)', `query I($v: String) { entities(after: $v) { totalCount nodes { id } } }`, { v: p }, reads),
    q('neighborhood(id)', `query I($v: ID!) { neighborhood(id: $v) { total nodes { id } } }`, { v: p }, reads),
    q('neighborCounts(id)', `query I($v: ID!) { neighborCounts(id: $v) { count } }`, { v: p }, reads),
    q('paths(from)', `query I($v: ID!, $to: ID!) { paths(from: $v, to: $to) { length } }`, { v: p, to: nato }, reads),
    q(
      'paths(to)',
      `query I($v: ID!, $from: ID!) { paths(from: $from, to: $v) { length } }`,
      { v: p, from: est },
      reads,
    ),
    q(
      'auditLog(after)',
      `query I($v: String) { auditLog(first: 5, after: $v) { totalCount } }`,
      { v: p },
      reads,
      suite.token,
    ),
    q(
      'upsertEntity without a token',
      `mutation I($v: EntityInput!) { upsertEntity(input: $v) { id } }`,
      { v: entityInput },
      ['UNAUTHENTICATED'],
    ),
    q(
      'upsertRelationship with a wrong token',
      `mutation I($v: RelationshipInput!) { upsertRelationship(input: $v) { id } }`,
      { v: relInput },
      ['UNAUTHENTICATED'],
      `${suite.token}x`,
    ),
    q(
      'upsertEntity(id, name, sources)',
      `mutation I($v: EntityInput!) { upsertEntity(input: $v) { id } }`,
      { v: entityInput },
      ['BAD_USER_INPUT'],
      suite.token,
    ),
    q(
      'upsertEntity(sources) of a valid id',
      `mutation I($v: EntityInput!) { upsertEntity(input: $v) { id } }`,
      { v: { ...entityInput, id: `activity:rel-inj-refused-${suite.runId}`, kind: 'ACTIVITY' } },
      ['BAD_USER_INPUT'],
      suite.token,
    ),
    q(
      'upsertRelationship(from, to, sources)',
      `mutation I($v: RelationshipInput!) { upsertRelationship(input: $v) { id } }`,
      { v: relInput },
      ['BAD_USER_INPUT', 'NOT_FOUND'],
      suite.token,
    ),
    q(
      'deleteEntity(id)',
      `mutation I($v: ID!) { deleteEntity(id: $v) { entity { id } } }`,
      { v: p },
      ['NOT_FOUND', 'BAD_USER_INPUT'],
      suite.token,
    ),
    q(
      'deleteRelationship(id)',
      `mutation I($v: ID!) { deleteRelationship(id: $v) { id } }`,
      { v: p },
      ['NOT_FOUND', 'BAD_USER_INPUT'],
      suite.token,
    ),
    q('deleteEntity without a token', `mutation I($v: ID!) { deleteEntity(id: $v) { entity { id } } }`, { v: p }, [
      'UNAUTHENTICATED',
    ]),
    q(
      'importGraph dry run (every field)',
      `mutation I($v: GraphInput!) { importGraph(input: $v, dryRun: true) { ok problems { field } } }`,
      {
        v: {
          sources: [{ id: p, title: p, url: p, publisher: p, date: p, reliability: 'A' }],
          entities: [entityInput],
          relationships: [relInput],
        },
      },
      ['BAD_USER_INPUT'],
      suite.token,
    ),
    q(
      'importGraph of invalid rows',
      `mutation I($v: GraphInput!) { importGraph(input: $v) { ok problems { field } } }`,
      { v: { entities: [entityInput], relationships: [relInput] } },
      ['BAD_USER_INPUT'],
      suite.token,
    ),
  ];
}

/** The graph without this run's sandbox (the payload writes that legitimately land). */
async function graphOutsideSandbox(
  suite: Suite,
  sandbox: string,
): Promise<{ checksum: string; entities: number; relationships: number }> {
  const res = await http(`${suite.main.url}/export/graph.json`, { timeoutMs: 60_000 });
  suite.report.requests();
  if (res.status !== 200) throw new Error(`/export/graph.json answered ${res.status}`);
  const graph = JSON.parse(res.text) as {
    sources: { id: string }[];
    entities: { id: string }[];
    relationships: { id: string; from: string; to: string }[];
  };
  const outside: GraphLike = {
    sources: graph.sources,
    entities: graph.entities.filter((e) => !e.id.startsWith(sandbox)),
    relationships: graph.relationships.filter((r) => !r.to.startsWith(sandbox) && !r.from.startsWith(sandbox)),
  };
  return {
    checksum: graphChecksum(outside),
    entities: outside.entities!.length,
    relationships: outside.relationships!.length,
  };
}

async function inParallel<T>(items: readonly T[], width: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

/**
 * Cypher injection: every payload in every string argument and id. Reads and refused writes leave
 * the database exactly as it was (counts, content checksum, audit length). Writes that land (with
 * the token, in a sandbox) store the payload verbatim and change nothing else.
 */
export async function injectionCheck(suite: Suite): Promise<void> {
  const { report } = suite;
  const before = await fingerprint(suite.main.url, suite.token);
  report.requests(2);
  const problems: string[] = [];
  let sent = 0;

  const placements = PAYLOADS.flatMap((p) => refusedPlacements(suite, p).map((pl) => ({ ...pl, payload: p })));
  const restBefore = placements.length;
  await inParallel(placements, 6, async (pl) => {
    sent++;
    report.requests();
    try {
      const answer = await graphql(suite.main.url, pl.request, {
        token: pl.token ?? null,
        timeoutMs: suite.storeTimeoutMs * 2 + 10_000,
      });
      const verdict = judge(answer, pl.allowed, [pl.payload]);
      if (!verdict.ok) {
        problems.push(`${pl.where} <- ${JSON.stringify(pl.payload)}: ${verdict.problem ?? ''}`);
        report.unexpected(`injection ${pl.where}`, `${verdict.problem ?? ''} (payload ${JSON.stringify(pl.payload)})`);
      }
      const data = answer.body?.data as Record<string, unknown> | null | undefined;
      const wrote =
        pl.request.query.startsWith('mutation') &&
        data &&
        Object.values(data).some((v) => v !== null && !(typeof v === 'object' && (v as { ok?: boolean }).ok === false));
      if (wrote)
        problems.push(
          `${pl.where} <- ${JSON.stringify(pl.payload)}: a refused write answered data ${JSON.stringify(data).slice(0, 200)}`,
        );
    } catch (e) {
      problems.push(`${pl.where} <- ${JSON.stringify(pl.payload)}: ${e instanceof Error ? e.message : String(e)}`);
      report.unexpected(`injection ${pl.where}`, e instanceof Error ? e.message : String(e));
    }
  });
  // The REST export takes ids and asOf from the query string.
  for (const p of PAYLOADS) {
    for (const param of ['ids', 'asOf']) {
      sent++;
      report.requests();
      const res = await http(`${suite.main.url}/export/graph.json?${param}=${encodeURIComponent(p)}`, {
        timeoutMs: 60_000,
      });
      if (!(res.status === 200 || res.status === 400))
        problems.push(`/export ?${param}=${JSON.stringify(p)}: HTTP ${res.status}`);
    }
  }
  const after = await fingerprint(suite.main.url, suite.token);
  report.requests(2);
  report.check(
    `injection: ${sent} payloads in every read argument, id and refused write leave the database unchanged`,
    sameFingerprint(before, after),
    sameFingerprint(before, after)
      ? `${after.entities} entities, ${after.relationships} relationships, sha256 ${after.checksum.slice(0, 16)}…`
      : describeDifference(before, after),
  );

  // Writes that land: the payload must be stored verbatim, and nothing outside the sandbox may change.
  const sandbox = `activity:rel-inj-${suite.runId}-`;
  const outsideBefore = await graphOutsideSandbox(suite, sandbox);
  let landed = 0;
  const state = suite.seed.states[0]!;
  await inParallel(
    PAYLOADS.map((p, i) => [p, i] as const),
    4,
    async ([p, i]) => {
      const id = `${sandbox}${i}`;
      if (HIDDEN_CONTROL.test(p)) {
        sent += 1;
        report.requests(1);
        // Text fields refuse control characters (hardening): the write must be refused, naming the field.
        const refused = await graphql(
          suite.main.url,
          {
            query: `mutation I($v: EntityInput!) { upsertEntity(input: $v) { ${ENTITY} } }`,
            variables: { v: { id, kind: 'ACTIVITY', name: `x${p}`, sources: [suite.sourceId] } },
          },
          { token: suite.token },
        );
        const error = refused.body?.errors?.[0];
        if (error?.extensions?.code !== 'BAD_USER_INPUT' || !String(error.message).startsWith('input.name')) {
          problems.push(
            `sandbox upsertEntity <- ${JSON.stringify(p)}: not refused on input.name: ${refused.text.slice(0, 200)}`,
          );
        }
        return;
      }
      sent += 2;
      report.requests(3);
      const written = await graphql(
        suite.main.url,
        {
          query: `mutation I($v: EntityInput!) { upsertEntity(input: $v) { ${ENTITY} } }`,
          variables: {
            v: { id, kind: 'ACTIVITY', name: `x${p}`, aliases: [p], summary: p, sources: [suite.sourceId] },
          },
        },
        { token: suite.token },
      );
      const entity = (
        written.body?.data as
          { upsertEntity?: { name: string; aliases: string[]; summary: string; version: number } } | undefined
      )?.upsertEntity;
      if (!entity) {
        problems.push(
          `sandbox upsertEntity <- ${JSON.stringify(p)}: ${judge(written).problem ?? written.text.slice(0, 200)}`,
        );
        return;
      }
      landed++;
      suite.ledger.acknowledge('entity', id, entity.version);
      const rel = await graphql(
        suite.main.url,
        {
          query: `mutation I($v: RelationshipInput!) { upsertRelationship(input: $v) { id role note version } }`,
          variables: {
            v: {
              id: `${state}/PARTICIPATES_IN/${id}`,
              type: 'PARTICIPATES_IN',
              from: state,
              to: id,
              credibility: 4,
              role: p,
              note: p,
              sources: [suite.sourceId],
            },
          },
        },
        { token: suite.token },
      );
      const r = (
        rel.body?.data as
          { upsertRelationship?: { id: string; role: string; note: string; version: number } } | undefined
      )?.upsertRelationship;
      if (r) {
        landed++;
        suite.ledger.acknowledge('relationship', r.id, r.version);
      }
      const read = await graphql(suite.main.url, {
        query: `query I($id: ID!, $rel: ID!) { entity(id: $id) { ${ENTITY} } relationship(id: $rel) { role note } }`,
        variables: { id, rel: `${state}/PARTICIPATES_IN/${id}` },
      });
      const back = read.body?.data as
        | {
            entity?: { name: string; aliases: string[]; summary: string };
            relationship?: { role: string; note: string } | null;
          }
        | undefined;
      if (back?.entity?.name !== `x${p}` || back.entity.summary !== p || back.entity.aliases[0] !== p) {
        problems.push(`sandbox entity <- ${JSON.stringify(p)}: stored ${JSON.stringify(back?.entity)}`);
      }
      if (!r || back?.relationship?.role !== p || back.relationship.note !== p) {
        problems.push(
          `sandbox relationship <- ${JSON.stringify(p)}: ${r ? `stored ${JSON.stringify(back?.relationship)}` : rel.text.slice(0, 200)}`,
        );
      }
    },
  );
  const outsideAfter = await graphOutsideSandbox(suite, sandbox);
  const audit = await fingerprint(suite.main.url, suite.token);
  report.requests(2);
  report.check(
    `injection: ${PAYLOADS.length} payloads written verbatim as names, aliases, summaries, roles and notes (those with a control character refused on the field); nothing outside the sandbox changed`,
    outsideAfter.checksum === outsideBefore.checksum &&
      audit.auditEntries === after.auditEntries + landed &&
      problems.length === 0,
    [
      outsideAfter.checksum === outsideBefore.checksum
        ? ''
        : `outside the sandbox: ${outsideBefore.entities}/${outsideBefore.relationships} -> ${outsideAfter.entities}/${outsideAfter.relationships}, checksum changed`,
      audit.auditEntries === after.auditEntries + landed
        ? ''
        : `audit grew by ${audit.auditEntries - after.auditEntries}, ${landed} writes landed`,
      ...problems.slice(0, 5),
    ]
      .filter(Boolean)
      .join('; '),
  );
  report.totals.injectionPayloads += sent;
  report.note(
    `injection: ${restBefore} GraphQL placements, ${PAYLOADS.length * 2} export parameters, ${landed} sandbox writes`,
  );
}
