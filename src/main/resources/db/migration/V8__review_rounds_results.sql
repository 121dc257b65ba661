-- Review rounds: holds recorded beside postponements, publication with an objection period,
-- the inputs only administrators enter (benchmark results, eligibility decisions, a decided
-- order for otherwise unbreakable ties) and the results as published.

-- A HOLD keeps the window and says the round waited for the previous review's results.
ALTER TABLE round_postponement ADD COLUMN kind VARCHAR(20) DEFAULT 'POSTPONEMENT' NOT NULL;
ALTER TABLE round_postponement ADD CONSTRAINT ck_round_postponement_kind CHECK (kind IN ('POSTPONEMENT', 'HOLD'));

ALTER TABLE review_round ADD COLUMN published_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE review_round ADD COLUMN objection_ends_at TIMESTAMP(6) WITH TIME ZONE;

-- Team ids in the order an administrator decided for teams tied on every criterion.
CREATE TABLE round_tie_order (
    round_id BIGINT NOT NULL REFERENCES review_round (id),
    position INTEGER NOT NULL,
    team_id  BIGINT NOT NULL REFERENCES team (id),
    PRIMARY KEY (round_id, position)
);

-- One row per team and benchmark part: the achievement rate entered and the points it gives.
CREATE TABLE benchmark_result (
    round_id         BIGINT NOT NULL REFERENCES review_round (id),
    team_id          BIGINT NOT NULL REFERENCES team (id),
    part_position    INTEGER NOT NULL,
    label_ko         VARCHAR(200) NOT NULL,
    label_en         VARCHAR(200) NOT NULL,
    max_points       DECIMAL(6, 2) NOT NULL CHECK (max_points >= 0),
    achievement_rate DECIMAL(7, 2) NOT NULL CHECK (achievement_rate >= 0),
    points           DECIMAL(6, 2) NOT NULL CHECK (points >= 0),
    entered_by       VARCHAR(254) NOT NULL,
    entered_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (round_id, team_id, part_position)
);

CREATE TABLE eligibility_decision (
    round_id   BIGINT NOT NULL REFERENCES review_round (id),
    team_id    BIGINT NOT NULL REFERENCES team (id),
    eligible   BOOLEAN NOT NULL,
    rationale  VARCHAR(2000) NOT NULL,
    decided_by VARCHAR(254) NOT NULL,
    decided_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (round_id, team_id)
);

-- The result as published: kept as it was announced, whatever later changes to teams or sheets.
CREATE TABLE published_result (
    round_id        BIGINT NOT NULL REFERENCES review_round (id),
    team_id         BIGINT NOT NULL REFERENCES team (id),
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
    PRIMARY KEY (round_id, team_id),
    CONSTRAINT ck_published_result_outcome CHECK (outcome IN ('ADVANCES', 'ELIMINATED', 'DISQUALIFIED', 'FINALIST'))
);
