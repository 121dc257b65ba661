-- What a published result's announcement named (issue 13): FULL, or FIRST_AND_LAST_RANK as the ministry
-- did for review 1, the other ranks and figures then released at the end of the objection period. Rounds
-- published before this choice existed disclosed everything.
ALTER TABLE review_round ADD COLUMN disclosure VARCHAR(30) DEFAULT 'FULL' NOT NULL;
ALTER TABLE review_round ADD CONSTRAINT ck_review_round_disclosure CHECK (disclosure IN ('FULL', 'FIRST_AND_LAST_RANK'));
