-- Spring Modulith's JPA event publication registry (spring-modulith-events-jpa 2.0.3, entity
-- DefaultJpaEventPublication): one row per event and transactional listener, written in the
-- publisher's transaction and completed once the listener succeeded, so a decision is never
-- lost between the moderation commit and the content module applying it.
CREATE TABLE event_publication (
    id                     uuid        NOT NULL PRIMARY KEY,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer     NOT NULL DEFAULT 0,
    last_resubmission_date timestamptz
);

CREATE INDEX event_publication_serialized_event_hash ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);

-- One row per piece of content submitted by a content module (type + id): a re-submission
-- after an edit replaces the pending version. approved_version is the last version a
-- moderator approved, the base of the differences shown on the review page.
CREATE TABLE moderation_item (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    content_type      text        NOT NULL CHECK (content_type ~ '^[a-z][a-z0-9-]{0,39}$'),
    content_id        text        NOT NULL CHECK (char_length(content_id) BETWEEN 1 AND 100),
    title             text        NOT NULL,
    author_id         bigint      NOT NULL,
    public_url        text,
    excerpt           text,
    submitted_version text        NOT NULL DEFAULT '',
    approved_version  text,
    status            text        NOT NULL
        CHECK (status IN ('PENDING', 'PUBLISHED', 'CHANGES_REQUESTED', 'REJECTED', 'UNPUBLISHED')),
    needs_review      boolean     NOT NULL DEFAULT false,
    submitted_at      timestamptz NOT NULL DEFAULT now(),
    decided_at        timestamptz,
    decided_by        bigint,
    decision_reason   text,
    decision_comment  text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    UNIQUE (content_type, content_id)
);

CREATE INDEX moderation_item_pending ON moderation_item (submitted_at) WHERE status = 'PENDING';
CREATE INDEX moderation_item_to_review ON moderation_item (submitted_at) WHERE needs_review;
CREATE INDEX moderation_item_author ON moderation_item (author_id);

-- Visitor reports (signalements) on content known to the queue. The reporter's e-mail is
-- optional and only used to tell them what staff decided.
CREATE TABLE moderation_report (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id         bigint      NOT NULL REFERENCES moderation_item (id) ON DELETE CASCADE,
    reason          text        NOT NULL,
    message         text        CHECK (char_length(message) <= 1000),
    reporter_email  text        CHECK (char_length(reporter_email) <= 254),
    reporter_locale text        NOT NULL DEFAULT 'fr',
    status          text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DISMISSED', 'ACTIONED')),
    handled_at      timestamptz,
    handled_by      bigint,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint      NOT NULL DEFAULT 0
);

CREATE INDEX moderation_report_open ON moderation_report (item_id, created_at) WHERE status = 'OPEN';
