-- Submissions of public forms (reports, idea box…) per IP address, counted by
-- PublicFormGuard so that rate limits hold whichever node answers. Rows are purged once
-- older than any window.
CREATE TABLE public_form_hit (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    form text        NOT NULL,
    ip   text        NOT NULL,
    at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX public_form_hit_form_ip ON public_form_hit (form, ip, at);
CREATE INDEX public_form_hit_at ON public_form_hit (at);
