// 001-constraints: uniqueness of every id the store looks up (applied in order by schema.ts)
// params: none
// returns: nothing; each statement is idempotent (IF NOT EXISTS), separated by ';'
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT audit_entry_seq IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.seq IS UNIQUE;
CREATE CONSTRAINT audit_counter_id IF NOT EXISTS FOR (c:AuditCounter) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;
// Relationship ids are unique per type (a relationship index needs a type); a lookup by id
// matches [r:A|B|...], which the planner turns into a union of unique index seeks.
CREATE CONSTRAINT rel_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_partner_in_id IF NOT EXISTS FOR ()-[r:PARTNER_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_invited_to_id IF NOT EXISTS FOR ()-[r:INVITED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_hosts_id IF NOT EXISTS FOR ()-[r:HOSTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_leads_id IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_contributes_to_id IF NOT EXISTS FOR ()-[r:CONTRIBUTES_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_participates_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_uses_id IF NOT EXISTS FOR ()-[r:USES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_addresses_id IF NOT EXISTS FOR ()-[r:ADDRESSES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_focuses_on_id IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_succeeds_id IF NOT EXISTS FOR ()-[r:SUCCEEDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_attends_id IF NOT EXISTS FOR ()-[r:ATTENDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_decided_at_id IF NOT EXISTS FOR ()-[r:DECIDED_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_sponsors_id IF NOT EXISTS FOR ()-[r:SPONSORS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_commands_id IF NOT EXISTS FOR ()-[r:COMMANDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.id IS UNIQUE;
