-- Reviewers' password set-up links become one-time links with a purpose, so citizens' e-mail
-- confirmation links use the same single-use, hashed, expiring mechanism.
ALTER TABLE password_setup_link RENAME TO one_time_link;
ALTER TABLE one_time_link ADD COLUMN purpose VARCHAR(20) DEFAULT 'SET_PASSWORD' NOT NULL;
ALTER TABLE one_time_link ADD CONSTRAINT ck_one_time_link_purpose CHECK (purpose IN ('SET_PASSWORD', 'CONFIRM_EMAIL'));

-- When the person proved they read mail at their address. Accounts created before confirmation
-- existed keep their right to vote: their sign-up counts as confirmed.
ALTER TABLE account ADD COLUMN email_confirmed_at TIMESTAMP(6) WITH TIME ZONE;
UPDATE account SET email_confirmed_at = created_at;
