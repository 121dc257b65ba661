-- The audit chain's order, guarded by the database itself (issue 12): positions start at 1, and no two
-- entries follow the same predecessor (every previous_hash is unique), so the chain can never fork, on
-- H2 as on PostgreSQL. Existing chains already satisfy both.
ALTER TABLE audit_entry ADD CONSTRAINT ck_audit_entry_sequence CHECK (sequence_number >= 1);
ALTER TABLE audit_entry ADD CONSTRAINT uk_audit_entry_previous_hash UNIQUE (previous_hash);
