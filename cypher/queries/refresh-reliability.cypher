// refreshReliability: recomputes the stored best-source reliability of every relationship citing one of $ids (after an import or seed changed those sources' reliability)
// params: $ids: [String] (source ids)
// returns: count: Integer (relationships refreshed)
MATCH ()-[r]->()
  WHERE any(id IN r.sources WHERE id IN $ids)
CALL (r) {
  UNWIND r.sources AS sourceId
  OPTIONAL MATCH (s:Source {id: sourceId})
  RETURN min(s.reliability) AS best
}
SET r.reliability = coalesce(best, 'F')
RETURN count(r) AS count
