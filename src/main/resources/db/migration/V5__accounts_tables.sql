-- Accounts. E-mail addresses are stored lower-cased and compared as citext; they are unique
-- among accounts that are not deleted (a deleted account keeps its row, anonymised, so that
-- other modules' references by id stay valid).
CREATE TABLE account (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    display_name      text        NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 80),
    email             citext      NOT NULL,
    password_hash     text,
    status            text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED', 'DELETED')),
    email_verified_at timestamptz,
    locale            text        NOT NULL DEFAULT 'fr',
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    last_login_at     timestamptz,
    deleted_at        timestamptz
);

CREATE UNIQUE INDEX account_email_unique ON account (email) WHERE status <> 'DELETED';

CREATE TABLE account_role (
    account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       text   NOT NULL CHECK (role IN ('FACILITATOR', 'MODERATOR', 'ADMIN')),
    PRIMARY KEY (account_id, role)
);

CREATE INDEX account_role_role ON account_role (role);

-- Single-use links sent by mail. Only the SHA-256 of the token (hex) is kept, so a copy of
-- the database does not let anyone follow a pending link.
CREATE TABLE account_token (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash text        NOT NULL UNIQUE CHECK (char_length(token_hash) = 64),
    purpose    text        NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
    new_email  citext,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((purpose = 'CHANGE_EMAIL') = (new_email IS NOT NULL))
);

CREATE INDEX account_token_account ON account_token (account_id, purpose);

-- Login attempts, shared by every node so that throttling holds behind a load balancer.
-- Rows are purged by a scheduled job once they no longer matter.
CREATE TABLE login_attempt (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email   citext      NOT NULL,
    ip      text        NOT NULL,
    at      timestamptz NOT NULL DEFAULT now(),
    success boolean     NOT NULL
);

CREATE INDEX login_attempt_email ON login_attempt (email, at);
CREATE INDEX login_attempt_ip ON login_attempt (ip, at);
CREATE INDEX login_attempt_at ON login_attempt (at);
