-- Administrators sign in with an email of up to 254 characters.
ALTER TABLE score_sheet_reopening ALTER COLUMN reopened_by SET DATA TYPE VARCHAR(254);
