-- Second factor of staff accounts (moderators, administrators): a TOTP secret, first saved
-- when enrolment starts and confirmed by a first code, and ten single-use recovery codes of
-- which only the SHA-256 (hex) is kept. Deleting the row (an administrator's reset) forces
-- a new enrolment at the next login.
CREATE TABLE account_second_factor (
    account_id     bigint      PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    secret         text        NOT NULL,
    enrolled_at    timestamptz,
    -- The last 30-second step whose code was accepted: a code is never accepted twice.
    last_used_step bigint,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 0
);

CREATE TABLE account_recovery_code (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash  text        NOT NULL CHECK (char_length(code_hash) = 64),
    used_at    timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (account_id, code_hash)
);

-- Wrong second-factor codes are throttled like wrong passwords, but counted apart so that
-- a correct password does not wipe out the failed codes that followed it.
ALTER TABLE login_attempt ADD COLUMN factor text NOT NULL DEFAULT 'PASSWORD'
    CHECK (factor IN ('PASSWORD', 'CODE'));

DROP INDEX login_attempt_email;
CREATE INDEX login_attempt_email ON login_attempt (email, factor, at);
