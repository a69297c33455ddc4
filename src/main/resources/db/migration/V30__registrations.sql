-- Registrations to cafés that take them on the portal (module registrations). Cafés are
-- referred to by id (events module), without a foreign key across modules.
--
-- registration_event has one row per café that ever took a registration: locking it
-- (SELECT ... FOR UPDATE) serialises the decisions that take or free places for that café,
-- so places are never given twice, whatever the number of application nodes. It also holds
-- what the facilitators decided: waiting list or not, registrations closed early, and a
-- copy of the café's times (refreshed on each registration and when the café changes) for
-- the reminder and retention jobs.
CREATE TABLE registration_event (
    event_id      bigint      PRIMARY KEY,
    waiting_list  boolean     NOT NULL DEFAULT true,
    closed_at     timestamptz,
    starts_at     timestamptz,
    ends_at       timestamptz,
    cancelled     boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX registration_event_starts ON registration_event (starts_at);
CREATE INDEX registration_event_ends ON registration_event (ends_at);

-- Personal data (first name, e-mail, needs, token) is erased by the retention job some time
-- after the café (erased_at set); the row stays so counts remain.
CREATE TABLE registration (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      bigint      NOT NULL REFERENCES registration_event (event_id),
    token         text        UNIQUE CHECK (token ~ '^[A-Za-z0-9_-]{32,64}$'),
    first_name    text        CHECK (char_length(first_name) BETWEEN 1 AND 60),
    email         citext      CHECK (char_length(email) <= 254),
    places        integer     NOT NULL CHECK (places BETWEEN 1 AND 4),
    needs         text        CHECK (char_length(needs) <= 500),
    account_id    bigint,
    locale        text        NOT NULL DEFAULT 'fr',
    status        text        NOT NULL CHECK (status IN ('CONFIRMED', 'WAITING', 'CANCELLED')),
    attended      boolean,
    reminded_at   timestamptz,
    cancelled_at  timestamptz,
    erased_at     timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((erased_at IS NULL) = (email IS NOT NULL AND token IS NOT NULL AND first_name IS NOT NULL))
);

-- One active registration per e-mail and café: registering again resends the confirmation.
CREATE UNIQUE INDEX registration_active_email ON registration (event_id, email)
    WHERE status IN ('CONFIRMED', 'WAITING');
CREATE INDEX registration_event_status ON registration (event_id, status, created_at, id);
CREATE INDEX registration_account ON registration (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX registration_to_erase ON registration (event_id) WHERE erased_at IS NULL;

-- Notices sent to all registrants of a café (change of time or place, cancellation), one
-- row per notice, so a fact delivered twice does not mail everyone twice.
CREATE TABLE registration_notice (
    event_id   bigint      NOT NULL REFERENCES registration_event (event_id),
    notice     text        NOT NULL CHECK (notice ~ '^[A-Z0-9-]{1,40}$'),
    sent_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, notice)
);
