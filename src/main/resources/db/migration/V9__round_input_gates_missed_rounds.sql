-- Closing a round is a clean cut (issue 9). Every ballot, score sheet and conflict declaration takes one of
-- its round's gates (a row lock) before it reads whether the round still accepts it; closing takes all of
-- them. So an input either commits before the close commits, or waits and sees the round closed. Inputs
-- pick a gate at random, so they rarely wait for one another (H2 has no shared row locks).
CREATE TABLE round_input_gate (
    round_id BIGINT NOT NULL REFERENCES review_round (id),
    gate     INTEGER NOT NULL,
    PRIMARY KEY (round_id, gate)
);
INSERT INTO round_input_gate (round_id, gate)
SELECT r.id, g.n
FROM review_round r
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) AS g (n);

-- A round whose whole window passed while the platform was down waits for a new window (MISSED); one that
-- opened well after its window began records the shortened window (LATE_OPENING).
ALTER TABLE round_postponement DROP CONSTRAINT ck_round_postponement_kind;
ALTER TABLE round_postponement ADD CONSTRAINT ck_round_postponement_kind
    CHECK (kind IN ('POSTPONEMENT', 'HOLD', 'MISSED', 'LATE_OPENING'));
