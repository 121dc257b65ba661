-- Corrections after an upheld objection (issue 13): a published result may be republished, and every
-- version stays as it was announced. The round knows its latest version and whether a correction is open.
ALTER TABLE review_round ADD COLUMN result_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE review_round ADD COLUMN correction_open BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE review_round SET result_version = 1 WHERE status = 'PUBLISHED';

-- Published lines gain their version (part of the key): a new table, the lines copied in as version 1.
CREATE TABLE published_result_line (
    round_id        BIGINT NOT NULL REFERENCES review_round (id),
    team_id         BIGINT NOT NULL REFERENCES team (id),
    result_version  INTEGER NOT NULL,
    team_name_ko    VARCHAR(100) NOT NULL,
    team_name_en    VARCHAR(100) NOT NULL,
    benchmark       DECIMAL(6, 2) NOT NULL,
    expert          DECIMAL(6, 2) NOT NULL,
    expert_rule     VARCHAR(20) NOT NULL,
    user_panel      DECIMAL(6, 2) NOT NULL,
    user_panel_rule VARCHAR(20) NOT NULL,
    public_points   DECIMAL(6, 2) NOT NULL,
    total           DECIMAL(6, 2) NOT NULL,
    team_rank       INTEGER,
    outcome         VARCHAR(20) NOT NULL,
    rationale       VARCHAR(2000),
    robust          BOOLEAN NOT NULL,
    PRIMARY KEY (round_id, result_version, team_id),
    CONSTRAINT ck_published_result_line_version CHECK (result_version >= 1)
);
INSERT INTO published_result_line (round_id, team_id, result_version, team_name_ko, team_name_en, benchmark, expert,
        expert_rule, user_panel, user_panel_rule, public_points, total, team_rank, outcome, rationale, robust)
SELECT round_id, team_id, 1, team_name_ko, team_name_en, benchmark, expert, expert_rule, user_panel, user_panel_rule,
       public_points, total, team_rank, outcome, rationale, robust FROM published_result;
DROP TABLE published_result;
ALTER TABLE published_result_line RENAME TO published_result;
ALTER TABLE published_result ADD CONSTRAINT ck_published_result_outcome
    CHECK (outcome IN ('ADVANCES', 'ELIMINATED', 'DISQUALIFIED', 'FINALIST'));

-- Each version: when it was published and, for a republication, why (what was corrected).
CREATE TABLE result_version (
    round_id       BIGINT NOT NULL REFERENCES review_round (id),
    result_version INTEGER NOT NULL,
    published_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reason         VARCHAR(2000),
    PRIMARY KEY (round_id, result_version),
    CONSTRAINT ck_result_version_reason CHECK (result_version = 1 OR reason IS NOT NULL)
);
INSERT INTO result_version (round_id, result_version, published_at, reason)
SELECT id, 1, published_at, NULL FROM review_round WHERE status = 'PUBLISHED';

-- An upheld objection records the version that carried its correction.
ALTER TABLE objection ADD COLUMN corrected_in_version INTEGER;
