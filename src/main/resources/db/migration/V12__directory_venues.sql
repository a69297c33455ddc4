-- Venues of the directory module. A venue has two rows: the draft its managers edit
-- (venue) and the last version a moderator approved (venue_published), which is all the
-- public directory, the map and the open-data exports ever read. An edit of a published
-- venue leaves venue_published alone until the new version is approved.

CREATE TABLE venue (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             text             NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    type             text             NOT NULL,
    street           text             NOT NULL,
    postal_code      text             NOT NULL CHECK (postal_code ~ '^[0-9]{5}$'),
    insee_code       text             NOT NULL REFERENCES commune (insee_code),
    commune_name     text             NOT NULL,
    latitude         double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude        double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    step_free        boolean          NOT NULL DEFAULT false,
    adapted_toilets  boolean          NOT NULL DEFAULT false,
    hearing_loop     boolean          NOT NULL DEFAULT false,
    other_access     boolean          NOT NULL DEFAULT false,
    access_details   text,
    capacity         integer CHECK (capacity BETWEEN 1 AND 10000),
    opening_hours    text,
    website          text,
    description      text,
    organisation     text,
    siret            text CHECK (siret ~ '^[0-9]{14}$'),
    rna              text CHECK (rna ~ '^W[0-9]{9}$'),
    ready_to_host    boolean          NOT NULL DEFAULT false,
    moderation_state text             NOT NULL DEFAULT 'PENDING'
        CHECK (moderation_state IN ('PENDING', 'PUBLISHED', 'REJECTED', 'CHANGES_REQUESTED', 'UNPUBLISHED')),
    created_by       bigint           NOT NULL,
    created_at       timestamptz      NOT NULL DEFAULT now(),
    updated_at       timestamptz      NOT NULL DEFAULT now(),
    version          bigint           NOT NULL DEFAULT 0
);

COMMENT ON TABLE venue IS 'draft of a venue, as its managers last saved it';

-- Account ids only: the accounts module owns the accounts (no foreign key across modules).
CREATE TABLE venue_manager (
    venue_id   bigint      NOT NULL REFERENCES venue (id) ON DELETE CASCADE,
    account_id bigint      NOT NULL,
    role       text        NOT NULL CHECK (role IN ('OWNER', 'CO_MANAGER')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (venue_id, account_id)
);

CREATE INDEX venue_manager_account ON venue_manager (account_id);

-- The last approved version: public columns only, nothing personal.
CREATE TABLE venue_published (
    id              bigint PRIMARY KEY REFERENCES venue (id) ON DELETE CASCADE,
    name            text             NOT NULL,
    type            text             NOT NULL,
    street          text             NOT NULL,
    postal_code     text             NOT NULL,
    insee_code      text             NOT NULL,
    commune_name    text             NOT NULL,
    latitude        double precision NOT NULL,
    longitude       double precision NOT NULL,
    step_free       boolean          NOT NULL,
    adapted_toilets boolean          NOT NULL,
    hearing_loop    boolean          NOT NULL,
    other_access    boolean          NOT NULL,
    access_details  text,
    capacity        integer,
    opening_hours   text,
    website         text,
    description     text,
    organisation    text,
    siret           text,
    rna             text,
    ready_to_host   boolean          NOT NULL,
    search_key      text             NOT NULL GENERATED ALWAYS AS (territory_search_key(name)) STORED,
    approved_at     timestamptz      NOT NULL DEFAULT now(),
    updated_at      timestamptz      NOT NULL
);

-- proximity: WHERE earth_box(ll_to_earth(:lat, :lng), :metres) @> ll_to_earth(latitude, longitude)
CREATE INDEX venue_position ON venue USING gist (ll_to_earth(latitude, longitude));
CREATE INDEX venue_published_position ON venue_published USING gist (ll_to_earth(latitude, longitude));
CREATE INDEX venue_published_search_key ON venue_published USING gin (search_key gin_trgm_ops);
CREATE INDEX venue_published_lat_lng ON venue_published (latitude, longitude);
