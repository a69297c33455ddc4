-- The home page shows the next café of each national series (Café ressources, Café
-- animations): without this index each lookup read every upcoming café to find one of the
-- kind, 41 ms on the benchmark's 9,800 upcoming cafés when none was planned; 0.1 ms with it.
CREATE INDEX event_published_kind_start ON event (kind, starts_at) WHERE status = 'PUBLISHED';
