-- Messages the facilitators of a café sent to its registrants (module registrations,
-- facilitator view). Only the fact is kept, not the text: the rows count the messages of
-- the last 24 hours, so the daily limit holds whichever application node sends.
CREATE TABLE registration_message (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    bigint      NOT NULL REFERENCES registration_event (event_id),
    sent_by     bigint      NOT NULL,
    sent_at     timestamptz NOT NULL DEFAULT now(),
    recipients  integer     NOT NULL CHECK (recipients >= 0)
);

CREATE INDEX registration_message_event ON registration_message (event_id, sent_at);
