-- The append-only audit log: every state change, chained by SHA-256 to the previous entry.
CREATE TABLE audit_entry (
    sequence_number BIGINT PRIMARY KEY,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor           VARCHAR(254) NOT NULL,
    action          VARCHAR(100) NOT NULL,
    subject         VARCHAR(500) NOT NULL,
    before_state    VARCHAR(4000),
    after_state     VARCHAR(4000),
    previous_hash   VARCHAR(64) NOT NULL,
    hash            VARCHAR(64) NOT NULL
);
-- Locked by every append so the chain has one head.
INSERT INTO platform_setting (setting_key, setting_value) VALUES ('audit.head', 'lock');
