-- Each round keeps its own history (issue 13): the teams on its ballot are recorded when it opens, and
-- its ballots, progress, bulletin, results and timeline read that record, never today's team statuses.
CREATE TABLE round_team (
    round_id BIGINT NOT NULL REFERENCES review_round (id),
    position INTEGER NOT NULL,
    team_id  BIGINT NOT NULL REFERENCES team (id),
    PRIMARY KEY (round_id, position),
    CONSTRAINT uk_round_team UNIQUE (round_id, team_id)
);
-- Rounds already published: the teams of their published result.
INSERT INTO round_team (round_id, position, team_id)
SELECT round_id, ROW_NUMBER() OVER (PARTITION BY round_id ORDER BY team_id) - 1, team_id FROM published_result;
-- Rounds open or closed now: the teams that compete in them today (their statuses have not moved since).
INSERT INTO round_team (round_id, position, team_id)
SELECT r.id, ROW_NUMBER() OVER (PARTITION BY r.id ORDER BY t.joined_round_number, t.id) - 1, t.id
FROM review_round r JOIN team t ON t.joined_round_number <= r.round_number
WHERE r.status IN ('OPEN', 'CLOSED') AND t.status IN ('ACTIVE', 'FINALIST');

-- Rounds can be cancelled (the finalists were chosen before them, or an administrator decided so, with
-- a reason): a status of their own, and the reason on record beside the round's other delays.
ALTER TABLE review_round DROP CONSTRAINT ck_review_round_status;
ALTER TABLE review_round ADD CONSTRAINT ck_review_round_status
    CHECK (status IN ('SCHEDULED', 'OPEN', 'CLOSED', 'PUBLISHED', 'CANCELLED'));
ALTER TABLE round_postponement DROP CONSTRAINT ck_round_postponement_kind;
ALTER TABLE round_postponement ADD CONSTRAINT ck_round_postponement_kind
    CHECK (kind IN ('POSTPONEMENT', 'HOLD', 'MISSED', 'LATE_OPENING', 'CANCELLATION'));
