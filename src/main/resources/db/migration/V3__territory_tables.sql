-- Reference data of the territory module: régions, départements, communes, the other
-- names people use for a commune (name without its article, arrondissements of Paris,
-- Lyon and Marseille, delegated former communes) and the postal codes. Rows are loaded by
-- the Java migration 3.1 (TerritoryDataMigration) from src/main/resources/territory;
-- V3.2 indexes them once loaded (the whole of V3 to V3.2 took 9.5 s with the indexes built
-- during the load, 4.5 s this way).

-- The search key of a place name: no accents, lower case, words of letters and digits
-- separated by one space, "st"/"ste" spelled "saint"/"sainte". SearchKey in Java
-- computes the same key; a test checks that both agree on every name.
CREATE FUNCTION territory_search_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
    SELECT trim(regexp_replace(regexp_replace(
        ' ' || regexp_replace(lower(public.immutable_unaccent($1)), '[^a-z0-9]+', ' ', 'g') || ' ',
        ' st(?= )', ' saint', 'g'), ' ste(?= )', ' sainte', 'g'))
    $$;

CREATE TABLE region (
    code text PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE departement (
    code        text PRIMARY KEY,
    region_code text NOT NULL REFERENCES region (code),
    name        text NOT NULL
);

CREATE TABLE commune (
    insee_code       text PRIMARY KEY,
    name             text             NOT NULL,
    departement_code text             NOT NULL REFERENCES departement (code),
    region_code      text             NOT NULL REFERENCES region (code),
    postal_code      text             NOT NULL,
    latitude         double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude        double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    population       integer          NOT NULL CHECK (population >= 0),
    search_key       text             NOT NULL GENERATED ALWAYS AS (territory_search_key(name)) STORED
);

COMMENT ON COLUMN commune.name IS 'official name with its article (La Rochelle)';
COMMENT ON COLUMN commune.postal_code IS 'main postal code (the lowest); all codes are in commune_postal_code';

CREATE TABLE commune_alias (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    commune_insee_code text NOT NULL REFERENCES commune (insee_code) ON DELETE CASCADE,
    name               text NOT NULL,
    kind               text NOT NULL CHECK (kind IN ('NAME_WITHOUT_ARTICLE', 'ARRONDISSEMENT', 'FORMER_COMMUNE')),
    postal_code        text,
    latitude           double precision,
    longitude          double precision,
    search_key         text NOT NULL GENERATED ALWAYS AS (territory_search_key(name)) STORED,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);

COMMENT ON TABLE commune_alias IS 'other names of a commune; an arrondissement keeps its own postal code and centre';

CREATE TABLE commune_postal_code (
    postal_code        text NOT NULL CHECK (postal_code ~ '^[0-9]{5}$'),
    commune_insee_code text NOT NULL REFERENCES commune (insee_code) ON DELETE CASCADE,
    latitude           double precision,
    longitude          double precision,
    PRIMARY KEY (postal_code, commune_insee_code),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);

COMMENT ON TABLE commune_postal_code IS 'postal codes of a commune; latitude/longitude set when the code has its own centre (arrondissement), else the commune centre applies';

