-- Resource library. A library item has two rows: the draft its author edits
-- (library_item) and the last version a moderator approved (library_item_published),
-- which is all the public library, the search and the open-data exports ever read.
-- Files belong to versions of an item; a version becomes public when an approval
-- covers it, so a pending new version never replaces the approved one in public.
CREATE TABLE library_item (
    id                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title                 text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 160),
    summary               text        NOT NULL CHECK (char_length(summary) BETWEEN 1 AND 300),
    description           text        CHECK (char_length(description) <= 10000),
    kind                  text        NOT NULL CHECK (kind IN ('kit-animation', 'fiche-pedagogique', 'presentation',
                                          'video', 'jeu-atelier', 'guide', 'article', 'autre')),
    themes                text[]      NOT NULL DEFAULT '{}',
    audiences             text[]      NOT NULL DEFAULT '{}',
    duration_minutes      integer     CHECK (duration_minutes BETWEEN 1 AND 1440),
    level                 text        NOT NULL CHECK (level IN ('decouverte', 'intermediaire', 'approfondi')),
    language              text        NOT NULL CHECK (language ~ '^[a-z]{2}$'),
    authors               text        NOT NULL CHECK (char_length(authors) BETWEEN 1 AND 300),
    organisation          text        CHECK (char_length(organisation) <= 160),
    external_url          text        CHECK (external_url ~ '^https?://'),
    licence               text        NOT NULL CHECK (licence IN ('CC-BY-NC-4.0', 'CC-BY-4.0', 'CC-BY-SA-4.0',
                                          'CC-BY-NC-SA-4.0', 'CC0-1.0', 'etalab-2.0', 'operator')),
    licence_terms         text        CHECK (char_length(licence_terms) <= 2000),
    licence_url           text        CHECK (licence_url ~ '^https?://'),
    no_derivatives        boolean     NOT NULL DEFAULT false,
    adapted_from          bigint      REFERENCES library_item (id) ON DELETE SET NULL,
    moderation_state      text        NOT NULL DEFAULT 'PENDING'
        CHECK (moderation_state IN ('PENDING', 'PUBLISHED', 'REJECTED', 'CHANGES_REQUESTED', 'UNPUBLISHED',
                                    'WITHDRAWN')),
    downloads             bigint      NOT NULL DEFAULT 0,
    created_by            bigint      NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    version               bigint      NOT NULL DEFAULT 0
);

COMMENT ON TABLE library_item IS 'draft of a library item, as its author last saved it';
COMMENT ON COLUMN library_item.downloads IS 'number of downloads of any of its files; nothing about who downloaded';
CREATE INDEX library_item_author ON library_item (created_by);

-- One row per upload of new files, numbered from 1 per item.
CREATE TABLE library_version (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id     bigint      NOT NULL REFERENCES library_item (id) ON DELETE CASCADE,
    number      integer     NOT NULL CHECK (number >= 1),
    change_note text        CHECK (char_length(change_note) <= 500),
    public      boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT library_version_number_unique UNIQUE (item_id, number)
);

-- A stored file: the FileStore key (a generated name), the name the author gave it and
-- the type decided from its content.
CREATE TABLE library_file (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id    bigint      NOT NULL REFERENCES library_version (id) ON DELETE CASCADE,
    storage_key   text        NOT NULL UNIQUE,
    original_name text        NOT NULL CHECK (char_length(original_name) BETWEEN 1 AND 255),
    media_type    text        NOT NULL,
    size_bytes    bigint      NOT NULL CHECK (size_bytes > 0),
    sha256        text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX library_file_version ON library_file (version_id);

-- The last approved version: public columns only, nothing personal, plus the French
-- full-text vector (accents removed so that "éthique" and "ethique" meet).
CREATE TABLE library_item_published (
    id               bigint      PRIMARY KEY REFERENCES library_item (id) ON DELETE CASCADE,
    title            text        NOT NULL,
    summary          text        NOT NULL,
    description      text,
    kind             text        NOT NULL,
    themes           text[]      NOT NULL,
    audiences        text[]      NOT NULL,
    duration_minutes integer,
    level            text        NOT NULL,
    language         text        NOT NULL,
    authors          text        NOT NULL,
    organisation     text,
    external_url     text,
    licence          text        NOT NULL,
    licence_terms    text,
    licence_url      text,
    no_derivatives   boolean     NOT NULL,
    adapted_from     bigint,
    draft_version    bigint      NOT NULL,
    search           tsvector    NOT NULL GENERATED ALWAYS AS (
        setweight(to_tsvector('french', immutable_unaccent(title)), 'A')
        || setweight(to_tsvector('french', immutable_unaccent(summary)), 'B')
        || setweight(to_tsvector('french', immutable_unaccent(authors)), 'B')
        || setweight(to_tsvector('french', immutable_unaccent(coalesce(description, ''))), 'C')) STORED,
    approved_at      timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL
);

CREATE INDEX library_item_published_search ON library_item_published USING gin (search);
CREATE INDEX library_item_published_themes ON library_item_published USING gin (themes);
CREATE INDEX library_item_published_audiences ON library_item_published USING gin (audiences);
CREATE INDEX library_item_published_adapted_from ON library_item_published (adapted_from);
