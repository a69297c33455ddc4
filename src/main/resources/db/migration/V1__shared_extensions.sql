-- Extensions every module relies on: accent-insensitive search (unaccent), typo-tolerant
-- names (pg_trgm), proximity without PostGIS (cube + earthdistance), case-insensitive
-- e-mail addresses (citext).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
CREATE EXTENSION IF NOT EXISTS citext;

-- unaccent() is only STABLE; an IMMUTABLE wrapper with the dictionary named lets
-- generated columns and expression indexes use it.
CREATE FUNCTION immutable_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
