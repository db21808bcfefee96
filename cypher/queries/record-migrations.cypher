// recordMigrations: records migrations as applied (after running them, or at once on an empty database, which is created at the latest version)
// params: $ids: [String] (migration ids), $at: String (ISO time)
// returns: count: Integer
UNWIND $ids AS id
MERGE (m:Migration {id: id})
  ON CREATE SET m.appliedAt = $at
RETURN count(m) AS count
