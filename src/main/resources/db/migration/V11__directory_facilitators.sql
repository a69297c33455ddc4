-- Facilitator profiles. facilitator_profile holds what the facilitator last saved (the
-- draft, the one submitted to moderation); facilitator_listing holds the last version a
-- moderator approved, the only one the public sees. A profile is public when it has a
-- listing, is opted in and its account is not suspended. Profiles refer to accounts by id
-- only (no foreign key across modules); AccountDeleted erases the row.
CREATE TABLE facilitator_profile (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id        bigint      NOT NULL UNIQUE,
    name              text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 80),
    bio               text        CHECK (char_length(bio) <= 600),
    commune_insee     text        NOT NULL,
    commune_name      text        NOT NULL,
    postal_code       text        NOT NULL,
    departement_code  text        NOT NULL,
    departement_name  text        NOT NULL,
    region_code       text        NOT NULL,
    region_name       text        NOT NULL,
    latitude          float8      NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude         float8      NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    organisation      text        CHECK (char_length(organisation) <= 120),
    themes            text[]      NOT NULL DEFAULT '{}',
    audiences         text[]      NOT NULL DEFAULT '{}',
    languages         text[]      NOT NULL DEFAULT '{}',
    in_person         boolean     NOT NULL DEFAULT false,
    online            boolean     NOT NULL DEFAULT false,
    travel_km         integer     NOT NULL DEFAULT 0 CHECK (travel_km BETWEEN 0 AND 500),
    looking_for_venue boolean     NOT NULL DEFAULT false,
    opted_in          boolean     NOT NULL DEFAULT false,
    suspended         boolean     NOT NULL DEFAULT false,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0
);

CREATE TABLE facilitator_listing (
    profile_id        bigint      PRIMARY KEY REFERENCES facilitator_profile (id) ON DELETE CASCADE,
    name              text        NOT NULL,
    name_key          text        GENERATED ALWAYS AS (lower(immutable_unaccent(name))) STORED,
    bio               text,
    commune_insee     text        NOT NULL,
    commune_name      text        NOT NULL,
    postal_code       text        NOT NULL,
    departement_code  text        NOT NULL,
    departement_name  text        NOT NULL,
    region_code       text        NOT NULL,
    region_name       text        NOT NULL,
    latitude          float8      NOT NULL,
    longitude         float8      NOT NULL,
    organisation      text,
    themes            text[]      NOT NULL DEFAULT '{}',
    audiences         text[]      NOT NULL DEFAULT '{}',
    languages         text[]      NOT NULL DEFAULT '{}',
    in_person         boolean     NOT NULL DEFAULT false,
    online            boolean     NOT NULL DEFAULT false,
    travel_km         integer     NOT NULL DEFAULT 0,
    looking_for_venue boolean     NOT NULL DEFAULT false,
    version_text      text        NOT NULL,
    approved_at       timestamptz NOT NULL DEFAULT now(),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0
);

-- proximity: earth_box(ll_to_earth(:lat, :lng), :metres) @> ll_to_earth(latitude, longitude)
CREATE INDEX facilitator_listing_position ON facilitator_listing USING gist (ll_to_earth(latitude, longitude));
-- name search: name_key LIKE '%' || :key || '%'
CREATE INDEX facilitator_listing_name_trgm ON facilitator_listing USING gin (name_key gin_trgm_ops);
CREATE INDEX facilitator_listing_themes ON facilitator_listing USING gin (themes);
CREATE INDEX facilitator_listing_audiences ON facilitator_listing USING gin (audiences);
