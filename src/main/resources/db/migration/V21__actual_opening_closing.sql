-- When a review actually opened and closed (issue 21): "open now" and "close now" move them away from the
-- window, which stays as planned. Rounds from before keep their window's instants as the best record there is
-- (a late opening already shortened the window to its actual start).
ALTER TABLE review_round ADD COLUMN opened_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE review_round ADD COLUMN closed_at TIMESTAMP(6) WITH TIME ZONE;
UPDATE review_round SET opened_at = opens_at WHERE status IN ('OPEN', 'CLOSED', 'PUBLISHED');
UPDATE review_round SET closed_at = closes_at WHERE status IN ('CLOSED', 'PUBLISHED');
