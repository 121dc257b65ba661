-- Issue 26: a tally costs the same at 1,000 and at 1,000,000 ballots. Each rating round keeps the sum and the
-- number of its ratings per team and public criterion, in 16 stripes like round_turnout (a ballot adds its
-- ratings to one stripe, in its own transaction; a change moves them), so the public component is the sum of
-- teams x criteria x 16 rows, never a scan of the ballots.
CREATE TABLE round_rating_total (
    round_id     BIGINT NOT NULL REFERENCES review_round (id),
    team_id      BIGINT NOT NULL REFERENCES team (id),
    criterion_id BIGINT NOT NULL REFERENCES public_criterion (id),
    stripe       INTEGER NOT NULL,
    rating_sum   BIGINT NOT NULL,
    ratings      BIGINT NOT NULL,
    PRIMARY KEY (round_id, team_id, criterion_id, stripe)
);
-- Every round that opened (its roster recorded) gets its rows, and so does any team and criterion that already
-- has a rating; the ballots already cast are summed into stripe 0.
INSERT INTO round_rating_total (round_id, team_id, criterion_id, stripe, rating_sum, ratings)
SELECT k.round_id, k.team_id, k.criterion_id, s.n, 0, 0
FROM (SELECT rt.round_id, rt.team_id, c.id AS criterion_id
      FROM round_team rt JOIN public_criterion c ON c.round_id = rt.round_id
      UNION
      SELECT b.round_id, r.team_id, r.criterion_id
      FROM ballot b JOIN ballot_rating r ON r.ballot_id = b.id) k
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) AS s (n);
UPDATE round_rating_total t
SET rating_sum = (SELECT COALESCE(SUM(r.rating), 0) FROM ballot b JOIN ballot_rating r ON r.ballot_id = b.id
                  WHERE b.round_id = t.round_id AND r.team_id = t.team_id AND r.criterion_id = t.criterion_id),
    ratings = (SELECT COUNT(*) FROM ballot b JOIN ballot_rating r ON r.ballot_id = b.id
               WHERE b.round_id = t.round_id AND r.team_id = t.team_id AND r.criterion_id = t.criterion_id)
WHERE t.stripe = 0;

-- A round's battles in issue order without a sort: the analysis at the close and votes.csv stream them by id.
CREATE INDEX ix_arena_battle_round_id ON arena_battle (round_id, id);
