-- The idea box: ideas, actions and resource proposals sent by anyone, and their handling
-- by staff. The optional e-mail address is the only personal data: it is erased one year
-- after the contribution is closed (done or dismissed), see IdeaRetention.
CREATE TABLE feedback_idea (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             text          NOT NULL CHECK (kind IN ('IDEA', 'ACTION', 'RESOURCE')),
    subject          varchar(120)  NOT NULL,
    message          varchar(2000) NOT NULL,
    email            varchar(254),
    locale           text          NOT NULL DEFAULT 'fr',
    message_flags    text[]        NOT NULL DEFAULT '{}',
    status           text          NOT NULL DEFAULT 'NEW'
        CHECK (status IN ('NEW', 'IN_PROGRESS', 'DONE', 'DISMISSED')),
    retained         boolean       NOT NULL DEFAULT false,
    closed_at        timestamptz,
    answered_at      timestamptz,
    answered_by      text,
    email_erased_at  timestamptz,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    version          bigint        NOT NULL DEFAULT 0,
    CHECK ((closed_at IS NOT NULL) = (status IN ('DONE', 'DISMISSED')))
);

CREATE INDEX feedback_idea_status ON feedback_idea (status, created_at DESC);
CREATE INDEX feedback_idea_created ON feedback_idea (created_at DESC);
CREATE INDEX feedback_idea_email_due ON feedback_idea (closed_at) WHERE email IS NOT NULL;
