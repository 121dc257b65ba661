-- Immutable result versions (issue 21): every published version is a snapshot. Its lines were kept
-- already; its per-benchmark figures are kept now too, with the SHA-256 of its inputs' canonical form
-- and the audit chain's head at publication, so anyone can check later that the chain holds what was
-- published. Versions published before stay without (their figures are computed as before).
ALTER TABLE result_version ADD COLUMN inputs_digest CHAR(64);
ALTER TABLE result_version ADD COLUMN audit_head_sequence BIGINT;
ALTER TABLE result_version ADD COLUMN audit_head_hash CHAR(64);
ALTER TABLE result_version ADD CONSTRAINT ck_result_version_snapshot
    CHECK ((inputs_digest IS NULL AND audit_head_sequence IS NULL AND audit_head_hash IS NULL)
        OR (inputs_digest IS NOT NULL AND audit_head_sequence IS NOT NULL AND audit_head_hash IS NOT NULL));

CREATE TABLE published_benchmark (
    round_id        BIGINT NOT NULL,
    result_version  INTEGER NOT NULL,
    team_id         BIGINT NOT NULL REFERENCES team (id),
    line_position   INTEGER NOT NULL,
    part_index      INTEGER NOT NULL,
    slot_position   INTEGER NOT NULL,
    part_ko         VARCHAR(200) NOT NULL,
    part_en         VARCHAR(200),
    benchmark       VARCHAR(200),
    target_model    VARCHAR(200),
    target          DECIMAL(8, 4),
    measured        DECIMAL(8, 4),
    achievement     DECIMAL(20, 2),
    points          DECIMAL(8, 2),
    PRIMARY KEY (round_id, result_version, team_id, line_position),
    CONSTRAINT fk_published_benchmark_version FOREIGN KEY (round_id, result_version)
        REFERENCES result_version (round_id, result_version)
);

-- A team's waiver of its right to object to a published result: who waived for it, when, in what form.
-- The objection period ends early once every eliminated or disqualified team has waived.
CREATE TABLE objection_waiver (
    round_id        BIGINT NOT NULL REFERENCES review_round (id),
    team_id         BIGINT NOT NULL REFERENCES team (id),
    waived_by       VARCHAR(200) NOT NULL,
    waived_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    waiver_form     VARCHAR(20) NOT NULL,
    recorded_by     VARCHAR(320) NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (round_id, team_id),
    CONSTRAINT ck_objection_waiver_form CHECK (waiver_form IN ('WRITTEN', 'OFFICIAL_LETTER', 'EMAIL'))
);
