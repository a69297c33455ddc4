-- Transactional outbox: a mail is written, already rendered, with the change that causes
-- it and delivered later by the sender job (SELECT ... FOR UPDATE SKIP LOCKED, safe on
-- several nodes). Sent mails are purged after the retention period.
CREATE TABLE mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient       text        NOT NULL,
    subject         text        NOT NULL,
    body_text       text        NOT NULL,
    body_html       text        NOT NULL,
    template        text        NOT NULL,
    locale          text        NOT NULL DEFAULT 'fr',
    status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint      NOT NULL DEFAULT 0,
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);

CREATE INDEX mail_outbox_pending ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_outbox_sent ON mail_outbox (sent_at) WHERE status = 'SENT';
CREATE INDEX mail_outbox_recipient ON mail_outbox (lower(recipient));
CREATE INDEX mail_outbox_created ON mail_outbox (created_at DESC, id DESC);
