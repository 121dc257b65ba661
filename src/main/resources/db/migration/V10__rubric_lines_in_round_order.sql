-- A round keeps both panels' rubric lines as one ordered list (the expert panel first), so the
-- round maps its rules itself: positions were numbered per panel, now they run across the round.
-- Moved out of the way first, so no two rows ever share a position on the way.
UPDATE rubric_criterion SET position = position + 100000 WHERE panel = 'USER_PANEL';
UPDATE rubric_criterion
SET position = position - 100000
    + (SELECT COUNT(*) FROM rubric_criterion e WHERE e.round_id = rubric_criterion.round_id AND e.panel = 'EXPERT')
WHERE panel = 'USER_PANEL';
