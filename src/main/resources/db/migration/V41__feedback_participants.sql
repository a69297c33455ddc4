-- Anonymous participant feedback. Each café gets one unguessable link token, created
-- when a facilitator first opens the feedback page; answers hold no personal data.
CREATE TABLE feedback_participant_link (
    event_id   bigint      PRIMARY KEY,
    token      text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per answer. The café's date, département and région are copied at answer time
-- so the annual report aggregates by café, month and territory without reading the
-- events module's tables. The comment is free text: it stays out of every public output
-- until staff curate it (comment_status), and comment_flags lists what the personal data
-- detector found in it (EMAIL, PHONE).
CREATE TABLE feedback_participant_answer (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id         bigint      NOT NULL REFERENCES feedback_participant_link (event_id),
    event_date       date        NOT NULL,
    departement_code text,
    region_code      text,
    satisfaction     smallint    NOT NULL CHECK (satisfaction BETWEEN 1 AND 5),
    learned          boolean     NOT NULL,
    themes           text[]      NOT NULL DEFAULT '{}',
    comment          varchar(500),
    comment_status   text        NOT NULL DEFAULT 'NONE'
        CHECK (comment_status IN ('NONE', 'PENDING', 'APPROVED', 'REJECTED')),
    comment_flags    text[]      NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 0,
    CHECK ((comment IS NULL) = (comment_status = 'NONE'))
);

CREATE INDEX feedback_participant_answer_event ON feedback_participant_answer (event_id);
CREATE INDEX feedback_participant_answer_date ON feedback_participant_answer (event_date);
CREATE INDEX feedback_participant_answer_pending ON feedback_participant_answer (created_at)
    WHERE comment_status = 'PENDING';
