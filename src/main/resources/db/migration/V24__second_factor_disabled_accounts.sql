-- Second factor for those who decide (issue 22, item 6). One row per account that started enrolling a
-- time-based one-time password (RFC 6238); enrolled_at stays null until the person entered a valid code.
-- sealed_secret is the shared secret sealed with AES-GCM under the operator's key (PLATFORM_SECOND_FACTOR_KEY),
-- never the plain secret when a key is configured; last_accepted_step makes every code usable once.
CREATE TABLE second_factor (
    account_id         BIGINT NOT NULL PRIMARY KEY,
    sealed_secret      VARCHAR(200) NOT NULL,
    started_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    enrolled_at        TIMESTAMP(6) WITH TIME ZONE,
    last_accepted_step BIGINT,
    version            BIGINT NOT NULL,
    CONSTRAINT fk_second_factor_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Recovery codes, shown once after enrolment: only their SHA-256 is kept (each has about 78 random bits, so a
-- fast hash cannot be reversed by guessing); a used code's row is deleted.
CREATE TABLE second_factor_recovery_code (
    account_id BIGINT NOT NULL,
    code_hash  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_second_factor_recovery_code PRIMARY KEY (account_id, code_hash),
    CONSTRAINT fk_recovery_code_second_factor FOREIGN KEY (account_id) REFERENCES second_factor (account_id)
);

-- A disabled account cannot sign in; the reason is kept with it (and in the audit log).
ALTER TABLE account ADD COLUMN disabled_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE account ADD COLUMN disabled_reason VARCHAR(500);
-- Raised by every password change and every disabling: a session signed in under an older number has ended.
ALTER TABLE account ADD COLUMN credentials_generation INTEGER DEFAULT 0 NOT NULL;
