// 001-model-v2: brings a database written by the v1 model (confidence high/medium/low, free-text source reliability, years only) to model v2 (issue 10), applied by npm run db:migrate (server/store/neo4j/migrations.ts)
// params: none
// returns: nothing used; the statements run in order, each auto-committed in batches, each idempotent (re-running the file after a crash changes nothing already done), separated by ';'
// Sources: a reliability that is not an Admiralty grade (v1's free text, or none) becomes F, "cannot
// be judged"; npm run db:seed of the v2 data/ then brings the real grades (and refreshes the
// relationships citing them).
MATCH (s:Source)
  WHERE s.reliability IS NULL OR NOT s.reliability IN ['A', 'B', 'C', 'D', 'E', 'F']
CALL (s) {
  SET s.reliability = 'F'
} IN TRANSACTIONS OF 10000 ROWS;
// Entities: the first and last day of their period (domain/valid-at.ts startDay/endDay), which the
// at-day rule compares; v1 knew years only, but exact dates are honoured if present.
MATCH (n:Entity)
CALL (n) {
  SET n.startDay = CASE
        WHEN n.sinceDate IS NOT NULL AND size(n.sinceDate) = 7 THEN n.sinceDate + '-01'
        WHEN n.sinceDate IS NOT NULL THEN n.sinceDate
        WHEN n.since IS NOT NULL THEN right('000' + toString(n.since), 4) + '-01-01'
      END,
      n.endDay = CASE
        WHEN n.untilDate IS NOT NULL AND size(n.untilDate) = 7
          THEN toString(date(n.untilDate + '-01') + duration({months: 1}) - duration({days: 1}))
        WHEN n.untilDate IS NOT NULL THEN n.untilDate
        WHEN n.until IS NOT NULL THEN right('000' + toString(n.until), 4) + '-12-31'
      END
} IN TRANSACTIONS OF 10000 ROWS;
// Relationships: confidence becomes credibility (high 2 "probably true", medium 3 "possibly true",
// low 4 "doubtful"; docs/store-semantics.md), and v1 had no suspensions or alternatives.
MATCH (:Entity)-[r]->(:Entity)
  WHERE r.confidence IS NOT NULL OR r.credibility IS NULL
CALL (r) {
  SET r.credibility = CASE r.confidence WHEN 'high' THEN 2 WHEN 'medium' THEN 3 WHEN 'low' THEN 4 ELSE 6 END,
      r.suspensions = coalesce(r.suspensions, '[]'),
      r.alternatives = coalesce(r.alternatives, '[]'),
      r.suspensionStarts = coalesce(r.suspensionStarts, []),
      r.suspensionEnds = coalesce(r.suspensionEnds, []),
      r.openSuspension = coalesce(r.openSuspension, false),
      r.claimSources = coalesce(r.claimSources, [])
  REMOVE r.confidence
} IN TRANSACTIONS OF 10000 ROWS;
// Relationships: their period's days, as for entities, and their best cited source's reliability.
MATCH (:Entity)-[r]->(:Entity)
CALL (r) {
  SET r.startDay = CASE
        WHEN r.sinceDate IS NOT NULL AND size(r.sinceDate) = 7 THEN r.sinceDate + '-01'
        WHEN r.sinceDate IS NOT NULL THEN r.sinceDate
        WHEN r.since IS NOT NULL THEN right('000' + toString(r.since), 4) + '-01-01'
      END,
      r.endDay = CASE
        WHEN r.untilDate IS NOT NULL AND size(r.untilDate) = 7
          THEN toString(date(r.untilDate + '-01') + duration({months: 1}) - duration({days: 1}))
        WHEN r.untilDate IS NOT NULL THEN r.untilDate
        WHEN r.until IS NOT NULL THEN right('000' + toString(r.until), 4) + '-12-31'
      END,
      r.reliability = COLLECT {
        UNWIND coalesce(r.sources, []) AS sourceId
        MATCH (s:Source {id: sourceId})
        RETURN s.reliability AS grade
        ORDER BY grade
        LIMIT 1
      }[0]
  SET r.reliability = coalesce(r.reliability, 'F')
} IN TRANSACTIONS OF 10000 ROWS
