-- An administrator may suspend an account (status DISABLED) with a reason, shown on the
-- back-office and to nobody else; the audit log keeps the history.
ALTER TABLE account ADD COLUMN suspended_at timestamptz;
ALTER TABLE account ADD COLUMN suspension_reason text CHECK (char_length(suspension_reason) <= 500);

CREATE INDEX account_search ON account USING gin (
    (immutable_unaccent(lower(display_name)) || ' ' || lower(email::text)) gin_trgm_ops);
