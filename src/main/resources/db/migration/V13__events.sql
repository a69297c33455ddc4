-- Cafés IA (module events). One row per café; a recurring series is a row in event_series
-- and one event row per occurrence, each its own café page.
--
-- Texts go through moderation: title, summary and description are what the organiser last
-- saved; published_title, published_summary and published_description are the last
-- approved texts, the only ones the public reads. Practical details (time, place, link,
-- capacity, registration) have one copy: changing them on a published café is immediate,
-- as people need to know at once.
--
-- The place is copied from the directory venue when the café is saved (modules refer to
-- each other by id, and search must not join across modules), with the commune's
-- département and région for the figures.

CREATE TABLE event_series (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    frequency         text        NOT NULL CHECK (frequency IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    first_date        date        NOT NULL,
    until_date        date,
    occurrence_count  integer     CHECK (occurrence_count BETWEEN 1 AND 104),
    start_time        time        NOT NULL,
    end_time          time        NOT NULL,
    time_zone         text        NOT NULL,
    organiser_id      bigint      NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    CHECK (until_date IS NOT NULL OR occurrence_count IS NOT NULL),
    CHECK (until_date IS NULL OR until_date >= first_date),
    CHECK (end_time > start_time)
);

COMMENT ON TABLE event_series IS 'rule of a recurring series of cafés; each occurrence is an event row';

CREATE TABLE event (
    id                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    series_id             bigint      REFERENCES event_series (id) ON DELETE SET NULL,
    series_position       integer     CHECK (series_position BETWEEN 1 AND 104),
    kind                  text        NOT NULL DEFAULT 'CAFE_IA'
        CHECK (kind IN ('CAFE_IA', 'CAFE_RESSOURCES', 'CAFE_ANIMATIONS', 'OTHER')),
    title                 text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
    summary               text        NOT NULL CHECK (char_length(summary) BETWEEN 1 AND 280),
    description           text        CHECK (char_length(description) <= 10000),
    published_title       text,
    published_summary     text,
    published_description text,
    slug                  text        NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    format                text        NOT NULL CHECK (format IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
    venue_id              bigint,
    venue_name            text,
    street                text,
    postal_code           text,
    insee_code            text,
    commune_name          text,
    departement_code      text,
    region_code           text,
    latitude              float8      CHECK (latitude BETWEEN -90 AND 90),
    longitude             float8      CHECK (longitude BETWEEN -180 AND 180),
    online_url            text        CHECK (online_url ~ '^https?://'),
    starts_at             timestamptz NOT NULL,
    ends_at               timestamptz NOT NULL,
    time_zone             text        NOT NULL DEFAULT 'Europe/Paris',
    capacity              integer     CHECK (capacity BETWEEN 1 AND 10000),
    registration          text        NOT NULL DEFAULT 'NONE' CHECK (registration IN ('PORTAL', 'EXTERNAL', 'NONE')),
    registration_url      text        CHECK (registration_url ~ '^https?://'),
    language              text        NOT NULL DEFAULT 'fr' CHECK (language ~ '^[a-z]{2}$'),
    accessibility_notes   text        CHECK (char_length(accessibility_notes) <= 1000),
    free_of_charge        boolean     NOT NULL DEFAULT true,
    price_details         text        CHECK (char_length(price_details) <= 200),
    themes                text[]      NOT NULL DEFAULT '{}',
    audiences             text[]      NOT NULL DEFAULT '{}',
    organiser_id          bigint      NOT NULL,
    co_facilitator_ids    bigint[]    NOT NULL DEFAULT '{}',
    status                text        NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'CANCELLED')),
    moderation_state      text        NOT NULL DEFAULT 'NONE'
        CHECK (moderation_state IN ('NONE', 'PENDING', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED', 'UNPUBLISHED')),
    cancellation_message  text        CHECK (char_length(cancellation_message) <= 1000),
    cancelled_at          timestamptz,
    sequence              integer     NOT NULL DEFAULT 0,
    search_vector         tsvector    GENERATED ALWAYS AS (
        to_tsvector('french'::regconfig, immutable_unaccent(
            coalesce(published_title, '') || ' ' || coalesce(published_summary, '') || ' '
            || coalesce(published_description, '') || ' ' || coalesce(commune_name, '') || ' '
            || coalesce(venue_name, '')))) STORED,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    version               bigint      NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CHECK (format = 'ONLINE' OR (venue_id IS NOT NULL AND latitude IS NOT NULL AND longitude IS NOT NULL)),
    CHECK (format = 'IN_PERSON' OR online_url IS NOT NULL),
    CHECK (registration <> 'EXTERNAL' OR registration_url IS NOT NULL),
    CHECK ((series_id IS NULL) = (series_position IS NULL)),
    CHECK (status NOT IN ('PUBLISHED', 'CANCELLED') OR published_title IS NOT NULL)
);

COMMENT ON TABLE event IS 'a café IA; the public reads published and cancelled rows, with their published_* texts';

-- Public listings: upcoming published (and cancelled, shown as such) cafés by date.
CREATE INDEX event_public_start ON event (starts_at) WHERE status IN ('PUBLISHED', 'CANCELLED');
-- proximity: WHERE earth_box(ll_to_earth(:lat, :lng), :metres) @> ll_to_earth(latitude, longitude)
CREATE INDEX event_public_position ON event USING gist (ll_to_earth(latitude, longitude))
    WHERE status IN ('PUBLISHED', 'CANCELLED') AND latitude IS NOT NULL;
CREATE INDEX event_search_vector ON event USING gin (search_vector);
CREATE INDEX event_themes ON event USING gin (themes);
CREATE INDEX event_audiences ON event USING gin (audiences);
CREATE INDEX event_organiser ON event (organiser_id);
CREATE INDEX event_co_facilitators ON event USING gin (co_facilitator_ids);
CREATE INDEX event_series_position ON event (series_id, series_position);
CREATE INDEX event_venue ON event (venue_id) WHERE venue_id IS NOT NULL;
