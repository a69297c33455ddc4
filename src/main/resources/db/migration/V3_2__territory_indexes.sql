-- Indexes of the territory tables, built after the load of migration 3.1.

CREATE INDEX departement_region ON departement (region_code);

-- names: prefix search (LIKE 'key%') and typo-tolerant search (%, similarity)
CREATE INDEX commune_search_key_prefix ON commune (search_key text_pattern_ops);
CREATE INDEX commune_search_key_trgm ON commune USING gin (search_key gin_trgm_ops);
CREATE INDEX commune_alias_search_key_prefix ON commune_alias (search_key text_pattern_ops);
CREATE INDEX commune_alias_search_key_trgm ON commune_alias USING gin (search_key gin_trgm_ops);

CREATE INDEX commune_departement ON commune (departement_code);
CREATE INDEX commune_alias_commune ON commune_alias (commune_insee_code);
CREATE INDEX commune_postal_code_commune ON commune_postal_code (commune_insee_code);

-- proximity for every module:
--   WHERE earth_box(ll_to_earth(:lat, :lng), :metres) @> ll_to_earth(latitude, longitude)
CREATE INDEX commune_position ON commune USING gist (ll_to_earth(latitude, longitude));

ANALYZE region, departement, commune, commune_alias, commune_postal_code;
