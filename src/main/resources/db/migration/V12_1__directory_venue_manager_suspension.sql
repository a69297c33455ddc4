-- A venue whose every manager is suspended disappears from the public directory, its
-- page, the map and the open-data exports until one of them is reactivated, the way a
-- suspended facilitator's profile does. The flag mirrors the accounts module's
-- AccountSuspended / AccountReactivated events (no foreign key across modules).
ALTER TABLE venue_manager ADD COLUMN suspended boolean NOT NULL DEFAULT false;

-- What the public may read: published venues with at least one manager in good standing.
-- A venue left with no manager at all (its managers deleted their accounts) stays
-- visible: it describes a place, not a person.
CREATE VIEW venue_public AS
SELECT p.*
FROM venue_published p
WHERE EXISTS (SELECT 1 FROM venue_manager m WHERE m.venue_id = p.id AND NOT m.suspended)
   OR NOT EXISTS (SELECT 1 FROM venue_manager m WHERE m.venue_id = p.id);
