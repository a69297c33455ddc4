-- Annual reports that staff published: /rapport/{year} is public while a row exists.
-- Withdrawing deletes the row; the audit log keeps both actions.
CREATE TABLE report_publication (
    year         integer     PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
    published_by bigint,
    published_at timestamptz NOT NULL DEFAULT now()
);
