-- Facilitators' reports after a café (module feedback, sub-feature report). One report per
-- café held on the portal (event_id), or a catch-up report for a café held off the portal
-- (event_id NULL). What the café was (date, place, format, audiences) is copied into the
-- report when it is saved, so that the figures of the annual report are plain aggregates
-- over this table, grouped by région, département, month, format or audience, without a
-- join to another module's tables.
CREATE TABLE feedback_report (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id          bigint      UNIQUE,
    author_id         bigint      NOT NULL,
    title             text        CHECK (char_length(title) <= 120),
    held_on           date        NOT NULL,
    event_format      text        NOT NULL CHECK (event_format IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
    insee_code        text,
    commune_name      text,
    departement_code  text,
    region_code       text,
    audiences         text[]      NOT NULL DEFAULT '{}',
    participants      integer     NOT NULL CHECK (participants BETWEEN 0 AND 100000),
    first_timers      integer     NOT NULL CHECK (first_timers >= 0 AND first_timers <= participants),
    age_under_18      integer     CHECK (age_under_18 >= 0),
    age_18_25         integer     CHECK (age_18_25 >= 0),
    age_26_40         integer     CHECK (age_26_40 >= 0),
    age_41_60         integer     CHECK (age_41_60 >= 0),
    age_61_75         integer     CHECK (age_61_75 >= 0),
    age_over_75       integer     CHECK (age_over_75 >= 0),
    duration_minutes  integer     NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    format_code       text,
    themes            text[]      NOT NULL DEFAULT '{}',
    resources_used    text        CHECK (char_length(resources_used) <= 2000),
    would_run_again   text        NOT NULL CHECK (would_run_again IN ('YES', 'NO', 'MAYBE')),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    CHECK (coalesce(age_under_18, 0) + coalesce(age_18_25, 0) + coalesce(age_26_40, 0) + coalesce(age_41_60, 0)
        + coalesce(age_61_75, 0) + coalesce(age_over_75, 0) <= participants)
);

COMMENT ON TABLE feedback_report IS 'a facilitator''s report on one café; event_id NULL for a café held off the portal';

CREATE INDEX feedback_report_held_on ON feedback_report (held_on);
CREATE INDEX feedback_report_author ON feedback_report (author_id);
CREATE INDEX feedback_report_region ON feedback_report (region_code, departement_code);

-- Every free text of a report is an item of its own: questions, concerns and proposals
-- (short, each with a theme), and the highlights, difficulties and comment. Items reach a
-- public output only once staff have retained them (curation = 'RETAINED'); text is what
-- staff may have edited to anonymise it, original_text what the facilitator wrote (their
-- form shows it, and it matches the item again when they save the report once more).
-- flags name the personal data detected in text: EMAIL, PHONE, NAME.
CREATE TABLE feedback_report_item (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id     bigint      NOT NULL REFERENCES feedback_report (id) ON DELETE CASCADE,
    kind          text        NOT NULL
        CHECK (kind IN ('QUESTION', 'CONCERN', 'PROPOSAL', 'HIGHLIGHT', 'DIFFICULTY', 'COMMENT')),
    position      integer     NOT NULL CHECK (position >= 0),
    theme_code    text,
    original_text text        NOT NULL CHECK (char_length(original_text) BETWEEN 1 AND 2000),
    text          text        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
    flags         text[]      NOT NULL DEFAULT '{}',
    curation      text        NOT NULL DEFAULT 'PENDING' CHECK (curation IN ('PENDING', 'RETAINED', 'DISMISSED')),
    curated_by    bigint,
    curated_at    timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0,
    CHECK (kind NOT IN ('QUESTION', 'CONCERN', 'PROPOSAL')
        OR (char_length(text) <= 280 AND char_length(original_text) <= 280))
);

CREATE INDEX feedback_report_item_report ON feedback_report_item (report_id, kind, position);
CREATE INDEX feedback_report_item_curation ON feedback_report_item (curation, kind, theme_code);

-- Reminders sent to organisers of cafés without a report: a row is claimed before the mail
-- goes to the outbox, in the same transaction, so a reminder is never sent twice.
CREATE TABLE feedback_report_reminder (
    event_id     bigint      NOT NULL,
    step         text        NOT NULL CHECK (step IN ('DAY_AFTER', 'WEEK_AFTER')),
    organiser_id bigint      NOT NULL,
    sent_at      timestamptz NOT NULL,
    PRIMARY KEY (event_id, step)
);

-- Years whose reports staff have closed: facilitators can no longer file or change a
-- report on a café held that year.
CREATE TABLE feedback_year_lock (
    year      integer     PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
    locked_by bigint,
    locked_at timestamptz NOT NULL DEFAULT now()
);
