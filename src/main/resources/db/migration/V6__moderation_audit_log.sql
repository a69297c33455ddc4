-- Append-only journal of staff actions and moderation decisions.
CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor_id     bigint,
    actor_name   text,
    action       text        NOT NULL,
    target_type  text        NOT NULL,
    target_id    text,
    target_label text,
    reason       text,
    search       tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', immutable_unaccent(coalesce(actor_name, '') || ' ' || action || ' ' || target_type
            || ' ' || coalesce(target_label, '') || ' ' || coalesce(reason, '')))) STORED
);

CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_actor ON audit_log (actor_id);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);
CREATE INDEX audit_log_search ON audit_log USING gin (search);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END $$;

CREATE TRIGGER audit_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

-- Authors whose submissions are published at once (and reviewed afterwards).
CREATE TABLE trusted_author (
    account_id bigint      PRIMARY KEY,
    granted_by bigint,
    granted_at timestamptz NOT NULL DEFAULT now()
);
