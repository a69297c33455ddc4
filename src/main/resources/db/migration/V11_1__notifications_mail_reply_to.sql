-- Optional Reply-To of an outgoing mail: the directory's contact relay sets the sender's
-- address so the facilitator answers by replying. NULL for every other mail.
ALTER TABLE mail_outbox ADD COLUMN reply_to text;
