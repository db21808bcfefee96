import { graphql, judge } from './client.js';
import { pick, random, type Suite } from './context.js';

interface Landed {
  id: string;
  editor: string;
  summary: string;
  version: number;
  expected: number;
}

interface AuditRow {
  seq: number;
  actor: string;
  operation: string;
  ids: string[];
  after: string | null;
}

const ENTITIES = 4;

/** Every audit entry newer than `sinceSeq` (exclusive), oldest first. */
async function auditSince(suite: Suite, sinceSeq: number): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  let after: string | null = null;
  for (;;) {
    const answer = await graphql(
      suite.main.url,
      {
        query: `query Audit($after: String) { auditLog(first: 50, after: $after) { pageInfo { endCursor hasNextPage } nodes { seq actor operation ids after } } }`,
        variables: { after },
      },
      { token: suite.token, timeoutMs: 60_000 },
    );
    suite.report.requests();
    const page = (
      answer.body?.data as
        { auditLog?: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: AuditRow[] } } | undefined
    )?.auditLog;
    if (!page) throw new Error(`auditLog answered ${answer.status}: ${answer.text.slice(0, 300)}`);
    for (const row of page.nodes) if (row.seq > sinceSeq) rows.push(row);
    const oldest = page.nodes.at(-1)?.seq ?? 0;
    if (!page.pageInfo.hasNextPage || oldest <= sinceSeq) break;
    after = page.pageInfo.endCursor;
  }
  return rows.sort((a, b) => a.seq - b.seq);
}

/**
 * No lost updates: `editors` editors (each its own token) read and rewrite the same few entities at
 * once, always passing the version they read. Every write must land or fail with CONFLICT; the
 * versions acknowledged for one entity are distinct and consecutive, its final version is 1 + the
 * writes that landed, and the audit log holds exactly one entry (right actor, right content) per landed write.
 */
