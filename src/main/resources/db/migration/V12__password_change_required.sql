-- A password the platform generated (the first administrator's, printed once in the log) must be
-- replaced at the first sign-in. Existing accounts chose their own or were configured: false.
ALTER TABLE account ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
