-- One optional attachment per mail, such as the calendar file of a café sent with a
-- registration confirmation. Purged with the mail.
ALTER TABLE mail_outbox
    ADD COLUMN attachment_name text CHECK (attachment_name ~ '^[A-Za-z0-9._-]{1,100}$'),
    ADD COLUMN attachment_type text,
    ADD COLUMN attachment      bytea CHECK (octet_length(attachment) <= 1048576),
    ADD CONSTRAINT mail_outbox_attachment_complete
        CHECK ((attachment IS NULL) = (attachment_name IS NULL) AND (attachment IS NULL) = (attachment_type IS NULL));