export async function concurrencyCheck(suite: Suite, options: { editors: number; rounds: number }): Promise<void> {
  const { report } = suite;
  const ids = Array.from({ length: ENTITIES }, (_, k) => `activity:rel-conc-${suite.runId}-${k}`);
  const input = (id: string, summary: string) => ({
    id,
    kind: 'ACTIVITY',
    name: `Contested activity ${id.slice(-1)}`,
    summary,
    sources: [suite.sourceId],
  });
  const upsert = `mutation Edit($input: EntityInput!, $v: Int) { upsertEntity(input: $input, expectedVersion: $v) { id version summary } }`;

  for (const id of ids) {
    const created = await graphql(
      suite.main.url,
      { query: upsert, variables: { input: input(id, 'created'), v: 0 } },
      { token: suite.token },
    );
    report.requests();
    if ((created.body?.data as { upsertEntity?: { version: number } } | undefined)?.upsertEntity?.version !== 1) {
      throw new Error(`cannot create ${id}: ${created.text.slice(0, 300)}`);
    }
    suite.ledger.acknowledge('entity', id, 1);
  }
  const createdAudit = await graphql(
    suite.main.url,
    { query: `{ auditLog(first: ${ENTITIES}) { nodes { seq ids } } }` },
    { token: suite.token },
  );
  report.requests();
  const creationSeqs = (
    (createdAudit.body?.data as { auditLog?: { nodes: { seq: number; ids: string[] }[] } } | undefined)?.auditLog
      ?.nodes ?? []
  ).filter((n) => n.ids.some((i) => ids.includes(i)));
  const sinceSeq = Math.max(0, ...creationSeqs.map((n) => n.seq));
  report.check(
    'concurrency: each creation audited',
    creationSeqs.length === ENTITIES,
    `${creationSeqs.length} of ${ENTITIES}`,
  );

  const landed: Landed[] = [];
  let conflicts = 0;
  let ambiguous = 0;
  await Promise.all(
    suite.editors.slice(0, options.editors).map(async (editor, e) => {
      const rnd = random(4242 + e);
      for (let round = 0; round < options.rounds; round++) {
        const id = pick(rnd, ids);
        const read = await graphql(suite.main.url, {
          query: `query Read($id: ID!) { entity(id: $id) { version } }`,
          variables: { id },
        });
        report.requests();
        const version = (read.body?.data as { entity?: { version: number } } | undefined)?.entity?.version;
        if (version === undefined) {
          report.unexpected('concurrency read', judge(read).problem ?? read.text.slice(0, 200));
          continue;
        }
        const summary = `${editor.name} round ${round} on v${version}`;
        const write = await graphql(
          suite.main.url,
          { query: upsert, variables: { input: input(id, summary), v: version } },
          { token: editor.token },
        );
        report.requests();
        const verdict = judge(write, ['CONFLICT']);
        const written = (write.body?.data as { upsertEntity?: { version: number } } | undefined)?.upsertEntity;
        if (written) {
          landed.push({ id, editor: editor.name, summary, version: written.version, expected: version });
          suite.ledger.acknowledge('entity', id, written.version);
        } else if (verdict.ok && write.codes.every((c) => c === 'CONFLICT')) {
          conflicts++;
        } else {
          if (write.codes.includes('UNAVAILABLE')) ambiguous++;
          report.unexpected(
            'concurrency upsertEntity',
            verdict.problem ?? `HTTP ${write.status}: ${write.text.slice(0, 200)}`,
          );
        }
      }
    }),
  );

  const finals = await graphql(suite.main.url, {
    query: `{ ${ids.map((id, k) => `e${k}: entity(id: ${JSON.stringify(id)}) { version summary }`).join(' ')} }`,
  });
  report.requests();
  const finalOf = finals.body?.data as Record<string, { version: number; summary: string } | null> | undefined;
  const audit = await auditSince(suite, sinceSeq);
  const problems: string[] = [];
  ids.forEach((id, k) => {
    const mine = landed.filter((l) => l.id === id).sort((a, b) => a.version - b.version);
    const final = finalOf?.[`e${k}`];
    const entries = audit.filter((a) => a.ids.includes(id));
    if (!final) return void problems.push(`${id} is gone`);
    const versions = mine.map((l) => l.version);
    if (new Set(versions).size !== versions.length)
      problems.push(`${id}: two writers were told the same version (${versions.join(',')})`);
    const wrong = mine.filter((l) => l.version !== l.expected + 1);
    if (wrong.length > 0)
      problems.push(`${id}: a write read v${wrong[0]!.expected} but landed as v${wrong[0]!.version}`);
    if (ambiguous === 0 && final.version !== 1 + mine.length) {
      problems.push(`${id}: final version ${final.version}, but 1 + ${mine.length} writes landed`);
    }
    if (final.version !== 1 + entries.length)
      problems.push(
        `${id}: final version ${final.version}, but the audit log has ${entries.length} writes after its creation`,
      );
    if (ambiguous === 0 && entries.length !== mine.length)
      problems.push(`${id}: ${mine.length} writes landed, ${entries.length} audited`);
    for (const l of mine) {
      const entry = entries.find((a) => {
        try {
          const after = JSON.parse(a.after ?? 'null') as { summary?: string; version?: number } | null;
          return after?.summary === l.summary;
        } catch {
          return false;
        }
      });
      if (!entry) problems.push(`${id}: the write '${l.summary}' (v${l.version}) is not in the audit log`);
      else if (entry.actor !== l.editor || entry.operation !== 'upsertEntity') {
        problems.push(`${id}: '${l.summary}' audited as ${entry.operation} by ${entry.actor}`);
      }
    }
    const last = mine.at(-1);
    if (ambiguous === 0 && last && final.summary !== last.summary)
      problems.push(`${id}: holds '${final.summary}', the last landed write was '${last.summary}'`);
  });
  report.note(
    `concurrency: ${options.editors} editors x ${options.rounds} rounds on ${ENTITIES} entities: ${landed.length} landed, ${conflicts} CONFLICT, ${ambiguous} UNAVAILABLE (outcome unknown)`,
  );
  report.check(
    'concurrency: no lost update (final version = 1 + landed writes, versions distinct)',
    problems.length === 0,
    problems.slice(0, 5).join('; '),
  );
  report.check('concurrency: contention happened (some CONFLICT)', conflicts > 0, `${conflicts}`);
}
